// Metrics: TableStructure, whether both tables have the same columns of the same types.

import Tabular

/// The overlap of the (column name, storage type) pairs of the two tables.
///
/// ```
/// score = | R ∩ S | / | R ∪ S |      R, S = sets of (name, type) of the real and synthetic
/// ```
///
/// The reference compares pandas dtypes, so the type of a column is named as pandas would
/// name it after reading the CSV file: integers without missing values are `int64`, other
/// numbers `float64`, true/false without missing values `bool`, datetimes `datetime64[ns]`,
/// everything else `object`. A column of integers that gains missing values thus changes type,
/// exactly as in the reference.
public enum TableStructure {
    /// The score of two tables.
    ///
    /// - Parameters:
    ///   - real: The real table.
    ///   - synthetic: The synthetic table.
    ///   - datetimeColumns: The columns the metadata declares as datetimes (the reference
    ///     converts only those to datetimes before comparing; others stay `object`).
    public static func score(real: Table, synthetic: Table, datetimeColumns: Set<String> = [])
        -> Double
    {
        let first = Set(real.columns.map { Pair(name: $0.name, type: dtype($0, datetimeColumns)) })
        let second = Set(
            synthetic.columns.map { Pair(name: $0.name, type: dtype($0, datetimeColumns)) })
        let union = first.union(second)
        guard !union.isEmpty else { return .nan }
        return Double(first.intersection(second).count) / Double(union.count)
    }

    /// The pandas dtype the reference would see for `column`.
    public static func dtype(_ column: Column, _ datetimeColumns: Set<String> = []) -> String {
        switch column.data {
        case .number(let values):
            return values.holdsIntegers && !values.isMissing.contains(true) ? "int64" : "float64"
        case .boolean(let values):
            let pandasWords = ["true", "false"]
            let readsAsBool =
                pandasWords.contains(values.spelling.trueText.lowercased())
                && pandasWords.contains(values.spelling.falseText.lowercased())
            return readsAsBool && !values.isMissing.contains(true) ? "bool" : "object"
        case .datetime:
            return datetimeColumns.contains(column.name) ? "datetime64[ns]" : "object"
        case .category, .text:
            return "object"
        }
    }

    private struct Pair: Hashable {
        var name: String
        var type: String
    }
}
