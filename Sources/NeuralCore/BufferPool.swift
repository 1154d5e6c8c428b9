// NeuralCore: a pool of released tensor storage, reused by the next tensor of the same size.

import Foundation

/// Storage blocks released by tensors, kept for the next tensor of the same number of values.
///
/// A training step allocates the same shapes in the same order at every step. Returning each
/// block to the system and asking for it again costs a page fault and a page clear per 4 KiB
/// for every block above the C library's `mmap` threshold (128 KiB), which was a tenth of a
/// CTGAN step; taking the block back from this pool costs one lock.
///
/// The pool keeps at most ``capacityBytes`` bytes; a block released beyond that goes back to
/// the system. Small blocks are not pooled: `malloc` serves them quickly from its own lists.
enum BufferPool {
    /// The most bytes the pool keeps (a CTGAN step's whole working set at batch 500 is about
    /// 40 MB).
    static let capacityBytes = 128 << 20

    /// Blocks of fewer values than this are never pooled.
    static let minimumCount = 1024

    private final class Shelves: @unchecked Sendable {
        let lock = NSLock()
        var blocks: [Int: [UnsafeMutablePointer<Float>]] = [:]
        var heldBytes = 0
    }

    private static let shelves = Shelves()

    /// A block of at least one value and `count` values of room, uninitialised in meaning.
    static func take(count: Int) -> UnsafeMutablePointer<Float> {
        if count >= minimumCount {
            let shelves = Self.shelves
            shelves.lock.lock()
            let block = shelves.blocks[count]?.popLast()
            if block != nil { shelves.heldBytes -= count * MemoryLayout<Float>.stride }
            shelves.lock.unlock()
            if let block { return block }
        }
        return UnsafeMutablePointer<Float>.allocate(capacity: Swift.max(count, 1))
    }

    /// Gives back a block obtained from ``take(count:)`` with the same `count`.
    static func give(_ block: UnsafeMutablePointer<Float>, count: Int) {
        let bytes = count * MemoryLayout<Float>.stride
        if count >= minimumCount {
            let shelves = Self.shelves
            shelves.lock.lock()
            let kept = shelves.heldBytes + bytes <= capacityBytes
            if kept {
                shelves.blocks[count, default: []].append(block)
                shelves.heldBytes += bytes
            }
            shelves.lock.unlock()
            if kept { return }
        }
        block.deallocate()
    }
}
