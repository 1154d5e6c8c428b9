// NeuralCore: stochastic gradient descent with momentum and L2 weight decay.

/// Stochastic gradient descent as PyTorch's `torch.optim.SGD` (no dampening, no Nesterov):
///
/// ```
/// g ← g + λ·θ      b ← μ·b + g  (b = g at the first step)      θ ← θ − η·b
/// ```
public final class SGD: Optimizer {
    /// The parameters updated, in order.
    public let parameters: [Parameter]

    /// η, the step size.
    public let learningRate: Float

    /// μ, the momentum (0 for plain gradient descent).
    public let momentum: Float

    /// λ, the L2 weight decay.
    public let weightDecay: Float

    private var buffers: [Tensor?]

    /// An optimizer over `parameters`.
    ///
    /// - Throws: ``HyperparameterError`` when η < 0, μ < 0 or λ < 0.
    public init(
        parameters: [Parameter], learningRate: Float, momentum: Float = 0, weightDecay: Float = 0
    ) throws(HyperparameterError) {
        try HyperparameterError.validate([
            ("learningRate", learningRate, learningRate >= 0, "at least 0"),
            ("momentum", momentum, momentum >= 0, "at least 0"),
            ("weightDecay", weightDecay, weightDecay >= 0, "at least 0"),
        ])
        self.parameters = parameters
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
        buffers = Array(repeating: nil, count: parameters.count)
    }

    /// One update of every parameter with a gradient.
    public func step() {
        for (index, parameter) in parameters.enumerated() {
            guard var direction = parameter.gradient else { continue }
            if weightDecay != 0 {
                direction = direction + parameter.value * weightDecay
            }
            if momentum != 0 {
                direction = buffers[index].map { $0 * momentum + direction } ?? direction
                buffers[index] = direction
            }
            parameter.value = parameter.value - direction * learningRate
        }
    }

    /// `momentum_buffer.i` for every parameter that has one.
    public func state() -> StateDictionary {
        StateDictionary(
            buffers.enumerated().compactMap { index, buffer in
                buffer.map { StateDictionary.Entry(name: "momentum_buffer.\(index)", tensor: $0) }
            })
    }

    /// Restores the momentum buffers present in `state`.
    public func load(_ state: StateDictionary) throws(StateError) {
        for (index, parameter) in parameters.enumerated() {
            let name = "momentum_buffer.\(index)"
            guard let tensor = state[name] else {
                buffers[index] = nil
                continue
            }
            guard tensor.shape == parameter.shape else {
                throw StateError(problems: [
                    .shapeMismatch(
                        name: name, expected: parameter.shape, found: tensor.shape)
                ])
            }
            buffers[index] = tensor
        }
    }
}
