// Tabular: reading decimal numbers straight from bytes, without making a String.

/// A number read from text, with what its spelling says about the column.
struct ParsedNumber {
    /// The value, exactly what `Double(String)` gives for the same text.
    var value: Double

    /// Whether the text was an integer: no decimal point and no exponent.
    var isInteger: Bool

    /// Digits after the decimal point, less the exponent (`1.5e-3` has 4), at least 0.
    var decimals: Int
}

/// Reads decimal numbers from UTF-8 bytes.
///
/// Accepted: an optional sign, digits with an optional decimal point (at least one digit in
/// all), an optional exponent (`e` or `E`, optional sign, digits), or `inf`/`infinity` in any
/// case. Nothing else, not even surrounding spaces.
///
/// With at most 15 significant digits and a power of ten within ±22, the value is the exact
/// mantissa times or divided by an exact power of ten, which IEEE arithmetic rounds correctly
/// (Clinger's fast path). Other texts go through `Double(String)`.
enum DecimalParser {
    /// The number `text` spells, or `nil` when it is not a number.
    ///
    /// - Complexity: O(`text.count`).
    @inline(__always)
    static func parse(_ text: UnsafeBufferPointer<UInt8>) -> ParsedNumber? {
        let count = text.count
        guard count > 0, let base = text.baseAddress else { return nil }
        var index = 0
        var isNegative = false
        let first = base[0]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            isNegative = first == UInt8(ascii: "-")
            index = 1
        }

        var mantissa: UInt64 = 0
        var significantDigits = 0
        var digitCount = 0
        while index < count {
            let digit = base[index] &- 48
            guard digit < 10 else { break }
            if significantDigits > 0 || digit != 0 { significantDigits += 1 }
            if significantDigits <= 19 { mantissa = mantissa &* 10 &+ UInt64(digit) }
            digitCount += 1
            index += 1
        }

        var isInteger = true
        var fractionDigits = 0
        if index < count, base[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            while index < count {
                let digit = base[index] &- 48
                guard digit < 10 else { break }
                if significantDigits > 0 || digit != 0 { significantDigits += 1 }
                if significantDigits <= 19 { mantissa = mantissa &* 10 &+ UInt64(digit) }
                fractionDigits += 1
                digitCount += 1
                index += 1
            }
        }
        guard digitCount > 0 else { return parseInfinity(text) }

        var exponent = 0
        if index < count, base[index] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            index += 1
            var exponentIsNegative = false
            if index < count, base[index] == UInt8(ascii: "-") || base[index] == UInt8(ascii: "+") {
                exponentIsNegative = base[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponentDigits = 0
            while index < count {
                let digit = base[index] &- 48
                guard digit < 10 else { break }
                if exponent < 100_000 { exponent = exponent * 10 + Int(digit) }
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            if exponentIsNegative { exponent = -exponent }
        }
        guard index == count else { return nil }

        let decimals = max(0, fractionDigits - exponent)
        let power = exponent - fractionDigits
        if significantDigits <= 15, power >= -22, power <= 22 {
            var value = Double(mantissa)
            value = power >= 0 ? value * DecimalPowers.doubles[power]
                : value / DecimalPowers.doubles[-power]
            return ParsedNumber(value: isNegative ? -value : value, isInteger: isInteger,
                decimals: decimals)
        }
        return parseSlowly(text, isInteger: isInteger, decimals: decimals)
    }

    /// `Double(String)` on the text, for the digits the fast path cannot take.
    private static func parseSlowly(
        _ text: UnsafeBufferPointer<UInt8>,
        isInteger: Bool,
        decimals: Int
    ) -> ParsedNumber? {
        guard let value = Double(String(decoding: text, as: UTF8.self)) else { return nil }
        return ParsedNumber(value: value, isInteger: isInteger, decimals: decimals)
    }

    /// `inf`, `infinity`, with an optional sign, in any case.
    private static func parseInfinity(_ text: UnsafeBufferPointer<UInt8>) -> ParsedNumber? {
        var letters = text[...]
        var sign = 1.0
        if let first = letters.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            sign = first == UInt8(ascii: "-") ? -1 : 1
            letters = letters.dropFirst()
        }
        let lowered = letters.map { $0 | 0x20 }
        guard lowered.elementsEqual("inf".utf8) || lowered.elementsEqual("infinity".utf8) else {
            return nil
        }
        return ParsedNumber(value: sign * .infinity, isInteger: false, decimals: 0)
    }
}
