// Metrics: the rows of the Quality Report's Column Pair Trends property.

import Linalg
import Tabular

/// Computes every pair row of Column Pair Trends from columns prepared once.
///
/// Each column is prepared once per table: a continuous column as `Double` values and as
/// its 10-bin discretisation (edges computed on that table alone), a discrete column as codes
/// shared by both tables. Pairs then only count, which keeps wide tables fast.
struct ColumnPairTrends {
    private let input: EvaluationInput
    private let options: QualityReport.Options
    private var continuous: [String: ContinuousColumn] = [:]
    private var discrete: [String: SharedCodes] = [:]

    /// A continuous column, or why it could not be prepared.
    private struct ContinuousColumn {
        var values: Result<(real: [Double], synthetic: [Double]), MetricsError>
        var bins: Result<(real: [Int32], synthetic: [Int32]), BinningError>
    }

    /// Why a continuous column could not be binned.
    private struct BinningError: Error {
        var message: String
    }

    init(input: EvaluationInput, options: QualityReport.Options) throws(MetricsError) {
        for (name, value) in [
            ("correlation threshold", options.correlationThreshold),
            ("association threshold", options.associationThreshold),
        ] where !(0...1).contains(value) {
            throw .badParameter(name: name, value: "\(value)", allowed: "in [0, 1]")
        }
        if let limit = options.contingencyRowLimit, limit <= 0 {
            throw .badParameter(
                name: "contingency row limit", value: "\(limit)", allowed: "positive or nil")
        }
        self.input = input
        self.options = options
        for column in input.schema.columns where column.type.isScored {
            let (real, synthetic) = input.columns(column.name)
            if column.type.isContinuous {
                continuous[column.name] = Self.prepareContinuous(real, synthetic)
            } else {
                discrete[column.name] = SharedCodes(real: real, synthetic: synthetic)
            }
        }
    }

    private static func prepareContinuous(_ real: Column, _ synthetic: Column) -> ContinuousColumn {
        let values = Result { () throws(MetricsError) -> (real: [Double], synthetic: [Double]) in
            (try real.continuousValues(), try synthetic.continuousValues())
        }
        switch values {
        case .success(let values):
            return ContinuousColumn(values: .success(values), bins: binned(values, real.name))
        case .failure(let error):
            return ContinuousColumn(
                values: .failure(error), bins: .failure(BinningError(message: error.description)))
        }
    }

    /// Each table's values in its own 10 bins.
    private static func binned(_ values: (real: [Double], synthetic: [Double]), _ name: String)
        -> Result<(real: [Int32], synthetic: [Int32]), BinningError>
    {
        guard let realEdges = Discretizer.edges(values.real),
            let syntheticEdges = Discretizer.edges(values.synthetic)
        else {
            let message =
                "column '\(name)' cannot be cut into 10 bins: its range is infinite or "
                + "too narrow"
            return .failure(BinningError(message: message))
        }
        let real = Discretizer.bins(values.real, edges: realEdges)
        let synthetic = Discretizer.bins(values.synthetic, edges: syntheticEdges)
        return .success((real, synthetic))
    }

    /// Every pair of scored columns, in schema order.
    func rows() -> [QualityReport.ColumnPairTrend] {
        let scored = input.schema.columns.filter(\.type.isScored)
        var generator = RandomSource(seed: options.subsampleSeed)
        var rows: [QualityReport.ColumnPairTrend] = []
        rows.reserveCapacity(scored.count * (scored.count - 1) / 2)
        for i in scored.indices {
            for j in scored.indices where j > i {
                rows.append(row(scored[i], scored[j], generator: &generator))
            }
        }
        return rows
    }

