// ReportsTests: pages of the golden iris pair, and (on request) the golden pages written to a
// folder for looking at in a browser.

import Foundation
import Metrics
import Testing

@testable import Reports

@Suite struct GoldenPageTests {
    @Test func irisPageHasEveryColumnAndPair() throws {
        let rendered = try RenderedPage(golden: "iris")

        #expect(rendered.count("<details class=\"column\"") == 5)
        #expect(rendered.count("<details class=\"pair\"") == 6)
        let names = ["Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width", "Species"]
        for name in names {
            #expect(rendered.html.contains("<li data-name=\"\(name.lowercased())\">"))
        }
        for category in ["setosa", "versicolor", "virginica"] {
            #expect(rendered.html.contains(">\(category)</text>"))
        }
        #expect(rendered.html.contains("6 of 10 pairs count") == false)
        let counted = rendered.page.quality.columnPairTrends.count(where: \.meetsThreshold)
        #expect(rendered.html.contains("\(counted) of 10 pairs count."))
        for picture in rendered.svgFragments {
            #expect(parseXML(picture).ok)
        }
    }

    @Test func scatterPlotsAreCappedAndSeeded() throws {
        let options = EvaluationPage.Options(maxPairPlots: 2, maxScatterPoints: 40, seed: 3)
        let first = try RenderedPage(golden: "iris", pageOptions: options)
        let second = try RenderedPage(golden: "iris", pageOptions: options)

        #expect(first.html == second.html)
        #expect(first.count("<details class=\"pair\"") == 2)
        #expect(first.html.contains("for the 2 of 6 pairs of numerical columns"))
        #expect(first.html.contains("with <code>--pair-plots all</code>"))
        #expect(first.html.contains("to 6 or more"))
        let strongest = first.fragments(open: "id=\"pair-0\" open><summary>", close: "</summary>")
        #expect(strongest.first?.contains("Petal.Length × Petal.Width") == true)
        let paths = first.fragments(open: "stroke-linecap=\"round\"", close: "\"/>")
        let scatter = try #require(paths.first)
        // 40 rows drawn, at distinct whole pixels only: iris repeats values (measured to 0.1
        // cm), so several rows share a pixel and are written once.
        let dots = scatter.components(separatedBy: "M").dropFirst().map { $0 }
        #expect(dots.count == Set(dots).count)
        #expect(dots.count > 20 && dots.count <= 40)
    }

    /// Writes the iris, credit and ames pages to `$FACSIMILE_PAGES_OUT` (skipped unless set).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["FACSIMILE_PAGES_OUT"] != nil))
    func writeGoldenPages() throws {
        let folder = URL(
            fileURLWithPath: ProcessInfo.processInfo.environment["FACSIMILE_PAGES_OUT"] ?? "/tmp")
        for name in ["iris", "credit", "ames"] {
            let options = EvaluationPage.Options(
                title: "Evaluation of \(name)", realName: "\(name) real.csv",
                syntheticName: "\(name) synthetic.csv (GaussianCopula)")
            let rendered = try RenderedPage(golden: name, pageOptions: options)
            let url = folder.appendingPathComponent("\(name).html")
            try Data(rendered.html.utf8).write(to: url, options: .atomic)
        }
    }
}
