// SynthesizersTests: a synthesizer written outside the module goes through the same paths.

import Foundation
import Linalg
import Synthesizers
import Tabular
import TestSupport
import Testing

/// A toy model written against the public API only: each model column is an independent
/// normal with the column's mean and a fixed spread set by a parameter.
struct IndependentNormals: Synthesizer {
    var spread: Double
    var means: [Double] = []
    var names: [String] = []

    var transformOptions: TransformOptions { TransformOptions() }

    mutating func fitModel(
        _ data: consuming ModelData, random: inout RandomSource, progress: ProgressHandler?
    ) throws(SynthesizerError) {
        names = data.names
        means = data.columns.map { $0.reduce(0, +) / Double(max(1, $0.count)) }
        progress?(SynthesisProgress(stage: .fittingModel, completed: 1, total: 1))
    }

    func sampleModel(rows: Int, random: inout RandomSource) -> ModelData {
        let columns = means.map { mean in
            (0..<rows).map { _ in mean + spread * random.standardNormal() }
        }
        return ModelData(names: names, columns: columns, rowCount: rows)
    }

    func encodeModel(to writer: inout ModelWriter) {
        writer.write(names)
        writer.write(means)
    }

    static let entry = SynthesizerEntry(
        name: "independent-normals",
        summary: "toy: independent normal columns",
        parameters: [
            ParameterSpecification(
                name: "spread", kind: .real(0...10), defaultValue: .real(0.5),
                help: "standard deviation of every column")
        ],
        make: { parameters in
            guard case .real(let spread) = parameters["spread"] else {
                return IndependentNormals(spread: 0.5)
            }
            return IndependentNormals(spread: spread)
        },
        decode: { parameters, reader in
            guard case .real(let spread) = parameters["spread"] else {
                throw ModelFileError.malformed("no spread")
            }
            var model = IndependentNormals(spread: spread)
            model.names = try reader.readStrings()
            model.means = try reader.readDoubles()
            return model
        })
}

@Suite("External synthesizers")
struct ExternalSynthesizerTests {
    @Test func aRegisteredToySynthesizerFitsSamplesSavesAndLoads() throws {
        var registry = SynthesizerRegistry.standard
        registry.register(IndependentNormals.entry)
        #expect(registry.entries.map(\.name).contains("independent-normals"))

        let table = try CSVReader().read(contentsOf: Fixtures.url("datasets/iris.csv"))
        var synthesizer = try TableSynthesizer(
            named: "Independent_Normals", settings: [("--spread", "0.25")], registry: registry)
        let reports = ProgressLog()
        try synthesizer.fit(table, plan: .inferred(from: table), seed: 3) { reports.append($0) }
        #expect(reports.stages.contains(.fittingModel))
        let sample = try synthesizer.sample(rows: 40)
        #expect(sample.columnNames == table.columnNames)

        let url = try Fixtures.temporaryDirectory().appendingPathComponent("toy.fcsm")
        try synthesizer.save(to: url)
        #expect(throws: ModelFileError.self) { try TableSynthesizer.load(from: url) }
        var loaded = try TableSynthesizer.load(from: url, registry: registry)
        #expect(loaded.parameters["spread"] == .real(0.25))
        synthesizer.resetSampling(seed: 5)
        loaded.resetSampling(seed: 5)
        #expect(
            CSVWriter().bytes(try loaded.sample(rows: 40))
                == CSVWriter().bytes(try synthesizer.sample(rows: 40)))
        #expect(throws: SynthesizerError.self) {
            try TableSynthesizer(
                named: "independent-normals", settings: [("spread", "11")], registry: registry)
        }
    }
}

/// Collects progress reports from a `@Sendable` callback.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [SynthesisProgress] = []

    func append(_ report: SynthesisProgress) {
        lock.lock()
        reports.append(report)
        lock.unlock()
    }

    var stages: [SynthesisProgress.Stage] { entries.map(\.stage) }

    var entries: [SynthesisProgress] {
        lock.lock()
        defer { lock.unlock() }
        return reports
    }
}
