// NeuralCore: large tensor storage kept after its tensor dies, for the next tensor of its size.

import Foundation

/// Blocks of tensor storage that died, kept for reuse by the next tensor of the same size.
///
/// A training step allocates and frees the same few dozen large blocks every time (a batch's
/// activations, their gradients, Adam's fresh values). Left to `malloc`, blocks this large are
/// mapped and unmapped, or the heap's top is trimmed and grown again, so every step pays a
/// page fault per 4 KB touched: about a quarter of a small network's step went to the kernel.
/// Handing a dead block to the next tensor of the same size removes that cost.
///
/// Only blocks of at least ``smallestCount`` values are kept (smaller ones stay with `malloc`,
/// which recycles them well), and at most ``capacity`` values in all: beyond it, blocks are
/// freed as before. The bound is low enough for a packed critic's activations (50 rows of
/// 256 values, 51 KB): left to `malloc`, they made it shrink and grow the heap's top about 25
/// times a CTGAN step, each time with page faults and a TLB flush on the other processor
/// (8% of the step). The kept blocks are the memory one step had in use at its peak, so
/// steady-state memory does not grow; ``releaseAll()`` gives them back to the system.
enum StorageRecycler {
    /// The smallest block kept, in values (64 KB).
    static let smallestCount = 4_096

    /// The most values kept in all (256 MB).
    static let capacity = 64 << 20

    private final class Shelves: @unchecked Sendable {
        let lock = NSLock()
        var blocks: [Int: [UnsafeMutablePointer<Float>]] = [:]
        var keptCount = 0
    }

    private static let shelves = Shelves()

    /// A kept block of exactly `count` values, or a new one.
    static func take(count: Int) -> UnsafeMutablePointer<Float> {
        if count >= smallestCount, let block = reuse(count: count) { return block }
        return UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
    }

    /// Keeps `block` of `count` values for reuse, or frees it when it is small or the shelves
    /// are full.
    static func give(_ block: UnsafeMutablePointer<Float>, count: Int) {
        guard count >= smallestCount, keep(block, count: count) else {
            block.deallocate()
            return
        }
    }

    /// Frees every kept block (for a long-lived process that has finished training).
    static func releaseAll() {
        shelves.lock.lock()
        let blocks = shelves.blocks.values.joined()
        shelves.blocks = [:]
        shelves.keptCount = 0
        shelves.lock.unlock()
        for block in blocks { block.deallocate() }
    }

    /// How many blocks of `count` values are kept now (for tests).
    static func keptCount(of count: Int) -> Int {
        shelves.lock.lock()
        defer { shelves.lock.unlock() }
        return shelves.blocks[count]?.count ?? 0
    }

    private static func reuse(count: Int) -> UnsafeMutablePointer<Float>? {
        shelves.lock.lock()
        defer { shelves.lock.unlock() }
        guard let block = shelves.blocks[count]?.popLast() else { return nil }
        shelves.keptCount -= count
        return block
    }

    private static func keep(_ block: UnsafeMutablePointer<Float>, count: Int) -> Bool {
        shelves.lock.lock()
        defer { shelves.lock.unlock() }
        guard shelves.keptCount + count <= capacity else { return false }
        shelves.blocks[count, default: []].append(block)
        shelves.keptCount += count
        return true
    }
}
