// ReportsTests: small tables and their reports, and helpers to take a rendered page apart.

import Foundation
import Metadata
import Metrics
import Tabular
import TestSupport
import Testing

@testable import Reports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A rendered page with the inputs that made it.
struct RenderedPage {
    var page: EvaluationPage
    var html: String

    /// Scores two tables read from CSV text with `schema` and renders the page.
    init(
        real: String, synthetic: String, schema: EvaluationSchema,
        quality options: QualityReport.Options = .current,
        pageOptions: EvaluationPage.Options = .init()
    ) throws {
        let realTable = try CSVReader().read(string: real)
        let syntheticTable = try CSVReader().read(string: synthetic)
        try self.init(
            real: realTable, synthetic: syntheticTable, schema: schema,
            quality: options, pageOptions: pageOptions)
    }

    /// Scores two tables with `schema` and renders the page.
    init(
        real: Table, synthetic: Table, schema: EvaluationSchema,
        quality options: QualityReport.Options = .current,
        pageOptions: EvaluationPage.Options = .init()
    ) throws {
        let quality = try QualityReport(
            real: real, synthetic: synthetic, schema: schema, options: options)
        let diagnostic = try DiagnosticReport(real: real, synthetic: synthetic, schema: schema)
        page = EvaluationPage(
            real: real, synthetic: synthetic, schema: schema, quality: quality,
            diagnostic: diagnostic, options: pageOptions)
        html = page.html
    }

    /// Reads a golden folder of `Tests/Fixtures/golden` and renders its page.
    init(golden name: String, pageOptions: EvaluationPage.Options = .init()) throws {
        let folder = Fixtures.url("golden/\(name)")
        let document = try MetadataDocument(
            contentsOf: folder.appendingPathComponent("metadata.json"))
        let schema = EvaluationSchema(try #require(document.singleTable))
        let real = try CSVReader().read(contentsOf: folder.appendingPathComponent("real.csv"))
        let synthetic = try CSVReader().read(
            contentsOf: folder.appendingPathComponent("synthetic.csv"))
        try self.init(real: real, synthetic: synthetic, schema: schema, pageOptions: pageOptions)
    }

    /// Every `<svg …>…</svg>` fragment of the page.
    var svgFragments: [Substring] { fragments(open: "<svg ", close: "</svg>") }

    /// Every fragment between `open` and the next `close` (both included).
    func fragments(open: String, close: String) -> [Substring] {
        var result: [Substring] = []
        var rest = html[...]
        while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close)
        {
            result.append(rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
        }
        return result
    }

    /// How often `text` occurs in the page.
    func count(_ text: String) -> Int {
        html.components(separatedBy: text).count - 1
    }
}

/// Whether `fragment` is well-formed XML, with the parser's error when it is not.
func parseXML(_ fragment: some StringProtocol) -> (ok: Bool, error: String) {
    let parser = XMLParser(data: Data(String(fragment).utf8))
    let ok = parser.parse()
    return (ok, parser.parserError.map { "\($0)" } ?? "")
}

/// Tables from CSV text, for tests that build pages by hand.
enum CSVReaderFixture {
    static func table(_ text: String) throws -> Table {
        try CSVReader().read(string: text)
    }
}
