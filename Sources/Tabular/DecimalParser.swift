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
        guard let base = text.baseAddress, !text.isEmpty else { return nil }
        var scanner = DigitScanner(base: base, count: text.count)
        let isNegative = scanner.skipSign()

        let integerDigits = scanner.scanDigits()
        var isInteger = true
        var fractionDigits = 0
        if scanner.skip(UInt8(ascii: ".")) {
            isInteger = false
            fractionDigits = scanner.scanDigits()
        }
        guard integerDigits + fractionDigits > 0 else { return parseInfinity(text) }

        var exponent = 0
        if scanner.skipExponentMark() {
            isInteger = false
            guard let value = scanner.scanExponent() else { return nil }
            exponent = value
        }
        guard scanner.isAtEnd else { return nil }

        let decimals = max(0, fractionDigits - exponent)
        let power = exponent - fractionDigits
        guard scanner.significantDigits <= 15, power >= -22, power <= 22 else {
            return parseSlowly(text, isInteger: isInteger, decimals: decimals)
        }
        let magnitude = Double(scanner.mantissa)
        let value =
            power >= 0
            ? magnitude * DecimalPowers.doubles[power] : magnitude / DecimalPowers.doubles[-power]
        return ParsedNumber(
            value: isNegative ? -value : value, isInteger: isInteger, decimals: decimals)
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

/// Reads the parts of a decimal number from bytes, keeping the first 19 significant digits as
/// an integer mantissa.
private struct DigitScanner {
    let base: UnsafePointer<UInt8>
    let count: Int
    var index = 0
    var mantissa: UInt64 = 0
    var significantDigits = 0

    var isAtEnd: Bool { index == count }

    /// Skips a leading `+` or `-`; returns whether it was `-`.
    @inline(__always)
    mutating func skipSign() -> Bool {
        let first = base[index]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "+") else { return false }
        index += 1
        return first == UInt8(ascii: "-")
    }

    /// Skips `byte` when it comes next; returns whether it did.
    @inline(__always)
    mutating func skip(_ byte: UInt8) -> Bool {
        guard index < count, base[index] == byte else { return false }
        index += 1
        return true
    }

    /// Skips `e` or `E` when it comes next.
    @inline(__always)
    mutating func skipExponentMark() -> Bool {
        guard index < count, base[index] | 0x20 == UInt8(ascii: "e") else { return false }
        index += 1
        return true
    }

    /// Reads digits into the mantissa; returns how many there were.
    @inline(__always)
    mutating func scanDigits() -> Int {
        let start = index
        while index < count {
            let digit = base[index] &- 48
            guard digit < 10 else { break }
            if significantDigits > 0 || digit != 0 { significantDigits += 1 }
            if significantDigits <= 19 { mantissa = mantissa &* 10 &+ UInt64(digit) }
            index += 1
        }
        return index - start
    }

    /// Reads an exponent's optional sign and digits (at least one), or returns `nil`.
    @inline(__always)
    mutating func scanExponent() -> Int? {
        let isNegative = index < count && base[index] == UInt8(ascii: "-")
        if index < count, base[index] == UInt8(ascii: "-") || base[index] == UInt8(ascii: "+") {
            index += 1
        }
        let start = index
        var exponent = 0
        while index < count {
            let digit = base[index] &- 48
            guard digit < 10 else { break }
            if exponent < 100_000 { exponent = exponent * 10 + Int(digit) }
            index += 1
        }
        guard index > start else { return nil }
        return isNegative ? -exponent : exponent
    }
}
