// NeuralCore: `Tensor`, a dense Float32 array of rank 0, 1 or 2 with value semantics.

/// A dense, contiguous, row-major array of `Float` of rank 0 (a scalar), 1 or 2.
///
/// `Tensor` is a value: copies share storage until one of them is written to
/// (copy-on-write). It carries no gradient; ``Variable`` wraps a tensor for automatic
/// differentiation. Shapes are checked with preconditions: a wrong shape is a programmer's
/// mistake, never a consequence of user data.
public struct Tensor: Sendable {
    /// The extent of each dimension: `[]` for a scalar, `[n]` or `[rows, columns]`.
    public let shape: [Int]

    var buffer: TensorBuffer

    init(shape: [Int], buffer: TensorBuffer) {
        self.shape = shape
        self.buffer = buffer
    }

    /// A tensor of the given shape whose values the caller fills before anyone reads them.
    init(uninitializedShape shape: [Int]) {
        Tensor.checkShape(shape)
        self.init(shape: shape, buffer: TensorBuffer(uninitializedCount: shape.reduce(1, *)))
    }

    /// A tensor of `shape` holding `scalars` in row-major order.
    ///
    /// - Precondition: `scalars.count` is the product of `shape`, and the rank is at most 2.
    public init(shape: [Int], scalars: [Float]) {
        Tensor.checkShape(shape)
        precondition(
            scalars.count == shape.reduce(1, *),
            "Tensor: \(scalars.count) scalars do not fill shape \(shape)")
        let buffer = scalars.withUnsafeBufferPointer { TensorBuffer(copying: $0) }
        self.init(shape: shape, buffer: buffer)
    }

    /// A tensor of `shape` whose values `initializer` writes, every one of them, straight into
    /// the new storage (no zero fill, no copy from an array).
    ///
    /// - Precondition: the rank is at most 2. Values `initializer` leaves unwritten are
    ///   undefined.
    public init(
        shape: [Int], initializingWith initializer: (UnsafeMutableBufferPointer<Float>) -> Void
    ) {
        self.init(uninitializedShape: shape)
        initializer(UnsafeMutableBufferPointer(start: buffer.base, count: buffer.count))
    }

    /// A tensor of `shape` with every value equal to `value`.
    public init(repeating value: Float, shape: [Int]) {
        Tensor.checkShape(shape)
        let buffer = TensorBuffer(repeating: value, count: shape.reduce(1, *))
        self.init(shape: shape, buffer: buffer)
    }

    /// A tensor of `shape` filled with zeros.
    public init(zeros shape: [Int]) {
        self.init(repeating: 0, shape: shape)
    }

    /// A rank-0 tensor holding `value`.
    public init(_ value: Float) {
        self.init(repeating: value, shape: [])
    }

    /// A rank-1 tensor holding `scalars`.
    public init(_ scalars: [Float]) {
        self.init(shape: [scalars.count], scalars: scalars)
    }

    /// A rank-2 tensor from its rows, which must all have the same length.
    public init(rows: [[Float]]) {
        let columns = rows.first?.count ?? 0
        precondition(
            rows.allSatisfy { $0.count == columns },
            "Tensor(rows:): rows of unequal lengths \(rows.map(\.count))")
        self.init(shape: [rows.count, columns], scalars: rows.flatMap { $0 })
    }

    private static func checkShape(_ shape: [Int]) {
        precondition(shape.count <= 2, "Tensor: rank \(shape.count) of \(shape) is above 2")
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor: negative extent in \(shape)")
    }
}

extension Tensor {
    /// The number of dimensions: 0, 1 or 2.
    public var rank: Int { shape.count }

    /// The number of values.
    public var count: Int { buffer.count }

    /// The number of rows when the tensor is viewed as a matrix (1 for rank 0 and 1).
    public var rows: Int { rank == 2 ? shape[0] : 1 }

    /// The number of columns when the tensor is viewed as a matrix (1 for rank 0).
    public var columns: Int { rank == 0 ? 1 : shape[rank - 1] }

    /// The values in row-major order.
    public var scalars: [Float] {
        Array(UnsafeBufferPointer(start: buffer.base, count: buffer.count))
    }

    /// The only value of a tensor holding exactly one.
    public var scalar: Float {
        precondition(count == 1, "Tensor.scalar: shape \(shape) holds \(count) values")
        return buffer.base[0]
    }

    /// The value at a flat (row-major) index.
    public subscript(index: Int) -> Float {
        get {
            precondition(index >= 0 && index < count, "Tensor: index \(index) of \(count)")
            return buffer.base[index]
        }
        set {
            precondition(index >= 0 && index < count, "Tensor: index \(index) of \(count)")
            makeUnique()
            buffer.base[index] = newValue
        }
    }

    /// The value at `row`, `column` of a rank-2 tensor.
    public subscript(row: Int, column: Int) -> Float {
        get {
            precondition(rank == 2, "Tensor: two indices into shape \(shape)")
            precondition(
                row >= 0 && row < rows && column >= 0 && column < columns,
                "Tensor: index (\(row), \(column)) outside shape \(shape)")
            return buffer.base[row * columns + column]
        }
        set {
            precondition(rank == 2, "Tensor: two indices into shape \(shape)")
            precondition(
                row >= 0 && row < rows && column >= 0 && column < columns,
                "Tensor: index (\(row), \(column)) outside shape \(shape)")
            makeUnique()
            buffer.base[row * columns + column] = newValue
        }
    }

    /// The same values under another shape with the same number of values.
    public func reshaped(to newShape: [Int]) -> Tensor {
        Tensor.checkShape(newShape)
        precondition(
            newShape.reduce(1, *) == count,
            "Tensor.reshaped: \(shape) has \(count) values, \(newShape) needs another number")
        return Tensor(shape: newShape, buffer: buffer)
    }

    /// Calls `body` with the values in row-major order.
    public func withUnsafeBufferPointer<R>(
        _ body: (UnsafeBufferPointer<Float>) throws -> R
    ) rethrows -> R {
        try body(UnsafeBufferPointer(start: buffer.base, count: buffer.count))
    }

    /// Calls `body` with writable values, copying the storage first if it is shared.
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (UnsafeMutableBufferPointer<Float>) throws -> R
    ) rethrows -> R {
        makeUnique()
        return try body(UnsafeMutableBufferPointer(start: buffer.base, count: buffer.count))
    }

    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&buffer) {
            buffer = buffer.copy()
        }
    }
}

extension Tensor: Equatable {
    /// Whether two tensors have the same shape and the same values (NaN is unequal to itself).
    public static func == (lhs: Tensor, rhs: Tensor) -> Bool {
        lhs.shape == rhs.shape
            && lhs.withUnsafeBufferPointer { left in
                rhs.withUnsafeBufferPointer { right in
                    zip(left, right).allSatisfy { $0 == $1 }
                }
            }
    }
}

extension Tensor: CustomStringConvertible {
    /// The shape and, for small tensors, the values.
    public var description: String {
        let values = count <= 16 ? scalars.map { "\($0)" }.joined(separator: ", ") : "…"
        return "Tensor(shape: \(shape), [\(values)])"
    }
}
