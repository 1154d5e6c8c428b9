// Synthesizers: saving a fitted synthesizer to a model file and loading it back.

import Foundation
import Linalg

extension TableSynthesizer {
    /// The payload of the model file (inside the container of ``ModelFile``):
    /// synthesizer name; parameter settings as (name, column, text) triples; the plan (column
    /// names and roles, primary key); one transformer per column; the sampling state (seed,
    /// a one-word list holding the chunks drawn, one cursor per column); the model's numbers,
    /// length-prefixed.
    ///
    /// - Precondition: the synthesizer is fitted.
    public func modelFileBytes() -> [UInt8] {
        guard let transformer else {
            preconditionFailure("TableSynthesizer.modelFileBytes: '\(name)' is not fitted")
        }
        var writer = ModelWriter()
        writer.write(name)
        let settings = parameters.settings
        writer.write(settings.count)
        for setting in settings {
            writer.write(setting.name)
            writer.write(setting.column)
            writer.write(setting.text)
        }
        writer.write(transformer.plan.columns.map(\.name))
        for column in transformer.plan.columns { writer.write(column.role) }
        writer.write(transformer.plan.primaryKey)
        for columnTransformer in transformer.transformers { writer.write(columnTransformer) }
        writer.write(samplingSeed)
        writer.write([stream.chunksDrawn])
        writer.write(cursors)
        var modelWriter = ModelWriter()
        model.encodeModel(to: &modelWriter)
        writer.write(modelWriter.bytes.count)
        writer.append(raw: modelWriter.bytes)
        return ModelFile.container(payload: writer.bytes)
    }

    /// Saves the fitted synthesizer atomically.
    ///
    /// - Throws: ``ModelFileError/io(path:reason:)``; ``SynthesizerError`` is not possible here
    ///   but an unfitted synthesizer is reported as an I/O error naming the fix.
    public func save(to url: URL) throws(ModelFileError) {
        guard isFitted else {
            throw .io(path: url.path, reason: "synthesizer '\(name)' is not fitted; fit it first")
        }
        try ModelFile.writeAtomically(modelFileBytes(), to: url)
    }

    /// Loads a synthesizer saved by ``save(to:)``; it samples exactly as the saved one would.
    ///
    /// - Parameters:
    ///   - url: The model file.
    ///   - registry: Where to find the synthesizer named in the file.
    /// - Throws: ``ModelFileError`` for a file that is not a model file, truncated, corrupted,
    ///   from a newer format version, damaged inside, or names an unregistered synthesizer.
    public static func load(
        from url: URL, registry: SynthesizerRegistry = .standard
    ) throws(ModelFileError) -> TableSynthesizer {
        let bytes = try ModelFile.read(url)
        return try decode(bytes, path: url.path, registry: registry)
    }

    /// Decodes the bytes of a model file (see ``load(from:registry:)``).
    public static func decode(
        _ bytes: [UInt8], path: String, registry: SynthesizerRegistry = .standard
    ) throws(ModelFileError) -> TableSynthesizer {
        var reader = ModelReader(bytes: try ModelFile.payload(of: bytes, path: path))
        let name = try reader.readString()
        let entry: SynthesizerEntry
        do {
            entry = try registry.entry(named: name)
        } catch {
            throw .unknownSynthesizer(name: name, known: registry.entries.map(\.name))
        }
        let parameters = try readParameters(&reader, schema: entry.schema)
        let transformer = try readTransformer(&reader)
        let seed = try reader.readUInt64()
        let words = try reader.readUInt64s()
        let cursors = try reader.readUInt64s()
        guard words.count == 1, cursors.count == transformer.transformers.count else {
            throw .malformed(
                "the sampling state has \(words.count) words (1 expected), \(cursors.count) cursors"
            )
        }
        let modelLength = try reader.readCount()
        var modelReader = reader
        let model: any Synthesizer
        do {
            model = try entry.decode(parameters, &modelReader)
        } catch let error as ModelFileError {
            throw error
        } catch {
            throw .malformed("the \(name) model cannot be read: \(error)")
        }
        guard modelReader.offset == reader.offset + modelLength, modelReader.isAtEnd else {
            throw .malformed("the \(name) model does not span its declared \(modelLength) bytes")
        }
        var trial = RandomSource(seed: 0)
        let names = model.sampleModel(rows: 1, random: &trial).names
        guard names == transformer.modelColumnNames else {
            throw .malformed(
                "the model's columns \(names) differ from the modelled columns "
                    + "\(transformer.modelColumnNames)")
        }
        return TableSynthesizer(
            name: entry.name, parameters: parameters, model: model, transformer: transformer,
            samplingSeed: seed,
            chunksDrawn: words[0],
            cursors: cursors)
    }

    private static func readParameters(
        _ reader: inout ModelReader, schema: ParameterSchema
    ) throws(ModelFileError) -> ParameterValues {
        let count = try reader.readCount()
        var settings: [(name: String, value: String)] = []
        for _ in 0..<count {
            let name = try reader.readString()
            let column = try reader.readOptionalString()
            let text = try reader.readString()
            settings.append((name, column.map { "\($0)=\(text)" } ?? text))
        }
        do {
            return try schema.parse(settings)
        } catch {
            throw .malformed("a saved parameter does not fit the schema: \(error)")
        }
    }

    private static func readTransformer(
        _ reader: inout ModelReader
    ) throws(ModelFileError) -> TableTransformer {
        let names = try reader.readStrings()
        var columns: [ColumnPlan] = []
        for name in names { columns.append(ColumnPlan(name: name, role: try reader.readRole())) }
        let key = try reader.readOptionalString()
        var transformers: [ColumnTransformer] = []
        for _ in names { transformers.append(try reader.readTransformer()) }
        return TableTransformer(
            plan: TablePlan(columns: columns, primaryKey: key), transformers: transformers)
    }
}
