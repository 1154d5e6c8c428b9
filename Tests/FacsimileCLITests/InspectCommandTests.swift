// FacsimileCLITests: `facsimile inspect` on good and bad files.

import Foundation
import JSONFormat
import TestSupport
import Testing

@Suite("facsimile inspect")
struct InspectCommandTests {
    let iris = Fixtures.url("datasets/iris.csv").path

    @Test("prints the size and one line per column with its sdtype")
    func summary() {
        let run = runTool(["inspect", iris])

        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        #expect(run.output.contains("150 rows, 5 columns"))
        let speciesLine = run.output.split(separator: "\n").first { $0.hasPrefix("Species") }
        #expect(speciesLine?.contains("categorical") == true)
        #expect(speciesLine?.contains("setosa") == true)
        #expect(run.output.contains("primary key: none"))
    }

    @Test("--json prints V2 metadata with every column in order")
    func json() throws {
        let run = runTool(["inspect", iris, "--json"])

        #expect(run.status == 0)
        let document = try JSONParser().parse(run.output)
        #expect(document["METADATA_SPEC_VERSION"]?.stringValue == "V2")
        let columns = try #require(document["tables"]?["iris"]?["columns"]?.objectValue)
        #expect(
            columns.keys
                == ["Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width", "Species"])
        #expect(columns["Species"]?["sdtype"]?.stringValue == "categorical")
    }

    @Test("--metadata-out writes the same JSON that --json prints")
    func metadataOut() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("iris.json")

        let written = runTool(["inspect", iris, "--metadata-out", output.path])
        let printed = runTool(["inspect", iris, "--json"])

        #expect(written.status == 0)
        #expect(written.output.contains("metadata written to"))
        #expect(try String(contentsOf: output, encoding: .utf8) == printed.output)
    }

    @Test("a missing file is a data error that names the file")
    func missingFile() {
        let run = runTool(["inspect", "/no/such/file.csv"])

        #expect(run.status == 1)
        #expect(run.error.hasPrefix("error: "))
        #expect(run.error.contains("/no/such/file.csv"))
    }

    @Test("a malformed file is a data error that names the line")
    func malformedFile() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.csv")
        try Data("a,b\n1,2\n3,\"unterminated\n".utf8).write(to: file)

        let run = runTool(["inspect", file.path])

        #expect(run.status == 1)
        #expect(run.error.contains("bad.csv:3:"))
    }

    @Test("a delimiter that is not one of the four is a value error")
    func badDelimiter() {
        let run = runTool(["inspect", iris, "--delimiter", "x"])

        #expect(run.status == 1)
        #expect(run.error.contains("use one of , ; | or tab"))
    }

    @Test("an unknown option is a usage error with the usage line")
    func unknownOption() {
        let run = runTool(["inspect", iris, "--rows", "3"])

        #expect(run.status == 2)
        #expect(run.error.contains("usage: facsimile inspect DATA.csv"))
    }
}
