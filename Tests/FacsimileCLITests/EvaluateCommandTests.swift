// FacsimileCLITests: `facsimile evaluate` against the reference's figures, and its errors.

import Foundation
import JSONFormat
import TestSupport
import Testing

@Suite("facsimile evaluate")
struct EvaluateCommandTests {
    let golden = Fixtures.url("golden/penguins")

    func arguments(_ extra: [String]) -> [String] {
        [
            "evaluate", golden.appendingPathComponent("real.csv").path,
            golden.appendingPathComponent("synthetic.csv").path,
            "--metadata", golden.appendingPathComponent("metadata.json").path,
        ] + extra
    }

    @Test(
        "--json equals the reference's report, both threshold variants",
        arguments: [([String](), "quality_current"), (["--classic"], "quality_classic")])
    func jsonMatchesReference(flags: [String], variant: String) throws {
        let reference = try JSONParser().parse(
            Data(contentsOf: golden.appendingPathComponent("report.json")))

        let run = runTool(arguments(["--json"] + flags))

        #expect(run.status == 0)
        let report = try JSONParser().parse(run.output)
        let quality = try #require(report["quality"])
        let expected = try #require(reference[variant])
        // The reference's figures come from float arithmetic in another order: 1e-9 absolute.
        #expect(
            isClose(
                quality["score"]?.doubleValue ?? .nan, expected["score"]?.doubleValue ?? 0,
                absolute: 1e-9))
        let pairs = try #require(quality["column_pair_trends"]?.arrayValue)
        let expectedPairs = try #require(expected["column_pair_trends"]?.arrayValue)
        #expect(pairs.count == expectedPairs.count)
        for (pair, expectedPair) in zip(pairs, expectedPairs) {
            #expect(pair["meets_threshold"] == expectedPair["meets_threshold"])
            #expect(pair["score"]?.isNull == expectedPair["score"]?.isNull)
        }
        let diagnostic = try #require(report["diagnostic"]?["score"]?.doubleValue)
        let expectedDiagnostic = try #require(reference["diagnostic"]?["score"]?.doubleValue)
        #expect(isClose(diagnostic, expectedDiagnostic, absolute: 1e-9))
    }

    @Test("--pair-plots all draws every numerical pair; a bad count is a data error")
    func pairPlots() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")

        let few = runTool(arguments(["--html", page.path, "--pair-plots", "2"]))
        let fewHTML = try String(contentsOf: page, encoding: .utf8)
        let every = runTool(arguments(["--html", page.path, "--pair-plots", "all"]))
        let everyHTML = try String(contentsOf: page, encoding: .utf8)
        let bad = runTool(arguments(["--html", page.path, "--pair-plots", "-1"]))

        #expect(few.status == 0 && every.status == 0)
        #expect(fewHTML.contains("for the 2 of ") && fewHTML.contains("--pair-plots all"))
        #expect(everyHTML.contains("Scatter and regression plots for all "))
        #expect(bad.status == 1 && bad.error.contains("--pair-plots '-1' is not a count"))
    }

    @Test("the summary names the scores and the threshold variant")
    func summary() {
        let run = runTool(arguments([]))

        #expect(run.status == 0)
        #expect(run.output.contains("quality score"))
        #expect(run.output.contains("Current thresholds"))
        #expect(runTool(arguments(["--classic"])).output.contains("Classic scoring"))
    }

    @Test("tables with different columns are a data error naming them")
    func differentColumns() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.csv")
        let synthetic = folder.appendingPathComponent("synthetic.csv")
        try Data("a,b\n1,x\n2,y\n3,x\n".utf8).write(to: real)
        try Data("a,c\n1,x\n2,y\n3,x\n".utf8).write(to: synthetic)

        let run = runTool(["evaluate", real.path, synthetic.path])

        #expect(run.status == 1)
        #expect(run.error.contains("'b'"))
        #expect(run.error.contains("'c'"))
    }

    @Test("a column whose metric cannot be computed is named in the summary, with the reason")
    func unscoredColumn() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.csv")
        let synthetic = folder.appendingPathComponent("synthetic.csv")
        try Data("a,b\n1,x\n2,y\n3,x\n".utf8).write(to: real)
        try Data("a,b\nfoo,x\nbar,y\nbaz,x\n".utf8).write(to: synthetic)

        let run = runTool(["evaluate", real.path, synthetic.path])

        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("left out of the scores"))
        #expect(run.output.contains("a: column 'a' should hold numbers"))
        #expect(run.output.contains("1 column pair"))
    }

    @Test("an empty synthetic table is a data error")
    func emptySynthetic() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.csv")
        let synthetic = folder.appendingPathComponent("synthetic.csv")
        try Data("a,b\n1,x\n2,y\n3,x\n".utf8).write(to: real)
        try Data("a,b\n".utf8).write(to: synthetic)

        let run = runTool(["evaluate", real.path, synthetic.path])

        #expect(run.status == 1)
        #expect(run.error.hasPrefix("error: "))
    }

    @Test("one operand is a usage error")
    func missingOperand() {
        let run = runTool(["evaluate", "real.csv"])

        #expect(run.status == 2)
        #expect(run.error.contains("needs SYNTHETIC.csv"))
    }
}
