// FacsimileCLITests: the getting-started article's code, run as written, so it cannot rot.

import Facsimile
import Foundation
import TestSupport
import Testing

@Suite("Getting started")
struct GettingStartedTests {
    @Test("read, detect, synthesize, save, load and evaluate, as the article shows")
    func article() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = try CSVReader().read(contentsOf: Fixtures.url("datasets/iris.csv"))

        let document = MetadataDocument(detectingFrom: table, tableName: "iris")
        try document.write(to: folder.appendingPathComponent("iris.metadata.json"))
        let metadata = TableMetadata(detectingFrom: table, name: "iris")

        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(table, plan: TablePlan(metadata: metadata), seed: 7)
        let synthetic = try synthesizer.sample(rows: 150)
        let model = folder.appendingPathComponent("iris.fcsm")
        try synthesizer.save(to: model)
        var loaded = try TableSynthesizer.load(from: model)
        synthesizer.resetSampling()
        loaded.resetSampling()
        #expect(try synthesizer.sample(rows: 20) == (try loaded.sample(rows: 20)))

        let schema = EvaluationSchema(metadata)
        let quality = try QualityReport(real: table, synthetic: synthetic, schema: schema)
        let diagnostic = try DiagnosticReport(real: table, synthetic: synthetic, schema: schema)
        let page = EvaluationPage(
            real: table, synthetic: synthetic, metadata: metadata, quality: quality,
            diagnostic: diagnostic)

        #expect(synthetic.columnNames == table.columnNames)
        #expect(quality.score > 0.5 && quality.score <= 1)
        #expect(diagnostic.score == 1)
        #expect(page.html.contains("<svg"))
    }
}
