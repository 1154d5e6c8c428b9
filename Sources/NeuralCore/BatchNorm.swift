// NeuralCore: `BatchNorm1d`, batch normalisation with running statistics.

/// Normalises each feature (column) over the batch, then scales and shifts it (Ioffe and
/// Szegedy, 2015; PyTorch's `nn.BatchNorm1d` with `affine=True`).
///
/// ```
/// y = γ · (x − μ) / √(σ² + ε) + β
/// ```
/// In training, μ and σ² are the batch's mean and biased variance, and the running
/// statistics move towards them: `running ← (1 − momentum) · running + momentum · batch`,
/// with the unbiased variance (`n / (n − 1)` times the biased one), as PyTorch does. In
/// evaluation the running statistics are used instead.
public final class BatchNorm1d: Layer {
    /// γ, the `[features]` scale, starting at 1.
    public let weight: Parameter

    /// β, the `[features]` shift, starting at 0.
    public let bias: Parameter

    /// The running mean, starting at 0 (a buffer: saved, not trained).
    public let runningMean: Parameter

    /// The running variance, starting at 1 (a buffer: saved, not trained).
    public let runningVariance: Parameter

    /// The weight of the newest batch in the running statistics.
    public let momentum: Float

    /// ε, added to the variance before the square root.
    public let epsilon: Float

    /// A layer over `features` columns.
    public init(features: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) {
        precondition(features > 0, "BatchNorm1d: features \(features) must be positive")
        weight = Parameter(Tensor(repeating: 1, shape: [features]))
        bias = Parameter(Tensor(zeros: [features]))
        runningMean = Parameter(Tensor(zeros: [features]))
        runningVariance = Parameter(Tensor(repeating: 1, shape: [features]))
        self.momentum = momentum
        self.epsilon = epsilon
    }

    /// Normalises `input` (`[rows, features]`) with batch or running statistics.
    ///
    /// - Precondition: in training, at least 2 rows (a variance needs two values).
    public func callAsFunction(_ input: Variable, context: inout LayerContext) -> Variable {
        precondition(
            input.value.rank == 2 && input.shape[1] == weight.shape[0],
            "BatchNorm1d: input \(input.shape) for \(weight.shape[0]) features")
        guard context.isTraining else {
            let inverse = Tensor(1) / (runningVariance.value + epsilon).squareRoot()
            let normalized = (input - Variable(runningMean.value)) * Variable(inverse)
            return normalized * weight.variable + bias.variable
        }
        let rows = input.shape[0]
        precondition(rows > 1, "BatchNorm1d: \(rows) row in training; need at least 2")

        let (output, mean, variance) = batchNormalized(
            input, weight: weight.variable, bias: bias.variable, epsilon: epsilon)
        updateRunningStatistics(mean: Tensor(mean), variance: Tensor(variance), rows: rows)
        return output
    }

    private func updateRunningStatistics(mean: Tensor, variance: Tensor, rows: Int) {
        let unbiased = variance * (Float(rows) / Float(rows - 1))
        runningMean.value = runningMean.value * (1 - momentum) + mean * momentum
        runningVariance.value = runningVariance.value * (1 - momentum) + unbiased * momentum
    }

    /// `weight` and `bias`.
    public var namedParameters: [(name: String, parameter: Parameter)] {
        [(name: "weight", parameter: weight), (name: "bias", parameter: bias)]
    }

    /// `running_mean` and `running_var`, PyTorch's names.
    public var namedBuffers: [(name: String, parameter: Parameter)] {
        [
            (name: "running_mean", parameter: runningMean),
            (name: "running_var", parameter: runningVariance),
        ]
    }
}
