// Reports: columns read as numbers for pictures, and seeded subsamples of rows.

import Linalg
import Tabular

extension Column {
    /// The values as numbers, NaN where missing (datetimes in seconds since the epoch), or
    /// `nil` for categories, Booleans and text.
    var plottedValues: [Double]? {
        switch data {
        case .number(let column): Self.merge(column.values, missing: column.isMissing)
        case .datetime(let column): Self.merge(column.seconds, missing: column.isMissing)
        default: nil
        }
    }

    /// `values` with NaN where `missing` says so.
    private static func merge(_ values: [Double], missing: [Bool]) -> [Double] {
        let count = min(values.count, missing.count)
        return [Double](unsafeUninitializedCapacity: count) { merged, written in
            values.withUnsafeBufferPointer { values in
                missing.withUnsafeBufferPointer { missing in
                    for row in 0..<count { merged[row] = missing[row] ? .nan : values[row] }
                }
            }
            written = count
        }
    }

    /// What the column holds, in words ("numbers", "categories", ...).
    var kindInWords: String {
        switch data {
        case .number: "numbers"
        case .category: "categories"
        case .datetime: "dates"
        case .boolean: "true/false values"
        case .text: "text"
        }
    }

    /// The value of `row` written for people, or `nil` when missing.
    ///
    /// - Precondition: `row` lies in `0..<count`.
    func displayText(row: Int) -> String? {
        switch data {
        case .number(let column):
            guard let value = column[row] else { return nil }
            return column.holdsIntegers && abs(value) < 1e15
                ? String(Int64(value)) : NumberText.fixed(value, min(6, max(0, column.decimals)))
        case .category(let column):
            return column[row]
        case .datetime(let column):
            return column[row].map { column.format.string(from: $0) }
        case .boolean(let column):
            return column[row].map { $0 ? column.spelling.trueText : column.spelling.falseText }
        case .text(let column):
            return column.isMissing[row] ? nil : column.values[row]
        }
    }
}

/// A seeded random order of rows, from which pictures take their samples.
enum RowSample {
    /// A seeded random order of `0..<count` (a Fisher–Yates shuffle drawn from Linalg's
    /// `RandomSource`). Taking the first rows of one order that suit each pair samples every
    /// pair of a table at random without shuffling again per pair.
    ///
    /// The shuffle is `RandomSource.shuffle`'s, draw for draw (the same order for the same
    /// seed), written out for `Int` here: the generic one, called across modules, costs more
    /// than all the scatter plots it serves.
    ///
    /// - Complexity: O(count).
    static func order(count: Int, seed: UInt64) -> [Int] {
        var random = RandomSource(seed: seed)
        var order = Array(0..<max(0, count))
        order.withUnsafeMutableBufferPointer { order in
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(index, random.uniformInt(below: index + 1))
            }
        }
        return order
    }
}
