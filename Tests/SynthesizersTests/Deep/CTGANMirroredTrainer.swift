// SynthesizersTests: CTGANTrainer's critic and generator steps with their random draws
// replaced by given values, for the comparison with ctgan on PyTorch.

import Linalg
import NeuralCore
import Testing

@testable import Synthesizers

/// CTGANTrainer's steps, statement by statement, with the random draws replaced by the
/// fixture's values. The differences from the trainer are only where randomness enters:
/// `Tensor.randomNormal` (noise), the condition sampler and `realRows(matching:)` (conditions,
/// permutation, real rows), `gumbelSoftmax` (see ``activated(_:_:gumbel:)``), `Dropout`
/// (``GivenDropout``) and `Tensor.randomUniform` (alpha). The networks come from
/// CTGANNetworks with the fixture's weights, and the optimizers are built with the arguments
/// `CTGANTrainer.adam` passes for the default settings (2e-4, betas (0.5, 0.9), decay 1e-6).
final class MirroredTrainer {
    let setup: CTGANStepFixture.Setup
    let generator: Sequential
    let critic: Sequential
    let dropouts: [GivenDropout]
    let generatorOptimizer: Adam
    let criticOptimizer: Adam
    let activation: SpanActivation
    var context = LayerContext(isTraining: true, seed: 0)

    /// CTGANNetworks' networks with the fixture's weights and given dropout masks.
    init(_ setup: CTGANStepFixture.Setup, _ initial: CTGANStepFixture.Networks) throws {
        self.setup = setup
        let (width, hidden, condition) = (setup.width, setup.hidden, setup.discreteSpan.count)
        var random = RandomSource(seed: 0)
        generator = CTGANNetworks.generator(
            inputs: setup.embedding + condition, dimensions: [hidden, hidden], outputs: width,
            random: &random)
        let critic = CTGANNetworks.critic(
            rowWidth: width + condition, pack: setup.pack, dimensions: [hidden, hidden],
            random: &random)
        let dropouts = critic.layers.filter { $0 is Dropout }.map { _ in GivenDropout(masks: []) }
        var remaining = dropouts
        self.critic = Sequential(
            critic.layers.map { $0 is Dropout ? remaining.removeFirst() : $0 })
        self.dropouts = dropouts
        try Self.load(initial.generator, into: generator.namedState)
        try Self.load(initial.critic, into: self.critic.namedState)
        generatorOptimizer = try Adam(
            parameters: generator.parameters, learningRate: 2e-4, beta1: 0.5, beta2: 0.9,
            weightDecay: 1e-6)
        criticOptimizer = try Adam(
            parameters: self.critic.parameters, learningRate: 2e-4, beta1: 0.5, beta2: 0.9,
            weightDecay: 1e-6)
        activation = SpanActivation(spans: setup.outputSpans, width: width)
    }

    private static func load(
        _ values: [String: [Double]], into state: [(name: String, parameter: Parameter)]
    ) throws {
        #expect(Set(values.keys) == Set(state.map(\.name)))
        for (name, parameter) in state {
            let scalars = try #require(values[name]).map(Float.init)
            parameter.value = Tensor(shape: parameter.shape, scalars: scalars)
        }
    }

    private func generate(_ noise: Tensor, _ conditions: Tensor) -> Variable {
        generator(Variable(Tensor.concatenatingColumns([noise, conditions])), context: &context)
    }

    private func scoreDifference(fake: Tensor, real: Tensor) -> Variable {
        let packs = fake.rows / setup.pack
        let both = Tensor.concatenatingRows([fake, real], width: fake.columns)
        let signs = Tensor(
            shape: [2 * packs, 1],
            scalars: [Float](repeating: 1 / Float(packs), count: packs)
                + [Float](repeating: -1 / Float(packs), count: packs))
        return (score(Variable(both)) * Variable(signs)).sum()
    }

    private func score(_ rows: Variable) -> Variable {
        let width = rows.shape[1] * setup.pack
        let packed = rows.reshaped(to: [rows.shape[0] / setup.pack, width])
        return critic(packed, context: &context)
    }

