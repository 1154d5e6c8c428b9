// SynthesizersTests: model files: identical samples after a round trip, and every error.

import Foundation
import Tabular
import TestSupport
import Testing

@testable import Synthesizers

@Suite("Model files")
struct ModelFileTests {
    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
    }

    /// A synthesizer fitted on penguins with a KDE column and a per-column setting.
    func fitted() throws -> TableSynthesizer {
        let (table, metadata) = try dataset("penguins")
        var synthesizer = try TableSynthesizer(
            named: "gaussian-copula",
            settings: [("numerical-distributions", "body_mass_g=gaussian_kde")])
        try synthesizer.fit(table, plan: TablePlan(metadata: metadata), seed: 12)
        return synthesizer
    }

    @Test func aLoadedModelSamplesByteForByteLikeTheSavedOne() throws {
        var original = try fitted()
        _ = try original.sample(rows: 17)
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("penguins.fcsm")
        try original.save(to: url)
        var loaded = try TableSynthesizer.load(from: url)

        #expect(loaded.name == "gaussian-copula")
        #expect(loaded.parameters == original.parameters)
        #expect(loaded.transformer == original.transformer)
        #expect(loaded.model as? GaussianCopula == original.model as? GaussianCopula)
        #expect(csv(try loaded.sample(rows: 300)) == csv(try original.sample(rows: 300)))
        loaded.resetSampling(seed: 99)
        original.resetSampling(seed: 99)
        #expect(csv(try loaded.sample(rows: 300)) == csv(try original.sample(rows: 300)))
        #expect(loaded.modelFileBytes() == original.modelFileBytes())
    }

    @Test func truncatedFilesSaySo() throws {
        let bytes = try fitted().modelFileBytes()
        for length in [5, 19, 40, bytes.count - 1] {
            #expect(
                throws: ModelFileError.truncated(
                    path: "m", bytes: length, expected: length < 20 ? 24 : bytes.count)
            ) {
                try TableSynthesizer.decode(Array(bytes.prefix(length)), path: "m")
            }
        }
    }

    @Test func corruptedFilesFailTheChecksum() throws {
        var bytes = try fitted().modelFileBytes()
        bytes[bytes.count / 2] ^= 0x10
        do {
            _ = try TableSynthesizer.decode(bytes, path: "m")
            Issue.record("accepted a corrupted file")
        } catch {
            guard case .checksumMismatch(let path, _, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == "m")
            #expect(error.description.contains("corrupted"))
        }
    }

    @Test func foreignFilesAreNotModelFiles() throws {
        for bytes in [Array("species,island\nAdelie,Torgersen\n".utf8), [], [0x46, 0x43, 0x58]] {
            #expect(throws: ModelFileError.notAModelFile(path: "data.csv")) {
                try TableSynthesizer.decode(bytes, path: "data.csv")
            }
        }
    }

    @Test func newerVersionsAskForAnUpgrade() throws {
        var bytes = try fitted().modelFileBytes()
        bytes[8] = 2
        #expect(throws: ModelFileError.newerVersion(path: "m", found: 2, supported: 1)) {
            try TableSynthesizer.decode(bytes, path: "m")
        }
    }

    @Test func damageUnderAValidChecksumIsMalformed() throws {
        let payload = Array("not a payload".utf8)
        #expect(throws: ModelFileError.self) {
            try TableSynthesizer.decode(ModelFile.container(payload: payload), path: "m")
        }
        var writer = ModelWriter()
        writer.write("hma")
        do {
            _ = try TableSynthesizer.decode(ModelFile.container(payload: writer.bytes), path: "m")
            Issue.record("accepted an unknown synthesizer")
        } catch {
            let known = SynthesizerRegistry.standard.entries.map(\.name)
            #expect(error == .unknownSynthesizer(name: "hma", known: known))
        }
    }

    @Test func savingIsAtomicAndRefusesUnfittedModels() throws {
        let directory = try Fixtures.temporaryDirectory()
        let url = directory.appendingPathComponent("model.fcsm")
        #expect(throws: ModelFileError.self) {
            try TableSynthesizer(named: "fast-ml").save(to: url)
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
        let synthesizer = try fitted()
        try synthesizer.save(to: url)
        try synthesizer.save(to: url)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names == ["model.fcsm"])
        let missing = directory.appendingPathComponent("no/such/folder/model.fcsm")
        #expect(throws: ModelFileError.self) { try synthesizer.save(to: missing) }
        #expect(throws: ModelFileError.self) { try TableSynthesizer.load(from: missing) }
    }
}
