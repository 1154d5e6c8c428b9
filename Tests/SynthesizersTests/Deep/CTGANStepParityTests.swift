// SynthesizersTests: whole CTGAN training steps (critic update, then generator update)
// against ctgan on PyTorch, with every random quantity fed identically to both sides.

import Foundation
import Linalg
import TestSupport
import Testing

@testable import NeuralCore
@testable import Synthesizers

/// Float32 on both sides with different summation orders, through a few dozen operations and
/// a second-order gradient. The differences seen are at most 5e-7 absolute (on values near 1)
/// and 7e-5 relative (on values near 1e-3), the size of PyTorch's own float32 results against
/// float64 ones; 1e-6 plus 1e-4 relative sits above them and far below what a wrong
/// operation gives (a missing factor, a wrong mask or a variance off by n/(n−1)).
private func expectMatch(
    _ name: String, _ actual: [Float]?, _ expected: [Double]?, absolute: Double = 1e-6,
    relative: Double = 1e-4
) {
    guard let actual, let expected else {
        Issue.record("\(name): missing (ours \(actual != nil), PyTorch's \(expected != nil))")
        return
    }
    let discrepancy = Discrepancy(actual, expected)
    #expect(
        Discrepancy.holds(actual, expected, absolute: absolute, relative: relative),
        "\(name): \(discrepancy)")
}

/// Compares Adam's change of each parameter, `after − before`, which is ~2e-4 in size: the
/// values themselves would hide a wrong step under their own size. An error δ in a gradient
/// moves a step by about `lr · δ / √v̂`, more where a gradient is small, hence 1e-6 (0.5% of the
/// learning rate) absolute; a wrong moment or bias correction moves it by 25% or more.
///
/// Two biases are the exception, those whose gradient is zero but for rounding (checked with
/// the other gradients): a linear layer's before batch normalisation (`fc.bias`), which the
/// normalisation subtracts again, and the critic's last one (`6.bias`), which cancels between
/// the fake and real means and leaves the slopes alone. Adam divides by the gradient's own
/// size, so it turns that rounding into steps of up to ±lr, different on each side (PyTorch
/// scores fake and real packs in two passes, whose sums cancel exactly at some sizes). The
/// steps change no gradient, only the running mean and the level of the critic's scores, so
/// PyTorch's values are copied instead of compared, which keeps the next step comparable.
private func expectSteps(
    _ label: String, _ parameters: [(name: String, parameter: Parameter)],
    from start: [String: Tensor], before: [String: [Double]], after: [String: [Double]]
) {
    for (name, parameter) in parameters {
        guard let ourStart = start[name], let theirStart = before[name],
            let theirEnd = after[name]
        else {
            Issue.record("\(label) \(name): not in the fixture")
            continue
        }
        guard !name.hasSuffix("fc.bias") && name != "6.bias" else {
            parameter.value = Tensor(shape: parameter.shape, scalars: theirEnd.map(Float.init))
            continue
        }
        let ours = zip(parameter.value.scalars, ourStart.scalars).map { $0 - $1 }
        let theirs = zip(theirEnd, theirStart).map { $0 - $1 }
        expectMatch("\(label) step \(name)", ours, theirs, absolute: 1e-6, relative: 1e-3)
    }
}

/// The current values of `parameters` by name.
private func snapshot(_ parameters: [(name: String, parameter: Parameter)]) -> [String: Tensor] {
    Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.parameter.value) })
}

@Suite("CTGAN training steps against ctgan on PyTorch")
struct CTGANStepParityTests {
    /// Three iterations of `CTGAN.fit`'s loop: losses, every gradient, Adam's change of every
    /// parameter and the running statistics, step by step.
    ///
    /// Checked once at CTGAN's default sizes too (`make_ctgan_step.py --iris-sized`: batch 500,
    /// pac 10, widths 128/256/256, one iteration; the file is too large to keep): the
    /// differences are those of PyTorch's own float32 results against float64 ones, the
    /// largest in Adam steps of weights whose gradient is near ε = 1e-8 or zero.
    @Test func threeIterations() throws {
        let fixture = try CTGANStepFixture.load()
        #expect(fixture.iterations.count == 3)
        try replay(fixture)
    }

