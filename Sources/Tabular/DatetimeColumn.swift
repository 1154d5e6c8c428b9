// Tabular: a column of points in time, with the text format they were written in.

/// A column of instants, stored as seconds since 1970-01-01T00:00:00Z, with the text format
/// the source used so that writing reproduces it.
public struct DatetimeColumn: Sendable, Equatable {
    /// Seconds since the Unix epoch, `Double.nan` where missing.
    public var seconds: [Double]

    /// `true` where the value is missing.
    public var isMissing: [Bool]

    /// The format the values were written in, as an strftime-style pattern such as
    /// `%Y-%m-%d %H:%M:%S`.
    public var format: DatetimeFormat

    /// Creates a column from seconds, a missing mask and a format.
    public init(seconds: [Double], isMissing: [Bool]? = nil, format: DatetimeFormat) {
        let mask = isMissing ?? seconds.map(\.isNaN)
        precondition(
            mask.count == seconds.count,
            "DatetimeColumn: \(seconds.count) values but \(mask.count) missing flags"
        )
        var cleaned = seconds
        for index in cleaned.indices where mask[index] {
            cleaned[index] = .nan
        }
        self.seconds = cleaned
        self.isMissing = mask
        self.format = format
    }

    /// The number of entries, missing ones included.
    public var count: Int { seconds.count }

    /// The instant at `row` in seconds since the epoch, or `nil` when it is missing.
    public subscript(row: Int) -> Double? {
        isMissing[row] ? nil : seconds[row]
    }

    /// The rows in `range` as a new column with the same format.
    public func slice(_ range: Range<Int>) -> DatetimeColumn {
        gather(Array(range))
    }

    /// The rows at `rows`, in that order, as a new column with the same format.
    public func gather(_ rows: [Int]) -> DatetimeColumn {
        DatetimeColumn(
            seconds: rows.map { seconds[$0] },
            isMissing: rows.map { isMissing[$0] },
            format: format
        )
    }
}
