#if canImport(CSystem)
  import CSystem
#endif

/// By default glibc hands every freed block over 128 KB back to the kernel, so each State's report
/// buffers were faulted in afresh: 185,000 page faults for the 193-State benchmark, with both
/// cores queueing on the process's address-space lock. Keeping such blocks (up to 32 MB) in the
/// heap lets the next State reuse them; measured peak memory stayed at 43 MB.
enum MemoryTuning {
  static func reuseFreedBlocks() {
    #if canImport(Glibc)
      _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
      _ = mallopt(M_TRIM_THRESHOLD, 128 << 20)
    #endif
  }
}