    private func row(
        _ first: EvaluatedColumn, _ second: EvaluatedColumn, generator: inout RandomSource
    ) -> QualityReport.ColumnPairTrend {
        let bothContinuous = first.type.isContinuous && second.type.isContinuous
        var row = QualityReport.ColumnPairTrend(
            column1: first.name, column2: second.name,
            metric: bothContinuous ? .correlationSimilarity : .contingencySimilarity,
            score: .nan, realCorrelation: .nan, syntheticCorrelation: .nan, realAssociation: .nan,
            meetsThreshold: false)
        do {
            if bothContinuous {
                try scoreCorrelation(&row)
            } else {
                try scoreContingency(&row, first, second, generator: &generator)
            }
        } catch {
            row.error = error.message
        }
        return row
    }

    private struct PairError: Error {
        var message: String
    }

    private func scoreCorrelation(_ row: inout QualityReport.ColumnPairTrend) throws(PairError) {
        guard let first = continuous[row.column1], let second = continuous[row.column2] else {
            preconditionFailure("ColumnPairTrends: continuous column not prepared")
        }
        do {
            let a = try first.values.get()
            let b = try second.values.get()
            let threshold = options.correlationThreshold
            let breakdown = try CorrelationSimilarity.breakdown(
                real: (a.real, b.real), synthetic: (a.synthetic, b.synthetic),
                names: (row.column1, row.column2), threshold: threshold)
            row.score = breakdown.score
            row.realCorrelation = breakdown.real
            row.syntheticCorrelation = breakdown.synthetic
            row.meetsThreshold =
                threshold <= 0 || (!breakdown.real.isNaN && abs(breakdown.real) > threshold)
        } catch {
            throw PairError(message: error.description)
        }
    }

    private func scoreContingency(
        _ row: inout QualityReport.ColumnPairTrend,
        _ first: EvaluatedColumn, _ second: EvaluatedColumn,
        generator: inout RandomSource
    ) throws(PairError) {
        var (real, synthetic) = try codedPair(first, second)
        if let limit = options.contingencyRowLimit,
            Swift.max(real.rowCount, synthetic.rowCount) > limit
        {
            real = real.gathering(
                Subsample.rows(Swift.min(limit, real.rowCount), of: real.rowCount, &generator))
            synthetic = synthetic.gathering(
                Subsample.rows(
                    Swift.min(limit, synthetic.rowCount), of: synthetic.rowCount, &generator))
        }
        let threshold = options.associationThreshold
        do {
            let breakdown = try ContingencySimilarity.breakdown(
                real: real, synthetic: synthetic, associationThreshold: threshold)
            row.score = breakdown.score
            row.realAssociation = breakdown.realAssociation
            row.meetsThreshold =
                threshold <= 0
                || (!breakdown.realAssociation.isNaN && breakdown.realAssociation > threshold)
        } catch {
            throw PairError(message: error.description)
        }
    }

    /// The two columns as codes: discrete columns by their shared codes, continuous ones by
    /// their bins (12 codes).
    private func codedPair(_ first: EvaluatedColumn, _ second: EvaluatedColumn)
        throws(PairError) -> (CodedColumns, CodedColumns)
    {
        let a = try codes(first)
        let b = try codes(second)
        return (
            CodedColumns(a.real, a.levels, b.real, b.levels),
            CodedColumns(a.synthetic, a.levels, b.synthetic, b.levels)
        )
    }

    private func codes(_ column: EvaluatedColumn) throws(PairError)
        -> (real: [Int32], synthetic: [Int32], levels: Int)
    {
        if let shared = discrete[column.name] {
            return (shared.real, shared.synthetic, shared.levelCount)
        }
        guard let prepared = continuous[column.name] else {
            preconditionFailure("ColumnPairTrends: column '\(column.name)' not prepared")
        }
        if case .failure(let error) = prepared.values {
            throw PairError(message: error.description)
        }
        switch prepared.bins {
        case .success(let bins):
            return (bins.real, bins.synthetic, Discretizer.binCount + 2)
        case .failure(let error):
            throw PairError(message: error.message)
        }
    }
}
