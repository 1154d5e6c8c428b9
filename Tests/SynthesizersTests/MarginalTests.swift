// SynthesizersTests: special functions and marginals against scipy's figures.

import Foundation
import Linalg
import TestSupport
import Testing

@testable import Synthesizers

@Suite("Special functions")
struct SpecialFunctionTests {
    // Expected values: scipy 1.17.1 (stats.norm, special.digamma/polygamma/betainc/gammainc).
    @Test func normalDistributionFunction() {
        let cases: [(Double, Double)] = [
            (-3, 0.0013498980316300933), (-1, 0.15865525393145707), (0, 0.5),
            (0.5, 0.6914624612740131), (2.5, 0.9937903346742238),
        ]
        for (x, expected) in cases {
            #expect(isClose(StandardNormal.cdf(x), expected, absolute: 0, relative: 1e-14))
        }
    }

    @Test func normalQuantile() {
        let cases: [(Double, Double)] = [
            (1e-10, -6.361340902404056), (0.001, -3.090232306167813),
            (0.3, -0.5244005127080409), (0.5, 0), (0.975, 1.959963984540054),
        ]
        for (p, expected) in cases {
            #expect(isClose(StandardNormal.quantile(p), expected, absolute: 1e-15, relative: 1e-13))
        }
        // Far tails (denormal probabilities) stay finite, which the score tables rely on.
        // 2⁻¹⁰³⁰ ≈ 8.7e-311, written in hexadecimal because it is exact there.
        #expect(isClose(StandardNormal.quantile(0x1p-1030), -37.6, absolute: 0.1))
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(1) == .infinity)
        #expect(StandardNormal.quantile(1.5).isNaN)
    }

    @Test func normalScoreSaturatesLikeTheReference() {
        // 1 − EPS evaluated in float32, as the reference does; scipy gives
        // stats.norm.ppf(np.float64(np.float32(1) - np.float32(EPS))) = 5.1665781197287535.
        let high = Double(1 - Float(MarginalNumerics.epsilon))
        #expect(isClose(StandardNormal.quantile(high), 5.1665781197287535, absolute: 1e-12))
    }

    @Test func gammaFamilyFunctions() {
        #expect(isClose(SpecialFunctions.digamma(0.7), -1.2200235536979347, absolute: 1e-13))
        #expect(isClose(SpecialFunctions.digamma(13.2), 2.5418600479319147, absolute: 1e-13))
        #expect(isClose(MarginalNumerics.trigamma(0.7), 2.8340491566946113, absolute: 1e-12))
        #expect(isClose(MarginalNumerics.trigamma(13.2), 0.07869956283639044, absolute: 1e-13))
        #expect(
            isClose(SpecialFunctions.regularizedGammaP(30, 29), 0.4508291147181239, absolute: 1e-13)
        )
        #expect(
            isClose(
                SpecialFunctions.regularizedBeta(0.5, 2.5, 0.7), 0.1139834594466688, absolute: 1e-13
            ))
    }
}

