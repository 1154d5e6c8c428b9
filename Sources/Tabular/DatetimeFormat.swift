// Tabular: the text format of a datetime column, as an strftime-style pattern.

/// The text format of datetime values, written as an strftime-style pattern such as
/// `%Y-%m-%d` or `%d/%m/%Y %H:%M` (the form the reference's metadata calls `datetime_format`).
public struct DatetimeFormat: Sendable, Hashable, CustomStringConvertible {
    /// The pattern, for example `%Y-%m-%dT%H:%M:%SZ`.
    public var pattern: String

    /// Creates a format from an strftime-style pattern.
    public init(_ pattern: String) {
        self.pattern = pattern
    }

    /// The pattern.
    public var description: String { pattern }
}
