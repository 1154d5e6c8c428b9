// Synthesizers: the numerics the marginals need beyond Linalg's special functions.

import Foundation

/// Constants and functions used by the marginal fits that Linalg's `SpecialFunctions` does
/// not provide.
enum MarginalNumerics {
    /// The float32 machine epsilon the reference clips probabilities and bounds with (`EPS`).
    static let epsilon = 1.1920929e-7

    /// The trigamma function ψ′(x) for x > 0: the recurrence ψ′(x) = ψ′(x + 1) + 1/x² up to
    /// x ≥ 12, then the asymptotic series
    /// ```
    /// ψ′(x) ≈ 1/x + 1/(2x²) + 1/(6x³) − 1/(30x⁵) + 1/(42x⁷) − 1/(30x⁹)
    /// ```
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
}
