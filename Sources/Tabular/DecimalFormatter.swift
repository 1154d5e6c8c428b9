// Tabular: writing numbers as bytes that read back to the same Double.

/// Writes numbers into a byte buffer so that ``DecimalParser`` reads back the identical value.
enum DecimalFormatter {
    /// 2^53: below it every integer is exact and the fixed-point fast path is exact.
    private static let exactIntegerLimit = 9_007_199_254_740_992.0

    /// Appends a value of an integer column: plain digits when the value is a whole number
    /// below 2^63, otherwise the shortest round-trip text.
    @inline(__always)
    static func appendInteger(_ value: Double, to output: inout [UInt8]) {
        guard value.rounded(.towardZero) == value, abs(value) < 9.2e18 else {
            appendShortest(value, to: &output)
            return
        }
        if value == 0, value.sign == .minus { output.append(UInt8(ascii: "-")) }
        appendDigits(of: Int64(value), to: &output)
    }

    /// Appends a value of a decimal column with exactly `decimals` digits after the point
    /// when that text reads back to the same value; otherwise the shortest round-trip text,
    /// always with a decimal point or an exponent.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - decimals: The digits after the point to try, at least 1.
    ///   - output: The buffer to append to.
    @inline(__always)
    static func appendDecimal(_ value: Double, decimals: Int, to output: inout [UInt8]) {
        if decimals <= 15, appendFixed(value, decimals: decimals, to: &output) { return }
        appendShortest(value, to: &output)
    }

    /// Appends `value` with `decimals` digits after the point when that is exact; returns
    /// whether it did.
    private static func appendFixed(_ value: Double, decimals: Int, to output: inout [UInt8])
        -> Bool
    {
        let power = DecimalPowers.doubles[decimals]
        let scaled = (abs(value) * power).rounded()
        guard scaled < exactIntegerLimit, scaled / power == abs(value) else { return false }

        if value.sign == .minus { output.append(UInt8(ascii: "-")) }
        let units = UInt64(scaled)
        let divisor = UInt64(power)
        appendDigits(of: Int64(units / divisor), to: &output)
        output.append(UInt8(ascii: "."))
        appendPadded(units % divisor, width: decimals, to: &output)
        return true
    }

    /// Appends the shortest text that reads back to `value`, in plain notation for magnitudes
    /// from 1e-7 to below 1e21 and with an exponent outside that range; whole numbers get
    /// `.0` so the column still reads as decimals.
    static func appendShortest(_ value: Double, to output: inout [UInt8]) {
        let text = value.description
        guard let exponentIndex = text.firstIndex(of: "e") else {
            output.append(contentsOf: text.utf8)
            return
        }
        let mantissa = text[..<exponentIndex]
        guard let exponent = Int(text[text.index(after: exponentIndex)...]),
            exponent >= -7, exponent < 21
        else {
            output.append(contentsOf: text.utf8)
            return
        }
        appendPlain(mantissa: mantissa, exponent: exponent, to: &output)
    }

    /// Lays out `d.ddd × 10^exponent` without an exponent.
    private static func appendPlain(
        mantissa: Substring,
        exponent: Int,
        to output: inout [UInt8]
    ) {
        var digits = Array(mantissa.utf8)
        if digits.first == UInt8(ascii: "-") {
            output.append(UInt8(ascii: "-"))
            digits.removeFirst()
        }
        digits.removeAll { $0 == UInt8(ascii: ".") }
        let pointPosition = 1 + exponent
        if pointPosition <= 0 {
            output.append(contentsOf: "0.".utf8)
            output.append(contentsOf: repeatElement(UInt8(48), count: -pointPosition))
            output.append(contentsOf: digits)
        } else if pointPosition >= digits.count {
            output.append(contentsOf: digits)
            output.append(contentsOf: repeatElement(UInt8(48), count: pointPosition - digits.count))
            output.append(contentsOf: ".0".utf8)
        } else {
            output.append(contentsOf: digits[..<pointPosition])
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: digits[pointPosition...])
        }
    }

    /// Appends the decimal digits of `value`.
    @inline(__always)
    static func appendDigits(of value: Int64, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var width = 1
        var bound: UInt64 = 10
        while width < 19, magnitude >= bound {
            width += 1
            bound &*= 10
        }
        appendPadded(magnitude, width: width, to: &output)
    }

    /// Appends `value` as exactly `width` digits (it must fit), with leading zeros.
    @inline(__always)
    private static func appendPadded(_ value: UInt64, width: Int, to output: inout [UInt8]) {
        var divisor: UInt64 = 1
        for _ in 1..<max(1, width) { divisor &*= 10 }
        var remaining = value
        while divisor > 0 {
            output.append(UInt8(truncatingIfNeeded: 48 &+ remaining / divisor))
            remaining %= divisor
            divisor /= 10
        }
    }
}
