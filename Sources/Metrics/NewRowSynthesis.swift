// Metrics: NewRowSynthesis, the share of synthetic rows that copy no real row.

import Tabular

/// The share of synthetic rows that match no real row.
///
/// A synthetic row `s` matches a real row `r` when, on every scored column:
///
/// ```
/// numerical, datetime : |r − s| ≤ |tolerance · s|   (datetimes in nanoseconds, as the reference)
/// categorical, boolean: r = s
/// any column          : r is missing exactly where s is missing
/// score = #(synthetic rows matching no real row) / #(synthetic rows)
/// ```
///
/// The tolerance is relative to the synthetic value, so a synthetic 0 only matches a real 0.
/// Columns of other roles (ids, personal data) are ignored. Real rows are grouped by their
/// discrete values and sorted within a group by the first continuous column, so each
/// synthetic row only inspects the real rows near it (the reference runs one query per row).
public enum NewRowSynthesis {
    /// The metric's name in reports.
    public static let name = "NewRowSynthesis"

    /// The score of `synthetic` against `real`.
    ///
    /// - Parameters:
    ///   - real: The real table.
    ///   - synthetic: The synthetic table whose rows are looked up among the real ones.
    ///   - schema: The columns compared and their roles.
    ///   - tolerance: The relative tolerance of continuous columns (default 0.01).
    /// - Throws: ``MetricsError`` when the tables or the schema do not agree, or a table is
    ///   empty, or a continuous column holds no numbers; a negative tolerance.
    /// - Complexity: O((n + m) log n) for n real and m synthetic rows, plus the candidates
    ///   each synthetic row inspects.
    public static func score(
        real: Table, synthetic: Table, schema: EvaluationSchema, tolerance: Double = 0.01
    ) throws(MetricsError) -> Double {
        guard tolerance >= 0, tolerance.isFinite else {
            throw .badParameter(name: "tolerance", value: "\(tolerance)", allowed: "≥ 0")
        }
        let input = try EvaluationInput(real: real, synthetic: synthetic, schema: schema)
        let matrix = try RowMatrix(input)
        let index = RealRowIndex(matrix)

        var unmatched = 0
        for row in 0..<synthetic.rowCount
        where !index.hasMatch(forSynthetic: row, matrix, tolerance: tolerance) {
            unmatched += 1
        }
        return Double(unmatched) / Double(synthetic.rowCount)
    }
}

/// Real rows grouped by their discrete codes, each group sorted by the first continuous
/// column (rows missing it kept apart).
private struct RealRowIndex {
    struct Group {
        var sortedRows: [Int] = []
        var missingRows: [Int] = []
    }

    var groups: [[Int32]: Group] = [:]
    var anchor: [Double]?

    init(_ matrix: RowMatrix) {
        anchor = matrix.realContinuous.first
        let rowCount = matrix.discrete.first?.real.count ?? matrix.realContinuous.first?.count ?? 0
        for row in 0..<rowCount {
            let key = matrix.realKey(row)
            if let anchor, anchor[row].isNaN {
                groups[key, default: Group()].missingRows.append(row)
            } else {
                groups[key, default: Group()].sortedRows.append(row)
            }
        }
        if let anchor {
            for key in groups.keys {
                groups[key]?.sortedRows.sort { anchor[$0] < anchor[$1] }
            }
        }
    }

    func hasMatch(forSynthetic row: Int, _ matrix: RowMatrix, tolerance: Double) -> Bool {
        guard let group = groups[matrix.syntheticKey(row)] else { return false }
        guard let anchor, let value = matrix.syntheticContinuous.first?[row] else {
            return true
        }
        if value.isNaN {
            return group.missingRows.contains {
                matches(real: $0, synthetic: row, matrix, tolerance)
            }
        }

        // Widened by a relative 1e-12 so rounding cannot hide a boundary case; the exact
        // condition is checked on every candidate.
        let reach = abs(tolerance * value) * (1 + 1e-12) + Double.leastNonzeroMagnitude
        var position = lowerBound(group.sortedRows, anchor, value - reach)
        while position < group.sortedRows.count, anchor[group.sortedRows[position]] <= value + reach
        {
            if matches(real: group.sortedRows[position], synthetic: row, matrix, tolerance) {
                return true
            }
            position += 1
        }
        return false
    }

    private func lowerBound(_ rows: [Int], _ values: [Double], _ target: Double) -> Int {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if values[rows[middle]] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func matches(real: Int, synthetic: Int, _ matrix: RowMatrix, _ tolerance: Double)
        -> Bool
    {
        for column in matrix.realContinuous.indices {
            let r = matrix.realContinuous[column][real]
            let s = matrix.syntheticContinuous[column][synthetic]
            if s.isNaN {
                if !r.isNaN { return false }
            } else if !(abs(r - s) <= abs(tolerance * s)) {
                return false
            }
        }
        return true
    }
}
