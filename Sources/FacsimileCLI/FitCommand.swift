// FacsimileCLI: `facsimile fit`: learn a table and save the fitted synthesizer.

import Facsimile
import Foundation

/// `facsimile fit DATA.csv --synthesizer NAME [--metadata M] [--seed N] [--PARAMETER VALUE ...]
/// --model MODEL_FILE`.
enum FitCommand: Command {
    static let specification = CommandSpecification(
        name: "fit",
        summary: "Learn a table and save the fitted synthesizer to a model file.",
        operands: ["DATA.csv"],
        options: SharedOptions.synthesis + [
            .required("model", "MODEL_FILE", help: "where to save the fitted synthesizer")
        ],
        acceptsOpenOptions: true,
        discussion: SharedOptions.parameterDiscussion
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let modelPath = arguments.requiredValue("model")
        try OutputPath.check(modelPath, option: "model")
        let setup = try SynthesisSetup(arguments)

        let fitted = try setup.fitted(console: console)
        try fitted.save(to: URL(fileURLWithPath: modelPath))

        console.print(
            "fitted \(fitted.name) on \(setup.table.rowCount) rows and "
                + "\(setup.table.columnCount) columns; model saved to \(modelPath)")
    }
}

/// `facsimile sample MODEL_FILE --rows N [--seed N] --out OUT.csv`.
enum SampleCommand: Command {
    static let specification = CommandSpecification(
        name: "sample",
        summary: "Draw synthetic rows from a saved model into a CSV file.",
        operands: ["MODEL_FILE"],
        options: [
            .required("rows", "N", help: "how many rows to draw (at least 1)"),
            .value("seed", "N", help: "start the sampling stream from this seed"),
            .required("out", "OUT.csv", help: "where to write the rows"),
        ],
        discussion: """
            Without --seed, sampling continues the stream saved in the model, so a freshly
            fitted model samples the same rows every time. Rows are written in chunks, so any
            number of rows fits in bounded memory.
            """
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let rows = try RowsOption.parse(arguments.requiredValue("rows"))
        let outPath = arguments.requiredValue("out")
        try OutputPath.check(outPath, option: "out")
        let seed = try SeedOption.parse(arguments.value("seed"))

        var synthesizer = try TableSynthesizer.load(
            from: URL(fileURLWithPath: arguments.operands[0]))
        if let seed { synthesizer.resetSampling(seed: seed) }
        try SampleWriting.write(&synthesizer, rows: rows, to: outPath, console: console)

        console.print("wrote \(rows) rows to \(outPath)")
    }
}

/// `facsimile generate DATA.csv --synthesizer NAME --rows N [...] --out OUT.csv`: fit and
/// sample in one step, without a model file.
enum GenerateCommand: Command {
    static let specification = CommandSpecification(
        name: "generate",
        summary: "Learn a table and write synthetic rows in one step.",
        operands: ["DATA.csv"],
        options: SharedOptions.synthesis + [
            .required("rows", "N", help: "how many rows to draw (at least 1)"),
            .required("out", "OUT.csv", help: "where to write the rows"),
        ],
        acceptsOpenOptions: true,
        discussion: SharedOptions.parameterDiscussion
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let rows = try RowsOption.parse(arguments.requiredValue("rows"))
        let outPath = arguments.requiredValue("out")
        try OutputPath.check(outPath, option: "out")
        let setup = try SynthesisSetup(arguments)

        var fitted = try setup.fitted(console: console)
        try SampleWriting.write(&fitted, rows: rows, to: outPath, console: console)

        console.print("wrote \(rows) synthetic rows to \(outPath)")
    }
}

/// Options and help shared by `fit` and `generate`.
enum SharedOptions {
    static let synthesis: [OptionSpecification] = [
        .required("synthesizer", "NAME", help: "which synthesizer ('facsimile list' names them)"),
        .value("metadata", "METADATA.json", help: "the table's metadata (default: detected)"),
        .value("seed", "N", help: "make fitting and sampling reproducible (default 0)"),
    ]

    static let parameterDiscussion = """
        Every parameter of the chosen synthesizer is a flag in kebab case, for example
        --default-distribution norm or --enforce-min-max-values false. Per-column parameters
        take COLUMN=VALUE and may repeat: --numerical-distributions age=gamma.
        'facsimile list' shows every parameter with its type, default and allowed values.
        """
}

/// Writes sampled rows to a CSV file in chunks, atomically.
enum SampleWriting {
    /// The number of rows drawn and written at a time.
    static let chunkSize = 50_000

    /// Draws `rows` rows from `synthesizer` into the CSV file at `path`.
    ///
    /// The file appears only when every row is written; on failure nothing is left behind.
    static func write(
        _ synthesizer: inout TableSynthesizer, rows: Int, to path: String, console: Console
    ) throws {
        let url = URL(fileURLWithPath: path)
        var writer: CSVStreamWriter?
        let display = ProgressDisplay(console: console)
        do {
            try synthesizer.sample(rows: rows, chunkSize: chunkSize, progress: display.handler) {
                chunk in
                let stream = try writer ?? CSVStreamWriter(url: url, columnNames: chunk.columnNames)
                writer = stream
                try stream.append(chunk)
            }
            try writer?.finish()
            display.finish()
        } catch {
            writer?.cancel()
            display.finish()
            throw error
        }
    }
}
