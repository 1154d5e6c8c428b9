// Reports: numbers written straight into a ByteSink, digit by digit, exactly as NumberText
// writes them.

extension ByteSink {
    /// Appends the decimal digits of `value`, with a minus sign when negative.
    ///
    /// - Complexity: O(digits); no allocation.
    func append(integer value: Int) {
        write(atMost: 21) { start in
            var cursor = start
            if value < 0 {
                cursor.pointee = UInt8(ascii: "-")
                cursor += 1
            }
            cursor = Self.write(UInt64(value.magnitude), minimumDigits: 1, at: cursor)
            return cursor - start
        }
    }

    /// Appends `value` as ``NumberText/coordinate(_:)`` writes it: one decimal at most, no
    /// trailing ".0"; then a `"` when `closingQuote` (the end of an attribute).
    ///
    /// - Complexity: O(digits); no allocation for finite values below 10¹².
    func append(coordinate value: Double, closingQuote: Bool = false) {
        guard value.isFinite, abs(value) < 1e12 else {
            append(text: NumberText.coordinate(value))
            if closingQuote { append(UInt8(ascii: "\"")) }
            return
        }
        let tenths = Self.nearest(value * 10)
        write(atMost: 24) { start in
            var cursor = start
            if tenths < 0 {
                cursor.pointee = UInt8(ascii: "-")
                cursor += 1
            }
            let magnitude = UInt64(tenths.magnitude)
            cursor = Self.write(magnitude / 10, minimumDigits: 1, at: cursor)
            if magnitude % 10 != 0 {
                cursor[0] = UInt8(ascii: ".")
                cursor[1] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                cursor += 2
            }
            if closingQuote {
                cursor.pointee = UInt8(ascii: "\"")
                cursor += 1
            }
            return cursor - start
        }
    }

    /// Appends `value` as ``NumberText/fixed(_:_:)`` writes it: exactly `digits` decimals
    /// (0...6), rounded half away from zero.
    ///
    /// - Complexity: O(digits); no allocation for finite values below 10¹⁵.
    func append(fixed value: Double, digits: Int) {
        guard value.isFinite, abs(value) < 1e15 else {
            append(text: NumberText.fixed(value, digits))
            return
        }
        let digits = max(0, min(6, digits))
        let scale = Self.powersOfTen[digits]
        let scaled = (abs(value) * scale).rounded()
        let whole = Int64(scaled / scale)
        let fraction = Int64(scaled - Double(whole) * scale)
        write(atMost: 48) { start in
            var cursor = start
            if value < 0 && scaled > 0 {
                cursor.pointee = UInt8(ascii: "-")
                cursor += 1
            }
            cursor = Self.write(UInt64(whole), minimumDigits: 1, at: cursor)
            if digits > 0 {
                cursor.pointee = UInt8(ascii: ".")
                cursor = Self.write(UInt64(fraction), minimumDigits: digits, at: cursor + 1)
            }
            return cursor - start
        }
    }

    /// Appends a score as ``NumberText/score(_:)`` writes it ("0.873", "—" when NaN).
    func append(score: Double) {
        if score.isNaN { append("—") } else { append(fixed: score, digits: 3) }
    }

    /// Appends a share as ``NumberText/percent(_:)`` writes it ("87.3%", "—" when NaN).
    func append(percent score: Double) {
        guard !score.isNaN else { return append("—") }
        append(fixed: score * 100, digits: 1)
        append(UInt8(ascii: "%"))
    }

    /// Appends a colour as `#rrggbb` from channels in 0...255 (rounded and clamped).
    func append(red: Double, green: Double, blue: Double) {
        write(atMost: 7) { cursor in
            cursor[0] = UInt8(ascii: "#")
            Self.writeHex(red, at: cursor + 1)
            Self.writeHex(green, at: cursor + 3)
            Self.writeHex(blue, at: cursor + 5)
            return 7
        }
    }

    /// Writes a channel in 0...255 (rounded and clamped) as two lowercase hex digits.
    @inline(__always)
    private static func writeHex(_ channel: Double, at cursor: UnsafeMutablePointer<UInt8>) {
        let value = UInt8(min(255, max(0, channel.rounded())))
        let (high, low) = (value >> 4, value & 15)
        cursor[0] = high < 10 ? UInt8(ascii: "0") + high : UInt8(ascii: "a") + high - 10
        cursor[1] = low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10
    }

    /// `value` rounded half away from zero, as `Int(value.rounded())` gives it, for
    /// |value| < 2⁵², without a call into the C library: the part after the point is exact.
    @inline(__always)
    static func nearest(_ value: Double) -> Int {
        let whole = Int(value)
        let rest = value - Double(whole)
        return rest >= 0.5 ? whole + 1 : (rest <= -0.5 ? whole - 1 : whole)
    }

    private static let powersOfTen: [Double] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6]

    /// Writes the decimal digits of `value`, left-padded with zeros to `minimumDigits`, at
    /// `cursor`; returns the position after them.
    @inline(__always)
    static func write(
        _ value: UInt64, minimumDigits: Int, at cursor: UnsafeMutablePointer<UInt8>
    ) -> UnsafeMutablePointer<UInt8> {
        var digits = value < 10 ? 1 : (value < 100 ? 2 : (value < 1000 ? 3 : 4))
        if digits == 4 {
            var power: UInt64 = 10_000
            while value >= power && digits < 19 {
                digits += 1
                power *= 10
            }
            if value >= power { digits = 20 }
        }
        digits = max(digits, minimumDigits)
        var rest = value
        for position in stride(from: digits - 1, through: 0, by: -1) {
            cursor[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        return cursor + digits
    }
}
