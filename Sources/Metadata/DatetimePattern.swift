// Metadata: checking and applying strftime patterns for datetime columns.

/// The strftime directives a `datetime_format` may use, and a formatter for UTC instants.
enum DatetimePattern {
    /// Directive letters Python's `strftime` accepts on the platforms the reference runs on.
    static let directives: Set<Character> = [
        "a", "A", "w", "d", "b", "B", "m", "y", "Y", "H", "I", "p", "M", "S", "f", "z", "Z", "j",
        "U", "W", "c", "x", "X", "%", "G", "u", "V", "e", "T", "D", "F", "R", "h", "C", "k", "l",
        "s", "P", "r", "n", "t",
    ]

    /// A sentence describing the first bad directive of `pattern`, or `nil` when it is valid.
    static func problem(in pattern: String) -> String? {
        var iterator = pattern.makeIterator()
        while let character = iterator.next() {
            guard character == "%" else { continue }
            guard let directive = iterator.next() else {
                return "'\(pattern)' ends with a lone '%'; write '%%' for a percent sign"
            }
            guard directives.contains(directive) else {
                return "'%\(directive)' in '\(pattern)' is not a strftime directive; "
                    + "use directives such as %Y, %m, %d, %H, %M, %S"
            }
        }
        return nil
    }
}

extension DatetimePattern {
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    private static let weekdayNames = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    /// The instant `seconds` after 1970-01-01T00:00:00Z, written in UTC with `pattern`.
    ///
    /// Offsets are not stored with instants, so `%z` writes `+0000` and `%Z` writes `UTC`.
    /// Unsupported directives are copied as written.
    static func format(seconds: Double, pattern: String) -> String {
        let parts = CivilTime(seconds: seconds)
        var output = ""
        var iterator = pattern.makeIterator()
        while let character = iterator.next() {
            guard character == "%", let directive = iterator.next() else {
                output.append(character)
                continue
            }
            output += text(for: directive, of: parts)
        }
        return output
    }

    private static func text(for directive: Character, of time: CivilTime) -> String {
        switch directive {
        case "Y": padded(time.year, 4)
        case "y": padded(((time.year % 100) + 100) % 100, 2)
        case "m": padded(time.month, 2)
        case "d": padded(time.day, 2)
        case "e": (time.day < 10 ? " " : "") + String(time.day)
        case "H": padded(time.hour, 2)
        case "I": padded((time.hour + 11) % 12 + 1, 2)
        case "p": time.hour < 12 ? "AM" : "PM"
        case "M": padded(time.minute, 2)
        case "S": padded(time.second, 2)
        case "f": padded(time.microsecond, 6)
        case "j": padded(time.dayOfYear, 3)
        case "b", "h": String(monthNames[time.month - 1].prefix(3))
        case "B": monthNames[time.month - 1]
        case "a": String(weekdayNames[time.weekday].prefix(3))
        case "A": weekdayNames[time.weekday]
        case "z": "+0000"
        case "Z": "UTC"
        case "T": text(for: "H", of: time) + ":" + text(for: "M", of: time) + ":"
            + text(for: "S", of: time)
        case "F": text(for: "Y", of: time) + "-" + text(for: "m", of: time) + "-"
            + text(for: "d", of: time)
        case "%": "%"
        default: "%" + String(directive)
        }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// The calendar fields of a UTC instant (proleptic Gregorian calendar).
private struct CivilTime {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    var microsecond: Int
    var dayOfYear: Int
    /// 0 for Monday through 6 for Sunday.
    var weekday: Int

    init(seconds: Double) {
        // Far beyond any calendar in use (±300,000 years); keeps the conversion from trapping.
        let bounded = seconds.isNaN ? 0 : min(max(seconds, -1e13), 1e13)
        let micros = Int64((bounded * 1_000_000).rounded())
        let (days, microOfDay) = Self.floorDivide(micros, 86_400_000_000)
        let secondOfDay = Int(microOfDay / 1_000_000)
        microsecond = Int(microOfDay % 1_000_000)
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        (year, month, day) = Self.civilDate(fromDays: Int(days))
        weekday = Int(((days % 7) + 7 + 3) % 7)
        dayOfYear = Int(days) - Self.days(year: year, month: 1, day: 1) + 1
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value / divisor
        let remainder = value % divisor
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    /// Year, month and day of the day `days` after 1970-01-01 (Hinnant's civil algorithm).
    private static func civilDate(fromDays days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// Days from 1970-01-01 to the given date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
