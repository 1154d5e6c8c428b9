// FacsimileCLI: `facsimile evaluate`: how faithful a synthetic table is to the real one.

import Facsimile
import Foundation

/// `facsimile evaluate REAL.csv SYNTHETIC.csv [--metadata M] [--classic] [--json]
/// [--html REPORT.html [--pair-plots N]]`.
enum EvaluateCommand: Command {
    static let specification = CommandSpecification(
        name: "evaluate",
        summary: "Score a synthetic table against the real one (quality and diagnostic).",
        operands: ["REAL.csv", "SYNTHETIC.csv"],
        options: [
            .value(
                "metadata", "METADATA.json", help: "the real table's metadata (default: detected)"),
            .flag("classic", help: "score every column pair (no correlation thresholds)"),
            .flag("json", help: "print both reports as one JSON object"),
            .value("html", "REPORT.html", help: "also write the evaluation page (one HTML file)"),
            .value(
                "pair-plots", "N",
                help: "pairs of numbers the page plots, strongest first (default 12; all)"),
        ],
        discussion: """
            The quality score is the mean of Column Shapes (how alike each column's
            distribution is) and Column Pair Trends (how alike the correlations and
            associations between columns are). By default, as the reference evaluator does
            now, a pair counts only when the real data shows a correlation above 0.5 or an
            association (Cramér's V) above 0.3; --classic counts every pair, as the reference
            did before it had thresholds. The diagnostic score checks validity (values within
            the real ranges and categories, unique keys) and structure (same columns).
            """
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let pairPlots = try PairPlotsOption.parse(arguments.value("pair-plots"))
        if let htmlPath = arguments.value("html") {
            try OutputPath.check(htmlPath, option: "html")
        }
        let evaluation = try Evaluation(arguments)

        if let htmlPath = arguments.value("html") {
            try evaluation.writePage(to: htmlPath, arguments: arguments, pairPlots: pairPlots)
        }
        if arguments.has("json") {
            console.print(evaluation.jsonValue.serialized(style: .compact))
        } else {
            console.print(evaluation.summary)
        }
    }
}

/// Both reports of one real and synthetic pair, with what the command prints of them.
struct Evaluation {
    /// The quality report, with the thresholds the user chose.
    let quality: QualityReport

    /// The diagnostic report.
    let diagnostic: DiagnosticReport

    /// The real table, as read.
    let real: Table

    /// The synthetic table, as read.
    let synthetic: Table

    /// The metadata the tables were scored with.
    let metadata: TableMetadata

    /// Reads both tables and the metadata and computes both reports.
    init(_ arguments: ParsedArguments) throws {
        let realPath = arguments.operands[0]
        let syntheticPath = arguments.operands[1]
        let real = try TableLoading.read(realPath)
        let synthetic = try TableLoading.read(syntheticPath)

        let metadata = try MetadataLoading.metadata(
            for: real, path: arguments.value("metadata"), dataPath: realPath)
        let schema = EvaluationSchema(metadata)
        let options: QualityReport.Options = arguments.has("classic") ? .classic : .current

        self.quality = try QualityReport(
            real: real, synthetic: synthetic, schema: schema, options: options)
        self.diagnostic = try DiagnosticReport(real: real, synthetic: synthetic, schema: schema)
        self.real = real
        self.synthetic = synthetic
        self.metadata = metadata
    }

    /// Writes the evaluation page to `path`, atomically.
    ///
    /// - Throws: ``CommandError`` when the file cannot be written.
    func writePage(to path: String, arguments: ParsedArguments, pairPlots: Int) throws {
        let options = EvaluationPage.Options(
            realName: URL(fileURLWithPath: arguments.operands[0]).lastPathComponent,
            syntheticName: URL(fileURLWithPath: arguments.operands[1]).lastPathComponent,
            maxPairPlots: pairPlots)
        let page = EvaluationPage(
            real: real, synthetic: synthetic, metadata: metadata, quality: quality,
            diagnostic: diagnostic, options: options)
        let url = URL(fileURLWithPath: path)
        do {
            try Data(page.htmlBytes).write(to: url, options: .atomic)
        } catch {
            let reason = FileProblem.writing(to: url, failedWith: error)
            throw CommandError("cannot write the evaluation page to '\(path)': \(reason)")
        }
    }

