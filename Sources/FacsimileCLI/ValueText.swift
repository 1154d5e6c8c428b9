// FacsimileCLI: showing single values of a column as text, for summaries and previews.

import Facsimile

/// Texts of single column values, as a person reads them.
enum ValueText {
    /// The value at `row` as text, or `nil` when it is missing.
    static func text(of column: Column, at row: Int) -> String? {
        switch column.data {
        case .number(let numbers):
            return numbers[row].map { number(numbers: numbers, $0) }
        case .category(let categories):
            return categories[row]
        case .datetime(let datetimes):
            return datetimes[row].map { datetimes.format.string(from: $0) }
        case .boolean(let booleans):
            return booleans[row].map {
                $0 ? booleans.spelling.trueText : booleans.spelling.falseText
            }
        case .text(let texts):
            return texts[row]
        }
    }

    /// The first present value as text, or `nil` when every value is missing.
    static func example(_ column: Column) -> String? {
        for row in 0..<column.count {
            if let text = text(of: column, at: row) { return text }
        }
        return nil
    }

    /// The number of distinct present values.
    ///
    /// - Complexity: O(rows), with hashing.
    static func distinctCount(_ column: Column) -> Int {
        switch column.data {
        case .number(let numbers):
            return Set(numbers.presentValues).count
        case .category(let categories):
            return Set(categories.codes.filter { $0 != CategoryColumn.missingCode }).count
        case .datetime(let datetimes):
            return Set(datetimes.seconds.indices.compactMap { datetimes[$0] }).count
        case .boolean(let booleans):
            return Set(booleans.values.indices.compactMap { booleans[$0] }).count
        case .text(let texts):
            return Set(texts.values.indices.compactMap { texts[$0] }).count
        }
    }

    private static func number(numbers: NumberColumn, _ value: Double) -> String {
        if numbers.holdsIntegers, value.magnitude < 1e15 {
            return String(Int64(value))
        }
        return String(value)
    }
}
