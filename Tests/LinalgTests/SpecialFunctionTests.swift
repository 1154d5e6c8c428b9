// LinalgTests: special functions against high-precision reference values.
//
// Every reference value below was computed with mpmath 1.3 at 50 significant digits from the
// exact double shown as input, and printed with Python's repr (17 significant digits): the
// normal quantile by solving log Φ(x) = log p with mpmath.findroot; Φ with mpmath.ncdf; erfinv
// with mpmath.erfinv; P and Q with mpmath.gammainc(regularized=True); I_x with
// mpmath.betainc(regularized=True); the gamma and beta quantiles with mpmath.findroot.

import Linalg
import TestSupport
import Testing

@Suite("Special functions")
struct SpecialFunctionTests {
    static let quantiles: [(Double, Double)] = [
        (1e-300, -37.0470962993612), (1e-100, -21.273453560965326),
        (1e-20, -9.262340089798407), (1e-10, -6.361340902404057), (1e-05, -4.264890793922825),
        (0.001, -3.0902323061678136), (0.025, -1.9599639845400543),
        (0.1, -1.2815515655446004), (0.3, -0.5244005127080408), (0.5, 0.0),
        (0.7, 0.5244005127080407), (0.975, 1.9599639845400538), (0.999, 3.090232306167813),
        (0.9999999999, 6.361340889697422), (0.9999999999999999, 8.209536151601387),
    ]

    @Test(arguments: quantiles)
    func normalQuantile(p: Double, expected: Double) {
        // AS 241 is stated to about 1e-16; 1e-15 relative leaves room for a few roundings.
        #expect(isClose(StandardNormal.quantile(p), expected, absolute: 0, relative: 1e-15))
    }

