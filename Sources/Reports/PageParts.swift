// Reports: independent parts of the page (one column's picture, one pair's plots) made on
// every processor, then joined in order.

import Dispatch
import Synchronization

/// Runs the makers of a page's independent parts concurrently and returns their bytes in
/// order, so that the page is the same byte for byte whichever thread made which part.
enum PageParts {
    /// The bytes of parts `0..<count`, part `i` made by `make(i)`.
    ///
    /// The parts run on Dispatch's threads (one per processor), each taking the next part
    /// when it finishes one, so a few large parts do not leave processors idle.
    static func make(count: Int, _ make: @Sendable (Int) -> [UInt8]) -> [[UInt8]] {
        guard count > 1 else { return (0..<count).map(make) }
        let results = Mutex<[[UInt8]]>(Array(repeating: [], count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let bytes = make(index)
            results.withLock { $0[index] = bytes }
        }
        return results.withLock { $0 }
    }
}
