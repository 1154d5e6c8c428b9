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
        let rows = shape[0]
        let mean = sum(alongAxis: 0) * (1 / Float(rows))
        let centered = self - mean
        let variance = centered.map { $0 * $0 }.sum(alongAxis: 0) * (1 / Float(rows))
        let inverse = variance.map { 1 / ($0 + epsilon).squareRoot() }
        let normalized = centered * inverse
        return BatchStatistics(
            mean: mean.scalars, variance: variance.scalars,
            inverseDeviation: inverse.scalars, normalized: normalized)
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
    let rows = gradient.shape[0]
    let sumGradient = gradient.sum(alongAxis: 0)
    let sumProduct = (gradient * statistics.normalized).sum(alongAxis: 0)
    let n = Float(rows)
    let factor = weight * Tensor(statistics.inverseDeviation) * (1 / n)
    let inputGradient = factor * (gradient * n - sumGradient - statistics.normalized * sumProduct)
    return [
        Variable(inputGradient), Variable(sumProduct.reshaped(to: weight.shape)),
        Variable(sumGradient.reshaped(to: weight.shape)),
    ]
}
