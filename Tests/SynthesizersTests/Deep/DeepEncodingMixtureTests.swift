// SynthesizersTests: the variational mixture on known mixtures and on degenerate columns.

import Foundation
import Linalg
import TestSupport
import Testing

@testable import Synthesizers

/// Draws `count` values from a Gaussian mixture given as (weight, mean, deviation) triples.
func gaussianMixtureSample(
    _ parts: [(weight: Double, mean: Double, deviation: Double)], count: Int, seed: UInt64
) -> [Double] {
    var random = RandomSource(seed: seed)
    let weights = parts.map(\.weight)
    return (0..<count).map { _ in
        let part = parts[random.categorical(weights: weights)]
        return random.normal(mean: part.mean, standardDeviation: part.deviation)
    }
}

/// A named degenerate column.
struct DegenerateColumn: Sendable, CustomStringConvertible {
    let description: String
    let values: [Double]

    static let all: [DegenerateColumn] = [
        DegenerateColumn(description: "empty", values: []),
        DegenerateColumn(description: "one row", values: [3.5]),
        DegenerateColumn(description: "two rows", values: [1, 2]),
        DegenerateColumn(description: "two equal rows", values: [7, 7]),
        DegenerateColumn(description: "constant", values: Array(repeating: 4.25, count: 300)),
        DegenerateColumn(
            description: "huge", values: (0..<200).map { 1e12 + Double($0 % 7) * 1e9 }),
        DegenerateColumn(description: "huge constant", values: Array(repeating: -3e12, count: 50)),
        DegenerateColumn(description: "three values", values: (0..<90).map { Double($0 % 3) }),
    ]
}

@Suite("Variational mixture")
struct DeepEncodingMixtureTests {
    /// Groups the fitted components by the nearest true mean and checks each group's total
    /// weight, weighted mean and pooled deviation. With 4,000 draws a true weight w has a
    /// sampling deviation of √(w(1−w)/4000) ≤ 0.008, so ±0.03 is about four deviations; a
    /// group's mean has a sampling deviation of σ/√(4000 w) ≤ 0.06 here, so 0.2 is over three;
    /// deviations are allowed 10% (their sampling error is about 2% and the prior adds a
    /// little). The fit may split one true component into two close ones, hence the grouping;
    /// the deviation checked is the heaviest member's, against ``priorDeviation(of:in:)``.
    func expectRecovers(
        _ parts: [(weight: Double, mean: Double, deviation: Double)], seed: UInt64
    ) {
        let values = gaussianMixtureSample(parts, count: 4000, seed: seed)
        var random = RandomSource(seed: seed + 100)
        let mixture = VariationalMixture(fitting: values, random: &random)
        #expect(mixture.weights.count == 10)
        #expect(isClose(mixture.weights.reduce(0, +), 1, absolute: 1e-12))

        for (index, part) in parts.enumerated() {
            let members = mixture.activeComponents.filter { component in
                let nearest = parts.indices.min {
                    abs(parts[$0].mean - mixture.means[component])
                        < abs(parts[$1].mean - mixture.means[component])
                }
                return nearest == index
            }
            let heaviest = members.max { mixture.weights[$0] < mixture.weights[$1] } ?? 0
            let deviation = mixture.standardDeviations[heaviest]
            let expected = Self.priorDeviation(of: part, in: values)
            #expect(isClose(deviation, expected, absolute: 0, relative: 0.1), "sd of part \(index)")
        }
    }

    /// The deviation the reference's priors give a component of N rows, mean μ and deviation
    /// σ: its covariance is `(s₀ + N σ² + N/(1 + N) · (μ − m₀)²) / (1 + N)` with the column's
    /// variance s₀ and mean m₀ as priors. A narrow component far from the column mean comes
    /// out much wider than it is (0.5 becomes 1.76 for the third mode below; sklearn agrees).
    static func priorDeviation(
        of part: (weight: Double, mean: Double, deviation: Double), in values: [Double]
    ) -> Double {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        let rows = part.weight * n
        let offset = part.mean - mean
        let spread =
            variance + rows * part.deviation * part.deviation + rows / (1 + rows) * offset * offset
        return (spread / (1 + rows)).squareRoot()
    }

    @Test func recoversTwoSeparatedGaussians() {
        expectRecovers([(0.3, -5, 1), (0.7, 10, 2)], seed: 1)
    }

    @Test func recoversThreeSeparatedGaussians() {
        expectRecovers([(0.5, 0, 1), (0.3, 20, 3), (0.2, 60, 0.5)], seed: 2)
    }

    @Test func sameSeedSameFit() {
        let values = gaussianMixtureSample([(0.5, 0, 1), (0.5, 8, 1)], count: 500, seed: 3)
        var first = RandomSource(seed: 9)
        var second = RandomSource(seed: 9)
        #expect(
            VariationalMixture(fitting: values, random: &first)
                == VariationalMixture(fitting: values, random: &second))
    }

    @Test func posteriorIsADistribution() {
        let mixture = VariationalMixture(
            weights: [0.25, 0.75], means: [0, 10], standardDeviations: [1, 2])
        let posterior = mixture.posterior(of: 1)
        #expect(isClose(posterior.reduce(0, +), 1, absolute: 1e-15))
        // Plain parameters: p₀ ∝ 0.25 N(1; 0, 1), p₁ ∝ 0.75 N(1; 10, 2²).
        let first = 0.25 * exp(-0.5)
        let second = 0.75 * exp(-0.5 * 81 / 4) / 2
        #expect(isClose(posterior[0], first / (first + second), absolute: 1e-15))
        // Far from every mode the densities underflow; the posterior stays defined.
        #expect(mixture.posterior(of: 1e200).allSatisfy { $0.isFinite })
    }

    /// Degenerate columns: every parameter finite, deviations positive, weights summing to 1.
    @Test(arguments: DegenerateColumn.all)
    func degenerateColumns(column: DegenerateColumn) {
        let name = column.description
        let values = column.values
        var random = RandomSource(seed: 4)
        let mixture = VariationalMixture(fitting: values, random: &random)
        #expect(mixture.isFinite, "\(name): \(mixture)")
        #expect(isClose(mixture.weights.reduce(0, +), 1, absolute: 1e-12), "\(name)")
        #expect(mixture.weights.count == max(1, min(values.count, 10)), "\(name)")
        #expect(!mixture.activeComponents.isEmpty, "\(name)")
        if let first = values.first, values.allSatisfy({ $0 == first }) {
            let heaviest = mixture.weights.indices.max { mixture.weights[$0] < mixture.weights[$1] }
            #expect(isClose(mixture.means[heaviest ?? 0], first, absolute: 1e-9, relative: 1e-12))
        }
    }
}
