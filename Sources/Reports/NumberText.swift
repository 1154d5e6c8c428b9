// Reports: numbers written for people (labels, tables) and for SVG coordinates, quickly.

/// Formats numbers without Foundation's formatters, which are slow on Linux.
enum NumberText {
    /// `value` with exactly `digits` decimals (0...6), rounded half away from zero; "NaN",
    /// "∞" or "−∞" when not finite.
    ///
    /// - Complexity: O(1); used for every coordinate of every picture.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "−∞" : "∞") }
        guard abs(value) < 1e15 else { return scientific(value) }

        let digits = max(0, min(6, digits))
        let scale = powersOfTen[digits]
        let scaled = (abs(value) * scale).rounded()
        let whole = Int64(scaled / scale)
        let fraction = Int64(scaled - Double(whole) * scale)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var count = 0
            if value < 0 && scaled > 0 {
                buffer[0] = UInt8(ascii: "-")
                count = 1
            }
            count = write(UInt64(whole), minimumDigits: 1, into: buffer, at: count)
            if digits > 0 {
                buffer[count] = UInt8(ascii: ".")
                count = write(UInt64(fraction), minimumDigits: digits, into: buffer, at: count + 1)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// Writes the decimal digits of `value`, left-padded with zeros to `minimumDigits`, into
    /// `buffer` from `start`; returns the position after them.
    private static func write(
        _ value: UInt64, minimumDigits: Int, into buffer: UnsafeMutableBufferPointer<UInt8>,
        at start: Int
    ) -> Int {
        var digits = 1
        var power: UInt64 = 10
        while value >= power && digits < 19 {
            digits += 1
            power *= 10
        }
        digits = max(digits, minimumDigits)
        var rest = value
        for position in stride(from: start + digits - 1, through: start, by: -1) {
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        return start + digits
    }

    /// A coordinate with one decimal and no trailing ".0".
    ///
    /// - Complexity: O(1), with small strings only (the page writes hundreds of thousands).
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return fixed(value, 1) }
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10
        let digit = abs(tenths % 10)
        guard digit != 0 else { return String(whole) }
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return sign + String(whole) + "." + String(digit)
    }

    /// `value` with about four significant digits, trailing zeros removed; large and tiny
    /// magnitudes in scientific notation; "—" when NaN.
    static func short(_ value: Double) -> String {
        guard !value.isNaN else { return "—" }
        guard value.isFinite else { return value < 0 ? "−∞" : "∞" }
        let magnitude = abs(value)
        if magnitude != 0 && (magnitude >= 1e7 || magnitude < 1e-4) { return scientific(value) }

        let exponent = magnitude == 0 ? 0 : Int(magnitude.log10Floor)
        return trimmed(fixed(value, min(6, max(0, 3 - exponent))))
    }

    /// A tick label for `value` on an axis whose ticks are `step` apart: just enough
    /// decimals to tell neighbouring ticks apart.
    static func tick(_ value: Double, step: Double) -> String {
        let magnitude = max(abs(value), abs(step))
        if magnitude >= 1e7 || (step > 0 && step < 1e-4) { return scientific(value) }
        let decimals = step > 0 ? max(0, -Int(step.log10Floor)) : 2
        let text = fixed(value, decimals)
        return text == "-0" ? "0" : trimmedZero(text)
    }

    /// A count with thousands separators ("2,930").
    static func grouped(_ count: Int) -> String {
        let digits = Array(String(count.magnitude))
        var text = count < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    /// A score in [0, 1] as a percentage with one decimal ("87.3%"), or "—" when NaN.
    static func percent(_ score: Double) -> String {
        score.isNaN ? "—" : fixed(score * 100, 1) + "%"
    }

    /// A score with three decimals ("0.873"), or "—" when NaN.
    static func score(_ score: Double) -> String {
        score.isNaN ? "—" : fixed(score, 3)
    }

    /// Scientific notation with three significant digits ("1.23e6").
    static func scientific(_ value: Double) -> String {
        guard value != 0, value.isFinite else { return short(value) }
        var exponent = Int(abs(value).log10Floor)
        var mantissa = value / pow10(exponent)
        if abs((mantissa * 100).rounded() / 100) >= 10 {
            exponent += 1
            mantissa /= 10
        }
        return trimmed(fixed(mantissa, 2)) + "e" + String(exponent)
    }

    private static let powersOfTen: [Double] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6]

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    /// `text` without trailing zeros after its decimal point (nor a bare point); "-0" is "0".
    private static func trimmed(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: ".")) else { return text }
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "0") {
            end = bytes.index(before: end)
        }
        if end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: ".") {
            end = bytes.index(before: end)
        }
        let result = String(Substring(bytes[..<end]))
        return result == "-0" ? "0" : result
    }

    private static func trimmedZero(_ text: String) -> String {
        text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }
}

extension Double {
    /// ⌊log10(self)⌋ for a positive finite number, exact at powers of ten.
    var log10Floor: Double {
        var exponent = 0.0
        var value = self
        while value >= 10 {
            value /= 10
            exponent += 1
        }
        while value < 1 && value > 0 {
            value *= 10
            exponent -= 1
        }
        return exponent
    }
}
