// FacsimileCLI: the options `fit` and `generate` share: data, metadata, synthesizer, seed.

import Facsimile
import Foundation

/// Reads what `fit` and `generate` both need: the table, its metadata and a configured,
/// unfitted synthesizer with the parameters given as flags.
struct SynthesisSetup {
    /// The training table.
    let table: Table

    /// The table's metadata, read from `--metadata` or detected from the table.
    let metadata: TableMetadata

    /// The configured, unfitted synthesizer.
    let synthesizer: TableSynthesizer

    /// The seed of fitting and of the first sampling stream.
    let seed: UInt64

    /// Reads the data and metadata and configures the synthesizer.
    ///
    /// - Throws: Data, metadata and parameter errors as they are.
    init(_ arguments: ParsedArguments) throws {
        let name = arguments.requiredValue("synthesizer")
        let table = try TableLoading.read(arguments.operands[0])
        guard table.rowCount > 0 else {
            throw CommandError(
                "\(arguments.operands[0]) has a header but no rows; a synthesizer needs data "
                    + "to learn from")
        }

        self.metadata = try MetadataLoading.metadata(
            for: table, path: arguments.value("metadata"), dataPath: arguments.operands[0])
        self.synthesizer = try TableSynthesizer(
            named: name, settings: arguments.openOptions.map { ($0.name, $0.value) })
        self.seed = try SeedOption.parse(arguments.value("seed")) ?? 0
        self.table = table
    }

    /// Fits the synthesizer, drawing progress on standard error.
    func fitted(console: Console) throws -> TableSynthesizer {
        var fitted = synthesizer
        let verbose = synthesizer.parameters.boolean("verbose", default: false)
        let display = ProgressDisplay(console: console, logsEpochs: verbose)
        try fitted.fit(
            table, plan: TablePlan(metadata: metadata), seed: seed, progress: display.handler)
        display.finish()
        return fitted
    }
}

/// The `--seed` option: a non-negative whole number.
enum SeedOption {
    /// The seed in `text`, or `nil` when the option was not given.
    ///
    /// - Throws: ``CommandError`` when `text` is not a whole number from 0 to 2^64 - 1.
    static func parse(_ text: String?) throws -> UInt64? {
        guard let text else { return nil }
        guard let seed = UInt64(text) else {
            throw CommandError(
                "--seed '\(text)' is not a seed; give a whole number from 0 to "
                    + "18446744073709551615")
        }
        return seed
    }
}

/// The `--rows` option: a positive whole number.
enum RowsOption {
    /// The row count in `text`.
    ///
    /// - Throws: ``CommandError`` when `text` is not a positive whole number.
    static func parse(_ text: String) throws -> Int {
        guard let rows = Int(text), rows > 0 else {
            throw CommandError(
                "--rows '\(text)' is not a number of rows; give a whole number of at least 1")
        }
        return rows
    }
}
