// A bump allocator for one parse. cmark allocates a node, a buffer or a string for nearly every
// piece of a document and frees them one by one; from an arena each costs a pointer bump, and
// everything goes at once when the tree has been read. About 4% of an analysis went to cmark's
// calls to calloc, realloc and free, and to freeing the tree node by node.
#include <cmark.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct ccmark_chunk {
  struct ccmark_chunk *next;
  size_t size;
  size_t used;
  size_t last;  // offset of the newest block's header, which may grow or go back in place
} ccmark_chunk;

enum { CCMARK_HEADER = 16, CCMARK_CHUNK = 1 << 20 };

// The arena of the parse running on this thread (a parse never leaves its thread). It is kept
// in a function because Swift emits a header's functions but not its variables.
static inline ccmark_chunk **ccmark_arena(void) {
  static __thread ccmark_chunk *head;
  return &head;
}

static inline unsigned char *ccmark_data(ccmark_chunk *chunk) { return (unsigned char *)(chunk + 1); }

static inline void *ccmark_take(size_t size) {
  if (size > SIZE_MAX - 2 * CCMARK_HEADER - sizeof(ccmark_chunk)) abort();
  size_t need = CCMARK_HEADER + ((size + 15) & ~(size_t)15);
  ccmark_chunk *chunk = *ccmark_arena();
  if (!chunk || chunk->size - chunk->used < need) {
    size_t room = need > CCMARK_CHUNK ? need : CCMARK_CHUNK;
    chunk = (ccmark_chunk *)malloc(sizeof(ccmark_chunk) + room);
    if (!chunk) {
      // As cmark's own allocator does: it cannot go on without memory.
      fprintf(stderr, "[cmark] out of memory, aborting\n");
      abort();
    }
    chunk->next = *ccmark_arena();
    chunk->size = room;
    chunk->used = 0;
    chunk->last = SIZE_MAX;
    *ccmark_arena() = chunk;
  }
  unsigned char *block = ccmark_data(chunk) + chunk->used;
  *(size_t *)block = size;
  chunk->last = chunk->used;
  chunk->used += need;
  return block + CCMARK_HEADER;
}

// Whether `pointer` is the newest block of the newest chunk.
static inline int ccmark_is_last(void *pointer) {
  ccmark_chunk *chunk = *ccmark_arena();
  return chunk && chunk->last != SIZE_MAX &&
         (unsigned char *)pointer == ccmark_data(chunk) + chunk->last + CCMARK_HEADER;
}

static void *ccmark_calloc(size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) abort();
  void *pointer = ccmark_take(count * size);
  memset(pointer, 0, count * size);
  return pointer;
}

static void *ccmark_realloc(void *pointer, size_t size) {
  if (!pointer) return ccmark_take(size);
  size_t old = *(size_t *)((unsigned char *)pointer - CCMARK_HEADER);
  ccmark_chunk *chunk = *ccmark_arena();
  if (ccmark_is_last(pointer)) {
    // cmark's buffers grow by doubling; the newest one grows where it is while there is room.
    size_t need = CCMARK_HEADER + ((size + 15) & ~(size_t)15);
    if (size <= SIZE_MAX - 2 * CCMARK_HEADER && chunk->size - chunk->last >= need) {
      chunk->used = chunk->last + need;
      *(size_t *)((unsigned char *)pointer - CCMARK_HEADER) = size;
      return pointer;
    }
  }
  void *moved = ccmark_take(size);
  memcpy(moved, pointer, old < size ? old : size);
  return moved;
}

// Only the newest block is given back at once (a scratch buffer); the rest goes with the arena.
static void ccmark_free(void *pointer) {
  if (!pointer || !ccmark_is_last(pointer)) return;
  ccmark_chunk *chunk = *ccmark_arena();
  chunk->used = chunk->last;
  chunk->last = SIZE_MAX;
}

static cmark_mem ccmark_arena_allocator = {ccmark_calloc, ccmark_realloc, ccmark_free};

/// Parses `length` bytes into a tree whose memory lives in this thread's arena, until
/// `ccmark_arena_release`; the tree must not be freed with `cmark_node_free`.
static inline cmark_node *ccmark_parse_in_arena(const char *buffer, size_t length, int options) {
  cmark_parser *parser = cmark_parser_new_with_mem(options, &ccmark_arena_allocator);
  cmark_parser_feed(parser, buffer, length);
  cmark_node *root = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  return root;
}

/// Frees everything the thread's last parse allocated.
static inline void ccmark_arena_release(void) {
  ccmark_chunk **head = ccmark_arena();
  while (*head) {
    ccmark_chunk *next = (*head)->next;
    free(*head);
    *head = next;
  }
}
