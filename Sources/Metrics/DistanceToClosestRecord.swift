// Metrics: distance to the closest record (DCR) between the rows of two tables.

import Tabular

/// The distance from each row of one table to its closest row in another, as the reference's
/// privacy metrics define it.
///
/// Over the scored columns (numerical, datetime, categorical, Boolean), with `a` a row of the
/// dataset and `b` a row of the reference table:
///
/// ```
/// continuous: d = min(|a − b| / range, 1),  range = max − min of the reference column;
///             d = 1[a ≠ b] when range = 0
/// discrete  : d = 0 when a = b, else 1
/// missing   : d = 0 when both are missing, 1 when exactly one is
/// distance(a, b) = mean of d over the columns;   DCR(a) = min over b of distance(a, b)
/// ```
///
/// The reference ignores ordinal columns; here they count as categorical (the schema does not
/// tell them apart). The search is exhaustive, with each candidate abandoned as soon as its
/// partial sum exceeds the best distance found so far.
public enum DistanceToClosestRecord {
    /// The DCR of every row of `dataset` to the rows of `reference`.
    ///
    /// - Parameters:
    ///   - dataset: The rows whose distances are measured.
    ///   - reference: The rows searched for the closest one.
    ///   - schema: The columns compared and their roles.
    ///   - excludingSameRow: Skip row `i` of `reference` for row `i` of `dataset`
    ///     (leave-one-out, when both are the same table).
    /// - Returns: One distance in [0, 1] per dataset row; NaN when there is no candidate row.
    /// - Throws: ``MetricsError`` when the tables do not agree with each other or the schema.
    /// - Complexity: O(n · m · c) for n dataset rows, m reference rows and c columns.
    public static func distances(
        of dataset: Table, to reference: Table, schema: EvaluationSchema,
        excludingSameRow: Bool = false
    ) throws(MetricsError) -> [Double] {
        let input = try EvaluationInput(real: reference, synthetic: dataset, schema: schema)
        let space = try DistanceSpace(try RowMatrix(input))
        return (0..<dataset.rowCount).map { row in
            space.closest(toDatasetRow: row, skipping: excludingSameRow ? row : nil)
        }
    }
}

/// Columns laid out for the distance search: reference values, dataset values, ranges.
private struct DistanceSpace {
    var continuousReference: [[Double]]
    var continuousDataset: [[Double]]
    var ranges: [Double]
    var discreteReference: [[Int32]]
    var discreteDataset: [[Int32]]
    var referenceRows: Int
    var columnCount: Double

    init(_ matrix: RowMatrix) throws(MetricsError) {
        continuousReference = matrix.realContinuous
        continuousDataset = matrix.syntheticContinuous
        ranges = matrix.realContinuous.map { values in
            let present = values.filter { !$0.isNaN }
            guard let low = present.min(), let high = present.max() else { return 0 }
            return high - low
        }
        discreteReference = matrix.discrete.map(\.real)
        discreteDataset = matrix.discrete.map(\.synthetic)
        referenceRows = continuousReference.first?.count ?? discreteReference.first?.count ?? 0
        columnCount = Double(ranges.count + discreteReference.count)
    }

    func closest(toDatasetRow row: Int, skipping skipped: Int?) -> Double {
        guard columnCount > 0 else { return .nan }
        var best = Double.infinity
        for candidate in 0..<referenceRows where candidate != skipped {
            let total = distanceSum(row, candidate, stoppingAbove: best)
            best = Swift.min(best, total)
            if best == 0 { break }
        }
        return best.isFinite ? best / columnCount : .nan
    }

    /// The sum of the column distances, or any value above `limit` once it is exceeded.
    private func distanceSum(_ row: Int, _ candidate: Int, stoppingAbove limit: Double) -> Double {
        var total = 0.0
        for column in discreteDataset.indices
        where discreteDataset[column][row] != discreteReference[column][candidate] {
            total += 1
            if total > limit { return total }
        }
        for column in continuousDataset.indices {
            total += distance(
                continuousDataset[column][row], continuousReference[column][candidate],
                range: ranges[column])
            if total > limit { return total }
        }
        return total
    }

    private func distance(_ a: Double, _ b: Double, range: Double) -> Double {
        switch (a.isNaN, b.isNaN) {
        case (true, true): return 0
        case (true, false), (false, true): return 1
        case (false, false):
            if range == 0 { return a == b ? 0 : 1 }
            return Swift.min(abs(a - b) / range, 1)
        }
    }
}
