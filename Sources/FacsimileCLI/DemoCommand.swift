// FacsimileCLI: `facsimile demo`: the whole journey on the bundled iris table.

import Facsimile
import Foundation

/// `facsimile demo [--out DIRECTORY]`: fits `gaussian-copula` on the bundled iris table,
/// samples as many rows, and writes the real and synthetic tables, the model and the
/// evaluation page.
enum DemoCommand: Command {
    static let specification = CommandSpecification(
        name: "demo",
        summary: "Fit, sample and evaluate on the bundled iris table, and write the results.",
        operands: [],
        options: [
            .value("out", "DIRECTORY", help: "where to write the files (default: facsimile-demo)")
        ],
        discussion: """
            The demo writes iris.csv (the real table), iris-synthetic.csv, iris.fcsm (the
            fitted model, which 'facsimile sample' can draw more rows from) and
            iris-report.html (open it in a browser), and prints the quality score.
            """
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let folder = URL(fileURLWithPath: arguments.value("out") ?? "facsimile-demo")
        try OutputPath.prepareFolder(folder, option: "out")
        let files = DemoFiles(folder: folder)

        let real = try CSVReader(options: CSVReadOptions(fileName: "iris.csv"))
            .read(string: BundledData.irisCSV, source: "iris.csv")
        let metadata = TableMetadata(detectingFrom: real, name: "iris")
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(real, plan: TablePlan(metadata: metadata), seed: 0)
        let synthetic = try synthesizer.sample(rows: real.rowCount)

        try CSVWriter().write(real, to: files.real)
        try CSVWriter().write(synthetic, to: files.synthetic)
        try synthesizer.save(to: files.model)
        let quality = try writeReport(
            real: real, synthetic: synthetic, metadata: metadata, to: files.report)

        console.print(summary(files: files, quality: quality, rows: real.rowCount))
    }

    private static func writeReport(
        real: Table, synthetic: Table, metadata: TableMetadata, to url: URL
    ) throws -> QualityReport {
        let schema = EvaluationSchema(metadata)
        let quality = try QualityReport(real: real, synthetic: synthetic, schema: schema)
        let diagnostic = try DiagnosticReport(real: real, synthetic: synthetic, schema: schema)
        let page = EvaluationPage(
            real: real, synthetic: synthetic, metadata: metadata, quality: quality,
            diagnostic: diagnostic,
            options: .init(realName: "iris.csv", syntheticName: "iris-synthetic.csv"))
        do {
            try Data(page.htmlBytes).write(to: url, options: .atomic)
        } catch {
            let reason = FileProblem.writing(to: url, failedWith: error)
            throw CommandError("cannot write the evaluation page to '\(url.path)': \(reason)")
        }
        return quality
    }

    private static func summary(files: DemoFiles, quality: QualityReport, rows: Int) -> String {
        let percent = (quality.score * 1000).rounded() / 10
        return """
            Fitted gaussian-copula on the bundled iris table (\(rows) rows) and sampled \(rows) \
            synthetic rows.
            quality score \(percent)% (column shapes and column pair trends, current thresholds)

              real table       \(files.real.path)
              synthetic table  \(files.synthetic.path)
              model            \(files.model.path)
              report           \(files.report.path)   (open it in a browser)

            Next: facsimile sample \(files.model.path) --rows 1000 --out more.csv
            """
    }
}

/// The files the demo writes into its folder.
struct DemoFiles {
    let real: URL
    let synthetic: URL
    let model: URL
    let report: URL

    init(folder: URL) {
        real = folder.appendingPathComponent("iris.csv")
        synthetic = folder.appendingPathComponent("iris-synthetic.csv")
        model = folder.appendingPathComponent("iris.fcsm")
        report = folder.appendingPathComponent("iris-report.html")
    }
}
