// NeuralCore: `Linear`, the fully connected layer, with PyTorch's default initialisation.

/// `y = x · Wᵀ + b` (PyTorch's `nn.Linear`), with `W` of shape `[outputs, inputs]`.
///
/// Weights and bias start uniform in `±1/√inputs`, which is PyTorch's default (Kaiming-uniform
/// with `a = √5` for the weights, the same bound for the bias).
public final class Linear: Layer {
    /// The `[outputs, inputs]` weight matrix.
    public let weight: Parameter

    /// The `[outputs]` bias, or `nil` for a layer without one.
    public let bias: Parameter?

    /// A layer from `inputs` to `outputs` features, initialised from `generator`.
    ///
    /// - Precondition: `inputs > 0` and `outputs > 0`.
    public init(
        inputs: Int, outputs: Int, hasBias: Bool = true,
        using generator: inout some RandomNumberGenerator
    ) {
        precondition(
            inputs > 0 && outputs > 0,
            "Linear: sizes \(inputs) → \(outputs) must be positive")
        let bound = 1 / Float(inputs).squareRoot()
        weight = Parameter(
            Tensor.randomUniform(shape: [outputs, inputs], in: -bound...bound, using: &generator))
        bias =
            hasBias
            ? Parameter(
                Tensor.randomUniform(shape: [outputs], in: -bound...bound, using: &generator))
            : nil
    }

    /// The number of input features.
    public var inputs: Int { weight.shape[1] }

    /// The number of output features.
    public var outputs: Int { weight.shape[0] }

    /// Applies the affine map to each row.
    public func callAsFunction(_ input: Variable, context: inout LayerContext) -> Variable {
        Variable.linear(input, weight: weight.variable, bias: bias?.variable)
    }

    /// `weight` and, if present, `bias`.
    public var namedParameters: [(name: String, parameter: Parameter)] {
        [(name: "weight", parameter: weight)] + (bias.map { [(name: "bias", parameter: $0)] } ?? [])
    }
}
