// Tabular: exact powers of ten for number parsing and formatting.

/// Powers of ten that are exact as `Double` (up to 10^22) and as `UInt64` (up to 10^19).
enum DecimalPowers {
    /// 10^0 ... 10^22, each exactly representable as a `Double`.
    static let doubles: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// 10^`exponent` as a `Double`; exact for `exponent` in 0...22.
    @inline(__always)
    static func double(_ exponent: Int) -> Double {
        exponent >= 0 && exponent < doubles.count ? doubles[exponent] : pow10(exponent)
    }

    private static func pow10(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<abs(exponent) { value *= 10 }
        return exponent < 0 ? 1 / value : value
    }
}
