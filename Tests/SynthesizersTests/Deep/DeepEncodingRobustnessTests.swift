// SynthesizersTests: mode encodings of degenerate tables, and their model-file coding.

import Foundation
import Linalg
import NeuralCore
import TestSupport
import Testing

@testable import Synthesizers

/// A named degenerate table.
struct DegenerateTable: Sendable, CustomStringConvertible {
    let description: String
    let data: ModelData

    static func continuous(_ name: String, _ values: [Double]) -> DegenerateTable {
        DegenerateTable(
            description: name,
            data: ModelData(names: ["x"], columns: [values], rowCount: values.count))
    }

    static let all: [DegenerateTable] = [
        continuous("no rows", []),
        continuous("one row", [2]),
        continuous("two rows", [2, 5]),
        continuous("constant", Array(repeating: 9, count: 100)),
        continuous("huge", (0..<300).map { 1e12 * Double(1 + $0 % 3) + Double($0) }),
        DegenerateTable(
            description: "one category",
            data: ModelData(
                names: ["c"], columns: [Array(repeating: 0.5, count: 40)], rowCount: 40,
                isUniformCode: [true], categoryEdges: [[1]])),
        DegenerateTable(
            description: "no columns", data: ModelData(names: [], columns: [], rowCount: 5)),
        DegenerateTable(
            description: "unicode names, no rows",
            data: ModelData(
                names: ["größe", "類別"], columns: [[], []], rowCount: 0,
                isUniformCode: [false, true], categoryEdges: [nil, [0.5, 1]])),
    ]
}

@Suite("Mode encoding robustness and model files")
struct DeepEncodingRobustnessTests {
    /// Fit, encode, decode and a condition sampler on every degenerate table: no trap, no NaN.
    @Test(arguments: DegenerateTable.all)
    func degenerateTables(table: DegenerateTable) {
        var random = RandomSource(seed: 1)
        let encoding = ModeEncoding(fitting: table.data, random: &random)
        let encoded = encoding.encode(table.data, random: &random)
        #expect(encoded.shape == [table.data.rowCount, encoding.width])
        #expect(encoded.scalars.allSatisfy { $0.isFinite })
        let decoded = encoding.decode(encoded)
        #expect(decoded.names == table.data.names)
        #expect(decoded.columns.allSatisfy { column in column.allSatisfy { $0.isFinite } })
        for (back, original) in zip(decoded.columns, table.data.columns) {
            let scale = original.map { abs($0) }.max() ?? 0
            #expect(areClose(back, original, absolute: 1e-3 + 1e-6 * scale, relative: 0))
        }

        let sampler = ConditionSampler(
            encoded: encoded, discreteSpans: encoding.discreteSpans, logFrequency: true)
        let batch = sampler.trainingConditions(count: 20, random: &random)
        #expect(batch.vectors.shape == [20, sampler.width])
        let rows = sampler.matchingRows(
            columns: batch.columns, categories: batch.categories, random: &random)
        #expect(rows.count == (table.data.rowCount == 0 ? 0 : 20))
        #expect(rows.allSatisfy { (0..<table.data.rowCount).contains($0) })
    }

    @Test func modelFileRoundTripGivesAnEqualEncoding() throws {
        var random = RandomSource(seed: 2)
        let encoding = ModeEncoding(fitting: mixedModelData(rows: 500, seed: 2), random: &random)
        var writer = ModelWriter()
        encoding.encode(to: &writer)
        var reader = ModelReader(bytes: writer.bytes)
        let decoded = try ModeEncoding.decoded(from: &reader)
        #expect(decoded == encoding)
        #expect(reader.isAtEnd)
    }

    /// Every proper prefix of the encoding's bytes is rejected with a model-file error.
    @Test func truncatedDataThrows() {
        var random = RandomSource(seed: 3)
        let encoding = ModeEncoding(fitting: mixedModelData(rows: 200, seed: 3), random: &random)
        var writer = ModelWriter()
        encoding.encode(to: &writer)
        let bytes = writer.bytes
        for length in stride(from: 0, to: bytes.count, by: 7) {
            var reader = ModelReader(bytes: Array(bytes[0..<length]))
            #expect(throws: ModelFileError.self) { try ModeEncoding.decoded(from: &reader) }
        }
    }

    @Test func damagedParametersThrow() {
        func bytes(_ build: (inout ModelWriter) -> Void) -> [UInt8] {
            var writer = ModelWriter()
            build(&writer)
            return writer.bytes
        }
        let unknownTag = bytes { writer in
            writer.write(1)
            writer.write("x")
            writer.append(raw: [7])
        }
        let negativeDeviation = bytes { writer in
            writer.write(1)
            writer.write("x")
            writer.append(raw: [0])
            for values in [[1.0], [0.0], [-1.0], [0.0]] { writer.write(values) }
        }
        let unequalArrays = bytes { writer in
            writer.write(1)
            writer.write("x")
            writer.append(raw: [0])
            for values in [[0.5, 0.5], [0.0], [1.0], [0.0]] { writer.write(values) }
        }
        let decreasingEdges = bytes { writer in
            writer.write(1)
            writer.write("c")
            writer.append(raw: [1])
            writer.write([0.7, 0.2, 1.0])
        }
        for damaged in [unknownTag, negativeDeviation, unequalArrays, decreasingEdges] {
            var reader = ModelReader(bytes: damaged)
            #expect(throws: ModelFileError.self) { try ModeEncoding.decoded(from: &reader) }
        }
    }
}
