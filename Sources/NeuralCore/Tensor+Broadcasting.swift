// NeuralCore: the elementwise kernels of `Tensor`, with broadcasting of rows and columns.

/// The four arithmetic operations of ``Tensor/combine(_:_:_:)``.
enum Arithmetic {
    case add, subtract, multiply, divide
}

/// How a tensor of rank at most 2 reads as a matrix: rank 0 is `1 × 1`, `[n]` is `1 × n`.
struct MatrixView {
    let rows: Int
    let columns: Int

    init(_ shape: [Int]) {
        switch shape.count {
        case 0: (rows, columns) = (1, 1)
        case 1: (rows, columns) = (1, shape[0])
        default: (rows, columns) = (shape[0], shape[1])
        }
    }
}

extension Tensor {
    /// The shape two operands broadcast to, aligning dimensions from the right; an extent of 1
    /// stretches to the other operand's extent.
    ///
    /// - Precondition: every aligned pair of extents is equal or one of them is 1.
    public static func broadcastShape(_ lhs: [Int], _ rhs: [Int]) -> [Int] {
        let rank = Swift.max(lhs.count, rhs.count)
        let left: [Int] = Array(repeating: 1, count: rank - lhs.count) + lhs
        let right: [Int] = Array(repeating: 1, count: rank - rhs.count) + rhs
        var result: [Int] = []
        for (a, b) in zip(left, right) {
            precondition(
                a == b || a == 1 || b == 1,
                "Tensor: shapes \(lhs) and \(rhs) do not broadcast")
            result.append(a == 1 ? b : a)
        }
        return result
    }

    /// Applies `operation` to every value, on one thread (a closure called per value cannot be
    /// vectorised once it is handed to other threads).
    @inline(__always)
    func map(_ operation: (Float) -> Float) -> Tensor {
        let result = Tensor(uninitializedShape: shape)
        let source = buffer.base
        let target = result.buffer.base
        for index in 0..<count {
            target[index] = operation(source[index])
        }
        return result
    }

    /// Combines two tensors value by value, broadcasting rows and columns.
    @inline(__always)
    static func zipWith(
        _ lhs: Tensor, _ rhs: Tensor, _ operation: (Float, Float) -> Float
    ) -> Tensor {
        if lhs.shape == rhs.shape {
            let result = Tensor(uninitializedShape: lhs.shape)
            let left = lhs.buffer.base
            let right = rhs.buffer.base
            let target = result.buffer.base
            for index in 0..<lhs.count {
                target[index] = operation(left[index], right[index])
            }
            return result
        }
        return zipBroadcasting(lhs, rhs, operation)
    }

    /// Combines two tensors value by value with one of the four arithmetic operations,
    /// broadcasting rows and columns. Equal shapes run as plain vectorised loops, split
    /// across threads when large (a loop calling a closure per value could not be).
    @inline(__always)
    static func combine(_ lhs: Tensor, _ rhs: Tensor, _ operation: Arithmetic) -> Tensor {
        guard lhs.shape == rhs.shape else {
            switch operation {
            case .add: return zipBroadcasting(lhs, rhs, +)
            case .subtract: return zipBroadcasting(lhs, rhs, -)
            case .multiply: return zipBroadcasting(lhs, rhs, *)
            case .divide: return zipBroadcasting(lhs, rhs, /)
            }
        }
        let result = Tensor(uninitializedShape: lhs.shape)
        let (left, right, target) = (lhs.buffer.base, rhs.buffer.base, result.buffer.base)
        Parallel.forEachRange(count: lhs.count) { range in
            switch operation {
            case .add: for index in range { target[index] = left[index] + right[index] }
            case .subtract: for index in range { target[index] = left[index] - right[index] }
            case .multiply: for index in range { target[index] = left[index] * right[index] }
            case .divide: for index in range { target[index] = left[index] / right[index] }
            }
        }
        return result
    }

    @inline(__always)
    private static func zipBroadcasting(
        _ lhs: Tensor, _ rhs: Tensor, _ operation: (Float, Float) -> Float
    ) -> Tensor {
        let shape = broadcastShape(lhs.shape, rhs.shape)
        let result = Tensor(uninitializedShape: shape)
        let out = MatrixView(shape)
        let left = MatrixView(lhs.shape)
        let right = MatrixView(rhs.shape)
        let leftRowStep = left.rows == 1 ? 0 : left.columns
        let rightRowStep = right.rows == 1 ? 0 : right.columns
        let leftStep = left.columns == 1 ? 0 : 1
        let rightStep = right.columns == 1 ? 0 : 1
        let target = result.buffer.base
        for row in 0..<out.rows {
            let leftRow = lhs.buffer.base + row * leftRowStep
            let rightRow = rhs.buffer.base + row * rightRowStep
            let targetRow = target + row * out.columns
            switch (leftStep, rightStep) {
            case (1, 1):
                for column in 0..<out.columns {
                    targetRow[column] = operation(leftRow[column], rightRow[column])
                }
            case (1, _):
                let value = rightRow[0]
                for column in 0..<out.columns {
                    targetRow[column] = operation(leftRow[column], value)
                }
            case (_, 1):
                let value = leftRow[0]
                for column in 0..<out.columns {
                    targetRow[column] = operation(value, rightRow[column])
                }
            default:
                let value = operation(leftRow[0], rightRow[0])
                for column in 0..<out.columns {
                    targetRow[column] = value
                }
            }
        }
        return result
    }

    /// Sums a broadcast result back down to `targetShape`, the reverse of broadcasting.
    ///
    /// - Precondition: `targetShape` broadcasts to this tensor's shape.
    public func summed(toShape targetShape: [Int]) -> Tensor {
        if targetShape == shape { return self }
        precondition(
            Tensor.broadcastShape(targetShape, shape) == shape,
            "Tensor.summed(toShape:): \(targetShape) does not broadcast to \(shape)")
        let source = MatrixView(shape)
        let target = MatrixView(targetShape)
        var result = self
        if target.rows == 1 && source.rows > 1 {
            result = result.sum(alongAxis: 0)
        }
        if target.columns == 1 && source.columns > 1 {
            result = result.sum(alongAxis: 1)
        }
        return result.reshaped(to: targetShape)
    }

    /// This tensor stretched to `targetShape` by repeating rows or columns.
    public func broadcast(toShape targetShape: [Int]) -> Tensor {
        if targetShape == shape { return self }
        return Tensor.zipWith(self, Tensor(zeros: targetShape)) { value, _ in value }
    }
}
