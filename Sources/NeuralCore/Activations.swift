// NeuralCore: activation layers without parameters.

/// `max(x, 0)` (PyTorch's `nn.ReLU`).
public final class ReLU: Layer {
    /// A ReLU layer.
    public init() {}

    /// Applies the activation.
    public func callAsFunction(_ input: Variable, context: inout LayerContext) -> Variable {
        input.relu()
    }

    /// None.
    public var namedParameters: [(name: String, parameter: Parameter)] { [] }
}

/// `x` where positive, `slope · x` elsewhere (PyTorch's `nn.LeakyReLU(negative_slope)`).
public final class LeakyReLU: Layer {
    /// The factor applied to negative inputs.
    public let slope: Float

    /// A leaky ReLU with the given negative slope (PyTorch's default is 0.01, CTGAN's 0.2).
    public init(slope: Float = 0.01) {
        self.slope = slope
    }

    /// Applies the activation.
    public func callAsFunction(_ input: Variable, context: inout LayerContext) -> Variable {
        input.leakyRelu(slope: slope)
    }

    /// None.
    public var namedParameters: [(name: String, parameter: Parameter)] { [] }
}

/// The hyperbolic tangent (PyTorch's `nn.Tanh`).
public final class Tanh: Layer {
    /// A tanh layer.
    public init() {}

    /// Applies the activation.
    public func callAsFunction(_ input: Variable, context: inout LayerContext) -> Variable {
        input.tanh()
    }

    /// None.
    public var namedParameters: [(name: String, parameter: Parameter)] { [] }
}

/// The logistic function (PyTorch's `nn.Sigmoid`).
public final class Sigmoid: Layer {
    /// A sigmoid layer.
    public init() {}

    /// Applies the activation.
    public func callAsFunction(_ input: Variable, context: inout LayerContext) -> Variable {
        input.sigmoid()
    }

    /// None.
    public var namedParameters: [(name: String, parameter: Parameter)] { [] }
}

/// Zeroes each value with probability `probability` in training and scales the survivors by
/// `1 / (1 − probability)` (PyTorch's `nn.Dropout`); the identity in evaluation.
public final class Dropout: Layer {
    /// The probability of zeroing a value.
    public let probability: Float

    /// A dropout layer.
    ///
    /// - Precondition: `0 ≤ probability ≤ 1`.
    public init(probability: Float = 0.5) {
        precondition(
            (0...1).contains(probability),
            "Dropout: probability \(probability) outside [0, 1]")
        self.probability = probability
    }

    /// Applies a fresh random mask in training; passes the input through in evaluation.
    public func callAsFunction(_ input: Variable, context: inout LayerContext) -> Variable {
        guard context.isTraining, probability > 0 else { return input }
        guard probability < 1 else { return input * Variable(Tensor(zeros: input.shape)) }
        let keep = 1 - probability
        let mask = Tensor.randomBernoulli(
            shape: input.shape, probability: keep, using: &context.generator)
        return input * Variable(mask * (1 / keep))
    }

    /// None.
    public var namedParameters: [(name: String, parameter: Parameter)] { [] }
}
