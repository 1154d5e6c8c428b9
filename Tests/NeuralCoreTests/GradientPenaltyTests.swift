// NeuralCoreTests: the WGAN-GP gradient penalty, by hand and by finite differences.

import Foundation
import Linalg
import NeuralCore
import Testing

/// `λ · mean_rows (‖∂D/∂x‖₂ − 1)²` at `points`, recorded so it can be differentiated with
/// respect to the critic's parameters (Gulrajani et al., 2017).
func gradientPenalty(
    of critic: any Layer, at points: Tensor, weight: Float, seed: UInt64
) -> Variable {
    let input = Variable(points, requiresGradient: true)
    var context = LayerContext(isTraining: true, seed: seed)
    let output = critic(input, context: &context)
    let slope = gradient(of: output, withRespectTo: [input], createGraph: true)[0]
    let norms = slope.l2Norm(alongAxis: 1)
    return (norms - 1).squared().mean() * weight
}

@Suite("Gradient penalty")
struct GradientPenaltyTests {
    /// D(x) = w₂ᵀ·LeakyReLU₀.₂(W₁x) with W₁ = [[1, 2], [−1, 1]], w₂ = [1, 3], x = [1, 0.5].
    ///
    /// By hand: W₁x = [2, −0.5], slopes s = [1, 0.2], g = ∂D/∂x = W₁ᵀ(w₂ ⊙ s) = [0.4, 2.6],
    /// ‖g‖ = √6.92, GP = (‖g‖ − 1)². With c = 2(‖g‖ − 1)/‖g‖:
    /// ∂GP/∂w₂ⱼ = c · sⱼ · (W₁[j] · g) and ∂GP/∂W₁[j, k] = c · w₂ⱼ · sⱼ · gₖ.
    @Test func matchesTheClosedFormOfATwoLayerCritic() throws {
        var generator = RandomSource(seed: 1)
        let first = Linear(inputs: 2, outputs: 2, hasBias: false, using: &generator)
        let second = Linear(inputs: 2, outputs: 1, hasBias: false, using: &generator)
        first.weight.value = Tensor(rows: [[1, 2], [-1, 1]])
        second.weight.value = Tensor(rows: [[1, 3]])
        let critic = Sequential([first, LeakyReLU(slope: 0.2), second])

        let penalty = gradientPenalty(
            of: critic, at: Tensor(rows: [[1, 0.5]]), weight: 1, seed: 0)
        penalty.backward()

        let norm = 6.92.squareRoot()
        #expect(isClose(Double(penalty.value.scalar), (norm - 1) * (norm - 1), 1e-5))
        let c = 2 * (norm - 1) / norm
        let g = [0.4, 2.6]
        let expectedSecond = [c * 1 * (1 * g[0] + 2 * g[1]), c * 0.2 * (-1 * g[0] + 1 * g[1])]
        let expectedFirst = [c * 1 * g[0], c * 1 * g[1], c * 3 * 0.2 * g[0], c * 3 * 0.2 * g[1]]
        let secondGradient = try #require(second.weight.gradient)
        let firstGradient = try #require(first.weight.gradient)
        #expect(
            allClose(
                [secondGradient.scalars.map(Double.init)], [expectedSecond],
                absolute: 1e-5, relative: 1e-5))
        #expect(
            allClose(
                [firstGradient.scalars.map(Double.init)], [expectedFirst],
                absolute: 1e-5, relative: 1e-5))
        // Spot values worked out on paper: ∂GP/∂w₂ ≈ [6.94242, 0.545476].
        #expect(isClose(Double(secondGradient[0]), 6.94242, 1e-4))
        #expect(isClose(Double(secondGradient[1]), 0.545476, 1e-4))
    }

    /// A critic shaped like CTGAN's (linear, LeakyReLU 0.2, dropout 0.5, twice, then linear):
    /// the penalty's gradient for every parameter matches finite differences, with the
    /// dropout masks held fixed by reseeding.
    @Test func matchesFiniteDifferencesWithDropout() {
        var generator = RandomSource(seed: 3)
        let critic = Sequential([
            Linear(inputs: 6, outputs: 5, using: &generator), LeakyReLU(slope: 0.2),
            Dropout(probability: 0.5),
            Linear(inputs: 5, outputs: 4, using: &generator), LeakyReLU(slope: 0.2),
            Dropout(probability: 0.5),
            Linear(inputs: 4, outputs: 1, using: &generator),
        ])
        let points = sample([3, 6], seed: 8)
        let penalty = gradientPenalty(of: critic, at: points, weight: 10, seed: 42)
        penalty.backward()
        let parameters = critic.parameters
        // The last bias does not move ∂D/∂x, so no gradient reaches it (as in PyTorch).
        #expect(parameters[5].gradient == nil)
        let analytic = parameters.map {
            ($0.gradient ?? Tensor(zeros: $0.shape)).scalars.map(Double.init)
        }

        // A step of 1e-3 rather than 1e-2: with dropout most pre-activations are small and a
        // larger step can cross a LeakyReLU kink. Rounding error stays near 6e-8·10/1e-3.
        let numeric = FiniteDifferences.gradient(at: parameters.map(\.value), step: 1e-3) {
            values in
            for (parameter, value) in zip(parameters, values) { parameter.value = value }
            return Double(
                gradientPenalty(of: critic, at: points, weight: 10, seed: 42)
                    .value.scalar)
        }
        #expect(
            allClose(analytic, numeric, absolute: 5e-3, relative: 5e-3),
            "\(analytic) vs \(numeric)")
    }
}

private func isClose(_ actual: Double, _ expected: Double, _ tolerance: Double) -> Bool {
    abs(actual - expected) <= tolerance * max(1, abs(expected))
}
