// NeuralCore: `Parameter`, a trainable tensor with its accumulated gradient.

/// A trainable tensor: layers read it through ``variable``, `backward()` accumulates its
/// ``gradient``, and an optimizer updates its ``value``.
///
/// A parameter is a reference: a layer and the optimizer that trains it share it.
public final class Parameter {
    /// The current values.
    public var value: Tensor

    /// The gradient accumulated by `backward()` since the last ``zeroGradient()``, or `nil`
    /// when no backward pass has reached this parameter.
    public var gradient: Tensor?

    private let leaf: Node

    /// A parameter starting at `value`.
    public init(_ value: Tensor) {
        self.value = value
        leaf = Node(leafWithShape: value.shape)
        leaf.parameter = self
    }

    /// The parameter as a leaf of the graph: operations on it record how to reach it.
    public var variable: Variable { Variable(value: value, node: leaf) }

    /// The shape of ``value``.
    public var shape: [Int] { value.shape }

    /// Forgets the accumulated gradient (PyTorch's `zero_grad(set_to_none=True)`).
    public func zeroGradient() {
        gradient = nil
    }

    /// Adds `increment` to the accumulated gradient.
    func accumulate(_ increment: Tensor) {
        precondition(
            increment.shape == value.shape,
            "Parameter: gradient \(increment.shape) for a value of shape \(value.shape)")
        if gradient == nil {
            gradient = increment
        } else {
            gradient? += increment
        }
    }
}
