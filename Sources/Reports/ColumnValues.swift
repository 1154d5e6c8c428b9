// Reports: columns read as numbers for pictures, and seeded subsamples of rows.

import Tabular

extension Column {
    /// The values as numbers, NaN where missing (datetimes in seconds since the epoch), or
    /// `nil` for categories, Booleans and text.
    var plottedValues: [Double]? {
        switch data {
        case .number(let column):
            column.values.indices.map { column.isMissing[$0] ? .nan : column.values[$0] }
        case .datetime(let column):
            column.seconds.indices.map { column.isMissing[$0] ? .nan : column.seconds[$0] }
        default: nil
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

/// Chooses rows for pictures: all of them when few, else a seeded random subset.
enum RowSample {
    /// `limit` distinct row indices out of `0..<count`, in increasing order, drawn with a
    /// SplitMix64 generator seeded by `seed` (a partial Fisher–Yates shuffle); all rows when
    /// `count <= limit`.
    ///
    /// - Complexity: O(count).
    static func indices(count: Int, limit: Int, seed: UInt64) -> [Int] {
        guard count > limit else { return Array(0..<count) }

        var order = Array(0..<count)
        var state = seed
        for position in 0..<max(0, limit) {
            let remaining = UInt64(count - position)
            let pick = position + Int(next(&state) % remaining)
            order.swapAt(position, pick)
        }
        var chosen = [Bool](repeating: false, count: count)
        for row in order.prefix(max(0, limit)) { chosen[row] = true }
        return chosen.indices.filter { chosen[$0] }
    }

    /// A seeded random order of `0..<count` (a full Fisher–Yates shuffle with SplitMix64).
    /// Taking the first rows of one order that suit each pair samples every pair of a table
    /// at random without shuffling again per pair.
    ///
    /// - Complexity: O(count).
    static func order(count: Int, seed: UInt64) -> [Int] {
        var order = Array(0..<max(0, count))
        var state = seed
        for position in order.indices.dropLast() {
            let remaining = UInt64(order.count - position)
            order.swapAt(position, position + Int(next(&state) % remaining))
        }
        return order
    }

    /// One step of SplitMix64 (Steele, Lea and Flood, 2014).
    private static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