    /// The object `--json` prints: `{"quality": ..., "diagnostic": ...}`.
    var jsonValue: JSONValue {
        .object(["quality": quality.jsonValue, "diagnostic": diagnostic.jsonValue])
    }

    /// The readable summary: the scores, then the five weakest columns and pairs.
    var summary: String {
        var lines = [
            "quality score     \(percent(quality.score))",
            "  column shapes   \(percent(quality.columnShapesScore))",
            "  pair trends     \(percent(quality.columnPairTrendsScore))",
            "diagnostic score  \(percent(diagnostic.score))",
            "  data validity   \(percent(diagnostic.dataValidityScore))",
            "  data structure  \(percent(diagnostic.dataStructureScore))",
            "",
            thresholdSentence,
        ]
        lines += weakest(
            "weakest columns:",
            quality.columnShapes.map { ("\($0.column) (\($0.metric.rawValue))", $0.score) })
        lines += weakest(
            "weakest column pairs counted:",
            quality.columnPairTrends.filter(\.meetsThreshold).map {
                ("\($0.column1) & \($0.column2) (\($0.metric.rawValue))", $0.score)
            })
        lines += unscored
        return lines.joined(separator: "\n")
    }

    /// The columns and pairs whose metric could not be computed, which the scores leave out
    /// (as the reference's evaluator does): a score of 100% over the rest must not hide them.
    private var unscored: [String] {
        let columns = quality.columnShapes.compactMap { shape in
            shape.error.map { "  \(shape.column): \($0)" }
        }
        let pairs = quality.columnPairTrends.filter { $0.error != nil }.count
        guard !columns.isEmpty || pairs > 0 else { return [] }
        var lines = ["", "left out of the scores (their metric could not be computed):"]
        lines += columns.prefix(5)
        if columns.count > 5 { lines.append("  ... and \(columns.count - 5) more columns") }
        if pairs > 0 {
            lines.append(
                "  \(pairs) column pair\(pairs == 1 ? "" : "s") (--json gives each reason)")
        }
        return lines
    }

    private var thresholdSentence: String {
        let counted = quality.columnPairTrends.filter(\.meetsThreshold).count
        let total = quality.columnPairTrends.count
        if quality.options.correlationThreshold == 0 && quality.options.associationThreshold == 0 {
            return "Classic scoring: all \(total) column pairs count toward pair trends."
        }
        return "Current thresholds: \(counted) of \(total) column pairs count toward pair trends "
            + "(real correlation above \(quality.options.correlationThreshold) or Cramér's V "
            + "above \(quality.options.associationThreshold)); --classic counts them all."
    }

    private func weakest(_ title: String, _ rows: [(String, Double)]) -> [String] {
        let scored = rows.filter { $0.1.isFinite }.sorted { $0.1 < $1.1 }.prefix(5)
        guard !scored.isEmpty else { return [] }
        return ["", title] + scored.map { "  \(percent($0.1))  \($0.0)" }
    }

    private func percent(_ score: Double) -> String {
        guard score.isFinite else { return "  n/a" }
        let tenths = Int((score * 1000).rounded())
        let text = "\(tenths / 10).\(tenths % 10)%"
        return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }
}

/// The `--pair-plots` option: how many numerical pairs the page plots.
enum PairPlotsOption {
    /// The default: the 12 most correlated pairs.
    static let standard = 12

    /// The count in `text` (`all` for every pair), or the default when not given.
    ///
    /// - Throws: ``CommandError`` when `text` is neither `all` nor a whole number ≥ 0.
    static func parse(_ text: String?) throws -> Int {
        guard let text else { return standard }
        if text.lowercased() == "all" { return Int.max }
        guard let count = Int(text), count >= 0 else {
            throw CommandError(
                "--pair-plots '\(text)' is not a count; give a whole number from 0 (no plots) "
                    + "or 'all' for every pair")
        }
        return count
    }
}
