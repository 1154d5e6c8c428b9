// NeuralCoreTests: the ziggurat's tables and the distribution of its normal values.

import Foundation
import Linalg
import Testing

@testable import NeuralCore

@Suite("Normal values by the ziggurat")
struct NormalZigguratTests {
    private let ziggurat = NormalZiggurat.shared

    /// The standard normal distribution function.
    private func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// The layers are built by a recursion that must land on the peak: the last layer's top
    /// edge is at x = 0 where f = 1, so area / x[255] + f(x[255]) must come out at 1.
    @Test func theLayersCloseAtThePeak() {
        let last = Double(ziggurat.widths[255])
        let top = NormalZiggurat.layerArea / last + exp(-0.5 * last * last)
        #expect(abs(top - 1) < 1e-6)
        #expect(ziggurat.widths[256] == 0 && ziggurat.heights[256] == 1)
        #expect(zip(ziggurat.widths.dropFirst(), ziggurat.widths.dropFirst(2)).allSatisfy(>))
        #expect(ziggurat.insideFractions.allSatisfy { $0 >= 0 && $0 < 1 })
    }

    /// 400,000 values against Φ: the Kolmogorov distance of a sample of n from its own
    /// distribution exceeds 1.95/√n ≈ 0.0031 with probability 0.001.
    @Test func valuesFollowTheStandardNormal() {
        var generator = RandomSource(seed: 11)
        let count = 400_000
        let values = Tensor.randomNormal(shape: [count], using: &generator).scalars.sorted()
        var distance = 0.0
        for (index, value) in values.enumerated() {
            let cdf = normalCDF(Double(value))
            distance = max(
                distance, abs(Double(index + 1) / Double(count) - cdf),
                abs(cdf - Double(index) / Double(count)))
        }
        #expect(distance < 0.0031)
    }

    /// Beyond the tail start r ≈ 3.654 the normal has mass 2·(1 − Φ(r)) ≈ 2.58e-4: in 2M
    /// values about 516, standard deviation about 23, so 400 to 640 is over five of them.
    /// The tail values must reach past r and stay symmetric.
    @Test func theTailIsDrawnAtItsRate() {
        var generator = RandomSource(seed: 12)
        let values = Tensor.randomNormal(shape: [2_000_000], using: &generator).scalars
        let start = Float(NormalZiggurat.tailStart)
        let upper = values.filter { $0 > start }.count
        let lower = values.filter { $0 < -start }.count
        #expect((400...640).contains(upper + lower))
        #expect(abs(upper - lower) < 120)
        #expect(values.allSatisfy { $0.isFinite })
    }

    /// Even moments of the values: E z² = 1 and E z⁴ = 3, whose sample means over 1M values
    /// have standard deviations √2/1000 ≈ 0.0014 and √96/1000 ≈ 0.0098.
    @Test func momentsMatchTheNormal() {
        var generator = RandomSource(seed: 13)
        let values = Tensor.randomNormal(shape: [1_000_000], using: &generator).scalars
        let second = values.reduce(0.0) { $0 + Double($1 * $1) } / 1e6
        let fourth = values.reduce(0.0) { $0 + pow(Double($1), 4) } / 1e6
        let mean = values.reduce(0.0) { $0 + Double($1) } / 1e6
        #expect(abs(mean) < 0.006)
        #expect(abs(second - 1) < 0.008)
        #expect(abs(fourth - 3) < 0.06)
    }
}
