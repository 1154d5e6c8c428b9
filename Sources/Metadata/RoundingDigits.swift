// Metadata: how many decimal places a column's numbers are rounded to.

/// Finds the number of decimal places a set of numbers is rounded to (the reference's
/// `learn_rounding_digits`, which fills `decimal_places`).
public enum RoundingDigits {
    /// The most decimal places considered: the significant decimal digits of a `Double`.
    public static let maximumDecimals = 15

    /// The smallest `d` such that every value equals itself rounded to `d` decimal places, or
    /// `nil` when the values follow no rounding.
    ///
    /// NaN and infinite values are ignored. With `L` the number of digits of the integer part
    /// of the largest magnitude (0 when it is 0), only `d ≤ max(0, 15 − L)` is tried, since
    /// further digits are noise; when the values are not rounded to that many places the answer
    /// is `nil`. Rounding is `x · 10ᵈ` rounded half to even, then divided by `10ᵈ`, as numpy
    /// does. Examples: `[1.25, 2.5, 4.75]` → 2; `[1, 2, 3]` → 0; `[0.1 + 0.2, 1]` → `nil`;
    /// `[123456.789, 1.5]` → 3; `[1e-7, 2e-7]` → 7; `[]` → `nil`.
    ///
    /// - Complexity: O(n · 16).
    public static func learn(from values: some Sequence<Double>) -> Int? {
        let finite = values.filter(\.isFinite)
        guard let largest = finite.lazy.map(abs).max() else { return nil }

        let limit = max(0, maximumDecimals - integerDigits(of: largest))
        guard isRounded(finite, to: limit) else { return nil }
        return (0...limit).first { isRounded(finite, to: $0) }
    }

    /// The number of decimal digits of the integer part of `magnitude`; 0 when it is below 1.
    static func integerDigits(of magnitude: Double) -> Int {
        let whole = magnitude.rounded(.towardZero)
        guard whole >= 1 else { return 0 }
        // Beyond 1e18 the exact count no longer matters: any count over 15 allows 0 places.
        if whole >= 1e18 { return 19 }
        return String(Int64(whole)).count
    }

    /// `value` rounded to `decimals` places, the way numpy's `round` does it.
    public static func round(_ value: Double, decimals: Int) -> Double {
        let scale = power10(decimals)
        return (value * scale).rounded(.toNearestOrEven) / scale
    }

    private static func isRounded(_ values: [Double], to decimals: Int) -> Bool {
        values.allSatisfy { round($0, decimals: decimals) == $0 }
    }

    private static func power10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent {
            result *= 10
        }
        return result
    }
}
