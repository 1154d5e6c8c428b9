// Metadata: the facts about a column's values that detection decides on.

import JSONFormat
import Tabular

/// What detection needs to know about one column's values, computed in one pass.
struct ColumnProfile {
    /// Entries, missing ones included (the reference's `n`).
    var count: Int
    /// Missing entries.
    var missingCount = 0
    /// Distinct present values.
    var distinctCount = 0
    /// The first ``ColumnProfile/listLimit`` distinct present values in order of first
    /// appearance, typed for JSON (numbers sorted instead; see ``numberProfile``).
    var distinctValues: [JSONValue] = []
    /// Whether every present value is a whole number (numbers only).
    var allWhole = false
    /// Whether every present value is at least 0 (numbers only).
    var allNonNegative = false
    /// Smallest and largest present value (numbers and datetimes).
    var minimum: Double?
    var maximum: Double?
    /// Whether numbers should be written as JSON integers: the source held integers and no
    /// value is missing (the reference's data frame would hold `int64`).
    var writesIntegers = false

    /// How many distinct values categorical detection lists; more means high cardinality.
    static let listLimit = 500

    var hasMissing: Bool { missingCount > 0 }

    /// No value is missing and every value is different (the reference's `unique_no_nan`).
    var isUniqueWithoutMissing: Bool {
        missingCount == 0 && distinctCount == count
    }

    init(column: Column) {
        count = column.count
        switch column.data {
        case .number(let numbers): profileNumbers(numbers)
        case .category(let categories): profileCategories(categories)
        case .text(let text): profileStrings(zip(text.values, text.isMissing))
        case .boolean(let booleans): profileBooleans(booleans)
        case .datetime(let datetimes): profileDatetimes(datetimes)
        }
    }

    private mutating func profileNumbers(_ numbers: NumberColumn) {
        let present = numbers.presentValues
        missingCount = count - present.count
        let distinct = Set(present)
        distinctCount = distinct.count
        allWhole = present.allSatisfy { $0.rounded() == $0 }
        allNonNegative = present.allSatisfy { $0 >= 0 }
        minimum = present.min()
        maximum = present.max()
        writesIntegers = numbers.holdsIntegers && missingCount == 0
        distinctValues = distinct.sorted().prefix(Self.listLimit).map(numberValue)
    }

    /// A number typed as the reference would write it: an integer for integer columns
    /// without missing values, else a floating-point number.
    func numberValue(_ value: Double) -> JSONValue {
        if writesIntegers, let integer = Int64(exactly: value) { return .integer(integer) }
        return .number(value)
    }

    private mutating func profileCategories(_ categories: CategoryColumn) {
        var seen = Array(repeating: false, count: categories.levels.count)
        for code in categories.codes {
            guard code != CategoryColumn.missingCode, seen.indices.contains(Int(code)) else {
                missingCount += 1
                continue
            }
            guard !seen[Int(code)] else { continue }
            seen[Int(code)] = true
            distinctCount += 1
            if distinctValues.count < Self.listLimit {
                distinctValues.append(.string(categories.levels[Int(code)]))
            }
        }
    }

    private mutating func profileStrings(_ entries: some Sequence<(String, Bool)>) {
        var seen: Set<String> = []
        for (value, isMissing) in entries {
            if isMissing {
                missingCount += 1
            } else if seen.insert(value).inserted {
                distinctCount += 1
                if distinctValues.count < Self.listLimit { distinctValues.append(.string(value)) }
            }
        }
    }

    private mutating func profileBooleans(_ booleans: BooleanColumn) {
        var seen: Set<Bool> = []
        for row in 0..<booleans.count {
            guard let value = booleans[row] else {
                missingCount += 1
                continue
            }
            if seen.insert(value).inserted { distinctValues.append(.bool(value)) }
        }
        distinctCount = seen.count
    }

    private mutating func profileDatetimes(_ datetimes: DatetimeColumn) {
        var distinct: Set<Double> = []
        for row in 0..<datetimes.count {
            guard let value = datetimes[row] else {
                missingCount += 1
                continue
            }
            distinct.insert(value)
            minimum = Swift.min(minimum ?? value, value)
            maximum = Swift.max(maximum ?? value, value)
        }
        distinctCount = distinct.count
    }
}
