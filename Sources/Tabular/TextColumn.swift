// Tabular: a column of free text, such as identifiers and keys.

/// A column of strings where most values are different (identifiers, keys, names), stored
/// plainly rather than dictionary-encoded.
public struct TextColumn: Sendable, Equatable {
    /// The values; the empty string at missing positions.
    public var values: [String]

    /// `true` where the value is missing.
    public var isMissing: [Bool]

    /// Creates a column from values; `nil` is missing.
    public init(values: [String?]) {
        self.values = values.map { $0 ?? "" }
        self.isMissing = values.map { $0 == nil }
    }

    /// Creates a column from values and a missing mask of the same length.
    public init(values: [String], isMissing: [Bool]) {
        precondition(
            values.count == isMissing.count,
            "TextColumn: \(values.count) values but \(isMissing.count) missing flags"
        )
        self.values = zip(values, isMissing).map { $1 ? "" : $0 }
        self.isMissing = isMissing
    }

    /// The number of entries, missing ones included.
    public var count: Int { values.count }

    /// The value at `row`, or `nil` when it is missing.
    public subscript(row: Int) -> String? {
        isMissing[row] ? nil : values[row]
    }

    /// The rows in `range` as a new column.
    public func slice(_ range: Range<Int>) -> TextColumn {
        TextColumn(values: Array(values[range]), isMissing: Array(isMissing[range]))
    }

    /// The rows at `rows`, in that order, as a new column.
    public func gather(_ rows: [Int]) -> TextColumn {
        TextColumn(values: rows.map { values[$0] }, isMissing: rows.map { isMissing[$0] })
    }
}
