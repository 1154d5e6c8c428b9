// NeuralCore: CTGAN's residual block, `Linear → BatchNorm → ReLU` joined with its input.

/// `y = [ReLU(BatchNorm(Linear(x))), x]`: the new features followed by the input's, so the
/// width grows from `inputs` to `inputs + outputs` (the `Residual` block of CTGAN's
/// generator; Xu et al., 2019).
public final class Residual: Layer {
    /// The linear map, named `fc` as in CTGAN.
    public let linear: Linear

    /// The batch normalisation, named `bn` as in CTGAN.
    public let batchNorm: BatchNorm1d

    /// A block from `inputs` to `inputs + outputs` features.
    public init(inputs: Int, outputs: Int, using generator: inout some RandomNumberGenerator) {
        linear = Linear(inputs: inputs, outputs: outputs, using: &generator)
        batchNorm = BatchNorm1d(features: outputs)
    }

    /// The block's new features, then the input.
    public func callAsFunction(_ input: Variable, context: inout LayerContext) -> Variable {
        let features = batchNorm(linear(input, context: &context), context: &context).relu()
        return Variable.concatenatingColumns([features, input])
    }

    /// `fc.weight`, `fc.bias`, `bn.weight`, `bn.bias`.
    public var namedParameters: [(name: String, parameter: Parameter)] {
        prefixed("fc", linear.namedParameters) + prefixed("bn", batchNorm.namedParameters)
    }

    /// `bn.running_mean`, `bn.running_var`.
    public var namedBuffers: [(name: String, parameter: Parameter)] {
        prefixed("bn", batchNorm.namedBuffers)
    }
}
