// SynthesizersTests: sampled datetimes keep the text form of the source across a model file.

import Foundation
import Metadata
import Synthesizers
import Tabular
import TestSupport
import Testing

@Suite("Datetime text form")
struct DatetimeSpellingTests {
    @Test("a zone written as Z is written as Z after a save and load")
    func zuluSurvivesModelFile() throws {
        let table = try CSVReader().read(
            contentsOf: Fixtures.url("datasets/flights-head300.csv"))
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(table, plan: TablePlan(metadata: TableMetadata(detectingFrom: table)))
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("flights.fcsm")

        try synthesizer.save(to: model)
        var loaded = try TableSynthesizer.load(from: model)
        let sample = try loaded.sample(rows: 20)

        let text = CSVWriter().string(try sample.selecting(["time_hour"]))
        let values = text.split(separator: "\n").dropFirst()
        #expect(values.count == 20)
        #expect(values.allSatisfy { $0.hasSuffix("Z") }, "\(values.prefix(3))")
    }
}
