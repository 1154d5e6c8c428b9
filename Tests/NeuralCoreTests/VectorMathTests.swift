// NeuralCoreTests: the vectorised exponential and logarithm against the C library, and the
// CVectorKernels loops against the Swift arithmetic they repeat.

import Foundation
import Linalg
import Testing

@testable import NeuralCore

/// The largest error of `actual` against `expected`, in units of `expected`'s last place.
private func ulps(_ actual: [Float], _ expected: [Float]) -> Float {
    zip(actual, expected).reduce(0) { worst, pair in
        let (value, reference) = pair
        guard reference.isFinite, reference != 0 else { return worst }
        return Swift.max(worst, abs(value - reference) / reference.ulp)
    }
}

@Suite("Vector math")
struct VectorMathTests {
    /// 200,003 points across the whole finite range of `exp` (an odd count, so the tail of a
    /// partial vector is exercised): within 2 units in the last place of glibc's `expf`,
    /// which is itself correctly rounded to within 0.5.
    @Test func exponentialWithinTwoUnitsInTheLastPlace() {
        let inputs = (0..<200_003).map { -87 + 175.7 * Float($0) / 200_003 }
        let values = Tensor(inputs).exp().scalars
        #expect(ulps(values, inputs.map { Foundation.exp($0) }) <= 2)
    }

    /// Logarithms over twenty orders of magnitude on each side of 1, and of subnormals.
    @Test func logarithmWithinTwoUnitsInTheLastPlace() {
        let inputs = (0..<200_003).map { Foundation.pow(10, -20 + 40 * Float($0) / 200_003) }
        let values = Tensor(inputs).log().scalars
        #expect(ulps(values, inputs.map { Foundation.log($0) }) <= 2)
        // Subnormal inputs, written in hexadecimal where they are exact: about 9.2e-41,
        // 1.4e-45 and 2.9e-39.
        let tiny: [Float] = [0x1p-133, Float.leastNonzeroMagnitude, 0x1p-128]
        let close = zip(Tensor(tiny).log().scalars, tiny.map { Foundation.log($0) })
        #expect(close.allSatisfy { abs($0 - $1) <= 1e-5 * abs($1) })
    }

    /// The special values of IEEE 754.
    @Test func specialValues() {
        let exponentials = Tensor([-.infinity, .infinity, -200, 200, 0, .nan]).exp().scalars
        #expect(exponentials[0] == 0 && exponentials[1] == .infinity)
        #expect(exponentials[2] == 0 && exponentials[3] == .infinity)
        #expect(exponentials[4] == 1 && exponentials[5].isNaN)
        let logarithms = Tensor([0, -1, .infinity, 1, .nan, -.infinity]).log().scalars
        #expect(logarithms[0] == -.infinity && logarithms[1].isNaN)
        #expect(logarithms[2] == .infinity && logarithms[3] == 0)
        #expect(logarithms[4].isNaN && logarithms[5].isNaN)
        #expect(Tensor([88.7]).exp().scalar.isFinite)
    }

    /// The C loops (built for AVX-512, AVX2 or the baseline) give bit for bit what
    /// `VectorMath` gives, over the whole range, special values and an odd-length tail.
    @Test func cLoopsRepeatTheSwiftArithmetic() {
        let arguments =
            (0..<100_003).map { -100 + 200 * Float($0) / 100_003 }
            + [-.infinity, .infinity, .nan, 0, -0.0, 88.72283, -87.33]
        let exponentials = Tensor(arguments).exp().scalars
        #expect(exponentials.map(\.bitPattern) == arguments.map { VectorMath.exp($0).bitPattern })

        let positives =
            (0..<100_003).map { Foundation.pow(10, -40 + 78 * Float($0) / 100_003) }
            + [0, -1, .infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        let logarithms = Tensor(positives).log().scalars
        #expect(logarithms.map(\.bitPattern) == positives.map { VectorMath.log($0).bitPattern })
    }

    /// Gumbel noise is `−log(−log u)` of the uniform values the same seed gives.
    @Test func gumbelNoiseIsTheLogarithmsOfUniformValues() {
        var first = RandomSource(seed: 3)
        var second = RandomSource(seed: 3)
        let noise = Tensor.gumbelNoise(shape: [40_001], using: &first).scalars
        let uniform = Tensor.randomUniform(shape: [40_001], in: 0...1, using: &second).scalars
        let expected = uniform.map { -VectorMath.log(-VectorMath.log(Swift.max($0, 1e-20))) }
        #expect(noise.map(\.bitPattern) == expected.map(\.bitPattern))
    }
}
