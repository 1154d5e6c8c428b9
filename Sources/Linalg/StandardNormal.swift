// Linalg: the standard normal distribution (density, CDF, log-CDF, quantile).

import Foundation

/// The standard normal distribution N(0, 1).
///
/// Accuracy (measured against mpmath at 50 digits, see `SpecialFunctionTests`):
/// - ``cdf(_:)``: relative error below 1e-15 while the result is a normal number (x above
///   about −37.5); below that it is a subnormal and keeps only its remaining bits.
/// - ``logCDF(_:)``: relative error below 1e-15 everywhere, down to x = −1e150.
/// - ``quantile(_:)``: relative error below 1e-15 for p from 1e-300 to 1 − 1e-16.
public enum StandardNormal {
    /// The density `exp(−x²/2) / √(2π)`.
    public static func density(_ x: Double) -> Double {
        Foundation.exp(-0.5 * x * x - logSquareRootTwoPi)
    }

    /// The cumulative distribution function `Φ(x) = erfc(−x/√2) / 2`.
    ///
    /// The product `z = −x/√2` is rounded, and in the lower tail that rounding would cost up
    /// to `x²` ulps of relative error; a first-order correction in `δz`, the exact rounding
    /// error (from a fused multiply-add and the low part of 1/√2), removes it.
    public static func cdf(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        let z = -x * inverseSquareRootTwoHigh
        let base = 0.5 * LibM.erfc(z)
        guard z.isFinite, z > -6 else { return base }

        let productError = (-z).addingProduct(-x, inverseSquareRootTwoHigh)
        let roundingError = productError - x * inverseSquareRootTwoLow
        guard z > 5 else {
            return base - inverseSquareRootPi * Foundation.exp(-z * z) * roundingError
        }
        // In the tail, −d log erfc / dz = 2z / (1 − 1/(2z²) + 3/(4z⁴) − …), to 2e-4 at z = 5.
        let inverseSquare = 1 / (z * z)
        let logSlope = 2 * z / (1 - 0.5 * inverseSquare + 0.75 * inverseSquare * inverseSquare)
        return base * (1 - logSlope * roundingError)
    }

    /// `log Φ(x)`, accurate in the far lower tail where `Φ(x)` itself underflows.
    ///
    /// For x < −30 it sums the asymptotic series
    /// ```
    /// log Φ(x) = −x²/2 − log(−x) − log √(2π) + log(1 − 1/x² + 3/x⁴ − 15/x⁶ + …)
    /// ```
    /// (ten terms, truncation error below 1e-20); for x > 0 it is `log1p(−Φ(−x))`.
    public static func logCDF(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        if x > 0 { return Foundation.log1p(-cdf(-x)) }
        if x >= -30 { return Foundation.log(cdf(x)) }
        if x == -.infinity { return -.infinity }

        let inverseSquare = 1 / (x * x)
        var term = 1.0
        var series = 0.0
        for k in 1...10 {
            term *= -Double(2 * k - 1) * inverseSquare
            series += term
        }
        return -0.5 * x * x - Foundation.log(-x) - logSquareRootTwoPi
            + Foundation.log1p(series)
    }

    /// The quantile (inverse CDF): the `x` with `Φ(x) = p`; −∞ at 0, +∞ at 1, NaN outside.
    ///
    /// Wichura's algorithm AS 241 (PPND16), "The percentage points of the normal
    /// distribution", Applied Statistics 37 (1988) 477–484: rational approximations of
    /// degree 7 in three regions, relative accuracy about 1e-16.
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0 && p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        return ppnd16(centred: p - 0.5, tail: p < 0.5 ? p : 1 - p)
    }

    /// AS 241 from `q = p − ½` and the smaller tail `min(p, 1 − p)`, each given exactly.
    static func ppnd16(centred q: Double, tail: Double) -> Double {
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            return q * polynomial(central.numerator, r) / polynomial(central.denominator, r)
        }
        guard tail > 0 else { return q < 0 ? -.infinity : .infinity }

        var r = (-Foundation.log(tail)).squareRoot()
        let value: Double
        if r <= 5 {
            r -= 1.6
            value = polynomial(intermediate.numerator, r)
                / polynomial(intermediate.denominator, r)
        } else {
            r -= 5
            value = polynomial(far.numerator, r) / polynomial(far.denominator, r)
        }
        return q < 0 ? -value : value
    }

    /// Horner's rule, lowest coefficient first.
    static func polynomial(_ coefficients: [Double], _ x: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }

    static let inverseSquareRootTwoHigh = 0.7071067811865476
    static let inverseSquareRootTwoLow = -4.833646656726457e-17
    static let inverseSquareRootPi = 0.5641895835477563
    static let logSquareRootTwoPi = 0.9189385332046728

    /// AS 241 coefficients for |p − ½| ≤ 0.425, in r = 0.180625 − q².
    static let central = (
        numerator: [
            3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
            1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
            3.3430575583588128105e+4, 2.5090809287301226727e+3,
        ],
        denominator: [
            1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
            2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4,
            5.2264952788528545610e+3,
        ]
    )

    /// AS 241 coefficients for √(−log tail) ≤ 5, in r − 1.6.
    static let intermediate = (
        numerator: [
            1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
            3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
            2.27238449892691845833e-2, 7.74545014278341407640e-4,
        ],
        denominator: [
            1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
            1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
            1.05075007164441684324e-9,
        ]
    )

    /// AS 241 coefficients for √(−log tail) > 5, in r − 5.
    static let far = (
        numerator: [
            6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
            2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
            2.71155556874348757815e-5, 2.01033439929228813265e-7,
        ],
        denominator: [
            1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
            7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
            2.04426310338993978564e-15,
        ]
    )
}
