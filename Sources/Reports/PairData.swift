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
    /// The Column Pair Trends rows, and for each `(i, j)` of scored columns (row-major,
    /// both orders) the position of its row there, or −1: a flat table, since the score heat
    /// map looks up every pair.
    private let trendRows: [QualityReport.ColumnPairTrend]
    private let trendIndex: [Int32]

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

    /// Collects the pairs of `page`, reading each continuous column from its tables.
    ///
    /// - Complexity: O(k² · n) for k continuous columns of n rows.
    init(page: EvaluationPage) {
        self.init(page: page) { name in
            guard let real = page.real[name]?.plottedValues,
                let synthetic = page.synthetic[name]?.plottedValues
            else { return nil }
            return (real, synthetic)
        }
    }

    /// Collects the pairs of `page`, reading each continuous column's values (real,
    /// synthetic) through `read` (which returns `nil` for columns without numbers).
    ///
    /// - Complexity: O(k² · n) for k continuous columns of n rows.
    init(page: EvaluationPage, read: (String) -> (real: [Double], synthetic: [Double])?) {
        columns = page.schema.columns.filter(\.type.isScored)
        let positions = Dictionary(
            columns.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        trendRows = page.quality.columnPairTrends
        trendIndex = Self.index(trendRows, columns: columns, positions: positions)

        var values: [String: (real: [Double], synthetic: [Double])] = [:]
        for column in columns where column.type.isContinuous {
            values[column.name] = read(column.name)
        }
        self.values = values
        continuous = columns.filter { values[$0.name] != nil }
        correlations = Self.correlate(continuous, values, known: page.quality.columnPairTrends)
    }

    /// For each `(i, j)` of `columns` (row-major, both orders) the position of its row in
    /// `rows`, or −1. The report lists the pairs `i < j` in order, so each row is first
    /// checked against the pair expected there (two string comparisons); only rows out of that
    /// order are looked up by name.
    ///
    /// - Complexity: O(rows + columns²).
    private static func index(
        _ rows: [QualityReport.ColumnPairTrend], columns: [EvaluatedColumn],
        positions: [String: Int]
    ) -> [Int32] {
        let size = columns.count
        var index = [Int32](repeating: -1, count: size * size)
        var expected = (0, 1)
        for (position, row) in rows.enumerated() {
            var pair: (Int, Int)
            if expected.1 < size, row.column1 == columns[expected.0].name,
                row.column2 == columns[expected.1].name
            {
                pair = expected
            } else {
                guard let a = positions[row.column1], let b = positions[row.column2] else {
                    continue
                }
                pair = (a, b)
            }
            index[pair.0 * size + pair.1] = Int32(position)
            index[pair.1 * size + pair.0] = Int32(position)
            expected = pair.1 + 1 < size ? (pair.0, pair.1 + 1) : (pair.0 + 1, pair.0 + 2)
        }
        return index
    }

    /// The Column Pair Trends score of scored columns `i` and `j` (any order); NaN without a
    /// row (without copying the row out).
    func score(_ i: Int, _ j: Int) -> Double {
        let size = columns.count
        guard i >= 0, j >= 0, i < size, j < size else { return .nan }
        let position = Int(trendIndex[i * size + j])
        return position >= 0 ? trendRows[position].score : .nan
    }

    /// The Column Pair Trends row of scored columns `i` and `j` (any order), or `nil`.
    func trend(_ i: Int, _ j: Int) -> QualityReport.ColumnPairTrend? {
        let size = columns.count
        guard i >= 0, j >= 0, i < size, j < size else { return nil }
        let position = Int(trendIndex[i * size + j])
        return position >= 0 ? trendRows[position] : nil
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
        let standardized = columns.map { column in
            values[column.name].map { (Standardized($0.real), Standardized($0.synthetic)) }
        }
        for i in columns.indices {
            for j in columns.indices where j > i {
                let key = PairKey(first: i, second: j)
                let known = result[key]
                guard known?.synthetic.isNaN ?? true,
                    let x = values[columns[i].name], let y = values[columns[j].name],
                    let a = standardized[i], let b = standardized[j]
                else { continue }
                // The report leaves the synthetic side out below its threshold.
                let real =
                    known?.real ?? (Standardized.pearson(a.0, b.0) ?? pearson(x.real, y.real))
                let synthetic =
                    Standardized.pearson(a.1, b.1) ?? pearson(x.synthetic, y.synthetic)
                result[key] = (real, synthetic)
            }
        }
        return result
    }

    /// A column without missing values, centred and scaled to unit length, so that the
    /// correlation of two such columns is their dot product; `nil` units for columns with
    /// missing values or a constant one.
    struct Standardized {
        /// The centred values divided by their norm, or `nil`.
        let unit: [Double]?

        /// Standardizes `values` when all are finite and not all equal.
        ///
        /// - Complexity: O(n), in three passes (sum, centre with the norm, scale).
        init(_ values: [Double]) {
            let sum = values.withUnsafeBufferPointer { values in
                var sum = 0.0
                for value in values {
                    guard value.isFinite else { return Double.nan }
                    sum += value
                }
                return sum
            }
            guard values.count >= 2, !sum.isNaN else {
                unit = nil
                return
            }
            let mean = sum / Double(values.count)
            var squares = 0.0
            var centred = [Double](unsafeUninitializedCapacity: values.count) { centred, written in
                values.withUnsafeBufferPointer { values in
                    for index in values.indices {
                        let value = values[index] - mean
                        centred[index] = value
                        squares += value * value
                    }
                }
                written = values.count
            }
            let norm = squares.squareRoot()
            guard norm > 0 else {
                unit = nil
                return
            }
            centred.withUnsafeMutableBufferPointer { centred in
                for index in centred.indices { centred[index] /= norm }
            }
            unit = centred
        }

        /// Pearson's correlation of two standardized columns of equal length, `nil` when
        /// either has no unit vector.
        static func pearson(_ first: Standardized, _ second: Standardized) -> Double? {
            guard let a = first.unit, let b = second.unit, a.count == b.count else { return nil }
            // Four running sums, one per lane, each over every fourth product.
            let dot = a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    guard let first = a.baseAddress, let second = b.baseAddress else { return 0.0 }
                    var sums = SIMD4<Double>(repeating: 0)
                    let whole = a.count - a.count % 4
                    for index in stride(from: 0, to: whole, by: 4) {
                        let x = UnsafeRawPointer(first + index).loadUnaligned(
                            as: SIMD4<Double>.self)
                        let y = UnsafeRawPointer(second + index).loadUnaligned(
                            as: SIMD4<Double>.self)
                        sums += x * y
                    }
                    for index in whole..<a.count { sums[0] += a[index] * b[index] }
                    return (sums[0] + sums[1]) + (sums[2] + sums[3])
                }
            }
            return max(-1, min(1, dot))
        }
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
