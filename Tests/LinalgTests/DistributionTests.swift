// LinalgTests: moments of normal, gamma and beta draws, and degenerate parameters.

import Linalg
import Testing

/// Sample mean and (unbiased) variance.
private func moments(_ values: [Double]) -> (mean: Double, variance: Double) {
    let mean = values.reduce(0, +) / Double(values.count)
    let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return (mean, squares / Double(values.count - 1))
}

/// Every tolerance below is five standard errors of the statistic over `draws` draws, so a
/// correct sampler fails with probability below 1e-6 per check (and a fixed seed makes the
/// outcome reproducible).
private let draws = 100_000

@Suite("RandomSource distributions")
struct DistributionTests {
    @Test func standardNormalMoments() {
        var source = RandomSource(seed: 31)
        let values = (0..<draws).map { _ in source.standardNormal() }
        let (mean, variance) = moments(values)
        // Standard errors: 1/√n ≈ 3.2e-3 for the mean, √(2/n) ≈ 4.5e-3 for the variance.
        #expect(abs(mean) < 0.016)
        #expect(abs(variance - 1) < 0.023)
        let inside = values.filter { abs($0) < 1.959963984540054 }.count
        // 95% fall inside ±1.96; standard error √(0.95·0.05/n) ≈ 6.9e-4.
        #expect(abs(Double(inside) / Double(draws) - 0.95) < 0.0035)
    }

    @Test func normalWithParametersAndFloatBuffers() {
        var source = RandomSource(seed: 32)
        let values = (0..<draws).map { _ in source.normal(mean: 10, standardDeviation: 3) }
        let (mean, variance) = moments(values)
        #expect(abs(mean - 10) < 5 * 3 / Double(draws).squareRoot())
        #expect(abs(variance - 9) < 5 * 9 * (2 / Double(draws)).squareRoot())

        var buffer = [Float](repeating: .nan, count: 50_001)
        source.fillNormal(&buffer, mean: -1, standardDeviation: 0.5)
        let floats = moments(buffer.map(Double.init))
        #expect(buffer.allSatisfy { $0.isFinite })
        #expect(abs(floats.mean + 1) < 5 * 0.5 / 50_001.0.squareRoot())
        #expect(abs(floats.variance - 0.25) < 5 * 0.25 * (2 / 50_001.0).squareRoot())
    }

    @Test(arguments: [0.3, 1.0, 2.5, 30.0])
    func gammaMoments(shape: Double) {
        var source = RandomSource(seed: 33)
        let scale = 2.0
        let values = (0..<draws).map { _ in source.gamma(shape: shape, scale: scale) }
        let (mean, variance) = moments(values)
        let trueVariance = shape * scale * scale
        #expect(values.allSatisfy { $0 >= 0 && $0.isFinite })
        #expect(abs(mean - shape * scale) < 5 * (trueVariance / Double(draws)).squareRoot())
        // Var(s²) ≈ σ⁴ (2 + 6/shape) / n for a gamma (excess kurtosis 6/shape).
        let varianceError = trueVariance * ((2 + 6 / shape) / Double(draws)).squareRoot()
        #expect(abs(variance - trueVariance) < 5 * varianceError)
    }

    @Test(arguments: [(0.5, 0.5), (1.0, 1.0), (2.0, 5.0), (0.1, 3.0)])
    func betaMoments(a: Double, b: Double) {
        var source = RandomSource(seed: 34)
        let values = (0..<draws).map { _ in source.beta(a, b) }
        let (mean, variance) = moments(values)
        let trueMean = a / (a + b)
        let trueVariance = a * b / ((a + b) * (a + b) * (a + b + 1))
        #expect(values.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(abs(mean - trueMean) < 5 * (trueVariance / Double(draws)).squareRoot())
        // A beta lies in [0, 1], so Var(s²) ≤ E[(X − μ)⁴]/n ≤ σ²/n: 5·σ/√n bounds it.
        #expect(abs(variance - trueVariance) < 5 * (trueVariance / Double(draws)).squareRoot())
    }

    @Test func exponentialMean() {
        var source = RandomSource(seed: 35)
        let values = (0..<draws).map { _ in source.exponential(rate: 4) }
        #expect(abs(moments(values).mean - 0.25) < 5 * 0.25 / Double(draws).squareRoot())
    }

    @Test func degenerateParametersGiveNoNaN() {
        var source = RandomSource(seed: 36)
        for _ in 0..<1000 {
            let tinyGamma = source.gamma(shape: 1e-300)
            #expect(tinyGamma >= 0 && tinyGamma.isFinite)
            let smallGamma = source.gamma(shape: 1e-5, scale: 1e300)
            #expect(!smallGamma.isNaN)
            let tinyBeta = source.beta(1e-300, 1e-300)
            #expect(tinyBeta == 0 || tinyBeta == 1)
            let smallBeta = source.beta(1e-3, 1e-3)
            #expect(smallBeta >= 0 && smallBeta <= 1)
            let skewed = source.beta(1e-3, 1e5)
            #expect(skewed >= 0 && skewed <= 1)
            #expect(source.normal(mean: 3, standardDeviation: 0) == 3)
        }
    }
}
