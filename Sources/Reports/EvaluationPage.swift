// Reports: the evaluation page, one self-contained HTML file comparing synthetic with real.

import Metadata
import Metrics
import Tabular

/// The evaluation page: scores, a preview of both tables, and a picture per column and per
/// pair of columns, real beside synthetic, in one self-contained HTML file.
///
/// The page loads nothing from elsewhere (no network, no script, font or stylesheet files):
/// pictures are inline SVG drawn here, styles and a small filtering script are inline, and
/// everything but the filter works without JavaScript. Every text from the data is escaped.
///
/// ```swift
/// let quality = try QualityReport(real: real, synthetic: synthetic, schema: schema)
/// let diagnostic = try DiagnosticReport(real: real, synthetic: synthetic, schema: schema)
/// let page = EvaluationPage(
///     real: real, synthetic: synthetic, schema: schema, quality: quality,
///     diagnostic: diagnostic)
/// try Data(page.htmlBytes).write(to: url, options: .atomic)
/// ```
public struct EvaluationPage: Sendable {
    /// The settings of a page.
    public struct Options: Sendable, Hashable {
        /// The page's heading and `<title>`.
        public var title: String
        /// What the real table is called on the page (a file name, say).
        public var realName: String
        /// What the synthetic table is called on the page.
        public var syntheticName: String
        /// Rows shown in each table's preview.
        public var previewRows: Int
        /// Equal-width bins of each numerical histogram.
        public var histogramBins: Int
        /// Categories drawn per categorical column (the most frequent in either table); the
        /// rest are summed in a note.
        public var maxCategories: Int
        /// Numerical pairs that get scatter and regression plots (those with the strongest
        /// real correlation; the page says how many it leaves out). The default keeps the
        /// scatter plots a small part of the page's cost; `Int.max` draws every pair.
        public var maxPairPlots: Int
        /// Points per table in a scatter plot; larger tables are subsampled (seeded, so the
        /// same tables give the same page).
        public var maxScatterPoints: Int
        /// The seed of the scatter plots' subsamples.
        public var seed: UInt64

        /// Creates options; the defaults suit tables of any width.
        public init(
            title: String = "Synthetic data evaluation", realName: String = "Real",
            syntheticName: String = "Synthetic", previewRows: Int = 5, histogramBins: Int = 20,
            maxCategories: Int = 20, maxPairPlots: Int = 12, maxScatterPoints: Int = 1000,
            seed: UInt64 = 0
        ) {
            self.title = title
            self.realName = realName
            self.syntheticName = syntheticName
            self.previewRows = previewRows
            self.histogramBins = histogramBins
            self.maxCategories = maxCategories
            self.maxPairPlots = maxPairPlots
            self.maxScatterPoints = maxScatterPoints
            self.seed = seed
        }
    }

    /// The real table.
    public let real: Table
    /// The synthetic table.
    public let synthetic: Table
    /// The columns and their roles, in the reports' order.
    public let schema: EvaluationSchema
    /// The Quality Report of `synthetic` against `real`.
    public let quality: QualityReport
    /// The Diagnostic Report, or `nil` to leave its section out.
    public let diagnostic: DiagnosticReport?
    /// The settings.
    public let options: Options

    /// Prepares a page from reports already computed on the same tables and schema.
    ///
    /// - Precondition: the counts in `options` are positive (programmer's settings).
    public init(
        real: Table, synthetic: Table, schema: EvaluationSchema, quality: QualityReport,
        diagnostic: DiagnosticReport?, options: Options = Options()
    ) {
        precondition(
            options.histogramBins > 0 && options.maxCategories > 0 && options.previewRows >= 0
                && options.maxPairPlots >= 0 && options.maxScatterPoints > 0,
            "EvaluationPage.Options: counts must be positive, got \(options)")
        self.real = real
        self.synthetic = synthetic
        self.schema = schema
        self.quality = quality
        self.diagnostic = diagnostic
        self.options = options
    }

    /// Prepares a page for tables described by `metadata` (its sdtypes decide each column's
    /// role, as in the reports).
    public init(
        real: Table, synthetic: Table, metadata: TableMetadata, quality: QualityReport,
        diagnostic: DiagnosticReport?, options: Options = Options()
    ) {
        self.init(
            real: real, synthetic: synthetic, schema: EvaluationSchema(metadata),
            quality: quality, diagnostic: diagnostic, options: options)
    }

    /// The whole page as HTML text (UTF-8 when written), ready to be saved as one file.
    ///
    /// Columns a picture cannot be drawn for (a column missing from a table, or of another
    /// kind than its role says) get a note instead; rendering never fails.
    ///
    /// - Complexity: O(c · n + p + k · s) for c columns of n rows, p pairs, and k plotted
    ///   pairs of at most s points each.
    public var html: String {
        var writer = PageWriter(page: self)
        return writer.document().text
    }

    /// The whole page as UTF-8 bytes: the bytes of ``html``, without making (and validating)
    /// a `String` of the whole page first. Write these to a file.
    ///
    /// - Complexity: as ``html``.
    ///
    /// Known shortcoming: for a wide table (ames, 74 columns) the page still costs about 0.3
    /// of the two reports' time, not the fifth or less that issue #7 aims for: the column
    /// statistics, category counts, scatter plots and heat maps share the rest of the cost
    /// (see the README's limitations).
    public var htmlBytes: [UInt8] {
        var writer = PageWriter(page: self)
        return writer.document().takeBytes()
    }
}
