// glibc calls that Swift's Glibc module leaves out: the allocator's controls (mallopt) and
// renameat2, whose RENAME_EXCHANGE replaces a file without ext4 flushing the new one first.
#if defined(__linux__)
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

/// Swaps the files at `from` and `to` atomically; -1 with errno set (ENOSYS where the kernel
/// or the file system cannot) on failure.
static inline int csystem_rename_exchange(const char *from, const char *to) {
#ifdef SYS_renameat2
  return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 2 /* RENAME_EXCHANGE */);
#else
  errno = ENOSYS;
  return -1;
#endif
}
#endif
