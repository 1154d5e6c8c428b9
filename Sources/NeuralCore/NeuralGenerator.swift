// NeuralCore: a small seedable random generator (xoshiro256**) and random tensors.

import Foundation

/// A fast, seedable pseudo-random generator: xoshiro256** (Blackman and Vigna, 2018), with
/// its 256-bit state filled from a 64-bit seed by SplitMix64.
///
/// The same seed gives the same sequence on every platform, which makes initialisation,
/// dropout and noise reproducible. It is not a cryptographic generator.
public struct NeuralGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator whose sequence is determined by `seed`.
    public init(seed: UInt64) {
        var mixer = seed
        func splitMix() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var value = mixer
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// The next 64 random bits.
    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotate(state.3, 45)
        return result
    }

    @inline(__always)
    private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}

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
/// from a ``NeuralGenerator`` seeded with it: one call through the generic generator instead
/// of one per value, and the same values for the same generator state whatever its type.
extension Tensor {
    /// A tensor of `shape` with values drawn uniformly from `range` (half-open at the top).
    public static func randomUniform(
        shape: [Int], in range: ClosedRange<Float> = 0...1,
        using generator: inout some RandomNumberGenerator
    ) -> Tensor {
        var local = NeuralGenerator(seed: generator.next())
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
        var local = NeuralGenerator(seed: generator.next())
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

    /// A tensor of `shape` whose values are 1 with probability `probability`, else 0.
    public static func randomBernoulli(
        shape: [Int], probability: Float, using generator: inout some RandomNumberGenerator
    ) -> Tensor {
        var local = NeuralGenerator(seed: generator.next())
        let result = Tensor(uninitializedShape: shape)
        for index in 0..<result.count {
            result.buffer.base[index] = local.nextUnitFloat() < probability ? 1 : 0
        }
        return result
    }
}
