// NeuralCoreTests: layers, their initialisation, modes and parameter names.

import Linalg
import NeuralCore
import Testing

@Suite("Layers")
struct LayerTests {
    @Test func linearInitialisationIsBoundedSeededAndSpread() {
        var first = RandomSource(seed: 5)
        var second = RandomSource(seed: 5)
        let layer = Linear(inputs: 400, outputs: 10, using: &first)
        let twin = Linear(inputs: 400, outputs: 10, using: &second)
        let bound: Float = 1 / 20
        let weights = layer.weight.value.scalars
        #expect(weights.allSatisfy { abs($0) <= bound })
        #expect((layer.bias?.value.scalars ?? []).allSatisfy { abs($0) <= bound })
        // 4,000 uniform draws: the extremes lie within 1% of the bound with near certainty.
        #expect((weights.max() ?? 0) > 0.99 * bound && (weights.min() ?? 0) < -0.99 * bound)
        #expect(layer.weight.value == twin.weight.value)
    }

    @Test func linearComputesTheAffineMap() {
        var generator = RandomSource(seed: 1)
        let layer = Linear(inputs: 2, outputs: 2, using: &generator)
        layer.weight.value = Tensor(rows: [[1, 2], [3, 4]])
        layer.bias?.value = Tensor([0.5, -1])
        var context = LayerContext(isTraining: true, seed: 0)
        let output = layer(Variable(Tensor(rows: [[1, 1], [2, 0]])), context: &context)
        #expect(output.value == Tensor(rows: [[3.5, 6], [2.5, 5]]))
        #expect(layer.namedParameters.map(\.name) == ["weight", "bias"])
    }

    /// Two rows [1, 2] and [3, 6]: batch means [2, 4], biased variances [1, 4], unbiased
    /// [2, 8]; running statistics after one step: 0.1 of the batch's, 0.9 of the initial
    /// (0 and 1): means [0.2, 0.4], variances [1.1, 1.7].
    @Test func batchNormTrainingAndEvaluationDiffer() {
        let layer = BatchNorm1d(features: 2)
        var training = LayerContext(isTraining: true, seed: 0)
        let input = Variable(Tensor(rows: [[1, 2], [3, 6]]))
        let output = layer(input, context: &training).value
        let expected: [Float] = [-1, -1, 1, 1]
        #expect(zip(output.scalars, expected).allSatisfy { abs($0 - $1) < 1e-4 })
        #expect(
            zip(layer.runningMean.value.scalars, [0.2, 0.4]).allSatisfy {
                abs($0 - $1) < 1e-6
            })
        #expect(
            zip(layer.runningVariance.value.scalars, [1.1, 1.7]).allSatisfy {
                abs($0 - $1) < 1e-6
            })

        var evaluation = LayerContext(isTraining: false, seed: 0)
        let evaluated = layer(Variable(Tensor(rows: [[1, 2]])), context: &evaluation).value
        let expectedEvaluation = [
            (1 - 0.2) / (1.1 + 1e-5).squareRoot(),
            (2 - 0.4) / (1.7 + 1e-5).squareRoot(),
        ]
        #expect(
            zip(evaluated.scalars, expectedEvaluation).allSatisfy {
                abs(Double($0) - $1) < 1e-5
            })
        #expect(layer.runningMean.value.scalars == [0.2, 0.4].map(Float.init))
        #expect(layer.namedBuffers.map(\.name) == ["running_mean", "running_var"])
    }

    /// 10,000 values at p = 0.5: survivors are scaled to 2, and the zero fraction has standard
    /// deviation 0.005, so ±0.03 is six of them.
    @Test func dropoutTrainingAndEvaluationDiffer() {
        let layer = Dropout(probability: 0.5)
        let input = Variable(Tensor(repeating: 1, shape: [100, 100]))
        var training = LayerContext(isTraining: true, seed: 3)
        let dropped = layer(input, context: &training).value.scalars
        #expect(dropped.allSatisfy { $0 == 0 || $0 == 2 })
        let zeros = Float(dropped.filter { $0 == 0 }.count) / 10_000
        #expect(abs(zeros - 0.5) < 0.03)
        var evaluation = LayerContext(isTraining: false, seed: 3)
        #expect(layer(input, context: &evaluation).value == input.value)
        #expect(
            Dropout(probability: 1)(input, context: &training).value
                == Tensor(zeros: [100, 100]))
        #expect(Dropout(probability: 0)(input, context: &training).value == input.value)

        var again = LayerContext(isTraining: true, seed: 3)
        #expect(layer(input, context: &again).value.scalars == dropped)
    }

    @Test func activations() {
        var context = LayerContext(isTraining: true, seed: 0)
        let input = Variable(Tensor([-2, 0, 3]))
        #expect(ReLU()(input, context: &context).value == Tensor([0, 0, 3]))
        #expect(LeakyReLU(slope: 0.2)(input, context: &context).value == Tensor([-0.4, 0, 3]))
        #expect(Tanh()(input, context: &context).value == input.value.tanh())
        #expect(Sigmoid()(input, context: &context).value == input.value.sigmoid())
    }

    @Test func sequentialAndResidualNamesAndShapes() {
        var generator = RandomSource(seed: 2)
        let residual = Residual(inputs: 3, outputs: 4, using: &generator)
        let network = Sequential([
            residual, Linear(inputs: 7, outputs: 2, using: &generator), ReLU(),
        ])
        #expect(
            network.namedParameters.map(\.name) == [
                "0.fc.weight", "0.fc.bias", "0.bn.weight", "0.bn.bias", "1.weight", "1.bias",
            ])
        #expect(network.namedBuffers.map(\.name) == ["0.bn.running_mean", "0.bn.running_var"])

        var context = LayerContext(isTraining: true, seed: 0)
        let input = Tensor(rows: [[1, 2, 3], [4, 5, 6], [7, 8, 10]])
        let output = residual(Variable(input), context: &context).value
        #expect(output.shape == [3, 7])
        #expect(output.columns(4..<7) == input)
        #expect(output.columns(0..<4).scalars.allSatisfy { $0 >= 0 })
        #expect(network(Variable(input), context: &context).shape == [3, 2])
    }
}
