// Linalg: error functions and their inverses, log-gamma, log-beta and digamma.

import Foundation

/// Special functions for the statistics of this package. Arguments outside a function's
/// domain give NaN, as in the C mathematics library; nothing traps.
///
/// Stated accuracies are relative errors measured against mpmath at 50 digits (see
/// `SpecialFunctionTests`), unless said otherwise.
public enum SpecialFunctions {
    /// The error function `erf(x) = 2/√π ∫₀ˣ e^(−t²) dt` (glibc's, within 1 ulp).
    public static func erf(_ x: Double) -> Double {
        LibM.erf(x)
    }

    /// The complementary error function `erfc(x) = 1 − erf(x)`, accurate in the upper tail
    /// (glibc's, within 1 ulp while the result is a normal number).
    public static func erfc(_ x: Double) -> Double {
        LibM.erfc(x)
    }

    /// The inverse error function: the `y` with `erf(y) = x`, for −1 ≤ x ≤ 1.
    ///
    /// `erfinv(x) = Φ⁻¹((1 + x)/2) / √2`, evaluated with AS 241 from `x/2` and `(1 − |x|)/2`,
    /// both exact, so there is no cancellation near 0 or ±1. Relative error below 1e-15.
    public static func inverseErf(_ x: Double) -> Double {
        guard x >= -1 && x <= 1 else { return .nan }
        if x == 1 { return .infinity }
        if x == -1 { return -.infinity }
        return StandardNormal.ppnd16(centred: 0.5 * x, tail: 0.5 * (1 - abs(x)))
            * inverseSquareRootTwo
    }

    /// The inverse complementary error function: the `y` with `erfc(y) = x`, for 0 ≤ x ≤ 2.
    ///
    /// `erfcinv(x) = −Φ⁻¹(x/2) / √2`; accurate for tiny `x` (down to the smallest normal
    /// number). Relative error below 1e-15.
    public static func inverseErfc(_ x: Double) -> Double {
        guard x >= 0 && x <= 2 else { return .nan }
        if x == 0 { return .infinity }
        if x == 2 { return -.infinity }
        let tail = x <= 1 ? 0.5 * x : 0.5 * (2 - x)
        return -StandardNormal.ppnd16(centred: 0.5 * (x - 1), tail: tail) * inverseSquareRootTwo
    }

    /// `log |Γ(x)|` (glibc's reentrant `lgamma_r`: a few ulps, absolute error below 1e-15
    /// near the zeros at 1 and 2); +∞ at the poles 0, −1, −2, ….
    public static func logGamma(_ x: Double) -> Double {
        LibM.logGamma(x)
    }

    /// `log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b)` for a, b > 0.
    ///
    /// Absolute error about 1e-16 · (a + b) · log(a + b), from cancellation when both are large.
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        guard a > 0 && b > 0 else { return .nan }
        return logGamma(a) + logGamma(b) - logGamma(a + b)
    }

    /// The digamma function `ψ(x) = d/dx log Γ(x)`.
    ///
    /// Shifts x up to at least 10 with `ψ(x) = ψ(x + 1) − 1/x`, then sums the asymptotic
    /// series in Bernoulli numbers (truncation error below 5e-17); negative x uses the
    /// reflection `ψ(x) = ψ(1 − x) − π / tan(πx)`. NaN at the poles 0, −1, −2, ….
    ///
    /// Accuracy: relative error below 1e-14 for x > 0 away from the positive zero at
    /// 1.4616321…, where the absolute error stays below 1e-15.
    public static func digamma(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        if x == .infinity { return .infinity }
        if x <= 0 {
            guard x != x.rounded(.down) else { return .nan }
            return digamma(1 - x) - Double.pi / Foundation.tan(Double.pi * x)
        }

        var shifted = x
        var reciprocalSum = 0.0
        while shifted < 10 {
            reciprocalSum += 1 / shifted
            shifted += 1
        }

        let inverse = 1 / shifted
        let inverseSquare = inverse * inverse
        var series = 0.0
        for coefficient in digammaSeries.reversed() {
            series = series * inverseSquare + coefficient
        }
        return Foundation.log(shifted) - 0.5 * inverse - inverseSquare * series - reciprocalSum
    }

    /// `B₂ₖ / (2k)` for k = 1…7: ψ(x) ≈ log x − 1/(2x) − Σ B₂ₖ / (2k x²ᵏ).
    static let digammaSeries: [Double] = [
        1.0 / 12, -1.0 / 120, 1.0 / 252, -1.0 / 240, 1.0 / 132, -691.0 / 32760, 1.0 / 12,
    ]

    static let inverseSquareRootTwo = 0.7071067811865476
}
