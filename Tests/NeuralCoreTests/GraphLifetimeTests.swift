// NeuralCoreTests: the recorded graph is freed after a step, and no-gradient scopes record
// nothing.

import Linalg
import Testing

@testable import NeuralCore

@Suite("Graph lifetime")
struct GraphLifetimeTests {
    @Test func graphIsReleasedWhenTheStepEnds() throws {
        var generator = RandomSource(seed: 1)
        let network = Sequential([
            Linear(inputs: 3, outputs: 4, using: &generator), LeakyReLU(slope: 0.2),
            Linear(inputs: 4, outputs: 1, using: &generator),
        ])
        weak var recorded: Node?
        weak var penaltyNode: Node?
        do {
            var context = LayerContext(isTraining: true, seed: 0)
            let input = Variable(Tensor(rows: [[1, 2, 3]]), requiresGradient: true)
            let output = network(input, context: &context)
            let slope = gradient(of: output, withRespectTo: [input], createGraph: true)[0]
            let penalty = slope.squared().sum() + output.sum()
            recorded = output.node
            penaltyNode = penalty.node
            penalty.backward()
            #expect(recorded != nil)
        }
        #expect(recorded == nil && penaltyNode == nil)
        #expect(network.parameters.allSatisfy { $0.gradient != nil })
    }

    @Test func noGradientScopeRecordsNothing() {
        let parameter = Parameter(Tensor([2]))
        let inside = GradientMode.withoutGradients { (parameter.variable * 3).exp() }
        let outside = (parameter.variable * 3).exp()
        #expect(!inside.requiresGradient && outside.requiresGradient)
        #expect(inside.value == outside.value)
        #expect(GradientMode.isEnabled)
    }

    @Test func parametersAreNotKeptAliveByTheirLeaves() {
        weak var released: Parameter?
        do {
            let parameter = Parameter(Tensor([1]))
            released = parameter
            parameter.variable.squared().sum().backward()
        }
        #expect(released == nil)
    }
}
