// Reports: the category counts of a column in both tables, counted straight from the codes of
// category columns.

import Metrics
import Tabular

/// A discrete column's category counts in both tables, as `CategoryColumnStatistics` of
/// Metrics gives them: categories in order of first appearance (real first), counts per
/// category, missing counts.
///
/// Two category columns are counted from their codes, with the labels matched once per level
/// rather than hashed once per row; other kinds go through `CategoryColumnStatistics`.
struct CategoryCounts {
    /// The categories of both tables, in order of first appearance (real first).
    let categories: [String]
    /// Real counts per category.
    let real: [Int]
    /// Synthetic counts per category.
    let synthetic: [Int]
    /// Missing values in the real column.
    let realMissing: Int
    /// Missing values in the synthetic column.
    let syntheticMissing: Int

    /// Counts `real` and `synthetic`.
    ///
    /// - Complexity: O(n + levels) for two category columns.
    init(real: Column, synthetic: Column) {
        if let counted = Self.countSmallIntegers(real, synthetic) {
            self = counted
            return
        }
        guard case .category(let first) = real.data, case .category(let second) = synthetic.data
        else {
            let statistics = CategoryColumnStatistics(real: real, synthetic: synthetic)
            categories = statistics.categories
            (self.real, self.synthetic) = (statistics.real, statistics.synthetic)
            (realMissing, syntheticMissing) = (statistics.realMissing, statistics.syntheticMissing)
            return
        }
        var categories: [String] = []
        var positions: [String: Int] = [:]
        let realCounts = Self.count(first, into: &categories, positions: &positions)
        let syntheticCounts = Self.count(second, into: &categories, positions: &positions)
        self.categories = categories
        self.real = Self.spread(realCounts.counts, over: categories.count)
        self.synthetic = Self.spread(syntheticCounts.counts, over: categories.count)
        realMissing = realCounts.missing
        syntheticMissing = syntheticCounts.missing
    }

    private init(
        categories: [String], real: [Int], synthetic: [Int], missing: (real: Int, synthetic: Int)
    ) {
        self.categories = categories
        (self.real, self.synthetic) = (real, synthetic)
        (realMissing, syntheticMissing) = missing
    }

    /// Counts two number-coded category columns (codes such as 1...10 or 20...190) in an
    /// array indexed by value, when every present value is a whole number and all of them lie
    /// within a span of 2¹⁶; `nil` otherwise. Labels are written as Metrics writes whole
    /// numbers, so the result equals `CategoryColumnStatistics`'s without hashing each row.
    ///
    /// - Complexity: O(n + span).
    private static func countSmallIntegers(_ real: Column, _ synthetic: Column) -> Self? {
        guard case .number(let first) = real.data, case .number(let second) = synthetic.data
        else { return nil }
        guard let lowHigh = wholeNumberRange(first), let other = wholeNumberRange(second) else {
            return nil
        }
        let (low, high) = (min(lowHigh.low, other.low), max(lowHigh.high, other.high))
        let span = low <= high ? Int(high - low) + 1 : 0
        guard span <= 1 << 16 else { return nil }

        // Counts per value (real, then synthetic) and the first row of each value, counting
        // the synthetic rows after the real ones, for the order of first appearance.
        var counts = [Int](repeating: 0, count: 2 * span)
        var firstRow = [Int](repeating: Int.max, count: span)
        var missing = [0, 0]
        for (side, column) in [first, second].enumerated() {
            let shift = side == 0 ? 0 : first.values.count
            column.values.withUnsafeBufferPointer { values in
                column.isMissing.withUnsafeBufferPointer { isMissing in
                    counts.withUnsafeMutableBufferPointer { counts in
                        firstRow.withUnsafeMutableBufferPointer { firstRow in
                            for row in values.indices {
                                guard !isMissing[row] else {
                                    missing[side] += 1
                                    continue
                                }
                                let offset = Int(values[row] - low)
                                firstRow[offset] = min(firstRow[offset], shift + row)
                                counts[side * span + offset] += 1
                            }
                        }
                    }
                }
            }
        }
        let order = (0..<span).filter { firstRow[$0] < Int.max }
            .sorted { firstRow[$0] < firstRow[$1] }
        return Self(
            categories: order.map { String(Int64(low) + Int64($0)) },
            real: order.map { counts[$0] }, synthetic: order.map { counts[span + $0] },
            missing: (missing[0], missing[1]))
    }

