// Linalg: the row-major, copy-on-write matrix and its storage.

/// The heap storage of a ``Matrix``: a fixed-size block of elements, row after row.
///
/// Shared between copies of a matrix until one of them writes; ``Matrix`` checks uniqueness
/// before every write, which is what makes the unchecked `Sendable` conformance sound.
@usableFromInline
final class MatrixStorage<Scalar: MatrixScalar>: @unchecked Sendable {
    @usableFromInline let pointer: UnsafeMutablePointer<Scalar>
    @usableFromInline let count: Int

    @usableFromInline
    init(count: Int, repeating value: Scalar) {
        self.count = count
        pointer = UnsafeMutablePointer<Scalar>.allocate(capacity: max(1, count))
        pointer.initialize(repeating: value, count: count)
    }

    @usableFromInline
    init(copying source: UnsafeBufferPointer<Scalar>) {
        count = source.count
        pointer = UnsafeMutablePointer<Scalar>.allocate(capacity: max(1, count))
        if let base = source.baseAddress {
            pointer.initialize(from: base, count: count)
        }
    }

    deinit {
        pointer.deinitialize(count: count)
        pointer.deallocate()
    }
}

/// A dense matrix of `Float` or `Double`, stored row-major, with value semantics.
///
/// Copies share storage until one of them is written (copy on write). Heavy work goes to
/// OpenBLAS (``gemm(_:_:transposeA:transposeB:alpha:)``, ``*(_:_:)``) and, for `Double`,
/// LAPACK (``cholesky()``, ``symmetricEigen()``, ``solve(_:)-(Matrix<Double>)``).
///
/// A shape mismatch is a programmer error and stops the program with both shapes in the
/// message; numerical failure of a factorisation is a thrown ``LinalgError``.
public struct Matrix<Scalar: MatrixScalar>: Sendable {
    /// The number of rows.
    public let rows: Int

    /// The number of columns.
    public let columns: Int

    @usableFromInline var storage: MatrixStorage<Scalar>

    /// A `rows × columns` matrix with every element equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Scalar = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix shape \(rows)×\(columns) is negative")
        self.rows = rows
        self.columns = columns
        storage = MatrixStorage(count: rows * columns, repeating: value)
    }

    /// A `rows × columns` matrix from its elements in row-major order.
    ///
    /// - Precondition: `elements.count == rows * columns`.
    public init(rows: Int, columns: Int, elements: [Scalar]) {
        precondition(rows >= 0 && columns >= 0, "matrix shape \(rows)×\(columns) is negative")
        precondition(
            elements.count == rows * columns,
            "\(elements.count) elements do not fill a \(rows)×\(columns) matrix")
        self.rows = rows
        self.columns = columns
        storage = elements.withUnsafeBufferPointer { MatrixStorage(copying: $0) }
    }

    /// A matrix from an array of equally long rows; `[]` gives the `0 × 0` matrix.
    ///
    /// - Precondition: every row has the length of the first.
    public init(_ rowArrays: [[Scalar]]) {
        let width = rowArrays.first?.count ?? 0
        for (index, row) in rowArrays.enumerated() {
            precondition(row.count == width, "row \(index) has \(row.count) elements, not \(width)")
        }
        self.init(rows: rowArrays.count, columns: width, elements: rowArrays.flatMap { $0 })
    }

    /// The identity matrix of order `order`.
    public static func identity(_ order: Int) -> Matrix {
        var result = Matrix(rows: order, columns: order)
        result.withUnsafeMutableBufferPointer { buffer in
            for index in 0..<order { buffer[index * order + index] = 1 }
        }
        return result
    }

    /// Whether the matrix has as many rows as columns.
    public var isSquare: Bool { rows == columns }

    /// `rows * columns`.
    public var count: Int { rows * columns }

    /// The element at `row`, `column`.
    ///
    /// - Precondition: both indices are in range.
    @inlinable
    public subscript(row: Int, column: Int) -> Scalar {
        get {
            checkIndex(row, column)
            return storage.pointer[row * columns + column]
        }
        set {
            checkIndex(row, column)
            makeUnique()
            storage.pointer[row * columns + column] = newValue
        }
    }

    /// Every element in row-major order.
    public var elements: [Scalar] {
        withUnsafeBufferPointer { Array($0) }
    }

    /// Calls `body` with the elements in row-major order, read-only.
    @inlinable
    public func withUnsafeBufferPointer<R>(
        _ body: (UnsafeBufferPointer<Scalar>) throws -> R
    ) rethrows -> R {
        try body(UnsafeBufferPointer(start: storage.pointer, count: storage.count))
    }

    /// Calls `body` with the elements in row-major order, writable; copies shared storage first.
    @inlinable
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (UnsafeMutableBufferPointer<Scalar>) throws -> R
    ) rethrows -> R {
        makeUnique()
        return try body(UnsafeMutableBufferPointer(start: storage.pointer, count: storage.count))
    }

    @inlinable
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) {
            storage = MatrixStorage(
                copying: UnsafeBufferPointer(start: storage.pointer, count: storage.count))
        }
    }

    @inlinable
    func checkIndex(_ row: Int, _ column: Int) {
        precondition(
            row >= 0 && row < rows && column >= 0 && column < columns,
            "index (\(row), \(column)) is outside a \(rows)×\(columns) matrix")
    }
}
