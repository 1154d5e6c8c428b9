// NeuralCore: random tensors, drawn from the package's seeded generator (Linalg's RandomSource).

import Foundation
import Linalg

extension RandomNumberGenerator {
    /// A uniform `Float` in `[0, 1)` from the top 24 bits of the next draw.
    @inline(__always)
    mutating func nextUnitFloat() -> Float {
        Float(next() >> 40) * (1 / 16_777_216)
    }
}

/// Random tensors.
///
/// Each function takes one 64-bit draw from the generator passed in and fills the tensor
/// from a ``RandomSource`` seeded with it: one call through the generic generator instead
/// of one per value, and the same values for the same generator state whatever its type.
extension Tensor {
    /// A tensor of `shape` with values drawn uniformly from `range` (half-open at the top).
    public static func randomUniform(
        shape: [Int], in range: ClosedRange<Float> = 0...1,
        using generator: inout some RandomNumberGenerator
    ) -> Tensor {
        var local = RandomSource(seed: generator.next())
        let result = Tensor(uninitializedShape: shape)
        let width = range.upperBound - range.lowerBound
        for index in 0..<result.count {
            result.buffer.base[index] = range.lowerBound + width * local.nextUnitFloat()
        }
        return result
    }

    /// A tensor of `shape` with independent normal values of the given mean and standard
    /// deviation (Marsaglia's polar method: both values of each accepted pair are used).
    public static func randomNormal(
        shape: [Int], mean: Float = 0, standardDeviation: Float = 1,
        using generator: inout some RandomNumberGenerator
    ) -> Tensor {
        var local = RandomSource(seed: generator.next())
        let result = Tensor(uninitializedShape: shape)
        let target = result.buffer.base
        var index = 0
        while index < result.count {
            let u = 2 * local.nextUnitFloat() - 1
            let v = 2 * local.nextUnitFloat() - 1
            let radiusSquared = u * u + v * v
            guard radiusSquared > 0 && radiusSquared < 1 else { continue }
            let factor =
                standardDeviation
                * (-2 * Foundation.log(radiusSquared) / radiusSquared).squareRoot()
            target[index] = mean + u * factor
            if index + 1 < result.count {
                target[index + 1] = mean + v * factor
            }
            index += 2
        }
        return result
    }

    /// Standard Gumbel noise `−log(−log u)` with `u` uniform in `[0, 1)` (floored at 1e-20),
    /// from one draw of `generator` as ``randomUniform(shape:in:using:)``.
    static func gumbelNoise(
        shape: [Int], using generator: inout some RandomNumberGenerator
    ) -> Tensor {
        let result = randomUniform(shape: shape, using: &generator)
        let base = result.buffer.base
        Parallel.forEachRange(count: result.count, grain: Parallel.elementwiseGrain / 8) {
            range in
            let start = base + range.lowerBound
            VectorMath.apply(start, start, count: range.count) { u in
                -VectorMath.log(-VectorMath.log(u < 1e-20 ? 1e-20 : u))
            }
        }
        return result
    }

    /// A tensor of `shape` whose values are 1 with probability `probability`, else 0.
    public static func randomBernoulli(
        shape: [Int], probability: Float, using generator: inout some RandomNumberGenerator
    ) -> Tensor {
        var local = RandomSource(seed: generator.next())
        let result = Tensor(uninitializedShape: shape)
        for index in 0..<result.count {
            result.buffer.base[index] = local.nextUnitFloat() < probability ? 1 : 0
        }
        return result
    }
}
