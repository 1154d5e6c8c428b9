// SynthesizersTests: mode-specific normalisation: layout, encoding, decoding, model files.

import Foundation
import Linalg
import NeuralCore
import TestSupport
import Testing

@testable import Synthesizers

/// Model data with a two-mode continuous column, a three-category column whose categories
/// hold 60%, 30% and 10% of the rows, and a two-category column (90% / 10%).
func mixedModelData(rows: Int, seed: UInt64) -> ModelData {
    let amounts = gaussianMixtureSample([(0.6, 100, 5), (0.4, 300, 20)], count: rows, seed: seed)
    let colourEdges = [0.6, 0.9, 1.0]
    let flagEdges = [0.9, 1.0]
    let colours = (0..<rows).map { row -> Double in
        let category = row % 10 < 6 ? 0 : (row % 10 < 9 ? 1 : 2)
        return ModelData.middleCode(ofCategory: category, edges: colourEdges)
    }
    let flags = (0..<rows).map { row in
        ModelData.middleCode(ofCategory: row % 10 == 3 ? 1 : 0, edges: flagEdges)
    }
    return ModelData(
        names: ["amount", "colour", "flag"], columns: [amounts, colours, flags], rowCount: rows,
        isUniformCode: [false, true, true], categoryEdges: [nil, colourEdges, flagEdges])
}

