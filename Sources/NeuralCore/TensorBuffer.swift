// NeuralCore: the heap storage behind `Tensor`, shared until someone writes.

/// A fixed-size block of `Float` values owned by one or more tensors.
///
/// Large blocks come from and go back to ``StorageRecycler``.
///
/// Tensors share a buffer after a copy and duplicate it only when one of them writes
/// (copy-on-write, checked with `isKnownUniquelyReferenced`). The buffer is never mutated while
/// shared, which is what makes the `@unchecked Sendable` below sound.
final class TensorBuffer: @unchecked Sendable {
    /// The first value.
    let base: UnsafeMutablePointer<Float>

    /// How many values the buffer holds.
    let count: Int

    /// A buffer of `count` values, uninitialised in meaning (callers fill every value).
    init(uninitializedCount count: Int) {
        self.count = count
        base = StorageRecycler.take(count: count)
    }

    /// A buffer of `count` copies of `value`.
    convenience init(repeating value: Float, count: Int) {
        self.init(uninitializedCount: count)
        base.initialize(repeating: value, count: count)
    }

    /// A buffer holding a copy of `values`.
    convenience init(copying values: UnsafeBufferPointer<Float>) {
        self.init(uninitializedCount: values.count)
        if let source = values.baseAddress {
            base.update(from: source, count: values.count)
        }
    }

    deinit {
        StorageRecycler.give(base, count: count)
    }

    /// A new buffer with the same values.
    func copy() -> TensorBuffer {
        TensorBuffer(copying: UnsafeBufferPointer(start: base, count: count))
    }
}
