// NeuralCoreTests: central finite differences to check analytic gradients against.

import Linalg
import NeuralCore

/// Finite-difference gradients of a scalar function of several tensors.
///
/// The function is evaluated in Float32 (the only precision NeuralCore has) and the
/// differences are formed in Double: `(f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h`. The error has two
/// parts: truncation, about `h²·|f'''|/6`, and the rounding of `f` itself, about
/// `ε₃₂·|f| / h` with ε₃₂ ≈ 6e-8. With `h = 1e-2` and |f| of order 1 to 10 both stay near
/// 1e-4 to 6e-5, so tolerances of a few 1e-3 (absolute plus relative) leave a margin of ten
/// while still catching any wrong formula (which is off by order 1).
enum FiniteDifferences {
    /// The numerical gradient of `function` at `inputs`, one array per input.
    static func gradient(
        at inputs: [Tensor], step: Float = 1e-2, of function: ([Tensor]) -> Double
    ) -> [[Double]] {
        inputs.indices.map { which in
            (0..<inputs[which].count).map { index in
                var plus = inputs
                var minus = inputs
                plus[which][index] += step
                minus[which][index] -= step
                let nudge = Double(plus[which][index]) - Double(minus[which][index])
                return (function(plus) - function(minus)) / nudge
            }
        }
    }

    /// A fixed pseudo-random weighting of an output, so that a checked scalar
    /// `Σ wᵢ · yᵢ` depends on every output value with a different weight.
    static func weights(count: Int, seed: UInt64 = 7) -> Tensor {
        var generator = RandomSource(seed: seed)
        return Tensor.randomUniform(shape: [count], in: 0.5...1.5, using: &generator)
    }

    /// The analytic gradient of `Σ wᵢ · f(inputs)ᵢ` and the numerical one, for comparison.
    static func compare(
        _ inputs: [Tensor], step: Float = 1e-2, _ function: ([Variable]) -> Variable
    ) -> (analytic: [[Double]], numeric: [[Double]]) {
        let variables = inputs.map { Variable($0, requiresGradient: true) }
        let output = function(variables)
        let weights = Variable(Self.weights(count: output.value.count).reshaped(to: output.shape))
        let scalar = (output * weights).sum()
        let analytic = NeuralCore.gradient(of: scalar, withRespectTo: variables)
            .map { $0.value.scalars.map(Double.init) }

        let numeric = gradient(at: inputs, step: step) { values in
            let result = function(values.map { Variable($0) }).value.scalars
            return zip(result, weights.value.scalars).reduce(0.0) {
                $0 + Double($1.0) * Double($1.1)
            }
        }
        return (analytic, numeric)
    }
}

/// Whether every pair of values is within `absolute + relative · |expected|`.
func allClose(
    _ actual: [[Double]], _ expected: [[Double]], absolute: Double = 2e-3,
    relative: Double = 2e-3
) -> Bool {
    actual.count == expected.count
        && zip(actual, expected).allSatisfy { left, right in
            left.count == right.count
                && zip(left, right).allSatisfy { abs($0 - $1) <= absolute + relative * abs($1) }
        }
}

/// A tensor of `shape` with values spread in `range`, from a fixed seed.
func sample(_ shape: [Int], _ range: ClosedRange<Float> = -1...1, seed: UInt64 = 1) -> Tensor {
    var generator = RandomSource(seed: seed)
    return Tensor.randomUniform(shape: shape, in: range, using: &generator)
}

/// A tensor of `shape` with values of magnitude in `0.2...1` and random signs: at least 0.2
/// away from the kinks of ReLU, abs and friends, so a step of 1e-2 never crosses one.
func awayFromZero(_ shape: [Int], seed: UInt64 = 3) -> Tensor {
    var generator = RandomSource(seed: seed)
    let magnitudes = Tensor.randomUniform(shape: shape, in: 0.2...1, using: &generator)
    let signs = Tensor.randomBernoulli(shape: shape, probability: 0.5, using: &generator)
    return magnitudes * (signs * 2 - 1)
}
