// Reports: text appended as UTF-8 bytes: markup, whole numbers and coordinates written by hand,
// without a `String` per number.

extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of `text` (markup the caller has escaped).
    mutating func append(text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends the decimal digits of `value`, with a minus sign when negative.
    ///
    /// - Complexity: O(digits); no allocation.
    mutating func append(integer value: Int) {
        guard value != Int.min else {
            append(text: String(value))
            return
        }
        if value < 0 { append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        } while divisor > 0
    }

    /// Appends `value` as ``NumberText/coordinate(_:)`` writes it: one decimal at most, no
    /// trailing ".0".
    ///
    /// - Complexity: O(digits); no allocation for finite values below 10¹².
    mutating func append(coordinate value: Double) {
        guard value.isFinite, abs(value) < 1e12 else {
            append(text: NumberText.coordinate(value))
            return
        }
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10
        let digit = abs(tenths % 10)
        if tenths < 0 && whole == 0 { append(UInt8(ascii: "-")) }
        append(integer: whole)
        guard digit != 0 else { return }
        append(UInt8(ascii: "."))
        append(UInt8(ascii: "0") + UInt8(digit))
    }
}