@Suite("Mode-specific normalisation")
struct DeepEncodingModeTests {
    @Test func layoutFollowsTheColumns() throws {
        var random = RandomSource(seed: 1)
        let encoding = ModeEncoding(fitting: mixedModelData(rows: 2000, seed: 1), random: &random)
        guard case .continuous(let means, let deviations) = encoding.columns[0] else {
            Issue.record("the first column is not continuous")
            return
        }
        let modes = means.count
        #expect(modes >= 2 && deviations.count == modes)
        #expect(encoding.columns[1] == .discrete(edges: [0.6, 0.9, 1.0]))
        #expect(
            encoding.spans == [
                OutputSpan(range: 0..<1, kind: .scalar),
                OutputSpan(range: 1..<(1 + modes), kind: .choice),
                OutputSpan(range: (1 + modes)..<(4 + modes), kind: .choice),
                OutputSpan(range: (4 + modes)..<(6 + modes), kind: .choice),
            ])
        #expect(encoding.width == 6 + modes)
        #expect(encoding.discreteSpans == [(1 + modes)..<(4 + modes), (4 + modes)..<(6 + modes)])
        let mixture = try #require(encoding.mixtures[0])
        #expect(means == mixture.activeComponents.map { mixture.means[$0] })
    }

    /// Each column is fitted from `random.derived(index: j)`, whatever thread fits it.
    @Test func columnsAreFittedFromDerivedStreams() {
        let data = mixedModelData(rows: 800, seed: 2)
        var random = RandomSource(seed: 5)
        let start = random
        let encoding = ModeEncoding(fitting: data, random: &random)
        var stream = start.derived(index: 0)
        #expect(
            encoding.mixtures[0] == VariationalMixture(fitting: data.columns[0], random: &stream))
        #expect(random != start)
    }

    @Test func encodedRowsAreWellFormed() {
        let data = mixedModelData(rows: 3000, seed: 3)
        var random = RandomSource(seed: 3)
        let encoding = ModeEncoding(fitting: data, random: &random)
        let encoded = encoding.encode(data, random: &random)
        #expect(encoded.shape == [3000, encoding.width])
        let scalars = encoded.scalars
        for row in 0..<3000 {
            let values = scalars[(row * encoding.width)..<((row + 1) * encoding.width)]
            let scalar = values[values.startIndex]
            #expect(abs(scalar) <= 0.99)
            for span in encoding.spans where span.kind == .choice {
                let block = span.range.map { values[values.startIndex + $0] }
                #expect(
                    block.filter { $0 == 1 }.count == 1 && block.allSatisfy { $0 == 0 || $0 == 1 })
            }
        }
    }

    /// Decoding the encoding gives the data back: a continuous value within the clipping
    /// range of its drawn mode returns to Float32 precision (relative 1e-6 of 4σ); values
    /// beyond 3.96σ of that mode are clipped, which a well-separated mixture makes rare (the
    /// drawn mode is almost always the value's own; < 1% of rows are allowed). Categories
    /// return exactly.
    @Test func decodeInvertsEncode() {
        let data = mixedModelData(rows: 3000, seed: 4)
        var random = RandomSource(seed: 4)
        let encoding = ModeEncoding(fitting: data, random: &random)
        let decoded = encoding.decode(encoding.encode(data, random: &random))
        #expect(decoded.names == data.names)
        #expect(decoded.categoryEdges == data.categoryEdges)
        #expect(decoded.isUniformCode == data.isUniformCode)
        #expect(decoded.columns[1] == data.columns[1] && decoded.columns[2] == data.columns[2])
        let misses = zip(decoded.columns[0], data.columns[0]).filter { abs($0 - $1) > 1e-3 }
        #expect(misses.count < 30)
    }

    /// The mode is drawn from the posterior: at x = 0 between modes N(0, 1) and N(1, 1) of
    /// equal weight the first has probability 1 / (1 + e^(−1/2)) = 0.6225 (plus the 1e-6
    /// floor). Over 20,000 rows the frequency's deviation is 0.0034; the bound is 0.02.
    @Test func modesAreDrawnFromThePosterior() {
        let mixture = VariationalMixture(
            weights: [0.5, 0.5], means: [0, 1], standardDeviations: [1, 1])
        let encoding = ModeEncoding(names: ["x"], mixtures: [mixture], edges: [nil])
        let data = ModelData(
            names: ["x"], columns: [[Double](repeating: 0, count: 20000)], rowCount: 20000)
        var random = RandomSource(seed: 6)
        let encoded = encoding.encode(data, random: &random)
        let first = (0..<20000).filter { encoded[$0, 1] == 1 }.count
        #expect(isClose(Double(first) / 20000, 1 / (1 + exp(-0.5)), absolute: 0.02))
    }

    @Test func sameSeedSameEncoding() {
        let data = mixedModelData(rows: 600, seed: 7)
        var first = RandomSource(seed: 8)
        var second = RandomSource(seed: 8)
        let one = ModeEncoding(fitting: data, random: &first)
        let two = ModeEncoding(fitting: data, random: &second)
        #expect(one == two)
        #expect(one.encode(data, random: &first) == two.encode(data, random: &second))
        // Where modes overlap, the drawn modes depend on the seed.
        let overlapping = ModeEncoding(
            names: ["x"],
            mixtures: [
                VariationalMixture(
                    weights: [0.5, 0.5], means: [0, 1], standardDeviations: [1, 1])
            ],
            edges: [nil])
        let zeros = ModelData(
            names: ["x"], columns: [[Double](repeating: 0.5, count: 200)], rowCount: 200)
        var again = RandomSource(seed: 8)
        var other = RandomSource(seed: 80)
        let reference = overlapping.encode(zeros, random: &first)
        #expect(reference == overlapping.encode(zeros, random: &second))
        #expect(reference != overlapping.encode(zeros, random: &other))
        #expect(reference != overlapping.encode(zeros, random: &again))
    }

    /// Network output is arbitrary: out-of-range scalars are clipped, NaN never wins a
    /// choice and a NaN scalar reads as 0, so decoding never produces NaN.
    @Test func decodeToleratesAnyNetworkOutput() {
        var random = RandomSource(seed: 9)
        let encoding = ModeEncoding(fitting: mixedModelData(rows: 300, seed: 9), random: &random)
        let noise = (0..<(4 * encoding.width)).map { index -> Float in
            [Float.nan, 7, -7, .infinity, -.infinity, 0.3][index % 6]
        }
        let decoded = encoding.decode(Tensor(shape: [4, encoding.width], scalars: noise))
        #expect(decoded.columns.allSatisfy { column in column.allSatisfy { $0.isFinite } })
        #expect(decoded.rowCount == 4)
    }
}
