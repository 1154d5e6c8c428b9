// LinalgTests: RandomSource's core generator, seeding, splitting and discrete draws.

import Testing

@testable import Linalg

@Suite("RandomSource streams")
struct RandomSourceTests {
    @Test func splitMixMatchesItsPublishedFirstOutput() {
        // Steele, Lea and Flood's SplitMix64 from state 0 first returns 0xE220A8397B1DCDAF.
        var mixer = SplitMix64(state: 0)
        #expect(mixer.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func xoshiroMatchesThePublishedRecurrence() {
        // From state (1, 2, 3, 4), xoshiro256** returns 11520, 0, 1509978240,
        // 1215971899390074240 (checked with an independent Python transcription of the
        // recurrence in Blackman and Vigna's paper).
        var source = RandomSource(state: (1, 2, 3, 4))
        let outputs = (0..<4).map { _ in source.next() }
        #expect(outputs == [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240])
    }

    @Test func seedZeroStream() {
        // SplitMix64(0) expanded into xoshiro256** state, computed with the same Python code.
        var source = RandomSource(seed: 0)
        #expect(source.next() == 0x99EC_5F36_CB75_F2B4)
        #expect(source.next() == 0xBF6E_1F78_4956_452A)
        #expect(source.next() == 0x1A5F_849D_4933_E6E0)
    }

    @Test func sameSeedSameStreamDifferentSeedDifferentStream() {
        var first = RandomSource(seed: 42)
        var second = RandomSource(seed: 42)
        var third = RandomSource(seed: 43)
        let a = (0..<100).map { _ in first.standardNormal() }
        let b = (0..<100).map { _ in second.standardNormal() }
        let c = (0..<100).map { _ in third.standardNormal() }
        #expect(a == b)
        #expect(a != c)
    }

    @Test func splitGivesDistinctDeterministicChildren() {
        var parent = RandomSource(seed: 7)
        var childA = parent.split()
        var childB = parent.split()
        var again = RandomSource(seed: 7)
        var childAgain = again.split()

        let streamA = (0..<8).map { _ in childA.next() }
        let streamB = (0..<8).map { _ in childB.next() }
        let streamParent = (0..<8).map { _ in parent.next() }
        #expect(streamA == (0..<8).map { _ in childAgain.next() })
        #expect(streamA != streamB)
        #expect(Set(streamA).isDisjoint(with: streamParent))
    }

    @Test func derivedDependsOnLabelAndDoesNotAdvance() {
        let parent = RandomSource(seed: 99)
        var age = parent.derived(label: "age")
        var ageAgain = parent.derived(label: "age")
        var income = parent.derived(label: "income")
        var byIndex = parent.derived(index: 3)
        var byOtherIndex = parent.derived(index: 4)

        #expect(age.next() == ageAgain.next())
        #expect(age.next() != income.next())
        #expect(byIndex.next() != byOtherIndex.next())
        #expect(parent == RandomSource(seed: 99))
        #expect(RandomSource(seed: 1).derived(label: "x") != RandomSource(seed: 2).derived(label: "x"))
    }

    @Test func uniformDrawsStayInTheirIntervals() {
        var source = RandomSource(seed: 5)
        var sum = 0.0
        let count = 100_000
        for _ in 0..<count {
            let closed = source.uniform()
            let open = source.uniformOpen()
            #expect(closed >= 0 && closed < 1)
            #expect(open > 0 && open < 1)
            let ranged = source.uniform(-3, 5)
            #expect(ranged >= -3 && ranged < 5)
            sum += closed
        }
        // The mean of n uniforms has standard deviation 1/√(12n) ≈ 9.1e-4; 5σ is 4.6e-3.
        #expect(abs(sum / Double(count) - 0.5) < 4.6e-3)
        #expect(source.uniform(2, 2) == 2)
    }

