// NeuralCore: batch normalisation in training mode as one fused, differentiable operation.

/// Per-column statistics of a batch, the normalised batch and the layer's output.
struct BatchStatistics {
    let mean: [Float]
    let variance: [Float]
    let inverseDeviation: [Float]
    let normalized: Tensor
    let output: Tensor
}

extension Tensor {
    /// The column means, biased variances, `x̂ = (x − μ) / √(σ² + ε)` and `γ · x̂ + β` of a
    /// rank-2 tensor, in three passes: the column sums, the sums of squared deviations, then
    /// `x̂` and the output together. Each column is summed row by row on one thread, so the
    /// figures do not depend on the thread count.
    func batchStatistics(epsilon: Float, weight: Tensor, bias: Tensor) -> BatchStatistics {
        let (rows, columns) = (shape[0], shape[1])
        var mean = [Float](repeating: 0, count: columns)
        var variance = [Float](repeating: 0, count: columns)
        mean.withUnsafeMutableBufferPointer { mean in
            variance.withUnsafeMutableBufferPointer { variance in
                columnMoments(rows: rows, mean: mean, variance: variance)
            }
        }
        let inverse = variance.map { 1 / ($0 + epsilon).squareRoot() }
        let normalized = Tensor(uninitializedShape: shape)
        let output = Tensor(uninitializedShape: shape)
        let (source, scaled, target) = (buffer.base, normalized.buffer.base, output.buffer.base)
        let (gamma, beta) = (weight.buffer.base, bias.buffer.base)
        mean.withUnsafeBufferPointer { mean in
            inverse.withUnsafeBufferPointer { inverse in
                Parallel.forEachRange(count: rows, grain: rowGrain(columns)) { range in
                    for row in range {
                        let offset = row * columns
                        for column in 0..<columns {
                            let value = (source[offset + column] - mean[column]) * inverse[column]
                            scaled[offset + column] = value
                            target[offset + column] = value * gamma[column] + beta[column]
                        }
                    }
                }
            }
        }
        return BatchStatistics(
            mean: mean, variance: variance, inverseDeviation: inverse, normalized: normalized,
            output: output)
    }

    /// Column means into `mean` and biased variances (about those means) into `variance`,
    /// both zero on entry.
    private func columnMoments(
        rows: Int, mean: UnsafeMutableBufferPointer<Float>,
        variance: UnsafeMutableBufferPointer<Float>
    ) {
        let columns = mean.count
        guard rows > 0, let mean = mean.baseAddress, let variance = variance.baseAddress
        else { return }
        let source = buffer.base
        let scale = 1 / Float(rows)
        Parallel.forEachRange(count: columns, grain: columnGrain(rows)) { range in
            for row in 0..<rows {
                let values = source + row * columns
                for column in range { mean[column] += values[column] }
            }
            for column in range { mean[column] *= scale }
            for row in 0..<rows {
                let values = source + row * columns
                for column in range {
                    let deviation = values[column] - mean[column]
                    variance[column] += deviation * deviation
                }
            }
            for column in range { variance[column] *= scale }
        }
    }
}

/// Rows per thread below which a row-wise pass over `columns` columns stays on one thread.
private func rowGrain(_ columns: Int) -> Int {
    Swift.max(1, Parallel.elementwiseGrain / Swift.max(columns, 1))
}

/// Columns per thread below which a column-wise pass over `rows` rows stays on one thread
/// (the split `Tensor.sum(alongAxis: 0)` uses).
private func columnGrain(_ rows: Int) -> Int {
    Swift.max(16, Parallel.elementwiseGrain / Swift.max(rows, 1))
}

/// `γ · (x − μ) / √(σ² + ε) + β` with the batch's own μ and σ² (biased), differentiable
/// in `x`, `γ` and `β`; also returns the statistics for the running averages.
func batchNormalized(
    _ input: Variable, weight: Variable, bias: Variable, epsilon: Float
) -> (output: Variable, mean: [Float], variance: [Float]) {
    let statistics = input.value.batchStatistics(
        epsilon: epsilon, weight: weight.value, bias: bias.value)
    let result = Variable.record(statistics.output, [input, weight, bias]) { gradient, needs in
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
///
/// Two passes: both column sums together, then `dx`.
private func fusedPullback(
    _ gradient: Tensor, _ statistics: BatchStatistics, _ weight: Tensor
) -> [Variable?] {
    let (rows, columns) = (gradient.shape[0], gradient.shape[1])
    let sumGradient = Tensor(zeros: [1, columns])
    let sumProduct = Tensor(zeros: [1, columns])
    let (g, normalized) = (gradient.buffer.base, statistics.normalized.buffer.base)
    let (gradientSums, productSums) = (sumGradient.buffer.base, sumProduct.buffer.base)
    Parallel.forEachRange(count: columns, grain: columnGrain(rows)) { range in
        for row in 0..<rows {
            let offset = row * columns
            for column in range {
                gradientSums[column] += g[offset + column]
                productSums[column] += g[offset + column] * normalized[offset + column]
            }
        }
    }

    let n = Float(rows)
    let factor = weight * Tensor(statistics.inverseDeviation) * (1 / n)
    let inputGradient = Tensor(uninitializedShape: gradient.shape)
    let (scale, target) = (factor.buffer.base, inputGradient.buffer.base)
    Parallel.forEachRange(count: rows, grain: rowGrain(columns)) { range in
        for row in range {
            let offset = row * columns
            for column in 0..<columns {
                let centered =
                    (g[offset + column] * n - gradientSums[column])
                    - normalized[offset + column] * productSums[column]
                target[offset + column] = scale[column] * centered
            }
        }
    }
    return [
        Variable(inputGradient), Variable(sumProduct.reshaped(to: weight.shape)),
        Variable(sumGradient.reshaped(to: weight.shape)),
    ]
}
