// Tabular: the text format of a datetime column, as an strftime-style pattern.

/// The text format of datetime values, written as an strftime-style pattern such as
/// `%Y-%m-%d` or `%d/%m/%Y %H:%M` (the form the reference's metadata calls `datetime_format`).
///
/// Supported directives: `%Y` (four-digit year), `%y` (two-digit year, 69-99 → 1900s),
/// `%m`, `%d`, `%H`, `%I`, `%M`, `%S` (two digits; one or two when parsing; `%-m` and the like
/// write without the leading zero), `%j` (day of the year), `%f` (fraction of a second),
/// `%z` (UTC offset: `Z`, `+hh:mm`, `+hhmm` or `+hh` when parsing), `%b` and `%B` (English month
/// names), `%p` (`AM`/`PM`) and `%%`. Everything else is literal text.
///
/// Values are instants in UTC: a parsed offset is subtracted, and formatting always writes
/// offset zero, spelled as ``zoneSpelling`` says. ``fractionDigits`` is how many digits `%f`
/// writes (Python writes six).
public struct DatetimeFormat: Sendable, Hashable, CustomStringConvertible {
    /// The pattern, for example `%Y-%m-%dT%H:%M:%S%z`.
    public var pattern: String

    /// How `%z` writes the zero offset; detection sets it from the data.
    public var zoneSpelling: DatetimeZoneSpelling

    /// How many digits `%f` writes; detection sets it from the data.
    public var fractionDigits: Int

    /// Creates a format from an strftime-style pattern.
    ///
    /// - Parameters:
    ///   - pattern: The strftime-style pattern.
    ///   - zoneSpelling: How `%z` writes the zero offset; `+0000` like strftime by default.
    ///   - fractionDigits: How many digits `%f` writes, 1 to 9; six like Python by default.
    public init(
        _ pattern: String,
        zoneSpelling: DatetimeZoneSpelling = .compact,
        fractionDigits: Int = 6
    ) {
        precondition(
            (1...9).contains(fractionDigits),
            "DatetimeFormat: fractionDigits \(fractionDigits) lies outside 1...9"
        )
        self.pattern = pattern
        self.zoneSpelling = zoneSpelling
        self.fractionDigits = fractionDigits
    }

    /// The pattern.
    public var description: String { pattern }

    /// Whether every `%` directive of the pattern is one this type understands.
    public var isSupported: Bool {
        DatetimePattern(pattern) != nil
    }
}

/// How a format writes the UTC offset zero for `%z`.
public enum DatetimeZoneSpelling: String, Sendable, Hashable, CaseIterable {
    /// `Z`, as in `2013-01-01T10:00:00Z`.
    case zulu
    /// `+00:00`, as ISO 8601 extended format writes it.
    case colon
    /// `+0000`, as strftime writes it.
    case compact

    /// The text written for offset zero.
    var text: String {
        switch self {
        case .zulu: "Z"
        case .colon: "+00:00"
        case .compact: "+0000"
        }
    }
}
