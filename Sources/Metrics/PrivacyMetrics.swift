// Metrics: privacy scores built on the distance to the closest record.

import Tabular

/// Whether synthetic rows sit closer to real rows than real rows sit to each other.
///
/// With `DCR` as in ``DistanceToClosestRecord``:
///
/// ```
/// baseline = the q-quantile (default the median) of DCR(r → real without r) over real rows r
/// share    = #{ s : DCR(s → real) < baseline } / #synthetic
/// ```
///
/// A synthesizer that copies rows gives a share near 1; one that draws fresh rows from the
/// same distribution gives a share near `q`. (Quantiles interpolate linearly between order
/// statistics.) This is Facsimile's own measure; the reference has no equivalent.
public struct CloserThanRealShare: Sendable, Hashable {
    /// The share of synthetic rows closer to the real table than the baseline.
    public var share: Double
    /// The real rows' leave-one-out DCR quantile the synthetic rows are compared with.
    public var baseline: Double

    /// Computes the share.
    ///
    /// - Parameters:
    ///   - real: The real table.
    ///   - synthetic: The synthetic table.
    ///   - schema: The columns compared and their roles.
    ///   - quantile: The quantile of the real rows' DCR taken as baseline, in [0, 1].
    /// - Throws: ``MetricsError`` when the tables disagree, or `quantile` is outside [0, 1].
    /// - Complexity: O((n + m) · n · c).
    public init(
        real: Table, synthetic: Table, schema: EvaluationSchema, quantile: Double = 0.5
    ) throws(MetricsError) {
        guard (0...1).contains(quantile) else {
            throw .badParameter(name: "quantile", value: "\(quantile)", allowed: "in [0, 1]")
        }
        let realDistances = try DistanceToClosestRecord.distances(
            of: real, to: real, schema: schema, excludingSameRow: true)
        let syntheticDistances = try DistanceToClosestRecord.distances(
            of: synthetic, to: real, schema: schema)
        let threshold = Quantiles.linear(realDistances.filter { !$0.isNaN }.sorted(), quantile)
        let closer = syntheticDistances.count { $0 < threshold }
        baseline = threshold
        share =
            syntheticDistances.isEmpty ? .nan : Double(closer) / Double(syntheticDistances.count)
    }
}

/// The reference's DCROverfittingProtection: whether synthetic rows are closer to the rows the
/// synthesizer was trained on than to real rows it never saw.
///
/// ```
/// p     = #{ s : DCR(s → training) < DCR(s → holdout) } / #synthetic     (strictly closer)
/// score = min( 2 · (1 − p), 1 )
/// ```
///
/// Each DCR uses the ranges of the table it is measured against. A synthesizer that does not
/// memorise is as close to the holdout as to the training rows (p ≈ ½, score ≈ 1).
public struct OverfittingProtection: Sendable, Hashable {
    /// The share of synthetic rows strictly closer to a training row than to a holdout row.
    public var closerToTrainingShare: Double
    /// `min(2 · (1 − p), 1)`.
    public var score: Double

    /// Computes the score.
    ///
    /// - Throws: ``MetricsError`` when the tables disagree with each other or the schema.
    /// - Complexity: O(m · (n_training + n_holdout) · c).
    public init(
        training: Table, synthetic: Table, holdout: Table, schema: EvaluationSchema
    ) throws(MetricsError) {
        let toTraining = try DistanceToClosestRecord.distances(
            of: synthetic, to: training, schema: schema)
        let toHoldout = try DistanceToClosestRecord.distances(
            of: synthetic, to: holdout, schema: schema)
        let closer = zip(toTraining, toHoldout).count { $0 < $1 }
        closerToTrainingShare = Double(closer) / Double(Swift.max(1, toTraining.count))
        score = Swift.min(2 * (1 - closerToTrainingShare), 1)
    }
}

/// Quantiles of sorted samples.
enum Quantiles {
    /// The `q`-quantile of `sorted` by linear interpolation between order statistics (NumPy's
    /// default): position `q · (n − 1)`. NaN for an empty sample.
    static func linear(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Swift.min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
