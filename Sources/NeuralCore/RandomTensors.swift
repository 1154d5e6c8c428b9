// NeuralCore: random tensors, drawn from the package's seeded generator (Linalg's RandomSource).

import CVectorKernels
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
/// from ``RandomSource``s seeded with it: one call through the generic generator instead
/// of one per value, and the same values for the same generator state whatever its type.
/// Large tensors are filled in chunks of ``randomChunk`` values, chunk `i > 0` from the
/// stream `derived(index: i)` of the first, so the chunks can be filled on several threads
/// and still give the same values at any thread count.
extension Tensor {
    /// Values per independently seeded chunk of a random tensor.
    static let randomChunk = 16_384

    /// A tensor of `shape` with values drawn uniformly from `range` (half-open at the top).
    public static func randomUniform(
        shape: [Int], in range: ClosedRange<Float> = 0...1,
        using generator: inout some RandomNumberGenerator
    ) -> Tensor {
        let width = range.upperBound - range.lowerBound
        return filledInChunks(shape: shape, seed: generator.next()) { target, count, random in
            for index in 0..<count {
                target[index] = range.lowerBound + width * random.nextUnitFloat()
            }
        }
    }

    /// A tensor of `shape` with independent normal values of the given mean and standard
    /// deviation (drawn by a 256-layer ziggurat: Marsaglia and Tsang, 2000).
    public static func randomNormal(
        shape: [Int], mean: Float = 0, standardDeviation: Float = 1,
        using generator: inout some RandomNumberGenerator
    ) -> Tensor {
        let ziggurat = NormalZiggurat.shared
        return filledInChunks(shape: shape, seed: generator.next()) { target, count, random in
            ziggurat.fill(
                target, count: count, mean: mean, standardDeviation: standardDeviation,
                using: &random)
        }
    }

    /// Standard Gumbel noise `−log(−log u)` with `u` uniform in `[0, 1)` (floored at 1e-20),
    /// from one draw of `generator` as ``randomUniform(shape:in:using:)``.
    static func gumbelNoise(
        shape: [Int], using generator: inout some RandomNumberGenerator
    ) -> Tensor {
        filledInChunks(shape: shape, seed: generator.next()) { target, count, random in
            for index in 0..<count {
                target[index] = random.nextUnitFloat()
            }
            facsimile_gumbel_in_place(target, count)
        }
    }

    /// A tensor of `shape` whose values are 1 with probability `probability`, else 0.
    public static func randomBernoulli(
        shape: [Int], probability: Float, using generator: inout some RandomNumberGenerator
    ) -> Tensor {
        filledInChunks(shape: shape, seed: generator.next()) { target, count, random in
            for index in 0..<count {
                target[index] = random.nextUnitFloat() < probability ? 1 : 0
            }
        }
    }

    /// A tensor of `shape` whose chunks `fill` writes, each from its own stream of `seed`.
    private static func filledInChunks(
        shape: [Int], seed: UInt64,
        _ fill: (UnsafeMutablePointer<Float>, Int, inout RandomSource) -> Void
    ) -> Tensor {
        let result = Tensor(uninitializedShape: shape)
        let base = result.buffer.base
        let first = RandomSource(seed: seed)
        let chunks = Swift.max(1, (result.count + randomChunk - 1) / randomChunk)
        Parallel.forEach(parts: chunks) { chunk in
            var random = chunk == 0 ? first : first.derived(index: chunk)
            let start = chunk * randomChunk
            fill(base + start, Swift.min(randomChunk, result.count - start), &random)
        }
        return result
    }
}