    @Test func uniformIntegersAreUnbiased() {
        var source = RandomSource(seed: 11)
        var counts = [Int](repeating: 0, count: 6)
        let draws = 60_000
        for _ in 0..<draws { counts[source.uniformInt(below: 6)] += 1 }
        let expected = Double(draws) / 6
        let chiSquare = counts.reduce(0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        // χ² with 5 degrees of freedom exceeds 25.7 with probability 1e-4.
        #expect(chiSquare < 25.7)
        #expect(source.uniformInt(below: 1) == 0)
    }

    @Test func categoricalFrequenciesAndZeroWeights() throws {
        let weights: [Double] = [1, 0, 2, 3, 0, 4]
        let sampler = try CategoricalSampler(weights: weights)
        #expect(isCloseEnough(sampler.probability(of: 3), 0.3))
        var source = RandomSource(seed: 12)
        var counts = [Int](repeating: 0, count: weights.count)
        var oneOff = [Int](repeating: 0, count: weights.count)
        let draws = 100_000
        for _ in 0..<draws {
            counts[sampler.sample(using: &source)] += 1
            oneOff[source.categorical(weights: weights)] += 1
        }
        #expect(counts[1] == 0 && counts[4] == 0)
        #expect(oneOff[1] == 0 && oneOff[4] == 0)
        // χ² over the four possible categories (3 degrees of freedom): above 21.1 with
        // probability 1e-4.
        #expect(chiSquare(counts, weights: weights) < 21.1)
        #expect(chiSquare(oneOff, weights: weights) < 21.1)
    }

    @Test func categoricalEdgeCases() throws {
        var source = RandomSource(seed: 13)
        let single = try CategoricalSampler(weights: [0, 0, 5])
        #expect((0..<100).allSatisfy { _ in single.sample(using: &source) == 2 })
        #expect(throws: LinalgError.self) { try CategoricalSampler(weights: []) }
        #expect(throws: LinalgError.self) { try CategoricalSampler(weights: [0, 0]) }
        #expect(throws: LinalgError.self) { try CategoricalSampler(weights: [1, -1]) }
        #expect(throws: LinalgError.self) { try CategoricalSampler(weights: [1, .nan]) }
        do {
            _ = try CategoricalSampler(weights: [1, -2, .infinity])
        } catch {
            #expect(error.description.contains("weight 1 is -2.0, weight 2 is inf"))
        }
    }

    @Test func shuffleIsADeterministicPermutation() {
        var first = RandomSource(seed: 21)
        var second = RandomSource(seed: 21)
        let original = Array(0..<50)
        let shuffled = first.shuffled(original)
        #expect(shuffled.sorted() == original)
        #expect(shuffled != original)
        #expect(second.shuffled(original) == shuffled)
        var empty: [Int] = []
        first.shuffle(&empty)
        #expect(empty.isEmpty)
    }

    @Test func samplingWithoutReplacement() {
        var source = RandomSource(seed: 22)
        #expect(source.sampleWithoutReplacement(count: 0, from: 0).isEmpty)
        #expect(source.sampleWithoutReplacement(count: 10, from: 10).sorted() == Array(0..<10))

        var counts = [Int](repeating: 0, count: 10)
        let trials = 30_000
        for _ in 0..<trials {
            let picks = source.sampleWithoutReplacement(count: 3, from: 10)
            #expect(Set(picks).count == 3)
            for pick in picks { counts[pick] += 1 }
        }
        // Each index is picked with probability 3/10: 9000 times, standard deviation
        // √(30000 · 0.3 · 0.7) ≈ 79; 5σ is 400.
        #expect(counts.allSatisfy { abs($0 - 9000) < 400 })
        #expect(source.sampleWithoutReplacement(count: 2, from: 1 << 40).allSatisfy {
            $0 >= 0 && $0 < 1 << 40
        })
    }

    private func chiSquare(_ counts: [Int], weights: [Double]) -> Double {
        let total = Double(counts.reduce(0, +))
        let weightSum = weights.reduce(0, +)
        var statistic = 0.0
        for (count, weight) in zip(counts, weights) where weight > 0 {
            let expected = total * weight / weightSum
            statistic += (Double(count) - expected) * (Double(count) - expected) / expected
        }
        return statistic
    }

    private func isCloseEnough(_ actual: Double, _ expected: Double) -> Bool {
        abs(actual - expected) < 1e-15
    }
}
