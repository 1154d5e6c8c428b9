// FacsimileCLITests: `facsimile list`, `fit`, `sample`, `generate` and `demo`.

import Foundation
import JSONFormat
import Tabular
import TestSupport
import Testing

@Suite("Synthesis commands")
struct SynthesisCommandTests {
    let iris = Fixtures.url("datasets/iris.csv").path

    @Test("list names every synthesizer and every parameter, as text and JSON")
    func list() throws {
        let text = runTool(["list"])
        let json = runTool(["list", "--json"])

        #expect(text.status == 0)
        #expect(text.output.contains("gaussian-copula:"))
        #expect(text.output.contains("fast-ml:"))
        #expect(text.output.contains("--numerical-distributions"))
        let entries = try #require(try JSONParser().parse(json.output).arrayValue)
        let names = entries.compactMap { $0["name"]?.stringValue }
        #expect(names.contains("gaussian-copula"))
        let parameters = try #require(entries.first?["parameters"]?.arrayValue)
        #expect(parameters.contains { $0["flag"]?.stringValue == "--default-distribution" })
    }

    @Test("fit then sample writes a CSV with the real columns; a seed reproduces it exactly")
    func fitAndSample() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("iris.fcsm").path
        let first = folder.appendingPathComponent("first.csv")
        let second = folder.appendingPathComponent("second.csv")

        let fit = runTool(["fit", iris, "--synthesizer", "Gaussian_Copula", "--model", model])
        let sampleOne = runTool([
            "sample", model, "--rows", "40", "--seed", "9", "--out", first.path,
        ])
        let sampleTwo = runTool([
            "sample", model, "--rows", "40", "--seed", "9", "--out", second.path,
        ])

        #expect(fit.status == 0)
        #expect(sampleOne.status == 0)
        #expect(sampleTwo.status == 0)
        let table = try CSVReader().read(contentsOf: first)
        #expect(table.rowCount == 40)
        #expect(
            table.columnNames
                == ["Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width", "Species"])
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test("generate accepts synthesizer parameters as flags, per column too")
    func generateWithParameters() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.csv")

        let run = runTool([
            "generate", iris, "--synthesizer", "gaussian-copula", "--rows", "25",
            "--default-distribution", "norm", "--numerical-distributions", "Sepal.Width=gamma",
            "--enforce-rounding", "false", "--out", output.path,
        ])

        #expect(run.status == 0, "\(run.error)")
        #expect(try CSVReader().read(contentsOf: output).rowCount == 25)
    }

    @Test(
        "bad values are data errors, with no output file left behind",
        arguments: [
            (["--rows", "0"], "at least 1"),
            (["--rows", "-3"], "at least 1"),
            (["--rows", "ten"], "at least 1"),
            (["--synthesizer", "nope"], "there is no synthesizer 'nope'"),
            (["--bogus", "1"], "has no parameter 'bogus'"),
            (["--default-distribution", "weibull"], "cannot be 'weibull'"),
            (["--numerical-distributions", "age=gamma"], "names column 'age'"),
            (["--seed", "-1"], "is not a seed"),
        ])
    func badValues(change: [String], message: String) throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.csv")
        var arguments = [
            "generate", iris, "--synthesizer", "gaussian-copula", "--rows", "5", "--out",
            output.path,
        ]
        if let index = arguments.firstIndex(of: change[0]) {
            arguments[index + 1] = change[1]
        } else {
            arguments += change
        }

        let run = runTool(arguments)

        #expect(run.status == 1)
        #expect(run.error.contains(message), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a missing required option is a usage error")
    func missingRequiredOption() {
        let run = runTool(["fit", iris, "--synthesizer", "gaussian-copula"])

        #expect(run.status == 2)
        #expect(run.error.contains("--model is required"))
    }

    @Test("sampling from a file that is not a model is a data error naming the file")
    func notAModel() {
        let run = runTool(["sample", iris, "--rows", "3", "--out", "/tmp/never-written.csv"])

        #expect(run.status == 1)
        #expect(run.error.contains("is not a Facsimile model file"))
    }

    @Test(
        "an output path that cannot be written is refused before any work, naming the option",
        arguments: [
            ["fit", "--synthesizer", "ctgan", "--epochs", "100000", "--model"],
            ["generate", "--synthesizer", "ctgan", "--epochs", "100000", "--rows", "5", "--out"],
        ])
    func unwritableOutputFailsFast(command: [String]) throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = [command[0], iris] + command.dropFirst()

        let intoFolder = runTool(arguments + [folder.path])
        let intoMissingFolder = runTool(
            arguments + [folder.appendingPathComponent("absent/out").path])

        #expect(intoFolder.status == 1)
        #expect(intoFolder.error.contains("cannot write \(command.last ?? "")"))
        #expect(intoFolder.error.contains("it is a folder"))
        #expect(intoMissingFolder.status == 1)
        #expect(intoMissingFolder.error.contains("does not exist"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("demo writes the tables, the model and the report, and prints the score")
    func demo() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }

        let run = runTool(["demo", "--out", folder.path])

        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("quality score"))
        for name in ["iris.csv", "iris-synthetic.csv", "iris.fcsm", "iris-report.html"] {
            #expect(
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
        }
        let real = try CSVReader().read(contentsOf: folder.appendingPathComponent("iris.csv"))
        #expect(real == (try CSVReader().read(contentsOf: Fixtures.url("datasets/iris.csv"))))
    }
}
