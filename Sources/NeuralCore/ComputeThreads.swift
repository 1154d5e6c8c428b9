// NeuralCore: how many threads the kernels use, and the deterministic parallel loop.

import Foundation
import Linalg

/// The number of threads NeuralCore's kernels use: elementwise work, reductions, Adam and
/// matrix products are split across this many threads when they are large enough.
///
/// It starts as OpenBLAS's own thread count (`OPENBLAS_NUM_THREADS`, or the number of
/// processors), so that `OPENBLAS_NUM_THREADS=1` keeps a whole training step on one thread.
/// While NeuralCore splits a matrix product across its threads, it makes each OpenBLAS call
/// single-threaded, so that the two pools of threads never compete for the same cores.
///
/// Results do not depend on this number: work is split only where every value is computed by
/// the same arithmetic in the same order whatever the split (elementwise work, sums down
/// columns, blocks of rows or columns of a matrix product), so a seed gives bit-identical
/// training at any thread count.
public enum ComputeThreads {
    private final class Setting: @unchecked Sendable {
        let lock = NSLock()
        var count: Int?
    }

    private static let setting = Setting()

    /// The number of threads, at least 1.
    ///
    /// - Precondition: a new value is at least 1.
    public static var count: Int {
        get {
            setting.lock.lock()
            defer { setting.lock.unlock() }
            if let count = setting.count { return count }
            let initial = Swift.max(1, BLAS.threadCount)
            setting.count = initial
            return initial
        }
        set {
            precondition(newValue >= 1, "ComputeThreads.count: \(newValue) is below 1")
            setting.lock.lock()
            setting.count = newValue
            setting.lock.unlock()
        }
    }
}

/// Loops whose iterations run on ``ComputeThreads/count`` threads.
enum Parallel {
    /// Values of elementwise work per thread below which one thread is faster than handing
    /// a part to a worker (a polling worker picks a part up within a microsecond or two, but
    /// the part must still be worth more than the cache misses of moving its data; 32,768
    /// values take about 10 µs).
    static let elementwiseGrain = 32_768

    /// Runs `body` for `0..<parts`, on several threads when there are several parts and
    /// several threads (``WorkerPool``; on the calling thread alone when the pool is busy
    /// with another loop). Parts must write disjoint memory.
    @inline(__always)
    static func forEach(parts: Int, _ body: (Int) -> Void) {
        if parts <= 1 || ComputeThreads.count <= 1 {
            for part in 0..<parts { body(part) }
            return
        }
        runOnThreads(parts: parts, body)
    }

    /// The parallel half of ``forEach(parts:_:)``, kept out of line so that inlining the loop
    /// into its callers stays cheap.
    @inline(never)
    private static func runOnThreads(parts: Int, _ body: (Int) -> Void) {
        if !WorkerPool.shared.run(parts: parts, threads: ComputeThreads.count, body) {
            for part in 0..<parts { body(part) }
        }
    }

    /// How many parts `count` values of work are worth splitting into: one per thread, each
    /// of at least `grain` values.
    static func partCount(_ count: Int, grain: Int = elementwiseGrain) -> Int {
        Swift.max(1, Swift.min(ComputeThreads.count, count / Swift.max(grain, 1)))
    }

    /// `0..<count` cut into `parts` consecutive ranges of nearly equal length, each boundary a
    /// multiple of `alignment` (except the end).
    static func range(_ part: Int, of parts: Int, count: Int, alignment: Int = 16) -> Range<Int> {
        let units = (count + alignment - 1) / alignment
        let start = Swift.min(count, units * part / parts * alignment)
        let end =
            part == parts - 1 ? count : Swift.min(count, units * (part + 1) / parts * alignment)
        return start..<end
    }

    /// Runs `body` over consecutive ranges covering `0..<count`, in parallel when the work is
    /// large enough.
    @inline(__always)
    static func forEachRange(
        count: Int, grain: Int = elementwiseGrain, _ body: (Range<Int>) -> Void
    ) {
        let parts = partCount(count, grain: grain)
        if parts == 1 {
            body(0..<count)
            return
        }
        forEach(parts: parts) { part in body(range(part, of: parts, count: count)) }
    }
}
