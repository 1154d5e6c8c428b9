// Tabular: an strftime-style pattern compiled into directives, ready to parse and format.

/// One piece of a compiled datetime pattern.
enum DatetimeDirective: Sendable, Hashable {
    /// Text that must appear as it is.
    case literal([UInt8])
    /// `%Y`: four digits.
    case year
    /// `%y`: two digits, 69...99 meaning 1969...1999 and 00...68 meaning 2000...2068.
    case shortYear
    /// `%m`, or `%-m` when `padded` is false.
    case month(padded: Bool)
    /// `%d`.
    case day(padded: Bool)
    /// `%j`: day of the year, 001...366.
    case dayOfYear(padded: Bool)
    /// `%H`: hour 00...23.
    case hour(padded: Bool)
    /// `%I`: hour 01...12, with `%p`.
    case hour12(padded: Bool)
    /// `%M`.
    case minute(padded: Bool)
    /// `%S`.
    case second(padded: Bool)
    /// `%f`: fraction of a second.
    case fraction
    /// `%z`: offset from UTC.
    case zone
    /// `%b`: `Jan`...`Dec`.
    case monthAbbreviation
    /// `%B`: `January`...`December`.
    case monthName
    /// `%p`: `AM` or `PM`.
    case meridiem
}

/// A datetime pattern compiled into directives.
struct DatetimePattern: Sendable, Hashable {
    /// The directives in order.
    let directives: [DatetimeDirective]

    /// Compiles `pattern`, or returns `nil` when it holds a directive this type does not know.
    init?(_ pattern: String) {
        self.init(pattern, keepingUnknownDirectives: false)
    }

    /// Compiles `pattern` for writing: an unknown directive is written as it stands.
    init(lenient pattern: String) {
        self = Self(pattern, keepingUnknownDirectives: true) ?? Self(directives: [])
    }

    private init(directives: [DatetimeDirective]) {
        self.directives = directives
    }

    private init?(_ pattern: String, keepingUnknownDirectives: Bool) {
        var directives: [DatetimeDirective] = []
        var literal: [UInt8] = []
        var bytes = Array(pattern.utf8)[...]
        while let byte = bytes.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                literal.append(byte)
                continue
            }
            var padded = true
            if bytes.first == UInt8(ascii: "-") {
                padded = false
                bytes.removeFirst()
            }
            guard let letter = bytes.popFirst() else { return nil }
            if letter == UInt8(ascii: "%") {
                literal.append(letter)
                continue
            }
            guard let directive = Self.directive(letter, padded: padded) else {
                guard keepingUnknownDirectives else { return nil }
                literal += [UInt8(ascii: "%")] + (padded ? [] : [UInt8(ascii: "-")]) + [letter]
                continue
            }
            if !literal.isEmpty {
                directives.append(.literal(literal))
                literal = []
            }
            directives.append(directive)
        }
        if !literal.isEmpty { directives.append(.literal(literal)) }
        self.directives = directives
    }

    private static func directive(_ letter: UInt8, padded: Bool) -> DatetimeDirective? {
        switch letter {
        case UInt8(ascii: "Y"): .year
        case UInt8(ascii: "y"): .shortYear
        case UInt8(ascii: "m"): .month(padded: padded)
        case UInt8(ascii: "d"): .day(padded: padded)
        case UInt8(ascii: "j"): .dayOfYear(padded: padded)
        case UInt8(ascii: "H"): .hour(padded: padded)
        case UInt8(ascii: "I"): .hour12(padded: padded)
        case UInt8(ascii: "M"): .minute(padded: padded)
        case UInt8(ascii: "S"): .second(padded: padded)
        case UInt8(ascii: "f"): .fraction
        case UInt8(ascii: "z"): .zone
        case UInt8(ascii: "b"): .monthAbbreviation
        case UInt8(ascii: "B"): .monthName
        case UInt8(ascii: "p"): .meridiem
        default: nil
        }
    }
}

/// The fields of a date and time while they are parsed or formatted.
struct DatetimeFields {
    var year = 1970
    var month = 1
    var day = 1
    var dayOfYear = 0
    var hour = 0
    var minute = 0
    var second = 0
    /// The fraction of a second as an integer numerator over `10^fractionDigits`.
    var fraction = 0
    var fractionDigits = 0
    var isPM: Bool?
    var offsetSeconds = 0

    /// Seconds since the epoch, or `nil` when the fields do not name a real instant.
    func seconds() -> Double? {
        guard (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute),
            (0...61).contains(second)
        else { return nil }
        var hour24 = hour
        if let isPM {
            guard (1...12).contains(hour) else { return nil }
            hour24 = hour % 12 + (isPM ? 12 : 0)
        }

        var days: Int
        if dayOfYear > 0 {
            let length = CivilCalendar.isLeap(year) ? 366 : 365
            guard dayOfYear <= length else { return nil }
            days = CivilCalendar.days(year: year, month: 1, day: 1) + dayOfYear - 1
        } else {
            guard (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day)
            else { return nil }
            days = CivilCalendar.days(year: year, month: month, day: day)
        }

        let whole = days * 86_400 + hour24 * 3600 + minute * 60 + second - offsetSeconds
        guard fractionDigits > 0 else { return Double(whole) }
        return Double(whole) + Double(fraction) / DecimalPowers.double(fractionDigits)
    }
}
