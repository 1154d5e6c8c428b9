// MetricsTests: KSComplement and TVComplement on cases worked by hand and the reference's vectors.

import Metrics
import Tabular
import TestSupport
import Testing

@Suite("KSComplement")
struct KSComplementTests {
    @Test("Reference vector: 1…5 against 2…6 with a missing value scores 0.8")
    func referenceVector() throws {
        // F_r − F_s is largest at x = 1: 1/5 − 0 = 0.2.
        let score = try KSComplement.score(
            real: numbers("x", [1, 2, 3, 4, 5]), synthetic: numbers("x", [2, 3, 4, 5, 6, .nan]))
        #expect(isClose(score, 0.8))
    }

    @Test("Disjoint samples score 0; identical samples score 1")
    func extremes() {
        #expect(KSComplement.score(real: [1, 2, 3], synthetic: [10, 11]) == 0)
        #expect(KSComplement.score(real: [3, 1, 2, 2], synthetic: [2, 1, 3, 2]) == 1)
    }

    @Test("Ties across samples: {1, 1, 2} against {1, 2, 2} scores 2/3")
    func ties() {
        // At x = 1: F_r = 2/3, F_s = 1/3; at x = 2 both are 1.
        #expect(isClose(KSComplement.score(real: [1, 1, 2], synthetic: [1, 2, 2]), 2.0 / 3))
    }

    @Test("Rounding to 14 decimals makes 0.1 + 0.2 equal 0.3, as in the reference")
    func rounding() {
        #expect(KSComplement.score(real: [0.1 + 0.2, 1], synthetic: [0.3, 1]) == 1)
    }

    @Test("No present value on a side gives NaN")
    func empty() {
        #expect(KSComplement.score(real: [], synthetic: [1]).isNaN)
        #expect(KSComplement.score(real: [.nan, .nan], synthetic: [1]).isNaN)
    }

    @Test("Datetimes compare as instants")
    func datetimes() throws {
        let score = try KSComplement.score(
            real: instants("t", [0, 86_400, 172_800, .nan]), synthetic: instants("t", [0, 86_400]))
        // At t = 0 and 1 day: F_r = 1/3, 2/3 and F_s = 1/2, 1: largest gap 1/3.
        #expect(isClose(score, 2.0 / 3))
    }

    @Test("A category column is a wrong kind")
    func wrongKind() {
        #expect(throws: MetricsError.self) {
            try KSComplement.score(real: letters("x", "ab"), synthetic: letters("x", "ab"))
        }
    }
}

@Suite("TVComplement")
struct TVComplementTests {
    @Test("Reference vector: aabbc against aaabd scores 0.60000012")
    func referenceVector() throws {
        let score = try TVComplement.score(
            real: letters("c", "aabbc"), synthetic: letters("c", "aaabd"))
        // The unseen 'd' gets a real count of 1e-6: the reference prints 0.600000119999976.
        #expect(isClose(score, 0.600000119999976, absolute: 1e-15))
    }

    @Test("Missing values are dropped, so their rates do not count")
    func missingDropped() throws {
        let score = try TVComplement.score(
            real: categories("c", ["a", "b", nil, nil]), synthetic: categories("c", ["b", "a"]))
        #expect(score == 1)
    }

    @Test("Numbers count as categories: {1, 1, 2} against {1, 2, 2} scores 2/3")
    func numericCategories() throws {
        let score = try TVComplement.score(
            real: numbers("n", [1, 1, 2]), synthetic: numbers("n", [1, 2, 2]))
        #expect(isClose(score, 1 - 0.5 * (1.0 / 3 + 1.0 / 3)))
    }

    @Test("An all-missing side is an error")
    func allMissing() {
        #expect(throws: MetricsError.self) {
            try TVComplement.score(
                real: categories("c", [nil, nil]), synthetic: categories("c", ["a"]))
        }
    }
}
