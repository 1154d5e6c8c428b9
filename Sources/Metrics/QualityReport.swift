// Metrics: the Quality Report, Column Shapes and Column Pair Trends, as the reference scores them.

import Tabular

/// How closely a synthetic table follows the real one: the reference's Quality Report.
///
/// Two properties, each the mean of its rows' scores (rows whose score is NaN do not count):
///
/// - **Column Shapes**: every numerical or datetime column by ``KSComplement``, every
///   categorical or Boolean column by ``TVComplement``; other columns are skipped.
/// - **Column Pair Trends**: every pair of such columns, in schema order: two continuous
///   columns by ``CorrelationSimilarity``, otherwise by ``ContingencySimilarity`` (a
///   continuous column binned by ``Discretizer``). Only pairs that meet the thresholds count:
///   `|ρ_real| > correlationThreshold`, Cramér's V `> associationThreshold`.
///
/// ```
/// score = mean of the properties that are numbers
/// ```
///
/// A metric that fails on one column or pair stores its message in that row (score NaN) and
/// the report goes on.
public struct QualityReport: Sendable {
    /// The settings of a report.
    public struct Options: Sendable, Hashable {
        /// The real correlation a continuous pair must exceed (absolute value) to count.
        public var correlationThreshold: Double
        /// The real Cramér's V a discrete or mixed pair must exceed to count.
        public var associationThreshold: Double
        /// Pairs compared by contingency use at most this many rows of each table, drawn at
        /// random when a table is larger (the reference's `num_rows_subsample`); `nil` for all.
        public var contingencyRowLimit: Int?
        /// The seed of the draws above (the reference draws unseeded).
        public var subsampleSeed: UInt64

        /// Creates options; the defaults are the reference's current ones.
        public init(
            correlationThreshold: Double = 0.5,
            associationThreshold: Double = 0.3,
            contingencyRowLimit: Int? = 50_000,
            subsampleSeed: UInt64 = 0
        ) {
            self.correlationThreshold = correlationThreshold
            self.associationThreshold = associationThreshold
            self.contingencyRowLimit = contingencyRowLimit
            self.subsampleSeed = subsampleSeed
        }

        /// The reference's current behaviour: thresholds 0.5 and 0.3.
        public static let current = Options()

        /// The behaviour before thresholds existed: every pair counts (`--classic`).
        public static let classic = Options(correlationThreshold: 0, associationThreshold: 0)
    }

    /// One row of Column Shapes.
    public struct ColumnShape: Sendable, Hashable {
        /// The column.
        public var column: String
        /// The metric that scored it.
        public var metric: MetricKind
        /// The score in [0, 1], NaN when undefined or failed.
        public var score: Double
        /// Why the metric failed, or `nil`.
        public var error: String?
    }

    /// One row of Column Pair Trends.
    public struct ColumnPairTrend: Sendable, Hashable {
        /// The first column (earlier in the schema).
        public var column1: String
        /// The second column.
        public var column2: String
        /// The metric that scored the pair.
        public var metric: MetricKind
        /// The score in [0, 1], NaN when undefined, below the threshold or failed.
        public var score: Double
        /// The real correlation (correlation pairs), else NaN.
        public var realCorrelation: Double
        /// The synthetic correlation (correlation pairs above the threshold), else NaN.
        public var syntheticCorrelation: Double
        /// The real Cramér's V (contingency pairs with a positive threshold), else NaN.
        public var realAssociation: Double
        /// Whether the pair counts towards the property score.
        public var meetsThreshold: Bool
        /// Why the metric failed, or `nil`.
        public var error: String?
    }

    /// The options the report was made with.
    public let options: Options
    /// The Column Shapes rows, in schema order.
    public let columnShapes: [ColumnShape]
    /// The Column Pair Trends rows, in schema order of their first then second column.
    public let columnPairTrends: [ColumnPairTrend]
    /// The mean of the Column Shapes scores; NaN when none is defined.
    public let columnShapesScore: Double
    /// The mean of the scores of the pairs that meet the thresholds; NaN when none does.
    public let columnPairTrendsScore: Double

    /// Scores `synthetic` against `real`.
    ///
    /// - Throws: ``MetricsError`` when the tables' columns differ from each other or from the
    ///   schema, or a table is empty. Failures of single metrics do not throw.
    /// - Complexity: O(c · n log n + p · n) for c columns, p pairs and n rows.
    public init(
        real: Table, synthetic: Table, schema: EvaluationSchema, options: Options = .current
    ) throws(MetricsError) {
        let input = try EvaluationInput(real: real, synthetic: synthetic, schema: schema)
        self.options = options
        self.columnShapes = Self.shapes(input)
        self.columnPairTrends = try ColumnPairTrends(input: input, options: options).rows()
        self.columnShapesScore = meanOfDefined(columnShapes.map(\.score))
        self.columnPairTrendsScore = meanOfDefined(
            columnPairTrends.filter(\.meetsThreshold).map(\.score))
    }

    /// The overall score: the mean of the property scores that are numbers.
    public var score: Double { meanOfDefined([columnShapesScore, columnPairTrendsScore]) }

    /// The properties in the reference's order: `("Column Shapes", s)`,
    /// `("Column Pair Trends", s)`.
    public var properties: [(name: String, score: Double)] {
        [("Column Shapes", columnShapesScore), ("Column Pair Trends", columnPairTrendsScore)]
    }

    private static func shapes(_ input: EvaluationInput) -> [ColumnShape] {
        input.schema.columns.compactMap { column -> ColumnShape? in
            guard column.type.isScored else { return nil }
            let (real, synthetic) = input.columns(column.name)
            let metric: MetricKind = column.type.isContinuous ? .ksComplement : .tvComplement
            do throws(MetricsError) {
                let score =
                    column.type.isContinuous
                    ? try KSComplement.score(real: real, synthetic: synthetic)
                    : try TVComplement.score(real: real, synthetic: synthetic)
                return ColumnShape(column: column.name, metric: metric, score: score)
            } catch {
                return ColumnShape(
                    column: column.name, metric: metric, score: .nan, error: error.rowMessage)
            }
        }
    }
}
