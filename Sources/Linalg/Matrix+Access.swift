// Linalg: rows, columns, transposition and equality of a matrix.

extension Matrix {
    /// The elements of row `index`.
    ///
    /// - Complexity: O(columns).
    public func row(_ index: Int) -> [Scalar] {
        precondition(index >= 0 && index < rows, "row \(index) of a \(rows)×\(columns) matrix")
        return withUnsafeBufferPointer { Array($0[(index * columns)..<((index + 1) * columns)]) }
    }

    /// The elements of column `index`.
    ///
    /// - Complexity: O(rows).
    public func column(_ index: Int) -> [Scalar] {
        precondition(
            index >= 0 && index < columns, "column \(index) of a \(rows)×\(columns) matrix")
        return withUnsafeBufferPointer { buffer in
            (0..<rows).map { buffer[$0 * columns + index] }
        }
    }

    /// Replaces row `index` with `values`.
    public mutating func setRow(_ index: Int, to values: [Scalar]) {
        precondition(index >= 0 && index < rows, "row \(index) of a \(rows)×\(columns) matrix")
        precondition(
            values.count == columns, "\(values.count) values for a row of \(columns) columns")
        let width = columns
        withUnsafeMutableBufferPointer { buffer in
            for (offset, value) in values.enumerated() { buffer[index * width + offset] = value }
        }
    }

    /// Replaces column `index` with `values`.
    public mutating func setColumn(_ index: Int, to values: [Scalar]) {
        precondition(
            index >= 0 && index < columns, "column \(index) of a \(rows)×\(columns) matrix")
        precondition(values.count == rows, "\(values.count) values for a column of \(rows) rows")
        let width = columns
        withUnsafeMutableBufferPointer { buffer in
            for (offset, value) in values.enumerated() { buffer[offset * width + index] = value }
        }
    }

    /// The transpose, a `columns × rows` matrix.
    ///
    /// - Complexity: O(rows · columns), in cache-sized blocks.
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        let (height, width) = (rows, columns)
        let block = 32
        withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { target in
                for rowStart in stride(from: 0, to: height, by: block) {
                    for columnStart in stride(from: 0, to: width, by: block) {
                        for row in rowStart..<min(rowStart + block, height) {
                            for column in columnStart..<min(columnStart + block, width) {
                                target[column * height + row] = source[row * width + column]
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// The diagonal elements, `min(rows, columns)` of them.
    public var diagonal: [Scalar] {
        withUnsafeBufferPointer { buffer in
            (0..<min(rows, columns)).map { buffer[$0 * columns + $0] }
        }
    }

    /// Each element transformed by `transform`, in a matrix of the same shape.
    public func map(_ transform: (Scalar) throws -> Scalar) rethrows -> Matrix {
        Matrix(rows: rows, columns: columns, elements: try withUnsafeBufferPointer {
            try $0.map(transform)
        })
    }

    /// The largest absolute difference between corresponding elements.
    ///
    /// - Precondition: the shapes are equal.
    public func maximumAbsoluteDifference(from other: Matrix) -> Scalar {
        precondition(
            rows == other.rows && columns == other.columns,
            "shapes \(rows)×\(columns) and \(other.rows)×\(other.columns) differ")
        return withUnsafeBufferPointer { lhs in
            other.withUnsafeBufferPointer { rhs in
                zip(lhs, rhs).reduce(Scalar(0)) { Swift.max($0, abs($1.0 - $1.1)) }
            }
        }
    }

    /// The Frobenius norm, the square root of the sum of squared elements.
    public var frobeniusNorm: Scalar {
        withUnsafeBufferPointer { buffer in buffer.reduce(Scalar(0)) { $0 + $1 * $1 }.squareRoot() }
    }
}

extension Matrix: Equatable {
    /// Whether the shapes and every element are equal (so a NaN makes two matrices unequal).
    public static func == (lhs: Matrix, rhs: Matrix) -> Bool {
        lhs.rows == rhs.rows && lhs.columns == rhs.columns
            && lhs.withUnsafeBufferPointer { left in
                rhs.withUnsafeBufferPointer { right in left.elementsEqual(right) }
            }
    }
}

extension Matrix: CustomStringConvertible {
    /// The matrix as rows of numbers, one row a line.
    public var description: String {
        let lines = (0..<rows).map { row in
            self.row(row).map { "\($0)" }.joined(separator: " ")
        }
        return "Matrix \(rows)×\(columns)\n" + lines.joined(separator: "\n")
    }
}
