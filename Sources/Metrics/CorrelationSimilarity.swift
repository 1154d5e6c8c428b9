// Metrics: CorrelationSimilarity, how close the real and synthetic correlations of two columns are.

import Tabular

/// The correlation coefficient a ``CorrelationSimilarity`` compares.
public enum CorrelationCoefficient: String, Sendable, Hashable, CaseIterable {
    /// Pearson's product-moment correlation (the reference's default).
    case pearson
    /// Spearman's rank correlation: Pearson's on average ranks (ties share their mean rank).
    case spearman
}

/// The similarity of the correlation of two continuous columns in the real and synthetic
/// tables.
///
/// Each table is reduced to its rows where both columns are present, then
///
/// ```
/// score = 1 − | ρ_real − ρ_synthetic | / 2
/// ```
///
/// With a threshold `t > 0`, a pair whose `|ρ_real| ≤ t` is not scored (score NaN, synthetic
/// correlation NaN), as the reference's current Quality Report does. With `t = 0` every pair
/// is scored; the reference also skips a real correlation of exactly 0 there, which its own
/// rounding almost never produces (it returns about 1e-17 where the exact value is 0).
public enum CorrelationSimilarity {
    /// The metric's name in reports.
    public static let name = "CorrelationSimilarity"

    /// The score and the two correlations behind it.
    public struct Breakdown: Sendable, Hashable {
        /// `1 − |ρ_real − ρ_synthetic| / 2`, or NaN when undefined or below the threshold.
        public var score: Double
        /// The real correlation (NaN when a complete side is constant).
        public var real: Double
        /// The synthetic correlation (NaN when not computed).
        public var synthetic: Double
    }

    /// Compares the correlation of `first` and `second` in the real and synthetic tables.
    ///
    /// - Parameters:
    ///   - real: The pair's two columns in the real table.
    ///   - synthetic: The same two columns in the synthetic table.
    ///   - coefficient: Pearson (default) or Spearman.
    ///   - threshold: The real correlation's absolute value must exceed it to be scored.
    /// - Throws: ``MetricsError/constantColumn(column:which:)`` when a column holds a single
    ///   distinct present value; ``MetricsError/tooFewRows(column:rows:needed:)`` with fewer
    ///   than two complete rows; ``MetricsError/wrongKind(column:expected:found:)``.
    public static func breakdown(
        real: (Column, Column),
        synthetic: (Column, Column),
        coefficient: CorrelationCoefficient = .pearson,
        threshold: Double = 0
    ) throws(MetricsError) -> Breakdown {
        try breakdown(
            real: (try real.0.continuousValues(), try real.1.continuousValues()),
            synthetic: (try synthetic.0.continuousValues(), try synthetic.1.continuousValues()),
            names: (real.0.name, real.1.name), coefficient: coefficient, threshold: threshold)
    }

    /// Compares correlations of value pairs given as `Double` (NaN is missing).
    static func breakdown(
        real: ([Double], [Double]),
        synthetic: ([Double], [Double]),
        names: (String, String),
        coefficient: CorrelationCoefficient = .pearson,
        threshold: Double = 0
    ) throws(MetricsError) -> Breakdown {
        guard (0...1).contains(threshold) else {
            throw .badParameter(
                name: "real correlation threshold", value: "\(threshold)", allowed: "in [0, 1]")
        }
        for (values, which) in [(real, "real"), (synthetic, "synthetic")] {
            if isConstant(values.0) { throw .constantColumn(column: names.0, which: which) }
            if isConstant(values.1) { throw .constantColumn(column: names.1, which: which) }
        }

        let realR = try correlation(real, coefficient: coefficient, name: names.0)
        if threshold > 0, abs(realR) <= threshold {
            return Breakdown(score: .nan, real: realR, synthetic: .nan)
        }
        let syntheticR = try correlation(synthetic, coefficient: coefficient, name: names.0)
        return Breakdown(score: 1 - abs(realR - syntheticR) / 2, real: realR, synthetic: syntheticR)
    }

    private static func correlation(
        _ pair: ([Double], [Double]), coefficient: CorrelationCoefficient, name: String
    ) throws(MetricsError) -> Double {
        if coefficient == .pearson {
            let (r, rows) = PairStatistics.pearsonOfCompleteRows(pair.0, pair.1)
            guard rows >= 2 else { throw .tooFewRows(column: name, rows: rows, needed: 2) }
            return r
        }
        let (x, y) = CompleteRows.of(pair.0, pair.1)
        guard x.count >= 2 else { throw .tooFewRows(column: name, rows: x.count, needed: 2) }
        return PairStatistics.pearson(Ranking.averageRanks(x), Ranking.averageRanks(y))
    }

    /// Whether the present values hold exactly one distinct value.
    static func isConstant(_ values: [Double]) -> Bool {
        guard let first = values.first(where: { !$0.isNaN }) else { return false }
        return values.allSatisfy { $0.isNaN || $0 == first }
    }
}

/// Pairs of values where both are present.
enum CompleteRows {
    /// The entries of `x` and `y` at the rows where neither is NaN.
    static func of(_ x: [Double], _ y: [Double]) -> ([Double], [Double]) {
        var keptX: [Double] = []
        var keptY: [Double] = []
        keptX.reserveCapacity(x.count)
        keptY.reserveCapacity(y.count)
        for row in x.indices where !x[row].isNaN && !y[row].isNaN {
            keptX.append(x[row])
            keptY.append(y[row])
        }
        return (keptX, keptY)
    }
}

/// Ranks for rank correlations.
enum Ranking {
    /// The 1-based ranks of `values`, ties given the mean of the ranks they span.
    static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = Array(repeating: 0.0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, values[order[end]] == values[order[start]] { end += 1 }
            let rank = Double(start + 1 + end) / 2
            for position in start..<end { ranks[order[position]] = rank }
            start = end
        }
        return ranks
    }
}
