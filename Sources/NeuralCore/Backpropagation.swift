// NeuralCore: the reverse pass over a recorded graph, first and higher order.

extension Variable {
    /// Back-propagates from this scalar and adds the gradient of every parameter reached into
    /// its ``Parameter/gradient`` (as PyTorch's `backward()` accumulates into `.grad`).
    ///
    /// - Parameter parameters: when given, only these parameters receive gradients, and the
    ///   work for all others is skipped (PyTorch's `backward(inputs=…)`); a generator step
    ///   then spends nothing on the critic's weight gradients.
    /// - Precondition: the variable holds exactly one value.
    public func backward(onlyFor parameters: [Parameter]? = nil) {
        precondition(value.count == 1, "Variable.backward: shape \(shape) is not a scalar")
        guard let node else { return }
        let seed = Variable(Tensor(repeating: 1, shape: value.shape))
        let chosen = parameters.map { Set($0.map(ObjectIdentifier.init)) }
        let gradients = Backpropagation.run(
            from: node, seed: seed,
            wanted: { leaf in
                guard let parameter = leaf.parameter else { return false }
                return chosen?.contains(ObjectIdentifier(parameter)) ?? true
            },
            createGraph: false)
        for (leaf, gradient) in gradients {
            guard let parameter = leaf.parameter else { continue }
            parameter.accumulate(gradient.value)
        }
    }
}

/// The gradients of `output` with respect to each of `inputs`, as PyTorch's
/// `torch.autograd.grad(output, inputs, grad_outputs=ones)` computes them.
///
/// With `createGraph` the backward pass is itself recorded, so the returned gradients can be
/// differentiated again (a gradient penalty needs the gradient of a gradient norm). An input
/// that `output` does not depend on gets a zero gradient.
///
/// - Parameters:
///   - output: the variable to differentiate; a non-scalar is differentiated as the sum of
///     its values.
///   - inputs: leaves or intermediate variables of the same graph.
///   - createGraph: whether to record the backward pass for differentiating it again.
/// - Returns: one gradient per input, of the input's shape.
public func gradient(
    of output: Variable, withRespectTo inputs: [Variable], createGraph: Bool = false
) -> [Variable] {
    gradient(of: output, withRespectTo: inputs, createGraph: createGraph, through: nil)
}

/// ``gradient(of:withRespectTo:createGraph:)`` that does not propagate into `blocked`: a
/// fused operation's recorded pullback weights its output by the incoming gradient, and must
/// not differentiate through that gradient's own history.
func gradient(
    of output: Variable, withRespectTo inputs: [Variable], createGraph: Bool,
    through blocked: Node?
) -> [Variable] {
    let zeros = inputs.map { Variable(Tensor(zeros: $0.shape)) }
    guard let root = output.node else { return zeros }
    let targets = Set(inputs.compactMap { $0.node.map(ObjectIdentifier.init) })
    let seed = Variable(Tensor(repeating: 1, shape: output.shape))
    let found = Backpropagation.run(
        from: root, seed: seed, wanted: { targets.contains(ObjectIdentifier($0)) },
        createGraph: createGraph, blocked: blocked.map(ObjectIdentifier.init))
    var byNode: [ObjectIdentifier: Variable] = [:]
    for (node, gradient) in found {
        byNode[ObjectIdentifier(node)] = gradient
    }
    return inputs.enumerated().map { index, input in
        input.node.flatMap { byNode[ObjectIdentifier($0)] } ?? zeros[index]
    }
}

enum Backpropagation {
    /// Runs the pullbacks from `root` in reverse topological order, only along paths that
    /// lead to a node for which `wanted` holds, and returns the gradients of those nodes.
    static func run(
        from root: Node, seed: Variable, wanted: (Node) -> Bool, createGraph: Bool,
        blocked: ObjectIdentifier? = nil
    ) -> [(Node, Variable)] {
        let order = topologicalOrder(from: root)
        var index: [ObjectIdentifier: Int] = [:]
        for (position, node) in order.enumerated() {
            index[ObjectIdentifier(node)] = position
        }

        var needed = [Bool](repeating: false, count: order.count)
        for (position, node) in order.enumerated() where ObjectIdentifier(node) != blocked {
            needed[position] =
                wanted(node)
                || node.inputs.contains { input in
                    input.flatMap { index[ObjectIdentifier($0)] }.map { needed[$0] } ?? false
                }
        }

        var gradients = [Variable?](repeating: nil, count: order.count)
        gradients[order.count - 1] = seed
        var found: [(Node, Variable)] = []
        GradientMode.with(recording: createGraph) {
            for position in stride(from: order.count - 1, through: 0, by: -1) {
                guard needed[position], let gradient = gradients[position] else { continue }
                gradients[position] = nil
                let node = order[position]
                if wanted(node) { found.append((node, gradient)) }
                guard let pullback = node.pullback else { continue }

                let inputPositions = node.inputs.map { $0.flatMap { index[ObjectIdentifier($0)] } }
                let needs = inputPositions.map { $0.map { needed[$0] } ?? false }
                guard needs.contains(true) else { continue }
                let inputGradients = pullback(gradient, needs)
                for (slot, position) in inputPositions.enumerated() {
                    guard let position, needs[slot], let incoming = inputGradients[slot] else {
                        continue
                    }
                    gradients[position] = gradients[position].map { $0 + incoming } ?? incoming
                }
            }
        }
        return found
    }

    /// Every node reachable from `root`, each after all of its inputs (root last).
    private static func topologicalOrder(from root: Node) -> [Node] {
        var order: [Node] = []
        var visited: Set<ObjectIdentifier> = [ObjectIdentifier(root)]
        var stack: [(Node, Int)] = [(root, 0)]
        while let (node, next) = stack.popLast() {
            if next < node.inputs.count {
                stack.append((node, next + 1))
                if let input = node.inputs[next], visited.insert(ObjectIdentifier(input)).inserted {
                    stack.append((input, 0))
                }
            } else {
                order.append(node)
            }
        }
        return order
    }
}
