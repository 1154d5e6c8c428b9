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
            case .add: return broadcasting(lhs, rhs, AddKernel())
            case .subtract: return broadcasting(lhs, rhs, SubtractKernel())
            case .multiply: return broadcasting(lhs, rhs, MultiplyKernel())
            case .divide: return broadcasting(lhs, rhs, DivideKernel())
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

    /// `kernel` applied to two tensors broadcast against each other, split across threads by
    /// rows when large.
    private static func broadcasting(
        _ lhs: Tensor, _ rhs: Tensor, _ kernel: some BinaryKernel
    ) -> Tensor {
        let shape = broadcastShape(lhs.shape, rhs.shape)
        let result = Tensor(uninitializedShape: shape)
        let out = MatrixView(shape)
        let layout = BroadcastLayout(lhs.shape, rhs.shape)
        let (left, right, target) = (lhs.buffer.base, rhs.buffer.base, result.buffer.base)
        let grain = Swift.max(1, Parallel.elementwiseGrain / Swift.max(out.columns, 1))
        Parallel.forEachRange(count: out.rows, grain: grain) { rows in
            for row in rows {
                layout.combineRow(
                    row, columns: out.columns, left, right, into: target, kernel)
            }
        }
        return result
    }

    /// Combines two tensors of different shapes value by value on one thread, with a closure.
    @inline(__always)
    private static func zipBroadcasting(
        _ lhs: Tensor, _ rhs: Tensor, _ operation: (Float, Float) -> Float
    ) -> Tensor {
        let shape = broadcastShape(lhs.shape, rhs.shape)
        let result = Tensor(uninitializedShape: shape)
        let out = MatrixView(shape)
        let layout = BroadcastLayout(lhs.shape, rhs.shape)
        withoutActuallyEscaping(operation) { operation in
            let kernel = ClosureKernel(body: operation)
            for row in 0..<out.rows {
                layout.combineRow(
                    row, columns: out.columns, lhs.buffer.base, rhs.buffer.base,
                    into: result.buffer.base, kernel)
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
        if shape.count == 1 {
            // A vector reduced to a scalar (`[]` or `[1]`): its one row summed.
            return Tensor(sum().scalar).reshaped(to: targetShape)
        }
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

/// Where each operand's values come from when two tensors of rank at most 2 broadcast: a
/// step of 0 repeats the operand's only row or only column.
private struct BroadcastLayout {
    let leftRowStep: Int
    let rightRowStep: Int
    let leftStep: Int
    let rightStep: Int

    init(_ lhs: [Int], _ rhs: [Int]) {
        let (left, right) = (MatrixView(lhs), MatrixView(rhs))
        leftRowStep = left.rows == 1 ? 0 : left.columns
        rightRowStep = right.rows == 1 ? 0 : right.columns
        leftStep = left.columns == 1 ? 0 : 1
        rightStep = right.columns == 1 ? 0 : 1
    }

    /// Writes row `row` of the result (`columns` values) from both operands.
    @inline(__always)
    func combineRow(
        _ row: Int, columns: Int, _ lhs: UnsafeMutablePointer<Float>,
        _ rhs: UnsafeMutablePointer<Float>, into target: UnsafeMutablePointer<Float>,
        _ kernel: some BinaryKernel
    ) {
        let leftRow = lhs + row * leftRowStep
        let rightRow = rhs + row * rightRowStep
        let targetRow = target + row * columns
        switch (leftStep, rightStep) {
        case (1, 1):
            for column in 0..<columns {
                targetRow[column] = kernel(leftRow[column], rightRow[column])
            }
        case (1, _):
            let value = rightRow[0]
            for column in 0..<columns { targetRow[column] = kernel(leftRow[column], value) }
        case (_, 1):
            let value = leftRow[0]
            for column in 0..<columns { targetRow[column] = kernel(value, rightRow[column]) }
        default:
            let value = kernel(leftRow[0], rightRow[0])
            for column in 0..<columns { targetRow[column] = value }
        }
    }
}

/// `a + b`.
private struct AddKernel: BinaryKernel {
    @inline(__always)
    func callAsFunction(_ a: Float, _ b: Float) -> Float { a + b }
}

/// `a − b`.
private struct SubtractKernel: BinaryKernel {
    @inline(__always)
    func callAsFunction(_ a: Float, _ b: Float) -> Float { a - b }
}

/// `a · b`.
private struct MultiplyKernel: BinaryKernel {
    @inline(__always)
    func callAsFunction(_ a: Float, _ b: Float) -> Float { a * b }
}

/// `a / b`.
private struct DivideKernel: BinaryKernel {
    @inline(__always)
    func callAsFunction(_ a: Float, _ b: Float) -> Float { a / b }
}

/// A closure as a kernel, for the single-threaded ``Tensor/zipWith(_:_:_:)``.
private struct ClosureKernel: BinaryKernel {
    let body: (Float, Float) -> Float

    @inline(__always)
    func callAsFunction(_ a: Float, _ b: Float) -> Float { body(a, b) }
}
