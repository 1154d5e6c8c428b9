// Metrics: whether a text matches an strftime-style datetime format, as `strptime` reads it.

/// Checks texts against an strftime-style format the way Python's `strptime` (and pandas'
/// `to_datetime(format:)`) accept them: numeric fields may drop their leading zero, `%-d`
/// means `%d`, whitespace in the format matches any run of whitespace, the whole text must be
/// consumed, and the date must exist (no 31 April, 29 February only in leap years). As in
/// pandas, seconds go up to 61 and fractions (`%f`) take up to nine digits.
///
/// Supported directives: `%Y %y %m %d %H %I %M %S %f %j %p %z %b %B %a %A %%`; a format with
/// any other directive matches nothing.
struct DatetimePatternMatcher {
    private enum Piece {
        case literal(UInt8)
        case whitespace
        case directive(UInt8)
    }

    private let pieces: [Piece]?

    /// Compiles `format`; unknown directives make every match fail.
    init(_ format: String) {
        let bytes = Array(format.replacingOccurrences(of: "%-", with: "%").utf8)
        var pieces: [Piece] = []
        var index = 0
        var supported = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 1 < bytes.count {
                let code = bytes[index + 1]
                if code == UInt8(ascii: "%") {
                    pieces.append(.literal(code))
                } else if Self.known.contains(code) {
                    pieces.append(.directive(code))
                } else {
                    supported = false
                }
                index += 2
            } else {
                pieces.append(Self.isSpace(byte) ? .whitespace : .literal(byte))
                index += 1
            }
        }
        self.pieces = supported ? pieces : nil
    }

    /// Whether the whole of `text` reads as a valid date in the format.
    func matches(_ text: String) -> Bool {
        guard let pieces else { return false }
        var fields = Fields()
        return match(Array(text.utf8), 0, pieces[...], &fields)
    }

    private static let known = Set("YymdHIMSfjpzbBaA".utf8)
    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
    private static let weekdays = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    private struct Fields {
        var year = 1900
        var month = 1
        var day = 1
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Backtracking match of `pieces` against `text` from `start`.
    private func match(
        _ text: [UInt8], _ start: Int, _ pieces: ArraySlice<Piece>, _ fields: inout Fields
    ) -> Bool {
        guard let piece = pieces.first else {
            return start == text.count && Self.dayExists(fields)
        }
        let rest = pieces.dropFirst()
        switch piece {
        case .literal(let byte):
            return start < text.count && text[start] == byte
                && match(text, start + 1, rest, &fields)
        case .whitespace:
            var end = start
            while end < text.count, Self.isSpace(text[end]) { end += 1 }
            return end > start && match(text, end, rest, &fields)
        case .directive(let code):
            for (end, update) in candidates(code, text, start) {
                var next = fields
                update(&next)
                if match(text, end, rest, &next) {
                    fields = next
                    return true
                }
            }
            return false
        }
    }

    private typealias Candidate = (end: Int, update: (inout Fields) -> Void)

    /// The ways directive `code` can read `text` at `start`, longest first.
    private func candidates(_ code: UInt8, _ text: [UInt8], _ start: Int) -> [Candidate] {
        switch Character(UnicodeScalar(code)) {
        case "Y": number(text, start, 4...4, 1...9999) { $0.year = $1 }
        case "y": number(text, start, 2...2, 0...99) { $0.year = $1 < 69 ? 2000 + $1 : 1900 + $1 }
        case "m": number(text, start, 1...2, 1...12) { $0.month = $1 }
        case "d": number(text, start, 1...2, 1...31) { $0.day = $1 }
        case "H": number(text, start, 1...2, 0...23) { _, _ in }
        case "I": number(text, start, 1...2, 1...12) { _, _ in }
        case "M": number(text, start, 1...2, 0...59) { _, _ in }
        case "S": number(text, start, 1...2, 0...61) { _, _ in }
        case "f": number(text, start, 1...9, 0...999_999_999) { _, _ in }
        case "j": number(text, start, 1...3, 1...366) { _, _ in }
        case "p": names(text, start, ["am", "pm"]) { _, _ in }
        case "b": names(text, start, Self.months.map { String($0.prefix(3)) }) { $0.month = $1 + 1 }
        case "B": names(text, start, Self.months) { $0.month = $1 + 1 }
        case "a": names(text, start, Self.weekdays.map { String($0.prefix(3)) }) { _, _ in }
        case "A": names(text, start, Self.weekdays) { _, _ in }
        default: offset(text, start)
        }
    }

    private func number(
        _ text: [UInt8], _ start: Int, _ widths: ClosedRange<Int>, _ allowed: ClosedRange<Int>,
        _ store: @escaping (inout Fields, Int) -> Void
    ) -> [Candidate] {
        var result: [Candidate] = []
        var value = 0
        var end = start
        while end < text.count, end - start < widths.upperBound,
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[end])
        {
            value = value * 10 + Int(text[end] - UInt8(ascii: "0"))
            end += 1
            if end - start >= widths.lowerBound, allowed.contains(value) {
                let read = value
                result.append((end, { store(&$0, read) }))
            }
        }
        return result.reversed()
    }

    private func names(
        _ text: [UInt8], _ start: Int, _ words: [String],
        _ store: @escaping (inout Fields, Int) -> Void
    ) -> [Candidate] {
        words.enumerated().compactMap { index, word -> Candidate? in
            let bytes = Array(word.utf8)
            guard start + bytes.count <= text.count else { return nil }
            let slice = text[start..<start + bytes.count].map { $0 | 0x20 }
            return slice == bytes ? (start + bytes.count, { store(&$0, index) }) : nil
        }.sorted { $0.end > $1.end }
    }

    /// `Z`, or `±HH[:]MM` optionally followed by `[:]SS`.
    private func offset(_ text: [UInt8], _ start: Int) -> [Candidate] {
        guard start < text.count else { return [] }
        if text[start] == UInt8(ascii: "Z") { return [(start + 1, { _ in })] }
        guard text[start] == UInt8(ascii: "+") || text[start] == UInt8(ascii: "-") else {
            return []
        }
        var end = start + 1
        var digits = 0
        while end < text.count, digits < 6 {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[end]) {
                digits += 1
            } else if text[end] != UInt8(ascii: ":") || digits % 2 != 0 || digits == 0 {
                break
            }
            end += 1
        }
        return digits == 4 || digits == 6 ? [(end, { _ in })] : []
    }

    private static func dayExists(_ fields: Fields) -> Bool {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let leap = fields.year % 4 == 0 && (fields.year % 100 != 0 || fields.year % 400 == 0)
        let length = fields.month == 2 && leap ? 29 : lengths[fields.month - 1]
        return fields.day <= length
    }
}
