// Metrics: the scored columns of two tables as numeric and coded matrices, for row metrics.

import Tabular

/// The real and synthetic rows restricted to the columns that row-level metrics compare:
/// continuous columns (numerical, datetime) as `Double` with NaN for missing, and discrete
/// columns (categorical, Boolean) as shared codes with `-1` for missing.
struct RowMatrix {
    /// The continuous columns' names, in schema order.
    var continuousNames: [String] = []
    /// For each continuous column, the real values.
    var realContinuous: [[Double]] = []
    /// For each continuous column, the synthetic values.
    var syntheticContinuous: [[Double]] = []
    /// The discrete columns' names, in schema order.
    var discreteNames: [String] = []
    /// For each discrete column, the codes shared by both tables.
    var discrete: [SharedCodes] = []

    /// Prepares the scored columns of a checked input.
    ///
    /// - Throws: ``MetricsError/wrongKind(column:expected:found:)`` when a continuous column
    ///   does not hold numbers or datetimes.
    init(_ input: EvaluationInput) throws(MetricsError) {
        for column in input.schema.columns where column.type.isScored {
            let (real, synthetic) = input.columns(column.name)
            if column.type.isContinuous {
                continuousNames.append(column.name)
                realContinuous.append(try real.continuousValues())
                syntheticContinuous.append(try synthetic.continuousValues())
            } else {
                discreteNames.append(column.name)
                discrete.append(SharedCodes(real: real, synthetic: synthetic))
            }
        }
    }

    /// The discrete codes of real row `row`.
    func realKey(_ row: Int) -> [Int32] { discrete.map { $0.real[row] } }

    /// The discrete codes of synthetic row `row`.
    func syntheticKey(_ row: Int) -> [Int32] { discrete.map { $0.synthetic[row] } }
}
