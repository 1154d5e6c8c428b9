// NeuralCore: the `Layer` protocol, its forward context, and the sequential container.

import Linalg

/// What a forward pass needs besides its input: the mode and the random generator.
public struct LayerContext {
    /// Training mode (dropout active, batch statistics) or evaluation mode (dropout off,
    /// running statistics): PyTorch's `module.train()` / `module.eval()`.
    public var isTraining: Bool

    /// The generator for dropout masks and any other noise of the forward pass.
    public var generator: RandomSource

    /// A context in the given mode with a generator seeded by `seed`.
    public init(isTraining: Bool, seed: UInt64) {
        self.isTraining = isTraining
        generator = RandomSource(seed: seed)
    }

    /// A context in the given mode drawing from `generator`.
    public init(isTraining: Bool, generator: RandomSource) {
        self.isTraining = isTraining
        self.generator = generator
    }
}

/// A building block of a network: a differentiable function of its input with named
/// parameters (PyTorch's `nn.Module`).
///
/// Layers are references because their parameters are shared with the optimizer and some
/// layers (batch normalisation) update their state during the forward pass. See the article
/// "Writing a layer" for how to add one.
public protocol Layer: AnyObject {
    /// Applies the layer to a batch: one sample per row.
    func callAsFunction(_ input: Variable, context: inout LayerContext) -> Variable

    /// The trainable parameters, named as PyTorch's `state_dict` names them (`weight`, `bias`,
    /// `0.weight` inside a sequential container).
    var namedParameters: [(name: String, parameter: Parameter)] { get }

    /// State that is saved but not trained (running statistics), named likewise.
    var namedBuffers: [(name: String, parameter: Parameter)] { get }
}

extension Layer {
    /// No buffers, for layers that have none.
    public var namedBuffers: [(name: String, parameter: Parameter)] { [] }

    /// The trainable parameters in order, for an optimizer.
    public var parameters: [Parameter] { namedParameters.map(\.parameter) }

    /// Parameters then buffers: everything ``StateDictionary`` saves.
    public var namedState: [(name: String, parameter: Parameter)] {
        namedParameters + namedBuffers
    }
}

/// Names each entry of `children`'s layers with a prefix, as PyTorch does inside containers.
func prefixed(
    _ prefix: String, _ entries: [(name: String, parameter: Parameter)]
) -> [(name: String, parameter: Parameter)] {
    entries.map { (name: "\(prefix).\($0.name)", parameter: $0.parameter) }
}

/// Layers applied one after another (PyTorch's `nn.Sequential`); parameters are named by the
/// layer's position: `0.weight`, `2.bias`.
public final class Sequential: Layer {
    /// The layers, in order of application.
    public let layers: [any Layer]

    /// A container applying `layers` in order.
    public init(_ layers: [any Layer]) {
        self.layers = layers
    }

    /// Applies every layer in turn.
    public func callAsFunction(_ input: Variable, context: inout LayerContext) -> Variable {
        layers.reduce(input) { value, layer in layer(value, context: &context) }
    }

    /// The parameters of every layer, prefixed by the layer's position.
    public var namedParameters: [(name: String, parameter: Parameter)] {
        layers.enumerated().flatMap { prefixed("\($0.offset)", $0.element.namedParameters) }
    }

    /// The buffers of every layer, prefixed by the layer's position.
    public var namedBuffers: [(name: String, parameter: Parameter)] {
        layers.enumerated().flatMap { prefixed("\($0.offset)", $0.element.namedBuffers) }
    }
}
