// NeuralCore: softmax, log-softmax and Gumbel-softmax over the columns of each row.

import Foundation

extension Tensor {
    /// The softmax of each row of a rank-2 tensor, computed stably (the row maximum is
    /// subtracted before exponentiating).
    public func softmaxRows() -> Tensor {
        precondition(rank == 2, "Tensor.softmaxRows: rank \(rank), expected 2")
        let (rows, columns) = (shape[0], shape[1])
        let result = Tensor(uninitializedShape: shape)
        for row in 0..<rows {
            let source = buffer.base + row * columns
            let target = result.buffer.base + row * columns
            let largest = Self.maximum(of: source, count: columns)
            var total: Float = 0
            for column in 0..<columns {
                target[column] = Foundation.exp(source[column] - largest)
                total += target[column]
            }
            let scale = 1 / total
            for column in 0..<columns { target[column] *= scale }
        }
        return result
    }

    /// The logarithm of the softmax of each row: `x − max − log Σ exp(x − max)`.
    public func logSoftmaxRows() -> Tensor {
        precondition(rank == 2, "Tensor.logSoftmaxRows: rank \(rank), expected 2")
        let (rows, columns) = (shape[0], shape[1])
        let result = Tensor(uninitializedShape: shape)
        for row in 0..<rows {
            let source = buffer.base + row * columns
            let target = result.buffer.base + row * columns
            let largest = Self.maximum(of: source, count: columns)
            var total: Float = 0
            for column in 0..<columns { total += Foundation.exp(source[column] - largest) }
            let shift = largest + Foundation.log(total)
            for column in 0..<columns { target[column] = source[column] - shift }
        }
        return result
    }

    /// The largest of the `count` values at `start` (−∞ when `count` is 0): the shift that
    /// keeps the exponentials of a softmax row from overflowing.
    private static func maximum(of start: UnsafeMutablePointer<Float>, count: Int) -> Float {
        var largest = -Float.infinity
        for index in 0..<count { largest = Swift.max(largest, start[index]) }
        return largest
    }
}

/// The softmax of each row of a rank-2 variable (PyTorch's `softmax(x, dim=1)`).
///
/// ```
/// softmax(x)ᵢ = exp(xᵢ) / Σⱼ exp(xⱼ)
/// ```
public func softmax(_ logits: Variable) -> Variable {
    let result = logits.value.softmaxRows()
    return Variable.record(result, [logits]) { gradient, _ in
        let output = logits.recomputed(result) { softmax($0) }
        let inner = (gradient * output).sum(alongAxis: 1)
        return [output * (gradient - inner)]
    }
}

/// The log-softmax of each row of a rank-2 variable (PyTorch's `log_softmax(x, dim=1)`).
public func logSoftmax(_ logits: Variable) -> Variable {
    let result = logits.value.logSoftmaxRows()
    return Variable.record(result, [logits]) { gradient, _ in
        let probabilities = logits.recomputed(result.exp()) { softmax($0) }
        return [gradient - probabilities * gradient.sum(alongAxis: 1)]
    }
}

/// A relaxed one-hot sample per row: the softmax of `(logits + g) / temperature` with
/// standard Gumbel noise `g = −log(−log u)` (Jang et al., 2017; PyTorch's `gumbel_softmax`).
///
/// With `hard`, the value is the one-hot of each row's largest entry, while the gradient is
/// the soft sample's (the straight-through estimator).
///
/// - Parameters:
///   - logits: rank-2 unnormalised log-probabilities, one row per sample.
///   - temperature: τ > 0; small values give nearly one-hot rows (CTGAN uses 0.2).
///   - hard: whether to return one-hot rows.
///   - generator: the source of the Gumbel noise.
public func gumbelSoftmax(
    _ logits: Variable, temperature: Float, hard: Bool = false,
    using generator: inout some RandomNumberGenerator
) -> Variable {
    precondition(temperature > 0, "gumbelSoftmax: temperature \(temperature) is not positive")
    let noise = Tensor.gumbelNoise(shape: logits.shape, using: &generator)
    let soft = softmax((logits + Variable(noise)) * (1 / temperature))
    guard hard else { return soft }
    let oneHot = Tensor.oneHot(soft.value.argmax(alongAxis: 1), classes: soft.shape[1])
    // Exactly one-hot (not `soft + (oneHot − soft)`, which rounds), with the soft gradient.
    return Variable.record(oneHot, [soft]) { gradient, _ in [gradient] }
}
