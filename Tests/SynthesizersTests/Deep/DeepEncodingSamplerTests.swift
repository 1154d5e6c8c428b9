// SynthesizersTests: CTGAN's condition vectors and training-by-sampling.

import Foundation
import Linalg
import NeuralCore
import TestSupport
import Testing

@testable import Synthesizers

@Suite("Condition sampler")
struct DeepEncodingSamplerTests {
    /// 1,000 rows: colour 600 / 300 / 100, flag 900 / 100 (see ``mixedModelData``).
    static func fitted(logFrequency: Bool) -> (ModeEncoding, Tensor, ConditionSampler) {
        let data = mixedModelData(rows: 1000, seed: 11)
        var random = RandomSource(seed: 11)
        let encoding = ModeEncoding(fitting: data, random: &random)
        let encoded = encoding.encode(data, random: &random)
        let sampler = ConditionSampler(
            encoded: encoded, discreteSpans: encoding.discreteSpans, logFrequency: logFrequency)
        return (encoding, encoded, sampler)
    }

    static let counts: [[Double]] = [[600, 300, 100], [900, 100]]

    /// Draws 200,000 condition rows and checks that the column is uniform and the category
    /// frequency within a column is `expected`. A frequency p over N draws has deviation
    /// √(p(1−p)/N) ≤ 0.0016 for N ≥ 100,000 (a column's share); 0.008 is five deviations.
    func expectFrequencies(
        _ batch: ConditionBatch, sampler: ConditionSampler, expected: [[Double]]
    ) {
        let total = Double(batch.columns.count)
        for column in 0..<2 {
            let rows = batch.columns.indices.filter { batch.columns[$0] == column }
            #expect(isClose(Double(rows.count) / total, 0.5, absolute: 0.008))
            for category in expected[column].indices {
                let hits = rows.filter { batch.categories[$0] == category }.count
                #expect(
                    isClose(
                        Double(hits) / Double(rows.count), expected[column][category],
                        absolute: 0.008), "column \(column) category \(category)")
            }
        }
        // The vectors are the one-hot of the (column, category) pairs.
        let vectors = batch.vectors
        for row in stride(from: 0, to: batch.columns.count, by: 997) {
            let hot = sampler.offsets[batch.columns[row]] + batch.categories[row]
            #expect((0..<sampler.width).allSatisfy { vectors[row, $0] == ($0 == hot ? 1 : 0) })
        }
    }

    @Test func trainingDrawsByLogFrequency() {
        let (_, _, sampler) = Self.fitted(logFrequency: true)
        #expect(sampler.width == 5 && sampler.offsets == [0, 3])
        let expected = Self.counts.map { counts in
            counts.map { log($0 + 1) / counts.reduce(0) { $0 + log($1 + 1) } }
        }
        #expect(isClose(sampler.trainingProbability(column: 1, category: 1), expected[1][1]))
        var random = RandomSource(seed: 12)
        let batch = sampler.trainingConditions(count: 200_000, random: &random)
        expectFrequencies(batch, sampler: sampler, expected: expected)
    }

    @Test func trainingDrawsByFrequencyWhenAsked() {
        let (_, _, sampler) = Self.fitted(logFrequency: false)
        let expected = Self.counts.map { counts in counts.map { $0 / counts.reduce(0, +) } }
        var random = RandomSource(seed: 13)
        let batch = sampler.trainingConditions(count: 200_000, random: &random)
        expectFrequencies(batch, sampler: sampler, expected: expected)
    }

    /// Generation (CTGAN's sampling, from the encoding alone) uses the empirical frequencies
    /// even when training uses log-frequencies.
    @Test func generationDrawsByEmpiricalFrequency() {
        let (encoding, _, sampler) = Self.fitted(logFrequency: true)
        let expected = Self.counts.map { counts in counts.map { $0 / counts.reduce(0, +) } }
        let conditions = GenerationConditions(encoding: encoding)
        #expect(conditions.width == sampler.width && conditions.offsets == sampler.offsets)
        var random = RandomSource(seed: 14)
        let vectors = conditions.draw(200_000, random: &random)
        var columns: [Int] = []
        var categories: [Int] = []
        for row in 0..<200_000 {
            let hot = (0..<5).first { vectors[row, $0] == 1 } ?? -1
            columns.append(hot < 3 ? 0 : 1)
            categories.append(hot < 3 ? hot : hot - 3)
        }
        let batch = ConditionBatch(vectors: vectors, columns: columns, categories: categories)
        expectFrequencies(batch, sampler: sampler, expected: expected)
    }

    /// One batch of generation conditions is stratified: each of the two columns gets half
    /// the rows (one more for the column whose turn it is) and each category its share
    /// within one row, in shuffled order; another seed gives another order.
    @Test(arguments: [500, 501, 7])
    func generationBatchesAreStratified(count: Int) {
        let (encoding, _, _) = Self.fitted(logFrequency: true)
        let conditions = GenerationConditions(encoding: encoding)
        var random = RandomSource(seed: 21)
        let slots = Self.hotSlots(conditions.draw(count, random: &random), width: 5)

        let perColumn = [slots.filter { $0 < 3 }.count, slots.filter { $0 >= 3 }.count]
        #expect(perColumn.sorted() == [count / 2, count - count / 2])
        for (column, shares) in Self.counts.enumerated() {
            let total = shares.reduce(0, +)
            for (category, share) in shares.enumerated() {
                let slot = (column == 0 ? 0 : 3) + category
                let expected = Double(perColumn[column]) * share / total
                let hits = Double(slots.filter { $0 == slot }.count)
                #expect(abs(hits - expected) < 1, "slot \(slot): \(hits) for \(expected)")
            }
        }

        if count >= 500 {
            #expect(slots != slots.sorted(), "the rows are not shuffled")
            var other = RandomSource(seed: 22)
            #expect(Self.hotSlots(conditions.draw(count, random: &other), width: 5) != slots)
        }
    }

    /// The position of the one hot entry of each row.
    static func hotSlots(_ vectors: Tensor, width: Int) -> [Int] {
        (0..<vectors.shape[0]).map { row in
            (0..<width).first { vectors[row, $0] == 1 } ?? -1
        }
    }

    /// Matching rows hold the pair's category, and every row holding it can be drawn (the
    /// 100 rows of colour 2, drawn 20,000 times: each is missed with probability
    /// (0.99)^20000 ≈ 10⁻⁸⁷).
    @Test func matchingRowsHoldTheCategory() {
        let (encoding, encoded, sampler) = Self.fitted(logFrequency: true)
        var random = RandomSource(seed: 15)
        let batch = sampler.trainingConditions(count: 5000, random: &random)
        let rows = sampler.matchingRows(
            columns: batch.columns, categories: batch.categories, random: &random)
        for (index, row) in rows.enumerated() {
            let span = encoding.discreteSpans[batch.columns[index]]
            #expect(encoded[row, span.lowerBound + batch.categories[index]] == 1)
        }
        let rare = sampler.matchingRows(
            columns: Array(repeating: 0, count: 20000),
            categories: Array(repeating: 2, count: 20000),
            random: &random)
        let holders = (0..<1000).filter {
            encoded[$0, encoding.discreteSpans[0].lowerBound + 2] == 1
        }
        #expect(Set(rare) == Set(holders) && holders.count == 100)
    }

    @Test func sameSeedSameDraws() {
        let (_, _, sampler) = Self.fitted(logFrequency: true)
        var first = RandomSource(seed: 16)
        var second = RandomSource(seed: 16)
        let one = sampler.trainingConditions(count: 300, random: &first)
        let two = sampler.trainingConditions(count: 300, random: &second)
        #expect(one.vectors == two.vectors && one.columns == two.columns)
        #expect(
            sampler.matchingRows(columns: one.columns, categories: one.categories, random: &first)
                == sampler.matchingRows(
                    columns: two.columns, categories: two.categories, random: &second))
    }

    /// Without discrete columns there is no condition: width 0, columns −1, and matching
    /// rows are uniform over all rows (each of 50 rows about 2% of 50,000 draws).
    @Test func noDiscreteColumns() {
        let data = ModelData(
            names: ["x"], columns: [(0..<50).map { Double($0) }], rowCount: 50)
        var random = RandomSource(seed: 17)
        let encoding = ModeEncoding(fitting: data, random: &random)
        let sampler = ConditionSampler(
            encoded: encoding.encode(data, random: &random), discreteSpans: [],
            logFrequency: true)
        #expect(sampler.width == 0)
        let batch = sampler.trainingConditions(count: 50000, random: &random)
        #expect(batch.vectors.shape == [50000, 0] && batch.columns.allSatisfy { $0 == -1 })
        let rows = sampler.matchingRows(
            columns: batch.columns, categories: batch.categories, random: &random)
        var hits = [Int](repeating: 0, count: 50)
        for row in rows { hits[row] += 1 }
        // Each count is Binomial(50000, 0.02): mean 1000, deviation 31; ±160 is five.
        #expect(hits.allSatisfy { abs($0 - 1000) < 160 })
    }
}
