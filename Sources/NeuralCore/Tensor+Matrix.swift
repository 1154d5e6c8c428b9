// NeuralCore: matrix product through BLAS, transposition, and column slicing and joining.

import Linalg

extension Tensor {
    /// The matrix product `op(lhs) · op(rhs)`, where `op` transposes when asked, computed by
    /// BLAS `sgemm` without copying a transpose.
    ///
    /// - Precondition: both operands have rank 2 and the inner extents agree.
    /// - Complexity: O(m · n · k) multiply-adds.
    public static func matmul(
        _ lhs: Tensor, _ rhs: Tensor, transposeLeft: Bool = false, transposeRight: Bool = false
    ) -> Tensor {
        precondition(
            lhs.rank == 2 && rhs.rank == 2,
            "Tensor.matmul: ranks \(lhs.rank) and \(rhs.rank), expected 2 and 2")
        let m = transposeLeft ? lhs.shape[1] : lhs.shape[0]
        let k = transposeLeft ? lhs.shape[0] : lhs.shape[1]
        let rightInner = transposeRight ? rhs.shape[1] : rhs.shape[0]
        let n = transposeRight ? rhs.shape[0] : rhs.shape[1]
        precondition(
            k == rightInner,
            "Tensor.matmul: \(lhs.shape)\(transposeLeft ? "ᵀ" : "") · "
                + "\(rhs.shape)\(transposeRight ? "ᵀ" : "") inner extents \(k) ≠ \(rightInner)")
        let result = Tensor(uninitializedShape: [m, n])
        gemm(lhs, rhs, transposeLeft, transposeRight, m: m, n: n, k: k, beta: 0, into: result)
        return result
    }

    /// `input · weightᵀ + bias` with `weight` of shape `[out, in]` (PyTorch's layout) and
    /// `bias` of shape `[out]`: one `sgemm` onto the broadcast bias.
    public static func linear(_ input: Tensor, weight: Tensor, bias: Tensor?) -> Tensor {
        precondition(
            input.rank == 2 && weight.rank == 2 && input.shape[1] == weight.shape[1],
            "Tensor.linear: input \(input.shape) does not fit weight \(weight.shape)")
        let (m, n, k) = (input.shape[0], weight.shape[0], weight.shape[1])
        guard let bias else { return matmul(input, weight, transposeRight: true) }
        precondition(bias.shape == [n], "Tensor.linear: bias \(bias.shape), expected [\(n)]")
        let result = Tensor(uninitializedShape: [m, n])
        MatrixProduct(transposeLeft: false, transposeRight: true, m: m, n: n, k: k).run(
            a: input.buffer.base, lda: k, b: weight.buffer.base, ldb: k, beta: 1,
            c: result.buffer.base, bias: bias.buffer.base)
        return result
    }

    private static func gemm(
        _ lhs: Tensor, _ rhs: Tensor, _ transposeLeft: Bool, _ transposeRight: Bool,
        m: Int, n: Int, k: Int, beta: Float, into result: Tensor
    ) {
        let product = MatrixProduct(
            transposeLeft: transposeLeft, transposeRight: transposeRight, m: m, n: n, k: k)
        product.run(
            a: lhs.buffer.base, lda: lhs.shape[1], b: rhs.buffer.base, ldb: rhs.shape[1],
            beta: beta, c: result.buffer.base, bias: nil)
    }

    /// The transpose of a rank-2 tensor (a rank-1 tensor `[n]` becomes a column `[n, 1]`).
    public func transposed() -> Tensor {
        let view = MatrixView(shape)
        let result = Tensor(uninitializedShape: [view.columns, view.rows])
        let source = buffer.base
        let target = result.buffer.base
        for row in 0..<view.rows {
            for column in 0..<view.columns {
                target[column * view.rows + row] = source[row * view.columns + column]
            }
        }
        return result
    }

    /// The rank-2 tensors side by side: rows are kept, columns are joined in order.
    ///
    /// - Precondition: every part has rank 2 and the same number of rows; at least one part.
    public static func concatenatingColumns(_ parts: [Tensor]) -> Tensor {
        precondition(!parts.isEmpty, "Tensor.concatenatingColumns: no parts")
        let rows = parts[0].rows
        precondition(
            parts.allSatisfy { $0.rank == 2 && $0.shape[0] == rows },
            "Tensor.concatenatingColumns: shapes \(parts.map(\.shape)) differ in rows")
        let width = parts.reduce(0) { $0 + $1.shape[1] }
        let result = Tensor(uninitializedShape: [rows, width])
        let sources = parts.map { (base: $0.buffer.base, columns: $0.shape[1]) }
        let target = result.buffer.base
        Tensor.forEachRowRange(rows: rows, width: width) { range in
            for row in range {
                var next = target + row * width
                for source in sources {
                    next.update(from: source.base + row * source.columns, count: source.columns)
                    next += source.columns
                }
            }
        }
        return result
    }

    /// The columns `range` of a rank-2 tensor, as a new rank-2 tensor.
    public func columns(_ range: Range<Int>) -> Tensor {
        precondition(
            rank == 2 && range.lowerBound >= 0 && range.upperBound <= shape[1],
            "Tensor.columns: range \(range) outside shape \(shape)")
        let (rows, width) = (shape[0], shape[1])
        let result = Tensor(uninitializedShape: [rows, range.count])
        let (source, target) = (buffer.base, result.buffer.base)
        Tensor.forEachRowRange(rows: rows, width: range.count) { rowRange in
            for row in rowRange {
                (target + row * range.count)
                    .update(from: source + row * width + range.lowerBound, count: range.count)
            }
        }
        return result
    }

    /// A zero tensor of `shape` with this rank-2 tensor written into columns `offset...`:
    /// the reverse of ``columns(_:)``, used by its gradient.
    func placed(inColumnsFrom offset: Int, width: Int) -> Tensor {
        let result = Tensor(uninitializedShape: [shape[0], width])
        let (columns, source, target) = (shape[1], buffer.base, result.buffer.base)
        Tensor.forEachRowRange(rows: shape[0], width: width) { range in
            for row in range {
                let start = target + row * width
                start.update(repeating: 0, count: offset)
                (start + offset).update(from: source + row * columns, count: columns)
                let end = offset + columns
                (start + end).update(repeating: 0, count: width - end)
            }
        }
        return result
    }

    /// Runs `body` over ranges of `rows` rows of `width` values each, on several threads when
    /// there are enough values (copies are cheap per value, so the plain grain applies).
    @inline(__always)
    static func forEachRowRange(rows: Int, width: Int, _ body: (Range<Int>) -> Void) {
        let grain = Swift.max(1, Parallel.elementwiseGrain / Swift.max(width, 1))
        Parallel.forEachRange(count: rows, grain: grain, body)
    }

    /// A `[rows, classes]` tensor with a 1 at `(row, indices[row])` and 0 elsewhere.
    ///
    /// - Precondition: every index lies in `0..<classes`.
    public static func oneHot(_ indices: [Int], classes: Int) -> Tensor {
        let result = Tensor(zeros: [indices.count, classes])
        for (row, index) in indices.enumerated() {
            precondition(
                index >= 0 && index < classes,
                "Tensor.oneHot: index \(index) in row \(row) outside 0..<\(classes)")
            result.buffer.base[row * classes + index] = 1
        }
        return result
    }
}
