// NeuralCoreTests: figures computed by PyTorch (Tests/Fixtures/neural/torch-golden.json,
// written by make_torch_golden.py beside it) reproduced by NeuralCore.

import Foundation
import Linalg
import NeuralCore
import TestSupport
import Testing

private struct Golden: Decodable {
    struct Critic: Decodable {
        let penalties: [Double]
        let gradients: [[Double]]
        let parametersAfterTwoSteps: [[Double]]
    }
    struct BatchNorm: Decodable {
        let output: [Double]
        let inputGradient: [Double]
        let runningMean: [Double]
        let runningVar: [Double]
    }
    let critic: Critic
    let batchNorm: BatchNorm
    let crossEntropy: [Double]
    let kl: Double
}

private func loadGolden() throws -> Golden {
    let data = try Data(contentsOf: Fixtures.url("neural/torch-golden.json"))
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(Golden.self, from: data)
}

/// The script's `filled`: `sin(scale · (r · columns + c) + shift)`, computed in Double and
/// rounded to Float as Python does before handing it to torch.
private func filled(_ rows: Int, _ columns: Int, _ scale: Double, _ shift: Double) -> Tensor {
    Tensor(
        shape: [rows, columns],
        scalars: (0..<(rows * columns)).map { Float(sin(scale * Double($0) + shift)) })
}

private func values(_ tensor: Tensor) -> [Double] { tensor.scalars.map(Double.init) }

/// Float32 on both sides, with different summation orders: agreement to 1e-5 relative (plus
/// 1e-6 absolute) is what single precision allows for these small sums.
private func matches(_ actual: [Double], _ expected: [Double]) -> Bool {
    areClose(actual, expected, absolute: 1e-6, relative: 1e-5)
}

@Suite("Agreement with PyTorch")
struct TorchGoldenTests {
    @Test func criticPenaltyGradientsAndAdamSteps() throws {
        let golden = try loadGolden().critic
        var generator = RandomSource(seed: 0)
        let first = Linear(inputs: 6, outputs: 5, using: &generator)
        let second = Linear(inputs: 5, outputs: 1, using: &generator)
        first.weight.value = filled(5, 6, 0.7, 0.1) * 0.5
        first.bias?.value = filled(1, 5, 1.3, 0.2).reshaped(to: [5]) * 0.1
        second.weight.value = filled(1, 5, 0.9, 0.3) * 0.5
        second.bias?.value = Tensor([0.05])
        let critic = Sequential([first, LeakyReLU(slope: 0.2), second])
        let optimizer = try Adam(
            parameters: critic.parameters, learningRate: 2e-4, beta1: 0.5, beta2: 0.9,
            weightDecay: 1e-6)
        let x = filled(4, 6, 0.37, 0.5)

        for step in 0..<2 {
            optimizer.zeroGradients()
            var context = LayerContext(isTraining: true, seed: 0)
            let points = Variable(x, requiresGradient: true)
            let scores = critic(points, context: &context)
            let slope = gradient(of: scores, withRespectTo: [points], createGraph: true)[0]
            let penalty = (slope.l2Norm(alongAxis: 1) - 1).squared().mean() * 10
            (penalty - scores.mean()).backward()
            #expect(matches([Double(penalty.value.scalar)], [golden.penalties[step]]))
            if step == 0 {
                let gradients = critic.parameters.map { values($0.gradient ?? Tensor(0)) }
                #expect(gradients.count == 4 && golden.gradients.count == 4)
                #expect(zip(gradients, golden.gradients).allSatisfy { matches($0, $1) })
            }
            optimizer.step()
        }
        let after = critic.parameters.map { values($0.value) }
        #expect(golden.parametersAfterTwoSteps.count == 4)
        #expect(zip(after, golden.parametersAfterTwoSteps).allSatisfy { matches($0, $1) })
    }

    @Test func batchNormForwardBackwardAndRunningStatistics() throws {
        let golden = try loadGolden().batchNorm
        let layer = BatchNorm1d(features: 3)
        let input = Variable(filled(5, 3, 0.8, 0) * 2, requiresGradient: true)
        var context = LayerContext(isTraining: true, seed: 0)
        let output = layer(input, context: &context)
        let weighted = (output * Variable(filled(5, 3, 0.45, 1))).sum()
        let inputGradient = gradient(of: weighted, withRespectTo: [input])[0]
        #expect(matches(values(output.value), golden.output))
        #expect(matches(values(inputGradient.value), golden.inputGradient))
        #expect(matches(values(layer.runningMean.value), golden.runningMean))
        #expect(matches(values(layer.runningVariance.value), golden.runningVar))
    }

    @Test func crossEntropyAndGaussianKL() throws {
        let golden = try loadGolden()
        let losses = crossEntropy(logits: Variable(filled(3, 4, 1.1, 0.4) * 2), targets: [2, 0, 3])
        #expect(matches(values(losses.value), golden.crossEntropy))
        let kl = gaussianKLDivergence(
            mean: Variable(filled(2, 3, 0.5, 0)), logVariance: Variable(filled(2, 3, 0.6, 1.5)))
        #expect(matches([Double(kl.value.scalar)], [golden.kl]))
    }
}
