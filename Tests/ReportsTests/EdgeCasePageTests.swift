// ReportsTests: pages of degenerate tables (one or two rows, an all-missing column, a constant
// column, a single category, no numerical pair) render completely and stay valid.

import Foundation
import Metrics
import Testing

@testable import Reports

@Suite struct EdgeCasePageTests {
    static let schema = EvaluationSchema([
        "n": .numerical, "empty": .numerical, "same": .numerical, "one": .categorical,
    ])

    @Test(arguments: [1, 2, 50])
    func degenerateColumnsRender(rows: Int) throws {
        let lines = (0..<rows).map { "\($0),,7,only" }
        let text = (["n,empty,same,one"] + lines).joined(separator: "\n")
        let rendered = try RenderedPage(real: text, synthetic: text, schema: Self.schema)

        #expect(rendered.count("<details class=\"column\"") == 4)
        #expect(rendered.count("<details class=\"pair\"") == 3)
        for picture in rendered.svgFragments {
            let result = parseXML(picture)
            #expect(result.ok, "\(result.error)")
            #expect(!picture.contains("NaN") && !picture.contains("inf"))
        }
        #expect(rendered.html.hasSuffix("</html>\n"))
    }

    @Test func categoricalOnlyTablesHaveNoNumericalPairs() throws {
        let text = "a,b\nx,1\ny,2\nx,2\n"
        let schema = EvaluationSchema(["a": .categorical, "b": .categorical])
        let rendered = try RenderedPage(real: text, synthetic: text, schema: schema)

        #expect(!rendered.html.contains("<h3>Numerical pairs</h3>"))
        #expect(!rendered.html.contains("Correlations of the numerical columns"))
        #expect(rendered.html.contains("<h3>Pair scores</h3>"))
        #expect(rendered.count("<details class=\"column\"") == 2)
    }

    @Test func manyCategoriesAreCappedWithANote() throws {
        let lines = (0..<60).map { "c\($0 % 30)" }
        let text = (["kind"] + lines).joined(separator: "\n")
        let options = EvaluationPage.Options(maxCategories: 10)
        let rendered = try RenderedPage(
            real: text, synthetic: text, schema: EvaluationSchema(["kind": .categorical]),
            pageOptions: options)

        #expect(rendered.html.contains("20 less frequent categories are not drawn: 66.7% of real"))
        let bars = rendered.fragments(open: "<svg role=\"img\"", close: "</svg>")
            .first { $0.contains("Category shares of kind") }
        let chart = try #require(bars)
        #expect(chart.components(separatedBy: ": real ").count - 1 == 10)
    }

    @Test func aColumnMissingFromTheSyntheticTableGetsANote() throws {
        let real = try CSVReaderFixture.table("x,y\n1,2\n2,3\n3,5\n")
        let synthetic = try CSVReaderFixture.table("x,y\n1,2\n2,2\n3,4\n")
        let schema = EvaluationSchema(["x": .numerical, "y": .numerical])
        let quality = try QualityReport(real: real, synthetic: synthetic, schema: schema)
        let other = try CSVReaderFixture.table("x,z\n1,2\n2,2\n3,4\n")
        let page = EvaluationPage(
            real: real, synthetic: other, schema: schema, quality: quality, diagnostic: nil)

        let html = page.html
        #expect(html.contains("This column is missing from one of the tables."))
        #expect(!html.contains("id=\"diagnostic\""))
    }

    @Test func aColumnOfAnotherKindThanItsRoleGetsANote() throws {
        let real = try CSVReaderFixture.table("x\n1\n2\n3\n")
        let words = try CSVReaderFixture.table("x\na\nb\na\n")
        let schema = EvaluationSchema(["x": .numerical])
        let quality = try QualityReport(real: real, synthetic: real, schema: schema)
        let page = EvaluationPage(
            real: real, synthetic: words, schema: schema, quality: quality, diagnostic: nil)

        let html = page.html
        let note = "No picture: the column holds numbers in the real table and categories"
        #expect(html.contains(note + " in the synthetic one"))
        #expect(html.hasSuffix("</html>\n"))
    }
}
