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
        self.real = Self.spread(realCounts, over: categories.count)
        self.synthetic = Self.spread(syntheticCounts, over: categories.count)
        realMissing = first.codes.count { $0 < 0 }
        syntheticMissing = second.codes.count { $0 < 0 }
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
        var (low, high) = (Double.infinity, -Double.infinity)
        for column in [first, second] {
            for row in column.values.indices where !column.isMissing[row] {
                let value = column.values[row]
                guard value.rounded() == value, abs(value) < 1e15 else { return nil }
                (low, high) = (min(low, value), max(high, value))
            }
        }
        let span = low <= high ? Int(high - low) + 1 : 0
        guard span <= 1 << 16 else { return nil }

        var position = [Int](repeating: -1, count: span)
        var values: [Int] = []
        var counts: [[Int]] = []
        var missing = [0, 0]
        for (side, column) in [first, second].enumerated() {
            counts.append([Int](repeating: 0, count: values.count))
            for row in column.values.indices {
                guard !column.isMissing[row] else {
                    missing[side] += 1
                    continue
                }
                let offset = Int(column.values[row] - low)
                if position[offset] < 0 {
                    position[offset] = values.count
                    values.append(offset)
                    counts[side].append(0)
                }
                counts[side][position[offset]] += 1
            }
        }
        let total = values.count
        let labels = values.map { String(Int64(low) + Int64($0)) }
        let padded = counts.map { $0 + [Int](repeating: 0, count: total - $0.count) }
        return Self(
            categories: labels, real: padded[0], synthetic: padded[1],
            missing: (missing[0], missing[1]))
    }

    /// The count of each category position that `column` holds, adding its unseen labels to
    /// `categories` in order of first appearance.
    private static func count(
        _ column: CategoryColumn, into categories: inout [String],
        positions: inout [String: Int]
    ) -> [(position: Int, count: Int)] {
        var counts = [Int](repeating: 0, count: column.levels.count)
        var order: [Int] = []
        for code in column.codes where code >= 0 {
            let level = Int(code)
            guard level < counts.count else { continue }
            if counts[level] == 0 { order.append(level) }
            counts[level] += 1
        }
        return order.map { level in
            let label = column.levels[level]
            if let position = positions[label] { return (position, counts[level]) }
            positions[label] = categories.count
            categories.append(label)
            return (categories.count - 1, counts[level])
        }
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
