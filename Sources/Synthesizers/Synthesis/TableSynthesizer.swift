// Synthesizers: the shared template: validate, transform, fit the model; sample and reverse.

import Linalg
import Metadata
import Tabular

/// A synthesizer bound to its name and parameters, doing everything but the model step:
/// validation, column transformers, seeding, sampling in chunks, model files.
///
/// ```swift
/// var synthesizer = try TableSynthesizer(named: "gaussian-copula",
///                                        settings: [("default-distribution", "norm")])
/// try synthesizer.fit(table, plan: plan, seed: 7)
/// let rows = try synthesizer.sample(rows: 1_000)
/// try synthesizer.save(to: modelURL)
/// ```
///
/// Randomness: fitting draws only from `seed`; sampling draws from a stream started at fit
/// (from the same seed) and continued by each ``sample(rows:)`` call, until
/// ``resetSampling(seed:)`` starts it again. A saved model keeps its stream position.
public struct TableSynthesizer: Sendable {
    /// The registry entry's name, e.g. `gaussian-copula`.
    public let name: String
    /// The parameter values.
    public let parameters: ParameterValues
    /// The model step (fitted or not).
    public private(set) var model: any Synthesizer
    /// The fitted column transformers, `nil` before fitting.
    public private(set) var transformer: TableTransformer?
    /// The seed the sampling stream starts from.
    public private(set) var samplingSeed: UInt64 = 0
    var stream = SamplingStream(seed: 0)
    var cursors: [UInt64] = []

    /// Creates an unfitted synthesizer from an entry and checked parameter values.
    ///
    /// - Throws: What the entry's `make` throws (as ``SynthesizerError``).
    public init(entry: SynthesizerEntry, parameters: ParameterValues) throws(SynthesizerError) {
        do {
            model = try entry.make(parameters)
        } catch let error as SynthesizerError {
            throw error
        } catch {
            throw .modelFailure(String(describing: error))
        }
        name = entry.name
        self.parameters = parameters
    }

    /// Creates an unfitted synthesizer by registry name from text settings (flag names in snake
    /// or kebab case; per-column values as `COLUMN=VALUE`).
    ///
    /// - Throws: ``SynthesizerError`` for an unknown name, parameter or value.
    public init(
        named name: String,
        settings: [(name: String, value: String)] = [],
        registry: SynthesizerRegistry = .standard
    ) throws(SynthesizerError) {
        let entry = try registry.entry(named: name)
        try self.init(entry: entry, parameters: try entry.schema.parse(settings))
    }

    /// Restores a fitted synthesizer (used when loading a model file).
    init(
        name: String, parameters: ParameterValues, model: any Synthesizer,
        transformer: TableTransformer, samplingSeed: UInt64, chunksDrawn: UInt64,
        cursors: [UInt64]
    ) {
        self.name = name
        self.parameters = parameters
        self.model = model
        self.transformer = transformer
        self.samplingSeed = samplingSeed
        self.stream = SamplingStream(seed: samplingSeed, chunksDrawn: chunksDrawn)
        self.cursors = cursors
    }

    /// Whether ``fit(_:plan:seed:progress:)`` has succeeded.
    public var isFitted: Bool { transformer != nil }

    /// Validates the table against the plan, fits the transformers and the model.
    ///
    /// - Parameters:
    ///   - table: The training table.
    ///   - plan: Its columns' roles (from its metadata).
    ///   - seed: Makes the fit (and the first sampling stream) reproducible.
    ///   - progress: Receives progress reports.
    /// - Throws: ``SynthesizerError/invalidData(_:)`` listing every problem;
    ///   ``SynthesizerError/unknownColumn(parameter:column:available:)`` for a per-column
    ///   parameter naming a column the plan lacks; the model's errors.
    public mutating func fit(
        _ table: Table, plan: TablePlan, seed: UInt64 = 0, progress: ProgressHandler? = nil
    ) throws(SynthesizerError) {
        let entryName = name
        let schemaColumns = plan.columns.map(\.name)
        try checkColumns(entryName, columns: schemaColumns)
        progress?(SynthesisProgress(stage: .validating, completed: 0, total: 1))

        let fitRandom = RandomSource(seed: seed)
        let (transformer, data) = try TableTransformer.fitting(
            table, plan: plan, options: model.transformOptions, random: fitRandom.derived(index: 0))
        progress?(SynthesisProgress(stage: .transforming, completed: 1, total: 1))

        var modelRandom = fitRandom.derived(index: 1)
        try model.fitModel(data, random: &modelRandom, progress: progress)
        self.transformer = transformer
        resetSampling(seed: seed)
    }

    /// Fits on a table described by its metadata (see ``TablePlan/init(metadata:)``).
    ///
    /// - Throws: as ``fit(_:plan:seed:progress:)``.
    public mutating func fit(
        _ table: Table, metadata: TableMetadata, seed: UInt64 = 0,
        progress: ProgressHandler? = nil
    ) throws(SynthesizerError) {
        try fit(table, plan: TablePlan(metadata: metadata), seed: seed, progress: progress)
    }

    private func checkColumns(_ entryName: String, columns: [String]) throws(SynthesizerError) {
        let settings = parameters.columnValues
        for (parameter, values) in settings.sorted(by: { $0.key < $1.key }) {
            for setting in values where !columns.contains(setting.column) {
                throw .unknownColumn(
                    parameter: parameter, column: setting.column, available: columns)
            }
        }
    }

    /// Starts the sampling stream again, from `seed` or from the current sampling seed.
    public mutating func resetSampling(seed: UInt64? = nil) {
        samplingSeed = seed ?? samplingSeed
        stream = SamplingStream(seed: samplingSeed)
        cursors = [UInt64](repeating: 0, count: transformer?.transformers.count ?? 0)
    }

    /// Draws `rows` rows, continuing the sampling stream.
    ///
    /// - Throws: ``SynthesizerError/notFitted(synthesizer:)``.
    public mutating func sample(rows: Int) throws(SynthesizerError) -> Table {
        precondition(rows >= 0, "TableSynthesizer.sample: rows \(rows) is negative")
        guard let transformer else { throw .notFitted(synthesizer: name) }
        var chunkRandom = stream.nextChunk()
        let data = model.sampleModel(rows: rows, random: &chunkRandom)
        return transformer.reverse(data, cursors: &cursors, random: chunkRandom.derived(index: 7))
    }

    /// Draws `rows` rows as consecutive tables of at most `chunkSize` rows, handing each to
    /// `body`, so that any number of rows can be written in bounded memory.
    ///
    /// - Throws: ``SynthesizerError/notFitted(synthesizer:)`` or what `body` throws.
    public mutating func sample(
        rows: Int, chunkSize: Int, progress: ProgressHandler? = nil,
        _ body: (Table) throws -> Void
    ) throws {
        precondition(
            chunkSize > 0, "TableSynthesizer.sample: chunk size \(chunkSize) is not positive")
        if rows == 0 {
            try body(try sample(rows: 0))
            return
        }
        var done = 0
        while done < rows {
            let count = min(chunkSize, rows - done)
            try body(try sample(rows: count))
            done += count
            progress?(SynthesisProgress(stage: .sampling, completed: done, total: rows))
        }
    }
}
