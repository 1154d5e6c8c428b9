// NeuralCore: batch normalisation in training mode as one fused, differentiable operation.

/// Per-column statistics of a batch, and the normalised batch.
struct BatchStatistics {
    let mean: [Float]
    let variance: [Float]
    let inverseDeviation: [Float]
    let normalized: Tensor
}

extension Tensor {
    /// The column means, biased variances and `(x − μ) / √(σ² + ε)` of a rank-2 tensor.
    func batchStatistics(epsilon: Float) -> BatchStatistics {
        let (rows, columns) = (shape[0], shape[1])
        var mean = [Float](repeating: 0, count: columns)
        var variance = [Float](repeating: 0, count: columns)
        let base = buffer.base
        for row in 0..<rows {
            for column in 0..<columns { mean[column] += base[row * columns + column] }
        }
        for column in 0..<columns { mean[column] /= Float(rows) }
        for row in 0..<rows {
            for column in 0..<columns {
                let deviation = base[row * columns + column] - mean[column]
                variance[column] += deviation * deviation
            }
        }
        for column in 0..<columns { variance[column] /= Float(rows) }
        let inverse = variance.map { 1 / ($0 + epsilon).squareRoot() }
        let normalized = Tensor(uninitializedShape: shape)
        for row in 0..<rows {
            for column in 0..<columns {
                let flat = row * columns + column
                normalized.buffer.base[flat] = (base[flat] - mean[column]) * inverse[column]
            }
        }
        return BatchStatistics(
            mean: mean, variance: variance, inverseDeviation: inverse, normalized: normalized)
    }
}

/// `γ · (x − μ) / √(σ² + ε) + β` with the batch's own μ and σ² (biased), differentiable
/// in `x`, `γ` and `β`; also returns the statistics for the running averages.
func batchNormalized(
    _ input: Variable, weight: Variable, bias: Variable, epsilon: Float
) -> (output: Variable, mean: [Float], variance: [Float]) {
    let statistics = input.value.batchStatistics(epsilon: epsilon)
    let output = statistics.normalized * weight.value + bias.value
    let result = Variable.record(output, [input, weight, bias]) { gradient, needs in
        guard GradientMode.isEnabled else {
            return fusedPullback(gradient.value, statistics, weight.value)
        }
        return recordedPullback([input, weight, bias], gradient) { inputs in
            composedBatchNorm(inputs[0], inputs[1], inputs[2], epsilon: epsilon)
        }
    }
    return (result, statistics.mean, statistics.variance)
}

/// The same function from recorded operations, for differentiating the backward pass.
func composedBatchNorm(
    _ input: Variable, _ weight: Variable, _ bias: Variable, epsilon: Float
) -> Variable {
    let centered = input - input.mean(alongAxis: 0)
    let variance = centered.squared().mean(alongAxis: 0)
    return centered / (variance + epsilon).squareRoot() * weight + bias
}

/// ```
/// dβ = Σ g      dγ = Σ g·x̂      dx = γ/(n·√(σ²+ε)) · (n·g − Σ g − x̂ · Σ g·x̂)
/// ```
private func fusedPullback(
    _ gradient: Tensor, _ statistics: BatchStatistics, _ weight: Tensor
) -> [Variable?] {
    let (rows, columns) = (gradient.shape[0], gradient.shape[1])
    let g = gradient.buffer.base
    let normalized = statistics.normalized.buffer.base
    var sumGradient = [Float](repeating: 0, count: columns)
    var sumProduct = [Float](repeating: 0, count: columns)
    for row in 0..<rows {
        for column in 0..<columns {
            let flat = row * columns + column
            sumGradient[column] += g[flat]
            sumProduct[column] += g[flat] * normalized[flat]
        }
    }
    let n = Float(rows)
    let factor = (0..<columns).map { weight[$0] * statistics.inverseDeviation[$0] / n }
    let inputGradient = Tensor(uninitializedShape: gradient.shape)
    for row in 0..<rows {
        for column in 0..<columns {
            let flat = row * columns + column
            inputGradient.buffer.base[flat] = factor[column]
                * (n * g[flat] - sumGradient[column] - normalized[flat] * sumProduct[column])
        }
    }
    return [
        Variable(inputGradient), Variable(Tensor(sumProduct)), Variable(Tensor(sumGradient)),
    ]
}
