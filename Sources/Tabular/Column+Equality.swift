// Tabular: equality of columns that hold NaN at their missing positions.

extension NumberColumn {
    /// Whether two columns have the same missing mask, the same formatting and the same
    /// present values (NaN stored at missing positions does not make a column unequal to
    /// itself, as the synthesized comparison would).
    public static func == (left: NumberColumn, right: NumberColumn) -> Bool {
        left.holdsIntegers == right.holdsIntegers && left.decimals == right.decimals
            && left.isMissing == right.isMissing
            && presentValuesEqual(left.values, right.values, isMissing: left.isMissing)
    }
}

extension DatetimeColumn {
    /// Whether two columns have the same format, missing mask and present instants.
    public static func == (left: DatetimeColumn, right: DatetimeColumn) -> Bool {
        left.format == right.format && left.isMissing == right.isMissing
            && presentValuesEqual(left.seconds, right.seconds, isMissing: left.isMissing)
    }
}

/// Whether `left` and `right` agree wherever `isMissing` is false; a present NaN equals NaN.
private func presentValuesEqual(_ left: [Double], _ right: [Double], isMissing: [Bool]) -> Bool {
    guard left.count == right.count, isMissing.count == left.count else { return false }
    for index in left.indices where !isMissing[index] {
        let (a, b) = (left[index], right[index])
        guard a == b || (a.isNaN && b.isNaN) else { return false }
    }
    return true
}
