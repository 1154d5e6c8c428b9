// NeuralCoreTests: training is reproducible from a seed.

import Linalg
import NeuralCore
import Testing

/// Three Adam steps of a small network with batch norm, dropout and Gumbel noise, all drawn
/// from generators seeded by `seed`; returns the saved parameters.
private func train(seed: UInt64) throws -> StateDictionary {
    var generator = RandomSource(seed: seed)
    let network = Sequential([
        Residual(inputs: 4, outputs: 6, using: &generator), Dropout(probability: 0.3),
        Linear(inputs: 10, outputs: 5, using: &generator),
    ])
    let optimizer = try Adam(parameters: network.parameters, learningRate: 0.01)
    var context = LayerContext(isTraining: true, seed: seed)
    for _ in 0..<3 {
        let input = Variable(Tensor.randomNormal(shape: [8, 4], using: &generator))
        let output = gumbelSoftmax(
            network(input, context: &context), temperature: 0.5, using: &generator)
        optimizer.zeroGradients()
        crossEntropy(logits: output, targets: [0, 1, 2, 3, 4, 0, 1, 2]).mean().backward()
        optimizer.step()
    }
    return network.stateDictionary()
}

@Suite("Reproducibility")
struct ReproducibilityTests {
    @Test func sameSeedSameParametersOtherSeedOtherParameters() throws {
        let first = try train(seed: 11)
        #expect(try train(seed: 11) == first)
        #expect(try train(seed: 12) != first)
    }
}
