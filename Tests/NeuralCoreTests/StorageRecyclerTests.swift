// NeuralCoreTests: large tensor storage is handed from a dead tensor to the next of its size.

import Testing

@testable import NeuralCore

@Suite("Storage recycling", .serialized)
struct StorageRecyclerTests {
    /// A size no other test uses: the recycler is shared by the whole process (and the suite is
    /// serialized, so that `releaseAll()` cannot run between a death and a birth).
    static let oddCount = 16_411

    @Test func deadBlockGoesToTheNextTensorOfItsSize() {
        var first: Tensor? = Tensor(repeating: 7, shape: [Self.oddCount])
        let address = first?.buffer.base
        first = nil
        let second = Tensor(zeros: [Self.oddCount])
        #expect(second.buffer.base == address)
        #expect(second.scalars.allSatisfy { $0 == 0 })
    }

    @Test func smallBlocksAreLeftToMalloc() {
        let block = StorageRecycler.take(count: 100)
        StorageRecycler.give(block, count: 100)
        #expect(StorageRecycler.keptCount(of: 100) == 0)
    }

    @Test func releaseAllEmptiesTheShelves() {
        let count = Self.oddCount + 1
        StorageRecycler.give(StorageRecycler.take(count: count), count: count)
        #expect(StorageRecycler.keptCount(of: count) == 1)
        StorageRecycler.releaseAll()
        #expect(StorageRecycler.keptCount(of: count) == 0)
    }
}
