#if canImport(Glibc)
    import Glibc
#endif

/// Two settings of glibc's allocator that keep a run's peak memory from growing with the corpus. Neither changes an
/// output; on a C library without these functions (musl) both do nothing.
///
/// Why they matter: a run's large buffers (the aggregate state's dictionaries as they grow, the rows of the corpus
/// tables, a state file's JSON at each checkpoint) come and go, and glibc raises its mmap threshold every time such
/// a block is freed, so later large blocks come from the heap, where freed space stays resident and fragmented.
/// Worker threads also have arenas of their own whose free space the main thread, which writes the outputs, cannot
/// reuse. Measured on news.yaml x20, `--jobs 2`: peak RSS 159–173 MB with glibc's defaults, 150–151 MB with a fixed
/// 256 KiB threshold, at no measurable CPU cost (blocks that large are few: per-document work allocates smaller).
enum AllocatorTuning {
    /// Blocks from this size up are mapped on their own and returned to the system when freed.
    static let mmapThreshold = 256 * 1024

    /// Fixes the mmap threshold (glibc's `mallopt(M_MMAP_THRESHOLD, …)`, which also stops its dynamic raising).
    /// Called once before the workers start.
    static func fixMmapThreshold() {
        #if canImport(Glibc)
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            let mmapThresholdParameter: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
            _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThresholdParameter, Int32(mmapThreshold))
        #endif
    }

    /// Hands free memory of every arena back to the system (`malloc_trim(0)`), between the processing and the output
    /// phase: what the workers freed stays resident in their arenas otherwise, under the output phase's tables. A
    /// walk over the free lists, milliseconds.
    static func releaseFreeMemory() {
        #if canImport(Glibc)
            typealias Trim = @convention(c) (Int) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
