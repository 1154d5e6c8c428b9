// Synthesizers: the special functions the marginals need (normal, gamma and beta families).

import Foundation

/// Special functions for the marginal distributions, in Float64.
///
/// A small internal set written for this module while the Linalg module's special functions
/// are not yet available on this branch; the formulas are the standard ones cited per function.
enum Special {
    /// The float32 machine epsilon the reference clips probabilities with (`EPS`).
    static let epsilon = 1.1920929e-7

    /// The standard normal density.
    static func normalDensity(_ x: Double) -> Double {
        exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
    }

    /// The standard normal distribution function, through `erfc` for accuracy in both tails.
    static func normalCDF(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// The standard normal quantile: Acklam's rational approximation refined by one Halley
    /// step against `erfc`, accurate to about 1e-15 relative over (0, 1).
    ///
    /// Returns `-inf` at 0, `+inf` at 1 and NaN outside [0, 1].
    static func normalQuantile(_ p: Double) -> Double {
        guard p > 0, p < 1 else {
            if p == 0 { return -.infinity }
            if p == 1 { return .infinity }
            return .nan
        }
        if p > 0.5 { return -normalQuantile(1 - p) }
        let x = acklam(p)
        let error = normalCDF(x) - p
        let step = error * (2 * Double.pi).squareRoot() * exp(0.5 * x * x)
        guard step.isFinite else { return x }
        return x - step / (1 + 0.5 * x * step)
    }

    private static let acklamA = [
        -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
    ]
    private static let acklamB = [
        -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01,
    ]
    private static let acklamC = [
        -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
    ]
    private static let acklamD = [
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00,
    ]
    private static func acklam(_ p: Double) -> Double {
        let (a, b, c, d) = (acklamA, acklamB, acklamC, acklamD)
        let low = 0.02425
        if p < low || p > 1 - low {
            let q = (-2 * log(p < low ? p : 1 - p)).squareRoot()
            let numerator = ((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]
            let denominator = (((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1
            return p < low ? numerator / denominator : -numerator / denominator
        }
        let q = p - 0.5
        let r = q * q
        let numerator = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        let denominator = ((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1
        return numerator / denominator
    }

    /// The natural logarithm of the gamma function for positive arguments.
    static func logGamma(_ x: Double) -> Double {
        lgamma(x)
    }

    /// The digamma function ψ(x) for x > 0: recurrence up to x ≥ 12, then the asymptotic series.
    static func digamma(_ x: Double) -> Double {
        var value = x
        var result = 0.0
        while value < 12 {
            result -= 1 / value
            value += 1
        }
        let inverse = 1 / value
        let inverse2 = inverse * inverse
        let series =
            inverse2
            * (1.0 / 12
                - inverse2
                * (1.0 / 120 - inverse2 * (1.0 / 252 - inverse2 * (1.0 / 240 - inverse2 / 132))))
        return result + log(value) - 0.5 * inverse - series
    }

    /// The trigamma function ψ′(x) for x > 0: recurrence up to x ≥ 12, then the asymptotic series.
    static func trigamma(_ x: Double) -> Double {
        var value = x
        var result = 0.0
        while value < 12 {
            result += 1 / (value * value)
            value += 1
        }
        let inverse = 1 / value
        let inverse2 = inverse * inverse
        let series =
            inverse + inverse2 / 2
            + inverse * inverse2
            * (1.0 / 6 - inverse2 * (1.0 / 30 - inverse2 * (1.0 / 42 - inverse2 / 30)))
        return result + series
    }

    /// The regularised lower incomplete gamma function P(a, x), by its power series for
    /// x < a + 1 and by a Lentz continued fraction for the upper part otherwise.
    static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
        guard x > 0 else { return 0 }
        guard x.isFinite else { return 1 }
        let logPrefix = a * log(x) - x - logGamma(a)
        if x < a + 1 {
            var term = 1 / a
            var sum = term
            var denominator = a
            for _ in 0..<1000 {
                denominator += 1
                term *= x / denominator
                sum += term
                if abs(term) < abs(sum) * 1e-16 { break }
            }
            return min(1, sum * exp(logPrefix))
        }
        return max(0, 1 - exp(logPrefix) * upperGammaFraction(a, x))
    }

    private static func upperGammaFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for index in 1..<1000 {
            let an = -Double(index) * (Double(index) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }

    /// The regularised incomplete beta function I_x(a, b), by a Lentz continued fraction on
    /// the side of the mean where it converges fast (symmetry I_x(a,b) = 1 − I_{1−x}(b,a)).
    static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        regularizedBeta(x, a, b, logNorm: logGamma(a + b) - logGamma(a) - logGamma(b))
    }

    /// I_x(a, b) with `logNorm = log Γ(a + b) − log Γ(a) − log Γ(b)` precomputed, for
    /// evaluating many points of one distribution.
    static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double, logNorm: Double) -> Double {
        guard x > 0 else { return 0 }
        guard x < 1 else { return 1 }
        let logFront = logNorm + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * betaFraction(x, a, b) / a
        }
        return 1 - exp(logFront) * betaFraction(1 - x, b, a) / b
    }

    private static func betaFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1..<3000 {
            let step = Double(m)
            let even = step * (b - step) * x / ((a + 2 * step - 1) * (a + 2 * step))
            d = 1 + even * d
            if abs(d) < tiny { d = tiny }
            c = 1 + even / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            let odd = -(a + step) * (a + b + step) * x / ((a + 2 * step) * (a + 2 * step + 1))
            d = 1 + odd * d
            if abs(d) < tiny { d = tiny }
            c = 1 + odd / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return h
    }

    /// Inverts an increasing function on [low, high] by safeguarded Newton steps: a Newton step
    /// when it stays inside the current bracket, bisection otherwise.
    ///
    /// - Parameters:
    ///   - target: The value sought.
    ///   - low: A point where `function` is at most `target`.
    ///   - high: A point where `function` is at least `target`.
    ///   - start: The first guess.
    ///   - function: The increasing function.
    ///   - derivative: Its derivative.
    /// - Returns: x with `function(x) ≈ target`, within about 1e-13 relative in x.
    static func invert(
        _ target: Double,
        low: Double,
        high: Double,
        start: Double,
        function: (Double) -> Double,
        derivative: (Double) -> Double
    ) -> Double {
        var low = low
        var high = high
        var x = min(max(start, low), high)
        for _ in 0..<100 {
            let value = function(x) - target
            if value == 0 { return x }
            if value < 0 { low = x } else { high = x }
            let slope = derivative(x)
            var next = slope > 0 && slope.isFinite ? x - value / slope : .nan
            if !(next > low && next < high) { next = 0.5 * (low + high) }
            if abs(next - x) <= 1e-14 * max(1, abs(x)) || high - low <= 1e-15 * max(1, abs(x)) {
                return next
            }
            x = next
        }
        return x
    }
}
