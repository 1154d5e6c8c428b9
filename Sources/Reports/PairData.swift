// Reports: what the pair pictures need: scored columns, pair scores by position, and the linear
// relations of numerical pairs.

import Metrics
import Tabular

/// The pairs of columns as the Column Pair Trends section draws them.
struct PairData {
    /// The scored columns, in schema order.
    let columns: [EvaluatedColumn]
    /// The continuous (numerical and datetime) columns among them, in order.
    let continuous: [EvaluatedColumn]
    /// The Pearson correlation of each continuous pair `(i, j)`, `i < j` indices in
    /// `continuous`, in the real and the synthetic table.
    let correlations: [PairKey: (real: Double, synthetic: Double)]
    /// Each continuous column's values (real, synthetic), NaN where missing; datetimes in
    /// seconds.
    let values: [String: (real: [Double], synthetic: [Double])]
    private let trends: [PairKey: QualityReport.ColumnPairTrend]

    /// The linear relation of one pair in both tables.
    struct PairRelation {
        /// The real relation.
        var real: LineFit
        /// The synthetic relation.
        var synthetic: LineFit
    }

    /// Two positions, the smaller first.
    struct PairKey: Hashable {
        var first: Int
        var second: Int
    }

    /// Collects the pairs of `page`.
    ///
    /// - Complexity: O(k² · n) for k continuous columns of n rows.
    init(page: EvaluationPage) {
        columns = page.schema.columns.filter(\.type.isScored)
        let positions = Dictionary(
            columns.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        var trends: [PairKey: QualityReport.ColumnPairTrend] = [:]
        for row in page.quality.columnPairTrends {
            guard let a = positions[row.column1], let b = positions[row.column2] else { continue }
            trends[PairKey(first: min(a, b), second: max(a, b))] = row
        }
        self.trends = trends

        var values: [String: (real: [Double], synthetic: [Double])] = [:]
        for column in columns where column.type.isContinuous {
            guard let real = page.real[column.name]?.plottedValues,
                let synthetic = page.synthetic[column.name]?.plottedValues
            else { continue }
            values[column.name] = (real, synthetic)
        }
        self.values = values
        continuous = columns.filter { values[$0.name] != nil }
        correlations = Self.correlate(continuous, values, known: page.quality.columnPairTrends)
    }

    /// The Column Pair Trends row of scored columns `i` and `j` (any order), or `nil`.
    func trend(_ i: Int, _ j: Int) -> QualityReport.ColumnPairTrend? {
        trends[PairKey(first: min(i, j), second: max(i, j))]
    }

    /// The continuous pairs ordered by the strength of their real correlation, strongest first
    /// (undefined ones last), at most `limit`.
    func strongestPairs(limit: Int) -> [PairKey] {
        let ranked = correlations.sorted { left, right in
            let a = abs(left.value.real)
            let b = abs(right.value.real)
            if a.isNaN != b.isNaN { return b.isNaN }
            if a != b { return a > b }
            return (left.key.first, left.key.second) < (right.key.first, right.key.second)
        }
        return ranked.prefix(limit).map(\.key)
    }

    /// The least-squares relation of the continuous pair `key` in both tables.
    func relation(_ key: PairKey) -> PairRelation? {
        guard let x = values[continuous[key.first].name],
            let y = values[continuous[key.second].name]
        else { return nil }
        return PairRelation(
            real: LineFit(x: x.real, y: y.real), synthetic: LineFit(x: x.synthetic, y: y.synthetic))
    }

    /// The correlations of every continuous pair: the Quality Report's where it computed them
    /// (Pearson over complete rows, as here), computed here for the others.
    ///
    /// - Complexity: O(k² · n) at worst; O(k²) when the report holds every pair.
    private static func correlate(
        _ columns: [EvaluatedColumn], _ values: [String: (real: [Double], synthetic: [Double])],
        known trends: [QualityReport.ColumnPairTrend]
    ) -> [PairKey: (real: Double, synthetic: Double)] {
        let positions = Dictionary(
            columns.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [PairKey: (real: Double, synthetic: Double)] = [:]
        result.reserveCapacity(columns.count * columns.count / 2)
        for row in trends where row.metric == .correlationSimilarity && row.error == nil {
            guard let a = positions[row.column1], let b = positions[row.column2], a != b else {
                continue
            }
            let key = PairKey(first: min(a, b), second: max(a, b))
            result[key] = (row.realCorrelation, row.syntheticCorrelation)
        }
        for i in columns.indices {
            for j in columns.indices where j > i {
                let key = PairKey(first: i, second: j)
                let known = result[key]
                guard known?.synthetic.isNaN ?? true,
                    let x = values[columns[i].name], let y = values[columns[j].name]
                else { continue }
                // The report leaves the synthetic side out below its threshold.
                let real = known?.real ?? pearson(x.real, y.real)
                result[key] = (real, pearson(x.synthetic, y.synthetic))
            }
        }
        return result
    }

    /// Pearson's correlation over the rows where both values are finite, in two passes
    /// without allocating; NaN with fewer than two such rows or a constant side.
    static func pearson(_ xs: [Double], _ ys: [Double]) -> Double {
        let count = min(xs.count, ys.count)
        var (n, sumX, sumY) = (0.0, 0.0, 0.0)
        for row in 0..<count where xs[row].isFinite && ys[row].isFinite {
            n += 1
            sumX += xs[row]
            sumY += ys[row]
        }
        guard n >= 2 else { return .nan }

        let (meanX, meanY) = (sumX / n, sumY / n)
        var (sxx, syy, sxy) = (0.0, 0.0, 0.0)
        for row in 0..<count where xs[row].isFinite && ys[row].isFinite {
            let (dx, dy) = (xs[row] - meanX, ys[row] - meanY)
            sxx += dx * dx
            syy += dy * dy
            sxy += dx * dy
        }
        guard sxx > 0, syy > 0 else { return .nan }
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }
}