    @Test func normalQuantileEdges() {
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(1) == .infinity)
        #expect(StandardNormal.quantile(-0.1).isNaN)
        #expect(StandardNormal.quantile(.nan).isNaN)
    }

    static let cdfs: [(Double, Double)] = [
        (-37.0, 5.725571222524577e-300), (-30.0, 4.906713927148187e-198),
        (-20.0, 2.7536241186062337e-89), (-10.0, 7.619853024160525e-24),
        (-5.0, 2.866515718791939e-07), (-1.5, 0.06680720126885807),
        (-1.0, 0.15865525393145705), (-0.5, 0.3085375387259869), (0.0, 0.5),
        (0.5, 0.6914624612740131), (1.0, 0.8413447460685429), (2.0, 0.9772498680518208),
        (5.0, 0.9999997133484281), (8.0, 0.9999999999999993),
    ]

    @Test(arguments: cdfs)
    func normalCDF(x: Double, expected: Double) {
        // erfc is within 1 ulp and the argument's rounding is corrected: 1e-15 relative.
        #expect(isClose(StandardNormal.cdf(x), expected, absolute: 0, relative: 1e-15))
    }

    @Test func normalCDFInTheSubnormalRange() {
        // Φ(−38) = 2.88542835e-316 is subnormal: only ~26 significant bits remain, so 1e-7.
        // (Scaled by 1e300 so that the literal is a normal number.)
        #expect(isClose(StandardNormal.cdf(-38) * 1e300, 2.88542835e-16, absolute: 0,
            relative: 1e-7))
        #expect(StandardNormal.cdf(-.infinity) == 0)
        #expect(StandardNormal.cdf(.infinity) == 1)
    }

    static let logCDFs: [(Double, Double)] = [
        (-1e+150, -4.9999999999999995e+299), (-100000.0, -5000000012.431864),
        (-100.0, -5005.524208694205), (-40.0, -804.6084420137538),
        (-30.5, -469.4627373229121), (-29.0, -424.78741990973015),
        (-20.0, -203.91715537109727), (-5.0, -15.064998393988725),
        (0.0, -0.6931471805599453), (3.0, -0.0013508099647481938),
        (10.0, -7.619853024160525e-24),
    ]

    @Test(arguments: logCDFs)
    func normalLogCDF(x: Double, expected: Double) {
        #expect(isClose(StandardNormal.logCDF(x), expected, absolute: 0, relative: 1e-15))
    }

    @Test func quantileAndCDFRoundTrip() {
        for p in [1e-250, 1e-30, 1e-3, 0.2, 0.5, 0.8, 0.999] {
            // Φ'(x)·x/Φ(x) grows like x² in the tail, which amplifies 1e-16 in x: 1e-12.
            #expect(isClose(StandardNormal.cdf(StandardNormal.quantile(p)), p, absolute: 0,
                relative: 1e-12))
        }
    }

    static let inverseErfs: [(Double, Double)] = [
        (1e-20, 8.86226925452758e-21), (1e-05, 8.862269254759594e-06),
        (0.3, 0.2724627147267543), (0.85, 1.0179024648320276), (0.9, 1.1630871536766743),
        (0.999999, 3.458910737275499), (0.9999999999999998, 5.805018683193453),
        (-0.5, -0.4769362762044699),
    ]

    @Test(arguments: inverseErfs)
    func inverseErf(x: Double, expected: Double) {
        #expect(isClose(SpecialFunctions.inverseErf(x), expected, absolute: 0, relative: 1e-15))
        #expect(isClose(SpecialFunctions.erf(expected), x, absolute: 0, relative: 1e-15)
            || abs(x) > 0.99)
    }

    static let inverseErfcs: [(Double, Double)] = [
        (1e-300, 26.209469960516124), (1e-10, 4.572824967389486), (0.5, 0.4769362762044699),
        (1.5, -0.4769362762044699), (1.99, -1.8213863677184494),
    ]

    @Test(arguments: inverseErfcs)
    func inverseErfc(x: Double, expected: Double) {
        #expect(isClose(SpecialFunctions.inverseErfc(x), expected, absolute: 0, relative: 1e-15))
    }

    static let digammas: [(Double, Double)] = [
        (1e-10, -10000000000.577215), (0.1, -10.423754940411076), (0.5, -1.9635100260214235),
        (1.0, -0.5772156649015329), (1.5, 0.03648997397857652), (2.5, 0.7031566406452432),
        (7.3, 1.9178203356379862), (10.0, 2.251752589066721), (100.0, 4.600161852738087),
        (1000000.0, 13.815510057964191), (-0.5, 0.03648997397857652),
        (-2.7, -1.1153471291406896),
    ]

    @Test(arguments: digammas)
    func digamma(x: Double, expected: Double) {
        // Relative 1e-14, or 1e-15 absolute near the zero at 1.4616 (ψ(1.5) ≈ 0.036).
        #expect(isClose(SpecialFunctions.digamma(x), expected, absolute: 1e-15, relative: 1e-14))
    }

    @Test func digammaPoles() {
        #expect(SpecialFunctions.digamma(0).isNaN)
        #expect(SpecialFunctions.digamma(-3).isNaN)
    }

    static let incompleteGammas: [(Double, Double, Double, Double)] = [
        (0.1, 0.01, 0.6626212599544798, 0.3373787400455202),
        (0.5, 2.0, 0.9544997361036416, 0.04550026389635842),
        (1.0, 1.0, 0.6321205588285577, 0.36787944117144233),
        (3.0, 0.5, 0.014387677966970687, 0.9856123220330293),
        (3.0, 10.0, 0.9972306042844884, 0.002769395715511576),
        (10.0, 5.0, 0.03182805730620481, 0.9681719426937951),
        (10.0, 30.0, 0.9999928782491372, 7.121750862815577e-06),
        (100.0, 90.0, 0.15822098918643016, 0.8417790108135699),
        (100.0, 120.0, 0.9721362601094793, 0.027863739890520663),
        (1000.0, 1000.0, 0.5042052441802155, 0.4957947558197845),
        (1000.0, 1100.0, 0.99894067674607, 0.0010593232539299773),
        (0.01, 0.5, 0.9943732438060329, 0.0056267561939671844),
        (50.0, 1.0, 1.2337508979097351e-65, 1.0),
        (2.0, 40.0, 0.9999999999999998, 1.7418252446695514e-16),
    ]

    @Test(arguments: incompleteGammas)
    func incompleteGamma(a: Double, x: Double, p: Double, q: Double) {
        // 1e-13 relative (see the doc comment); Q below x < a + 1 is 1 − P, so an absolute
        // 1e-15 is allowed there (a = 0.01 loses two digits to that subtraction).
        #expect(isClose(SpecialFunctions.regularizedGammaP(a, x), p, absolute: 0, relative: 1e-13))
        #expect(isClose(SpecialFunctions.regularizedGammaQ(a, x), q, absolute: 1e-15,
            relative: 1e-13))
    }

    static let incompleteBetas: [(Double, Double, Double, Double)] = [
        (0.1, 2.0, 3.0, 0.052300000000000006), (0.5, 0.5, 0.5, 0.5),
        (0.9, 10.0, 2.0, 0.6973568802000001), (0.001, 0.3, 5.0, 0.22235229161850703),
        (0.7, 50.0, 40.0, 0.9979524488148463), (0.3, 200.0, 400.0, 0.03974014158348615),
        (0.999, 1.0, 1.0, 0.999), (1e-10, 2.0, 2.0, 2.9999999998e-20),
        (0.5, 1000.0, 1000.0, 0.5), (0.2, 5.0, 1.0, 0.0003200000000000001),
        (0.95, 0.7, 30.0, 1.0),
    ]

    @Test(arguments: incompleteBetas)
    func incompleteBeta(x: Double, a: Double, b: Double, expected: Double) {
        #expect(isClose(SpecialFunctions.regularizedBeta(x, a, b), expected, absolute: 0,
            relative: 1e-13))
    }

    static let gammaQuantiles: [(Double, Double, Double)] = [
        (2.0, 0.1, 0.5318116083896121), (0.5, 0.9, 1.3527717270477075),
        (10.0, 1e-10, 0.4727220926063523), (0.05, 0.5, 5.573878440746248e-07),
        (100.0, 0.999, 133.7702639113786),
    ]

    @Test(arguments: gammaQuantiles)
    func inverseIncompleteGamma(a: Double, p: Double, expected: Double) {
        let x = SpecialFunctions.inverseRegularizedGammaP(a, p)
        #expect(isClose(x, expected, absolute: 0, relative: 1e-13))
    }

    static let betaQuantiles: [(Double, Double, Double, Double)] = [
        (2.0, 5.0, 0.9, 0.5103163065514916), (0.5, 0.5, 0.1, 0.024471741852423217),
        (30.0, 2.0, 1e-08, 0.4931877300807014), (1.0, 1.0, 0.3, 0.3),
        (0.2, 8.0, 0.7, 0.01578794058092034),
    ]

    @Test(arguments: betaQuantiles)
    func inverseIncompleteBeta(a: Double, b: Double, p: Double, expected: Double) {
        let x = SpecialFunctions.inverseRegularizedBeta(p, a, b)
        #expect(isClose(x, expected, absolute: 0, relative: 1e-13))
    }

    @Test func inverseFunctionsRoundTrip() {
        for a in [0.02, 0.5, 1, 3.7, 40, 900] {
            for p in [1e-200, 1e-12, 0.01, 0.5, 0.9, 0.999999] {
                let x = SpecialFunctions.inverseRegularizedGammaP(a, p)
                #expect(
                    isBestRepresentable(x, p) { SpecialFunctions.regularizedGammaP(a, $0) },
                    "gamma a=\(a) p=\(p) x=\(x)")
            }
        }
        for (a, b) in [(0.1, 0.1), (0.5, 2), (1, 1), (2, 5), (50, 3), (300, 400)] {
            for p in [1e-100, 1e-9, 0.05, 0.5, 0.95, 1 - 1e-9] {
                let x = SpecialFunctions.inverseRegularizedBeta(p, a, b)
                #expect(
                    isBestRepresentable(x, p) { SpecialFunctions.regularizedBeta($0, a, b) },
                    "beta a=\(a) b=\(b) p=\(p) x=\(x)")
            }
        }
    }

    /// Whether `p` lies between `cdf` at four ulps either side of `x` (with 1e-13 relative
    /// slack for the CDF's own error): `x` is then as good as a double can be, even where the
    /// quantile underflows to 0, rounds to 1, or the CDF is flat to rounding.
    private func isBestRepresentable(
        _ x: Double, _ p: Double, cdf: (Double) -> Double
    ) -> Bool {
        var below = x
        var above = x
        for _ in 0..<4 {
            below = max(0, below.nextDown)
            above = above.nextUp
        }
        return cdf(below) <= p * (1 + 1e-13) && cdf(above) >= p * (1 - 1e-13)
    }

    @Test func domainErrorsGiveNaNAndEndpointsAreExact() {
        #expect(SpecialFunctions.regularizedGammaP(-1, 1).isNaN)
        #expect(SpecialFunctions.regularizedGammaP(2, 0) == 0)
        #expect(SpecialFunctions.regularizedGammaQ(2, .infinity) == 0)
        #expect(SpecialFunctions.regularizedBeta(0.5, 0, 1).isNaN)
        #expect(SpecialFunctions.regularizedBeta(-1, 2, 2) == 0)
        #expect(SpecialFunctions.regularizedBeta(2, 2, 2) == 1)
        #expect(SpecialFunctions.inverseRegularizedBeta(0, 2, 3) == 0)
        #expect(SpecialFunctions.inverseRegularizedBeta(1, 2, 3) == 1)
        #expect(SpecialFunctions.inverseRegularizedGammaP(2, 1) == .infinity)
        #expect(SpecialFunctions.inverseErf(1.5).isNaN)
        #expect(isClose(SpecialFunctions.logBeta(2, 3), -2.4849066497880004, absolute: 1e-15))
    }
}
