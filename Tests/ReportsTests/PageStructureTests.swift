// ReportsTests: the page of a small table with awkward names: sections, columns, pairs, valid
// SVG, nothing external, everything escaped.

import Foundation
import Metrics
import Testing

@testable import Reports

@Suite struct PageStructureTests {
    static let header = "\"a<b\",\"x & \"\"y\"\"\",名前 ☃,kind,when,ok,id"
    static let real =
        ([header]
        + (0..<40).map { row in
            let day = String(format: "%02d", row % 28 + 1)
            return "\(row % 7),\(Double(row) * 1.5 + 2),\(row * row % 11),"
                + "\(["cat", "<dog>", "émeu"][row % 3]),2024-01-\(day),\(row % 2 == 0),r\(row)"
        }).joined(separator: "\n")
    static let synthetic =
        ([header]
        + (0..<30).map { row in
            let day = String(format: "%02d", row % 20 + 3)
            return "\((row * 3) % 8),\(Double(row) * 2.1),\(row % 9),"
                + "\(["cat", "<dog>", "cat"][row % 3]),2024-01-\(day),\(row % 3 == 0),s\(row)"
        }).joined(separator: "\n")
    static let schema = EvaluationSchema(
        [
            "a<b": .numerical, "x & \"y\"": .numerical, "名前 ☃": .numerical,
            "kind": .categorical, "when": .datetime, "ok": .boolean, "id": .id,
        ], primaryKey: "id")

    let rendered: RenderedPage

    init() throws {
        rendered = try RenderedPage(
            real: Self.real, synthetic: Self.synthetic, schema: Self.schema, quality: .classic)
    }

    @Test func thePageIsTheSameEveryTimeThoughItsPartsAreMadeConcurrently() {
        let again = (0..<4).map { _ in rendered.page.html }
        #expect(again.allSatisfy { $0 == rendered.html })
        #expect(rendered.page.htmlBytes == Array(rendered.html.utf8))
    }

    @Test func partsComeBackInOrder() {
        let parts = PageParts.make(count: 50) { index in Array(String(index).utf8) }
        #expect(parts.map { String(decoding: $0, as: UTF8.self) } == (0..<50).map(String.init))
        #expect(PageParts.make(count: 0) { _ in [1] }.isEmpty)
        #expect(PageParts.make(count: 1) { _ in [7] } == [[7]])
    }

    @Test func everySectionIsPresent() {
        for id in ["summary", "preview", "column-shapes", "column-pair-trends", "diagnostic"] {
            #expect(rendered.count("<section id=\"\(id)\">") == 1, "section \(id)")
        }
        #expect(rendered.html.hasPrefix("<!DOCTYPE html>"))
        #expect(rendered.html.hasSuffix("</html>\n"))
    }

    @Test func everyScoredColumnHasAClosedEntry() {
        for index in 0..<6 {
            #expect(rendered.count("<details class=\"column\" id=\"column-\(index)\" open>") == 1)
            #expect(rendered.count("href=\"#column-\(index)\"") == 1)
        }
        #expect(rendered.count("id=\"column-6\"") == 0)
        #expect(rendered.html.contains("(id, not scored)"))
    }

    @Test func everyPairIsInTheTableAndEveryNumericalPairIsPlotted() {
        #expect(rendered.page.quality.columnPairTrends.count == 15)
        let rows = rendered.fragments(open: "<tr><td>", close: "</tr>")
        let pairRows = rows.filter { $0.contains("Similarity</td>") }
        #expect(pairRows.count == 15)
        for index in 0..<6 {
            #expect(rendered.count("<details class=\"pair\" id=\"pair-\(index)\"") == 1)
        }
        #expect(rendered.count("class=\"pair\"") == 6)
        #expect(rendered.html.contains("all 6 pairs of numerical columns"))
    }

    @Test func everySVGIsWellFormedAndLabelled() throws {
        let pictures = rendered.svgFragments
        #expect(pictures.count == 1 + 6 + 3 + 6 * 3)
        for picture in pictures {
            let result = parseXML(picture)
            #expect(result.ok, "\(result.error): \(picture.prefix(200))")
            #expect(picture.contains("role=\"img\" "))
            #expect(picture.contains("aria-label=\""))
            #expect(picture.contains("<title>"))
            #expect(!picture.contains("NaN"))
        }
    }

    @Test func nothingIsLoadedFromElsewhere() {
        let lowered = rendered.html.lowercased()
        for forbidden in ["http:", "https:", "src=", "@import", "url(", "<link", "//cdn"] {
            #expect(!lowered.contains(forbidden), "found \(forbidden)")
        }
    }

    @Test func namesAreEscapedEverywhere() {
        #expect(!rendered.html.contains("a<b"))
        #expect(!rendered.html.contains("<dog>"))
        #expect(!rendered.html.contains("x & \"y\""))
        #expect(rendered.html.contains("a&lt;b"))
        #expect(rendered.html.contains("x &amp; &quot;y&quot;"))
        #expect(rendered.html.contains("&lt;dog&gt;"))
        #expect(rendered.html.contains("名前 ☃"))
        #expect(rendered.html.contains("émeu"))
    }

    @Test func previewShowsFiveRowsOfEachTable() {
        let tables = rendered.fragments(open: "<table class=\"preview\">", close: "</table>")
        #expect(tables.count == 2)
        for table in tables {
            #expect(table.components(separatedBy: "<tr>").count - 1 == 6)
        }
        #expect(tables.first?.contains("<td>r4</td>") == true)
        #expect(tables.first?.contains("<td>r5</td>") == false)
        #expect(tables.last?.contains("<td>2024-01-05</td>") == true)
    }

    @Test func scoresAreShownAsPercentages() {
        let quality = rendered.page.quality
        #expect(
            rendered.html.contains(
                "<div class=\"value\">"
                    + NumberText.percent(quality.score)
                    + "</div><div class=\"name\">Overall quality"))
        #expect(rendered.html.contains(NumberText.percent(quality.columnShapesScore)))
        #expect(rendered.html.contains("classic variant"))
    }
}