@Suite("Marginals")
struct MarginalTests {
    // Expected values: scipy 1.17.1, e.g. stats.beta.cdf(x, 2.5, 0.7).
    @Test func betaAgainstScipy() {
        let beta = Marginal.beta(a: 2.5, b: 0.7, loc: 0, scale: 1)
        let cdfs: [(Double, Double)] = [
            (0.1, 0.0018170062819625442), (0.5, 0.1139834594466688), (0.9, 0.6239321729007935),
        ]
        for (x, expected) in cdfs { #expect(isClose(beta.cdf(x), expected, absolute: 1e-13)) }
        let quantiles: [(Double, Double)] = [
            (0.01, 0.19597479033740997), (0.5, 0.841502178841484), (0.99, 0.9994860596769936),
        ]
        for (u, expected) in quantiles {
            #expect(isClose(beta.quantile(u), expected, absolute: 1e-11))
        }
        let skewed = Marginal.beta(a: 0.3, b: 12, loc: 0, scale: 1)
        #expect(isClose(skewed.quantile(0.01), 1.289101757709143e-08, absolute: 0, relative: 1e-6))
        #expect(isClose(skewed.quantile(0.5), 0.006255851114196466, absolute: 1e-12))
        #expect(isClose(skewed.quantile(0.99), 0.20257500077660487, absolute: 1e-11))
    }

    @Test func gammaAgainstScipy() {
        let gamma = Marginal.gamma(a: 2, loc: 1, scale: 3)
        let cdfs: [(Double, Double)] = [
            (1.5, 0.012437987627616916), (5, 0.38494001106330406), (20, 0.9869752406646145),
        ]
        for (x, expected) in cdfs { #expect(isClose(gamma.cdf(x), expected, absolute: 1e-13)) }
        let half = Marginal.gamma(a: 0.5, loc: 0, scale: 1)
        #expect(isClose(half.quantile(0.01), 7.854392895485092e-05, absolute: 0, relative: 1e-8))
        #expect(isClose(half.quantile(0.5), 0.227468211559786, absolute: 1e-11))
        #expect(isClose(half.quantile(0.99), 3.3174483005106072, absolute: 1e-10))
        let large = Marginal.gamma(a: 30, loc: 0, scale: 1)
        #expect(isClose(large.quantile(0.01), 18.742425764901892, absolute: 1e-9))
        #expect(isClose(large.quantile(0.99), 44.189709450724685, absolute: 1e-9))
    }

    @Test func truncatedNormalAgainstScipy() {
        let truncated = Marginal.truncatedNormal(a: -1, b: 2, loc: 3, scale: 2)
        #expect(isClose(truncated.cdf(2), 0.18309708152134452, absolute: 1e-13))
        #expect(isClose(truncated.cdf(3), 0.4169887514289859, absolute: 1e-13))
        #expect(isClose(truncated.cdf(6), 0.94617962473645, absolute: 1e-13))
        #expect(isClose(truncated.quantile(0.1), 1.59070435781051, absolute: 1e-11))
        #expect(isClose(truncated.quantile(0.9), 5.5114307283004305, absolute: 1e-11))
        let tail = Marginal.truncatedNormal(a: 4, b: 6, loc: 0, scale: 1)
        #expect(isClose(tail.quantile(0.1), 4.024863254132875, absolute: 1e-9))
        #expect(isClose(tail.quantile(0.9), 4.514854532330789, absolute: 1e-9))
    }

    @Test func closedFormFits() {
        let values = [1.0, 2, 4, 9]
        // mean 4, population variance (9 + 4 + 0 + 25) / 4 = 9.5
        #expect(Marginal.fitting(.norm, to: values) == .normal(loc: 4, scale: 9.5.squareRoot()))
        #expect(Marginal.fitting(.uniform, to: values) == .uniform(loc: 1, scale: 8))
        #expect(Marginal.uniform(loc: 1, scale: 8).quantile(0.25) == 3)
    }

    @Test(arguments: DistributionFamily.allCases)
    func constantAndEmptyColumnsAreDegenerate(family: DistributionFamily) {
        #expect(Marginal.fitting(family, to: [3, 3, 3]) == .degenerate(value: 3))
        #expect(Marginal.fitting(family, to: [7]) == .degenerate(value: 7))
        #expect(Marginal.fitting(family, to: []) == .degenerate(value: 0))
        let degenerate = Marginal.degenerate(value: 3)
        #expect(degenerate.cdf(2.9) == 0 && degenerate.cdf(3) == 1 && degenerate.quantile(0.4) == 3)
    }

    @Test func gammaFitMatchesScipyWithTheSameOrigin() throws {
        let values = try fixtureNumbers("gamma5000.txt")
        // scipy: stats.gamma.fit(g, floc=-0.20424098293939733) → a 2.221916374744607,
        // scale 2.7979730180693774 (scipy's optimiser stops near 1e-5 relative).
        guard case .gamma(let a, let loc, let scale) = Marginal.fitting(.gamma, to: values) else {
            Issue.record("gamma fit fell back")
            return
        }
        #expect(isClose(loc, -0.20424098293939733, absolute: 1e-12))
        #expect(isClose(a, 2.221916374744607, absolute: 0, relative: 1e-4))
        #expect(isClose(scale, 2.7979730180693774, absolute: 0, relative: 1e-4))
    }

    @Test func truncatedNormalFitStaysInsideTheDataRange() throws {
        let values = try fixtureNumbers("beta4000.txt")
        let fitted = Marginal.fitting(.truncnorm, to: values)
        let low = try #require(values.min())
        let high = try #require(values.max())
        #expect(fitted.family == .truncnorm)
        #expect(isClose(fitted.quantile(0), low, absolute: 1e-6))
        #expect(isClose(fitted.quantile(1), high, absolute: 1e-6))
        // The median of the fit lies within 2 % of the range from the sample median.
        let sorted = values.sorted()
        #expect(abs(fitted.quantile(0.5) - sorted[sorted.count / 2]) < 0.02 * (high - low))
    }

    @Test func kernelDensityAgainstScipy() {
        // scipy: stats.gaussian_kde(x); bandwidth 2.317538794631413; CDF by integrate_box_1d.
        let values = [1.0, 2, 2.5, 4, 7, 7.5, 8, 11]
        guard case .kernelDensity(let density) = Marginal.fitting(.gaussianKDE, to: values) else {
            Issue.record("KDE fit fell back")
            return
        }
        #expect(isClose(density.bandwidth, 2.317538794631413, absolute: 1e-12))
        let cdfs: [(Double, Double)] = [
            (0, 0.0889757110328673), (3, 0.3094199545852421), (6, 0.5605155382801362),
            (12, 0.9478611924553944),
        ]
        // The stated accuracy of the tabulated CDF: 1e-4.
        for (x, expected) in cdfs { #expect(isClose(density.cdf(x), expected, absolute: 1e-4)) }
        for u in [0.05, 0.3, 0.5, 0.8, 0.95] {
            #expect(isClose(density.cdf(density.quantile(u)), u, absolute: 1e-9))
        }
    }

    @Test(arguments: DistributionFamily.allCases)
    func quantileInvertsTheDistributionFunction(family: DistributionFamily) throws {
        let values = try fixtureNumbers("gamma5000.txt")
        let marginal = Marginal.fitting(family, to: values)
        #expect(marginal.family == family)
        for u in [0.01, 0.2, 0.5, 0.7, 0.99] {
            #expect(isClose(marginal.cdf(marginal.quantile(u)), u, absolute: 1e-8))
        }
    }

    @Test(arguments: DistributionFamily.allCases)
    func marginalsSurviveEncoding(family: DistributionFamily) throws {
        let marginal = Marginal.fitting(family, to: try fixtureNumbers("beta4000.txt"))
        var writer = ModelWriter()
        marginal.encode(to: &writer)
        var reader = ModelReader(bytes: writer.bytes)
        #expect(try Marginal.decode(from: &reader) == marginal)
        #expect(reader.isAtEnd)
    }
}

/// The numbers of a fixture file, one per line.
func fixtureNumbers(_ name: String) throws -> [Double] {
    let text = try String(contentsOf: Fixtures.url("synthesizers/\(name)"), encoding: .utf8)
    return text.split(separator: "\n").compactMap { Double($0) }
}

@Suite("Score tables")
struct ScoreTableTests {
    @Test func aPeakedBetaTabulatesWithoutHoles() {
        // Diamonds' depth: a tall narrow beta whose left tail probabilities underflow.
        let marginal = Marginal.beta(a: 81.13, b: 74.77, loc: 42.64, scale: 36.72)
        let table = ScoreTable(marginal)
        #expect(table.zs.allSatisfy { !$0.isNaN })
        #expect(isClose(table.value(atScore: 0), marginal.quantile(0.5), absolute: 1e-4))
        #expect(
            isClose(
                table.score(of: 60.0), StandardNormal.quantile(marginal.cdf(60)), absolute: 1e-4)
        )
    }

    @Test(arguments: DistributionFamily.allCases)
    func tabulatedTransformsAgreeWithExactOnes(family: DistributionFamily) throws {
        let values = try fixtureNumbers("gamma5000.txt")
        let marginal = Marginal.fitting(family, to: values)
        let table = ScoreTable(marginal)
        let scale = try #require(values.max()) - (try #require(values.min()))
        // The stated accuracy: 1e-5 of the scale in x, both ways (checked in x).
        for z in stride(from: -5.0, through: 5.0, by: 0.37) {
            let exact = marginal.quantile(StandardNormal.cdf(z))
            #expect(abs(table.value(atScore: z) - exact) < 1e-5 * scale, "z \(z)")
            let back = marginal.quantile(StandardNormal.cdf(table.score(of: exact)))
            #expect(abs(back - exact) < 1e-5 * scale, "z \(z)")
        }
    }
}
