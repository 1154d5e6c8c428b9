// NeuralCore: the Gaussian loss of values squashed by tanh, TVAE's loss for its scalar
// columns, as one fused operation.

import Foundation

/// The negative log-likelihood, up to a constant, of `targets` under normal distributions
/// centred on `tanh(decoded)` with one standard deviation per column, over the chosen
/// `columns` of every row:
///
/// ```
/// loss = Σ_rows Σ_columns (x − tanh r)² / (2σ²)  +  rows · Σ_columns ln σ
/// ```
///
/// TVAE scores its scalar columns (the normalised values of mode-specific normalisation) this
/// way. One pass computes the loss, and the gradients come from what it kept:
/// `−(x − y)(1 − y²) / σ²` for `r` (with `y = tanh r`) and `rows / σ − Σ_rows (x − y)² / σ³`
/// for σ. Composed from gathers, `tanh`, squares, quotients, logarithms and sums, the same loss
/// takes a dozen small operations, each with its own pass, allocation and gradient. When the
/// backward pass records a graph of its own, the gradients are built from those operations.
///
/// - Parameters:
///   - decoded: `[rows, width]`, the decoder's output.
///   - targets: `[rows, width]`, the encoded rows.
///   - columns: the columns scored, each in `0..<width`.
///   - sigma: `[width]`, the standard deviation of each column (only `columns` are read).
/// - Returns: a scalar variable.
public func tanhGaussianLoss(
    decoded: Variable, targets: Tensor, columns: [Int], sigma: Variable
) -> Variable {
    let (rows, width) = (decoded.shape[0], decoded.shape[1])
    precondition(
        decoded.shape.count == 2 && targets.shape == decoded.shape && sigma.shape == [width],
        "tanhGaussianLoss: decoded \(decoded.shape), targets \(targets.shape), "
            + "sigma \(sigma.shape)")
    precondition(
        columns.allSatisfy { (0..<width).contains($0) },
        "tanhGaussianLoss: a column of \(columns) lies outside \(width)")
    let terms = TanhGaussianTerms(
        decoded: decoded.value, targets: targets, columns: columns, sigma: sigma.value)
    return Variable.record(Tensor(terms.loss), [decoded, sigma]) { gradient, needs in
        guard GradientMode.isEnabled else {
            let g = gradient.value.scalar
            return [
                needs[0] ? Variable(terms.decodedGradient(g, rows: rows, width: width)) : nil,
                needs[1] ? Variable(terms.sigmaGradient(g, rows: rows, width: width)) : nil,
            ]
        }
        return recordedPullback([decoded, sigma], gradient) { inputs in
            let deviation = inputs[1].reshaped(to: [1, width]).gatheringColumns(columns)
            let error =
                Variable(targets).gatheringColumns(columns)
                - inputs[0].gatheringColumns(columns).tanh()
            return (error.squared() / (deviation.squared() * 2)).sum()
                + deviation.log().sum() * Float(rows)
        }
    }
}

/// The loss of ``tanhGaussianLoss(decoded:targets:columns:sigma:)`` and, for each row and
/// scored column, what its gradients need.
private struct TanhGaussianTerms {
    let columns: [Int]
    /// σ of each scored column.
    let deviations: [Float]
    /// `x − tanh r` for each row and scored column, row-major.
    let errors: [Float]
    /// `1 − tanh² r`, likewise.
    let slopes: [Float]
    let loss: Float

    init(decoded: Tensor, targets: Tensor, columns: [Int], sigma: Tensor) {
        let (rows, width) = (decoded.shape[0], decoded.shape[1])
        let deviations = columns.map { sigma.buffer.base[$0] }
        var errors = [Float](repeating: 0, count: rows * columns.count)
        var slopes = errors
        var loss: Float = 0
        let (r, x) = (decoded.buffer.base, targets.buffer.base)
        for row in 0..<rows {
            for (position, column) in columns.enumerated() {
                let y = tanh(r[row * width + column])
                let error = x[row * width + column] - y
                let index = row * columns.count + position
                (errors[index], slopes[index]) = (error, 1 - y * y)
                let deviation = deviations[position]
                loss += error * error / (deviation * deviation * 2)
            }
        }
        for deviation in deviations { loss += log(deviation) * Float(rows) }
        self.columns = columns
        self.deviations = deviations
        self.errors = errors
        self.slopes = slopes
        self.loss = loss
    }

    /// `g · ∂loss/∂r`: `−g (x − y)(1 − y²) / σ²` in the scored columns, 0 elsewhere.
    func decodedGradient(_ g: Float, rows: Int, width: Int) -> Tensor {
        let result = Tensor(zeros: [rows, width])
        let target = result.buffer.base
        let scales = deviations.map { -g / ($0 * $0) }
        for row in 0..<rows {
            for (position, column) in columns.enumerated() {
                let index = row * columns.count + position
                target[row * width + column] += scales[position] * errors[index] * slopes[index]
            }
        }
        return result
    }

    /// `g · ∂loss/∂σ`: `g (rows / σ − Σ_rows (x − y)² / σ³)` in the scored columns, 0
    /// elsewhere.
    func sigmaGradient(_ g: Float, rows: Int, width: Int) -> Tensor {
        var squares = [Float](repeating: 0, count: columns.count)
        for row in 0..<rows {
            for position in columns.indices {
                let error = errors[row * columns.count + position]
                squares[position] += error * error
            }
        }
        var result = [Float](repeating: 0, count: width)
        for (position, column) in columns.enumerated() {
            let deviation = deviations[position]
            let cube = deviation * deviation * deviation
            result[column] += g * (Float(rows) / deviation - squares[position] / cube)
        }
        return Tensor(shape: [width], scalars: result)
    }
}
