// SynthesizersTests: CTGAN, TVAE and CopulaGAN end to end on iris, with small networks.

import Foundation
import Metadata
import Tabular
import TestSupport
import Testing

@testable import Synthesizers

/// Small networks and few epochs, so each fit takes well under a second in a debug build.
let smallNetworkSettings: [String: [(name: String, value: String)]] = [
    "ctgan": [
        ("epochs", "4"), ("embedding_dim", "16"), ("generator_dim", "32,32"),
        ("discriminator_dim", "32,32"), ("batch_size", "50"), ("pac", "10"),
    ],
    "copula-gan": [
        ("epochs", "4"), ("embedding_dim", "16"), ("generator_dim", "32,32"),
        ("discriminator_dim", "32,32"), ("batch_size", "50"),
    ],
    "tvae": [
        ("epochs", "4"), ("embedding_dim", "8"), ("compress_dims", "32"),
        ("decompress_dims", "32"), ("batch_size", "50"),
    ],
]

/// A deep synthesizer with small networks, fitted on iris.
func fittedOnIris(_ name: String, seed: UInt64 = 1) throws -> TableSynthesizer {
    let (table, metadata) = try dataset("iris")
    var synthesizer = try TableSynthesizer(
        named: name, settings: smallNetworkSettings[name] ?? [])
    try synthesizer.fit(table, metadata: metadata, seed: seed)
    return synthesizer
}

@Suite("Deep synthesizers end to end")
struct DeepSynthesizerTests {
    static let names = ["ctgan", "tvae", "copula-gan"]

    @Test(arguments: names)
    func irisKeepsColumnsTypesRangesAndRounding(name: String) throws {
        let (table, _) = try dataset("iris")
        var synthesizer = try fittedOnIris(name)
        let sample = try synthesizer.sample(rows: 300)

        #expect(sample.rowCount == 300)
        #expect(sample.columnNames == table.columnNames)
        #expect(sample.columns.map(\.kind) == table.columns.map(\.kind))
        for column in ["Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width"] {
            let real = try numbers(table, column).presentValues
            let synthetic = try numbers(sample, column)
            let low = try #require(real.min())
            let high = try #require(real.max())
            #expect(synthetic.isMissing.allSatisfy { !$0 })
            #expect(synthetic.values.allSatisfy { $0 >= low && $0 <= high })
            #expect(synthetic.values.allSatisfy { abs($0 * 10 - ($0 * 10).rounded()) < 1e-9 })
        }
        guard case .category(let species) = try #require(sample["Species"]).data else {
            Issue.record("Species is not categorical")
            return
        }
        #expect(Set(species.levels).isSubset(of: ["setosa", "versicolor", "virginica"]))
    }

    @Test(arguments: names)
    func theSameSeedFitsAndSamplesTheSameRows(name: String) throws {
        var first = try fittedOnIris(name, seed: 5)
        var second = try fittedOnIris(name, seed: 5)
        var other = try fittedOnIris(name, seed: 6)

        let rows = try first.sample(rows: 40)
        #expect(try second.sample(rows: 40) == rows)
        #expect(try other.sample(rows: 40) != rows)
    }

    @Test(arguments: names)
    func aSavedModelSamplesTheSameRowsAfterLoading(name: String) throws {
        var synthesizer = try fittedOnIris(name)
        let directory = try Fixtures.temporaryDirectory()
        let url = directory.appendingPathComponent("\(name).fcsmodel")
        try synthesizer.save(to: url)
        var loaded = try TableSynthesizer.load(from: url)

        #expect(loaded.model.trainingHistory == synthesizer.model.trainingHistory)
        #expect(try loaded.sample(rows: 120) == synthesizer.sample(rows: 120))
    }

    @Test(arguments: names)
    func damagedModelFilesAreRefusedWithAModelFileError(name: String) throws {
        let synthesizer = try fittedOnIris(name)
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("\(name).fcsmodel")
        try synthesizer.save(to: url)
        let bytes = try [UInt8](Data(contentsOf: url))

        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x5A
        for damaged in [Array(bytes.prefix(bytes.count - 9)), flipped] {
            #expect(throws: ModelFileError.self) {
                try TableSynthesizer.decode(damaged, path: url.path)
            }
        }
    }

    @Test(arguments: names)
    func trainingReportsEveryEpochWithItsLosses(name: String) throws {
        let (table, metadata) = try dataset("iris")
        var synthesizer = try TableSynthesizer(
            named: name, settings: smallNetworkSettings[name] ?? [])
        let reports = ProgressLog()
        try synthesizer.fit(table, metadata: metadata, seed: 2) { reports.append($0) }

        let epochs = reports.entries.filter { !$0.losses.isEmpty }
        #expect(epochs.map(\.completed) == [1, 2, 3, 4])
        #expect(epochs.allSatisfy { $0.total == 4 && $0.stage == .fittingModel })
        let history = synthesizer.model.trainingHistory
        #expect(history.map(\.epoch) == [1, 2, 3, 4])
        #expect(history.map(\.losses) == epochs.map(\.losses))
        #expect(history.allSatisfy { $0.losses.allSatisfy(\.value.isFinite) })
    }
}