    /// Runs the fixture's iterations and compares each step.
    func replay(_ fixture: CTGANStepFixture) throws {
        let trainer = try MirroredTrainer(fixture.setup, fixture.initial)
        var before = fixture.initial

        for (index, iteration) in fixture.iterations.enumerated() {
            let criticStart = snapshot(trainer.critic.namedParameters)
            let critic = try trainer.criticStep(iteration.criticStep.inputs)
            check(critic, iteration.criticStep, label: "\(index) critic")
            expectSteps(
                "\(index) critic", trainer.critic.namedParameters, from: criticStart,
                before: before.critic, after: iteration.criticStep.parameters)

            let generatorStart = snapshot(trainer.generator.namedParameters)
            let generator = try trainer.generatorStep(iteration.generatorStep.inputs)
            check(generator, iteration.generatorStep, label: "\(index) generator")
            expectSteps(
                "\(index) generator", trainer.generator.namedParameters, from: generatorStart,
                before: before.generator, after: iteration.generatorStep.parameters)
            for (name, buffer) in trainer.generator.namedBuffers {
                expectMatch(
                    "\(index) \(name)", buffer.value.scalars,
                    iteration.generatorStep.buffers[name])
            }
            before = CTGANStepFixture.Networks(
                generator: iteration.generatorStep.parameters,
                critic: iteration.criticStep.parameters)
        }
    }

    /// The pieces that take the fixture's random values compute what the library's pieces
    /// compute with the same values drawn: SpanActivation (its Gumbel-softmax) and Dropout.
    @Test func injectedPiecesEqualTheLibrarys() throws {
        let fixture = try CTGANStepFixture.load()
        let trainer = try MirroredTrainer(fixture.setup, fixture.initial)
        let raw = Variable(
            Tensor(shape: [4, 10], scalars: (0..<40).map { Float(sin(0.7 * Double($0))) * 3 }),
            requiresGradient: true)
        var drawn = RandomSource(seed: 5)
        var copy = drawn
        let library = trainer.activation(raw, random: &drawn)
        let noise = Tensor.gumbelNoise(shape: raw.shape, using: &copy)
        let injected = activated(raw, trainer.activation, gumbel: noise)
        #expect(library.value == injected.value)
        let weights = Variable(Tensor(shape: [4, 10], scalars: (0..<40).map { Float($0 % 7) }))
        let slopes = [library, injected].map {
            gradient(of: ($0 * weights).sum(), withRespectTo: [raw])[0].value
        }
        #expect(slopes[0] == slopes[1])

        var context = LayerContext(isTraining: true, seed: 9)
        var maskSource = context.generator
        let dropped = Dropout(probability: 0.5)(raw, context: &context)
        let mask = Tensor.randomBernoulli(shape: raw.shape, probability: 0.5, using: &maskSource)
        let given = GivenDropout(masks: [mask])(raw, context: &context)
        #expect(dropped.value == given.value)
    }

    private func check(
        _ result: CriticResult, _ expected: CTGANStepFixture.CriticStep, label: String
    ) {
        expectMatch("\(label) activated fake rows", result.fake.scalars, expected.fakeActivated)
        expectMatch("\(label) Wasserstein loss", [result.wasserstein], [expected.wasserstein])
        expectMatch("\(label) gradient penalty", [result.penalty], [expected.penalty])
        for (name, gradient) in result.gradients {
            expectMatch(
                "\(label) gradient \(name)", gradient?.scalars, expected.gradients[name])
        }
    }

    private func check(
        _ result: GeneratorResult, _ expected: CTGANStepFixture.GeneratorStep, label: String
    ) {
        expectMatch("\(label) raw output", result.raw.scalars, expected.raw)
        expectMatch("\(label) activated rows", result.activated.scalars, expected.activated)
        expectMatch("\(label) cross-entropy", [result.crossEntropy], [expected.crossEntropy])
        expectMatch("\(label) loss", [result.loss], [expected.loss])
        for (name, gradient) in result.gradients {
            expectMatch(
                "\(label) gradient \(name)", gradient?.scalars, expected.gradients[name])
        }
    }
}
