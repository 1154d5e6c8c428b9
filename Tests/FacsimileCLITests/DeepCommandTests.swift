// FacsimileCLITests: the deep synthesizers through `facsimile fit`, `sample` and `generate`.

import Foundation
import Tabular
import TestSupport
import Testing

@Suite("Deep synthesizer commands")
struct DeepCommandTests {
    let iris = Fixtures.url("datasets/iris.csv").path
    let small = [
        "--epochs", "3", "--embedding-dim", "8", "--generator-dim", "16",
        "--discriminator-dim", "16", "--batch-size", "50",
    ]

    @Test("list shows the deep synthesizers with their layer-list parameters")
    func list() {
        let run = runTool(["list"])

        #expect(run.output.contains("ctgan:") && run.output.contains("tvae:"))
        #expect(run.output.contains("copula-gan:"))
        #expect(run.output.contains("--generator-dim integers, default 256,256"))
        #expect(run.output.contains("--compress-dims integers, default 128,128"))
    }

    @Test("verbose prints one line per epoch with its losses; fit and sample round-trip")
    func verboseFitAndSample() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("iris.fcsm").path
        let output = folder.appendingPathComponent("out.csv")

        let fit = runTool(
            ["fit", iris, "--synthesizer", "ctgan", "--verbose", "true", "--model", model]
                + small)
        let sample = runTool(["sample", model, "--rows", "30", "--out", output.path])

        #expect(fit.status == 0, "\(fit.error)")
        let epochs = fit.error.split(separator: "\n").filter { $0.hasPrefix("epoch ") }
        #expect(epochs.count == 3)
        #expect(epochs.first?.contains("epoch 1/3  generator ") == true)
        #expect(epochs.first?.contains("  critic ") == true)
        #expect(sample.status == 0, "\(sample.error)")
        #expect(try CSVReader().read(contentsOf: output).rowCount == 30)
    }

    @Test(
        "bad deep parameters are data errors naming the parameter and the fix",
        arguments: [
            (["--generator-dim", "256,abc"], "integers from 1 to 4096, separated by commas"),
            (["--batch-size", "55"], "a multiple of pac (10), e.g. 50 or 60"),
            (["--epochs", "0"], "an integer from 1 to 100000"),
            (["--compress-dims", "64"], "has no parameter 'compress-dims'"),
        ])
    func badValues(change: [String], message: String) throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.csv")

        let run = runTool(
            ["generate", iris, "--synthesizer", "ctgan", "--rows", "5", "--out", output.path]
                + change)

        #expect(run.status == 1)
        #expect(run.error.contains(message), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
