// NeuralCore: `Variable`, a tensor that remembers how it was computed, for differentiation.

/// A tensor together with its place in the recorded computation graph.
///
/// Operations on variables compute a new ``Tensor`` and, when gradients are being recorded
/// (see ``GradientMode``) and some operand requires a gradient, a graph node that knows how
/// to send a gradient back to the operands. The graph lives exactly as long as the variables
/// that refer to it: when the last variable of a training step goes out of scope, the whole
/// graph is released, so memory does not grow from one step to the next.
///
/// A variable built from a plain tensor is a constant. ``Parameter/variable`` and
/// ``init(_:requiresGradient:)`` make leaves whose gradients can be asked for.
public struct Variable {
    /// The computed values.
    public let value: Tensor

    let node: Node?

    init(value: Tensor, node: Node?) {
        self.value = value
        self.node = node
    }

    /// A constant: no gradient flows into it.
    public init(_ value: Tensor) {
        self.init(value: value, node: nil)
    }

    /// A leaf of the graph, whose gradient ``gradient(of:withRespectTo:createGraph:)`` can
    /// return when `requiresGradient` is true; a constant otherwise.
    public init(_ value: Tensor, requiresGradient: Bool) {
        self.init(value: value, node: requiresGradient ? Node(leafWithShape: value.shape) : nil)
    }

    /// Whether gradients flow into this variable.
    public var requiresGradient: Bool { node != nil }

    /// The shape of ``value``.
    public var shape: [Int] { value.shape }

    /// The same values, cut off from the graph: a constant.
    public func detached() -> Variable { Variable(value) }

    /// Records `value` as computed from `inputs`, with `pullback` mapping the gradient of the
    /// result (and which inputs need one) to the gradients of the inputs, in order.
    ///
    /// Nothing is recorded when gradient recording is off or no input requires a gradient.
    static func record(
        _ value: Tensor, _ inputs: [Variable], pullback: @escaping Pullback
    ) -> Variable {
        guard GradientMode.isEnabled, inputs.contains(where: { $0.node != nil }) else {
            return Variable(value)
        }
        let node = Node(inputs: inputs.map(\.node), pullback: pullback, shape: value.shape)
        return Variable(value: value, node: node)
    }
}

/// Maps the gradient of an operation's result to its inputs' gradients; `needs[i]` says
/// whether input `i` wants one (a `nil` entry is read as zero).
typealias Pullback = (_ gradient: Variable, _ needs: [Bool]) -> [Variable?]

/// One recorded operation, or a leaf when it has no pullback.
final class Node {
    /// The nodes of the operands, `nil` for constants.
    let inputs: [Node?]

    /// The rule sending the result's gradient back to the operands; `nil` for a leaf.
    let pullback: Pullback?

    /// The shape of the value this node computed.
    let shape: [Int]

    /// The parameter this leaf belongs to, which `backward()` accumulates into.
    weak var parameter: Parameter?

    init(inputs: [Node?], pullback: @escaping Pullback, shape: [Int]) {
        self.inputs = inputs
        self.pullback = pullback
        self.shape = shape
    }

    init(leafWithShape shape: [Int]) {
        inputs = []
        pullback = nil
        self.shape = shape
    }
}

/// Whether operations on variables record graph nodes, for the current task.
///
/// Recording is on by default. Turn it off around sampling with ``withoutGradients(_:)``:
/// nothing is recorded, so nothing is kept alive for a backward pass.
public enum GradientMode {
    @TaskLocal static var recording = true

    /// Whether operations record graph nodes now.
    public static var isEnabled: Bool { recording }

    /// Runs `body` without recording any graph node.
    public static func withoutGradients<R>(_ body: () throws -> R) rethrows -> R {
        try $recording.withValue(false, operation: body)
    }

    /// Runs `body` with recording set to `enabled`.
    static func with<R>(recording enabled: Bool, _ body: () throws -> R) rethrows -> R {
        try $recording.withValue(enabled, operation: body)
    }
}
