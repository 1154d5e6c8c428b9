// Tabular: a column of numbers with explicit missing values.

/// A column of real numbers with an explicit mask of missing values.
///
/// Missing entries hold `Double.nan` in ``values`` so that the array can go straight into
/// numeric code, but ``isMissing`` is the truth: a value read as `NaN` text is missing, and
/// code must consult the mask rather than test for NaN.
public struct NumberColumn: Sendable, Equatable {
    /// The values, with `Double.nan` at missing positions.
    public var values: [Double]

    /// `true` where the value is missing.
    public var isMissing: [Bool]

    /// Whether every present value was written as an integer (no decimal point or exponent).
    public var holdsIntegers: Bool

    /// The largest number of digits after the decimal point among the present values as they
    /// were written; `0` for integer columns.
    public var decimals: Int

    /// Creates a column from values and a missing mask of the same length.
    ///
    /// - Parameters:
    ///   - values: The values; entries at missing positions are replaced by `Double.nan`.
    ///   - isMissing: The missing mask; when `nil`, the NaN entries of `values`
    ///     are taken as missing.
    ///   - holdsIntegers: Whether the column holds integers.
    ///   - decimals: Digits after the decimal point to show when writing.
    public init(
        values: [Double],
        isMissing: [Bool]? = nil,
        holdsIntegers: Bool = false,
        decimals: Int = 0
    ) {
        let mask = isMissing ?? values.map(\.isNaN)
        precondition(
            mask.count == values.count,
            "NumberColumn: \(values.count) values but \(mask.count) missing flags"
        )
        var cleaned = values
        for index in cleaned.indices where mask[index] {
            cleaned[index] = .nan
        }
        self.values = cleaned
        self.isMissing = mask
        self.holdsIntegers = holdsIntegers
        self.decimals = max(0, decimals)
    }

    /// The number of entries, missing ones included.
    public var count: Int { values.count }

    /// The value at `row`, or `nil` when it is missing.
    public subscript(row: Int) -> Double? {
        isMissing[row] ? nil : values[row]
    }

    /// The present values, in row order.
    public var presentValues: [Double] {
        var present: [Double] = []
        present.reserveCapacity(values.count)
        for index in values.indices where !isMissing[index] {
            present.append(values[index])
        }
        return present
    }

    /// The rows in `range`, as a new column with the same formatting.
    public func slice(_ range: Range<Int>) -> NumberColumn {
        gather(Array(range))
    }

    /// The rows at `rows`, in that order, as a new column with the same formatting.
    public func gather(_ rows: [Int]) -> NumberColumn {
        NumberColumn(
            values: rows.map { values[$0] },
            isMissing: rows.map { isMissing[$0] },
            holdsIntegers: holdsIntegers,
            decimals: decimals
        )
    }
}

extension NumberColumn {
    /// Creates a column from values that already hold NaN at every missing position, without
    /// copying or checking them (the CSV reader's path).
    init(uncheckedValues values: [Double], isMissing: [Bool], holdsIntegers: Bool, decimals: Int) {
        precondition(values.count == isMissing.count, "NumberColumn: mask length differs")
        self.values = values
        self.isMissing = isMissing
        self.holdsIntegers = holdsIntegers
        self.decimals = decimals
    }
}