    /// The smallest and largest present value of `column` when every present value is a whole
    /// number below 10¹⁵ in magnitude (`+∞...−∞` without values), else `nil`.
    private static func wholeNumberRange(_ column: NumberColumn) -> (low: Double, high: Double)? {
        column.values.withUnsafeBufferPointer { values in
            column.isMissing.withUnsafeBufferPointer { isMissing in
                var (low, high) = (Double.infinity, -Double.infinity)
                for row in values.indices where !isMissing[row] {
                    let value = values[row]
                    // Whole and below 10¹⁵: exact through Int64, without a call to `round`.
                    guard abs(value) < 1e15, Double(Int64(value)) == value else { return nil }
                    (low, high) = (min(low, value), max(high, value))
                }
                return (low, high)
            }
        }
    }

    /// The count of each category position that `column` holds, adding its unseen labels to
    /// `categories` in order of first appearance, and the count of missing values.
    ///
    /// - Complexity: O(n + levels): one pass counts the codes, a second finds each present
    ///   level's first row and stops when all are found (within the first rows, usually).
    private static func count(
        _ column: CategoryColumn, into categories: inout [String],
        positions: inout [String: Int]
    ) -> (counts: [(position: Int, count: Int)], missing: Int) {
        let levels = column.levels.count
        // Slot 0 counts missing values (negative codes), slot `level + 1` a level; codes beyond
        // the levels go to the last slot, which is not counted.
        var slots = [Int](repeating: 0, count: levels + 2)
        column.codes.withUnsafeBufferPointer { codes in
            slots.withUnsafeMutableBufferPointer { slots in
                for code in codes {
                    slots[min(max(Int(code) + 1, 0), levels + 1)] += 1
                }
            }
        }
        let counts = Array(slots[1..<(levels + 1)])
        let order = firstAppearances(column.codes, counts: counts)
        let found = order.map { level in
            let label = column.levels[level]
            if let position = positions[label] { return (position, counts[level]) }
            positions[label] = categories.count
            categories.append(label)
            return (categories.count - 1, counts[level])
        }
        return (found, slots[0])
    }

    /// The levels with a count, in order of their first row in `codes`.
    private static func firstAppearances(_ codes: [Int32], counts: [Int]) -> [Int] {
        var unseen = counts.count { $0 > 0 }
        var seen = [Bool](repeating: false, count: counts.count)
        var order: [Int] = []
        order.reserveCapacity(unseen)
        for code in codes where unseen > 0 {
            let level = Int(code)
            guard level >= 0, level < counts.count, !seen[level] else { continue }
            seen[level] = true
            order.append(level)
            unseen -= 1
        }
        return order
    }

    private static func spread(_ counts: [(position: Int, count: Int)], over size: Int) -> [Int] {
        var result = [Int](repeating: 0, count: size)
        for (position, count) in counts { result[position] += count }
        return result
    }

    /// The most frequent real category (the first one on ties), or `nil` without values.
    var realMode: String? { Self.mode(real, categories) }

    /// The most frequent synthetic category (the first one on ties), or `nil` without values.
    var syntheticMode: String? { Self.mode(synthetic, categories) }

    /// The real shares per category (of present values); NaN without values.
    var realFrequencies: [Double] { Self.shares(real) }

    /// The synthetic shares per category (of present values); NaN without values.
    var syntheticFrequencies: [Double] { Self.shares(synthetic) }

    private static func mode(_ counts: [Int], _ categories: [String]) -> String? {
        guard let top = counts.max(), top > 0, let index = counts.firstIndex(of: top) else {
            return nil
        }
        return categories[index]
    }

    private static func shares(_ counts: [Int]) -> [Double] {
        let total = Double(counts.reduce(0, +))
        return counts.map { total > 0 ? Double($0) / total : .nan }
    }
}
