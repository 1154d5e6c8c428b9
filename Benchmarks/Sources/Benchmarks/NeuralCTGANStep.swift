// Benchmarks: the networks and the training step of CTGAN, for `ctgan-step`.

import Linalg
import NeuralCore

/// CTGAN's generator and critic at the contract's sizes, and one training step.
final class NeuralCTGANStep: @unchecked Sendable {
    let batch = 500
    let pac = 10
    let embedding = 128
    let conditionWidth = 30
    let generatorNet: Sequential
    let critic: Sequential
    let generatorOptimizer: Adam
    let criticOptimizer: Adam
    let realRows: Tensor
    var generator: RandomSource
    var context: LayerContext

    init(seed: UInt64) throws {
        generator = RandomSource(seed: seed)
        let input = embedding + conditionWidth
        generatorNet = Sequential([
            Residual(inputs: input, outputs: 256, using: &generator),
            Residual(inputs: input + 256, outputs: 256, using: &generator),
            Linear(inputs: input + 512, outputs: 150, using: &generator),
        ])
        let packed = (150 + conditionWidth) * pac
        critic = Sequential([
            Linear(inputs: packed, outputs: 256, using: &generator), LeakyReLU(slope: 0.2),
            Dropout(probability: 0.5),
            Linear(inputs: 256, outputs: 256, using: &generator), LeakyReLU(slope: 0.2),
            Dropout(probability: 0.5),
            Linear(inputs: 256, outputs: 1, using: &generator),
        ])
        generatorOptimizer = try Adam(
            parameters: generatorNet.parameters, learningRate: 2e-4, beta1: 0.5, beta2: 0.9,
            weightDecay: 1e-6)
        criticOptimizer = try Adam(
            parameters: critic.parameters, learningRate: 2e-4, beta1: 0.5, beta2: 0.9,
            weightDecay: 1e-6)
        realRows = BenchmarkLayout.randomRows(batch, using: &generator)
        context = LayerContext(isTraining: true, seed: seed &+ 1)
    }

    /// One critic update with gradient penalty, then one generator update.
    func run() -> [String: Double] {
        let criticLoss = criticStep()
        let generatorLoss = generatorStep()
        return ["critic_loss": Double(criticLoss), "generator_loss": Double(generatorLoss)]
    }

    /// Condition vectors: one discrete column chosen per row, one category in it.
    private func sampleConditions() -> Tensor {
        var vector = Tensor(zeros: [batch, conditionWidth])
        for row in 0..<batch {
            let column = Int.random(in: 0..<3, using: &generator)
            let category = Int.random(in: 0..<10, using: &generator)
            vector[row, column * 10 + category] = 1
        }
        return vector
    }

    /// `tanh` on scalar spans, Gumbel-softmax (τ = 0.2) on the others.
    private func activate(_ raw: Variable) -> Variable {
        let soft = gumbelSoftmax(
            raw, segments: BenchmarkLayout.softmaxSegments, temperature: 0.2, using: &generator)
        let scalars = BenchmarkLayout.scalarColumns
        let squashed = raw.gatheringColumns(scalars).tanh().scatteringColumns(scalars, width: 150)
        return soft * Variable(1 - BenchmarkLayout.scalarMask(rows: 1)) + squashed
    }

    private func generate(_ conditions: Tensor) -> Variable {
        let noise = Tensor.randomNormal(shape: [batch, embedding], using: &generator)
        let input = Variable(Tensor.concatenatingColumns([noise, conditions]))
        return generatorNet(input, context: &context)
    }

    private func criticScore(_ rows: Variable) -> Variable {
        critic(rows.reshaped(to: [batch / pac, (150 + conditionWidth) * pac]), context: &context)
    }

    private func criticStep() -> Float {
        let conditions = sampleConditions()
        let fake = GradientMode.withoutGradients { activate(generate(conditions)).value }
        let permutation = Array(0..<batch).shuffled(using: &generator)
        let shuffled = Tensor(
            rows: permutation.map { row in
                (0..<conditionWidth).map { conditions[row, $0] }
            })
        let fakeRows = Tensor.concatenatingColumns([fake, conditions])
        let realRowsJoined = Tensor.concatenatingColumns([realRows, shuffled])

        let fakeScore = criticScore(Variable(fakeRows)).mean()
        let realScore = criticScore(Variable(realRowsJoined)).mean()
        let penalty = gradientPenalty(real: realRowsJoined, fake: fakeRows)
        let loss = penalty + (fakeScore - realScore)
        criticOptimizer.zeroGradients()
        loss.backward(onlyFor: critic.parameters)
        criticOptimizer.step()
        return (fakeScore - realScore).value.scalar
    }

    private func gradientPenalty(real: Tensor, fake: Tensor) -> Variable {
        let width = (150 + conditionWidth) * pac
        let groups = batch / pac
        let alpha = Tensor.randomUniform(shape: [groups, 1], using: &generator)
        let mixed =
            real.reshaped(to: [groups, width]) * alpha
            + fake.reshaped(to: [groups, width]) * (1 - alpha)
        let input = Variable(mixed, requiresGradient: true)
        let score = critic(input, context: &context)
        let slope = gradient(of: score, withRespectTo: [input], createGraph: true)[0]
        return (slope.l2Norm(alongAxis: 1) - 1).squared().mean() * 10
    }

    private func generatorStep() -> Float {
        let conditions = sampleConditions()
        let raw = generate(conditions)
        let joined = Variable.concatenatingColumns([activate(raw), Variable(conditions)])
        let score = criticScore(joined).mean()
        let targets = Tensor.concatenatingColumns([Tensor(zeros: [batch, 120]), conditions])
        let conditionLoss = crossEntropy(
            logits: raw, segments: BenchmarkLayout.discrete, targets: targets
        ).sum()
        let loss = conditionLoss * (1 / Float(batch)) - score
        generatorOptimizer.zeroGradients()
        loss.backward(onlyFor: generatorNet.parameters)
        generatorOptimizer.step()
        return loss.value.scalar
    }
}
