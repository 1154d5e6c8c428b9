// NeuralCoreTests: the seeded generator and random tensors.

import Linalg
import NeuralCore
import Testing

@Suite("RandomSource and random tensors")
struct GeneratorTests {
    @Test func sameSeedSameSequenceOtherSeedOtherSequence() {
        var first = RandomSource(seed: 42)
        var second = RandomSource(seed: 42)
        var third = RandomSource(seed: 43)
        let a = (0..<8).map { _ in first.next() }
        let b = (0..<8).map { _ in second.next() }
        let c = (0..<8).map { _ in third.next() }
        #expect(a == b && a != c)
        #expect(Set(a).count == 8)
    }

    /// Zero seeds must still give a usable stream (SplitMix64 never yields an all-zero state).
    @Test func zeroSeedIsNotDegenerate() {
        var generator = RandomSource(seed: 0)
        let values = (0..<4).map { _ in generator.next() }
        #expect(values.allSatisfy { $0 != 0 } && Set(values).count == 4)
    }

    /// 100,000 uniforms: the mean has standard deviation √(1/12)/√n ≈ 0.0009, so ±0.005 is
    /// more than five standard deviations; every value lies in [0, 1).
    @Test func uniformMeanAndRange() {
        var generator = RandomSource(seed: 1)
        let values = Tensor.randomUniform(shape: [100_000], using: &generator)
        #expect(values.scalars.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(values.mean().scalar - 0.5) < 0.005)
    }

    /// 100,000 normals with mean 2 and deviation 3: the sample mean has standard deviation
    /// 3/√n ≈ 0.0095 (bound 0.05) and the variance 9·√(2/n) ≈ 0.04 (bound 0.25).
    @Test func normalMomentsWithinBounds() {
        var generator = RandomSource(seed: 2)
        let values = Tensor.randomNormal(
            shape: [100_000], mean: 2, standardDeviation: 3, using: &generator)
        let mean = Double(values.mean().scalar)
        let variance =
            values.scalars.reduce(0.0) {
                $0 + (Double($1) - mean) * (Double($1) - mean)
            } / 100_000
        #expect(abs(mean - 2) < 0.05 && abs(variance - 9) < 0.25)
        #expect(values.scalars.allSatisfy { $0.isFinite })
    }

    /// A large tensor is filled in independently seeded chunks of 16,384 values: the first
    /// two chunks must be unrelated streams, not shifted copies. Their correlation has
    /// standard deviation 1/√16,384 ≈ 0.008, so 0.05 is six standard deviations.
    @Test func chunksOfALargeTensorAreIndependent() {
        var generator = RandomSource(seed: 4)
        let values = Tensor.randomNormal(shape: [2, 16_384], using: &generator)
        let first = values.scalars[0..<16_384]
        let second = values.scalars[16_384...]
        let products = zip(first, second).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
        #expect(abs(products / 16_384) < 0.05)
        #expect(Array(first) != Array(second))
    }

    /// Bernoulli(0.3) over 100,000 draws: standard deviation of the frequency ≈ 0.0014.
    @Test func bernoulliFrequency() {
        var generator = RandomSource(seed: 3)
        let values = Tensor.randomBernoulli(shape: [100_000], probability: 0.3, using: &generator)
        #expect(values.scalars.allSatisfy { $0 == 0 || $0 == 1 })
        #expect(abs(values.mean().scalar - 0.3) < 0.01)
        #expect(
            Tensor.randomBernoulli(shape: [50], probability: 0, using: &generator)
                == Tensor(zeros: [50]))
    }

    /// A generator that always returns the same bits gives finite values, never NaN.
    @Test func degenerateGeneratorGivesFiniteValues() {
        struct Constant: RandomNumberGenerator {
            let bits: UInt64
            mutating func next() -> UInt64 { bits }
        }
        for bits in [UInt64.min, UInt64.max] {
            var generator = Constant(bits: bits)
            let normal = Tensor.randomNormal(shape: [16], using: &generator)
            let logits = Variable(Tensor(zeros: [2, 3]))
            let gumbel = gumbelSoftmax(logits, temperature: 0.2, using: &generator)
            #expect(normal.scalars.allSatisfy { $0.isFinite })
            #expect(gumbel.value.scalars.allSatisfy { $0.isFinite })
        }
    }
}
