// Tabular: a column of true and false values.

/// A column of Boolean values with an explicit missing mask and the spelling the source used.
public struct BooleanColumn: Sendable, Equatable {
    /// The values; `false` at missing positions.
    public var values: [Bool]

    /// `true` where the value is missing.
    public var isMissing: [Bool]

    /// How `true` and `false` are written, for example `("True", "False")` or `("yes", "no")`.
    public var spelling: BooleanSpelling

    /// Creates a column from values, a missing mask of the same length and a spelling.
    public init(values: [Bool], isMissing: [Bool]? = nil, spelling: BooleanSpelling = .init()) {
        let mask = isMissing ?? Array(repeating: false, count: values.count)
        precondition(
            mask.count == values.count,
            "BooleanColumn: \(values.count) values but \(mask.count) missing flags"
        )
        self.values = zip(values, mask).map { $1 ? false : $0 }
        self.isMissing = mask
        self.spelling = spelling
    }

    /// The number of entries, missing ones included.
    public var count: Int { values.count }

    /// The value at `row`, or `nil` when it is missing.
    public subscript(row: Int) -> Bool? {
        isMissing[row] ? nil : values[row]
    }

    /// The rows in `range` as a new column with the same spelling.
    public func slice(_ range: Range<Int>) -> BooleanColumn {
        gather(Array(range))
    }

    /// The rows at `rows`, in that order, as a new column with the same spelling.
    public func gather(_ rows: [Int]) -> BooleanColumn {
        BooleanColumn(
            values: rows.map { values[$0] },
            isMissing: rows.map { isMissing[$0] },
            spelling: spelling
        )
    }
}

/// The words a Boolean column uses for its two values.
public struct BooleanSpelling: Sendable, Hashable {
    /// The text written for `true`.
    public var trueText: String

    /// The text written for `false`.
    public var falseText: String

    /// Creates a spelling; the default is `true` and `false`.
    public init(trueText: String = "true", falseText: String = "false") {
        self.trueText = trueText
        self.falseText = falseText
    }
}
