// Tabular: parsing text into seconds since the epoch with a compiled datetime pattern.

extension DatetimePattern {
    /// The instant `text` names, in seconds since 1970-01-01T00:00:00Z, or `nil` when the text
    /// does not follow the pattern exactly (every byte must be consumed) or names no real date.
    ///
    /// - Complexity: O(`text.count`).
    func parse(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var cursor = ByteCursor(text)
        var fields = DatetimeFields()
        for directive in directives {
            guard cursor.read(directive, into: &fields) else { return nil }
        }
        guard cursor.isAtEnd else { return nil }
        return fields.seconds()
    }

    /// The instant `text` names, or `nil`; see ``parse(_:)-(UnsafeBufferPointer<UInt8>)``.
    func parse(_ text: some StringProtocol) -> Double? {
        var string = String(text)
        return string.withUTF8 { parse($0) }
    }
}

/// A read position in a byte buffer.
private struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Reads one directive, storing what it finds in `fields`; `false` when it does not match.
    mutating func read(_ directive: DatetimeDirective, into fields: inout DatetimeFields) -> Bool {
        switch directive {
        case .literal(let text): return readLiteral(text)
        case .year: return readNumber(minDigits: 4, maxDigits: 4).map { fields.year = $0 } != nil
        case .shortYear:
            guard let short = readNumber(minDigits: 2, maxDigits: 2) else { return false }
            fields.year = short < 69 ? 2000 + short : 1900 + short
            return true
        case .month: return readNumber(minDigits: 1, maxDigits: 2).map { fields.month = $0 } != nil
        case .day: return readNumber(minDigits: 1, maxDigits: 2).map { fields.day = $0 } != nil
        case .dayOfYear:
            return readNumber(minDigits: 1, maxDigits: 3).map { fields.dayOfYear = $0 } != nil
        case .hour, .hour12:
            return readNumber(minDigits: 1, maxDigits: 2).map { fields.hour = $0 } != nil
        case .minute:
            return readNumber(minDigits: 1, maxDigits: 2).map { fields.minute = $0 } != nil
        case .second:
            return readNumber(minDigits: 1, maxDigits: 2).map { fields.second = $0 } != nil
        case .fraction:
            let start = position
            guard let value = readNumber(minDigits: 1, maxDigits: 9) else { return false }
            fields.fraction = value
            fields.fractionDigits = position - start
            return true
        case .zone: return readZone(into: &fields)
        case .monthAbbreviation, .monthName:
            let isFull = directive == .monthName
            return readMonthName(full: isFull).map { fields.month = $0 } != nil
        case .meridiem: return readMeridiem(into: &fields)
        }
    }

    private mutating func readLiteral(_ text: [UInt8]) -> Bool {
        guard bytes.count - position >= text.count else { return false }
        for (offset, byte) in text.enumerated() where bytes[position + offset] != byte {
            return false
        }
        position += text.count
        return true
    }

    /// Reads between `minDigits` and `maxDigits` ASCII digits, greedily.
    private mutating func readNumber(minDigits: Int, maxDigits: Int) -> Int? {
        var value = 0
        var count = 0
        while count < maxDigits, let byte = current, byte >= 48, byte <= 57 {
            value = value * 10 + Int(byte - 48)
            count += 1
            position += 1
        }
        return count >= minDigits ? value : nil
    }

    private mutating func readZone(into fields: inout DatetimeFields) -> Bool {
        guard let sign = current else { return false }
        if sign == UInt8(ascii: "Z") {
            position += 1
            fields.offsetSeconds = 0
            return true
        }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return false }
        position += 1
        guard let hours = readNumber(minDigits: 2, maxDigits: 2) else { return false }
        var minutes = 0
        if current == UInt8(ascii: ":") {
            position += 1
            guard let value = readNumber(minDigits: 2, maxDigits: 2) else { return false }
            minutes = value
        } else if let value = readNumber(minDigits: 2, maxDigits: 2) {
            minutes = value
        }
        guard hours <= 23, minutes <= 59 else { return false }
        let offset = hours * 3600 + minutes * 60
        fields.offsetSeconds = sign == UInt8(ascii: "-") ? -offset : offset
        return true
    }

    /// Reads an English month name, ignoring case; full names for `%B`, three letters for `%b`.
    private mutating func readMonthName(full: Bool) -> Int? {
        for (index, name) in CivilCalendar.monthNames.enumerated() {
            let expected = full ? Array(name.utf8) : Array(name.utf8.prefix(3))
            if matchesIgnoringCase(expected) {
                position += expected.count
                return index + 1
            }
        }
        return nil
    }

    private mutating func readMeridiem(into fields: inout DatetimeFields) -> Bool {
        if matchesIgnoringCase(Array("AM".utf8)) {
            fields.isPM = false
        } else if matchesIgnoringCase(Array("PM".utf8)) {
            fields.isPM = true
        } else {
            return false
        }
        position += 2
        return true
    }

    private func matchesIgnoringCase(_ expected: [UInt8]) -> Bool {
        guard bytes.count - position >= expected.count else { return false }
        for (offset, byte) in expected.enumerated()
        where bytes[position + offset] | 0x20 != byte | 0x20 {
            return false
        }
        return true
    }
}