    private func gradientPenalty(real: Tensor, fake: Tensor, alpha: Tensor) -> Variable {
        let packs = setup.batch / setup.pack
        let width = real.columns * setup.pack
        let mixed =
            real.reshaped(to: [packs, width]) * alpha
            + fake.reshaped(to: [packs, width]) * (1 - alpha)
        let input = Variable(mixed, requiresGradient: true)
        let slope = gradient(
            of: critic(input, context: &context), withRespectTo: [input], createGraph: true)[0]
        return (slope.l2Norm(alongAxis: 1) - 1).squared().mean() * CTGANTrainer.penaltyWeight
    }

    /// `criticStep()`; the masks of the one pass over fake and real packs are the fixture's
    /// fake-pass mask over its real-pass mask, as the rows are stacked.
    func criticStep(_ inputs: CTGANStepFixture.Inputs) throws -> CriticResult {
        for (dropout, key) in zip(dropouts, ["2", "5"]) {
            let masks = try #require(inputs.masks[key]).map { Tensor(fixture: $0) }
            dropout.masks = [
                Tensor.concatenatingRows([masks[0], masks[1]], width: masks[0].columns),
                masks[2],
            ]
        }
        let conditions = Tensor.oneHot(inputs.categories, classes: setup.discreteSpan.count)
        let fake = GradientMode.withoutGradients {
            activated(
                generate(Tensor(fixture: inputs.noise), conditions), activation,
                gumbel: Tensor(fixture: inputs.gumbel)
            ).value
        }
        let real = Tensor(fixture: try #require(inputs.real))
        let realConditions = conditions.gatheringRows(try #require(inputs.permutation))
        let fakeRows = Tensor.concatenatingColumns([fake, conditions])
        let realRows = Tensor.concatenatingColumns([real, realConditions])
        let alpha = Tensor(
            shape: [setup.batch / setup.pack, 1],
            scalars: try #require(inputs.alpha).map(Float.init))

        let wasserstein = scoreDifference(fake: fakeRows, real: realRows)
        let penalty = gradientPenalty(real: realRows, fake: fakeRows, alpha: alpha)
        let loss = penalty + wasserstein
        criticOptimizer.zeroGradients()
        loss.backward(onlyFor: critic.parameters)
        let gradients = critic.namedParameters.map { ($0.name, $0.parameter.gradient) }
        criticOptimizer.step()
        return CriticResult(
            fake: fake, wasserstein: wasserstein.value.scalar, penalty: penalty.value.scalar,
            gradients: gradients)
    }

    /// `generatorStep()` and `conditionLoss(_:_:)`.
    func generatorStep(_ inputs: CTGANStepFixture.Inputs) throws -> GeneratorResult {
        for (dropout, key) in zip(dropouts, ["2", "5"]) {
            dropout.masks = try #require(inputs.masks[key]).map { Tensor(fixture: $0) }
        }
        let conditions = Tensor.oneHot(inputs.categories, classes: setup.discreteSpan.count)
        let raw = generate(Tensor(fixture: inputs.noise), conditions)
        let activated = activated(raw, activation, gumbel: Tensor(fixture: inputs.gumbel))
        let joined = Variable.concatenatingColumns([activated, Variable(conditions)])
        let entropy = conditionLoss(raw, inputs.categories)
        let loss = -score(joined).mean() + entropy
        generatorOptimizer.zeroGradients()
        loss.backward(onlyFor: generator.parameters)
        let gradients = generator.namedParameters.map { ($0.name, $0.parameter.gradient) }
        generatorOptimizer.step()
        return GeneratorResult(
            raw: raw.value, activated: activated.value, crossEntropy: entropy.value.scalar,
            loss: loss.value.scalar, gradients: gradients)
    }

    private func conditionLoss(_ raw: Variable, _ categories: [Int]) -> Variable {
        var targets = Tensor(zeros: [setup.batch, setup.width])
        for row in 0..<setup.batch {
            targets[row, setup.discreteSpan.lowerBound + categories[row]] = 1
        }
        let entropy = crossEntropy(logits: raw, segments: [setup.discreteSpan], targets: targets)
        return entropy.sum() * (1 / Float(setup.batch))
    }
}

struct CriticResult {
    let fake: Tensor
    let wasserstein: Float
    let penalty: Float
    let gradients: [(String, Tensor?)]
}

struct GeneratorResult {
    let raw: Tensor
    let activated: Tensor
    let crossEntropy: Float
    let loss: Float
    let gradients: [(String, Tensor?)]
}
