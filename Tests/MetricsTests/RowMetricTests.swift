// MetricsTests: NewRowSynthesis, distance to the closest record and the privacy scores.

import Metrics
import Tabular
import TestSupport
import Testing

@Suite("Row-level metrics")
struct RowMetricTests {
    let schema = EvaluationSchema(["n": .numerical, "c": .categorical])

    @Test("NewRowSynthesis: relative tolerance, equal categories, missing where missing")
    func newRows() throws {
        let real = try table(numbers("n", [100, 0, .nan, 50]), letters("c", "abab"))
        let synthetic = try table(
            numbers("n", [101, 101.5, 0, .nan, 50, 0.001]), letters("c", "aaaabb"))
        // 101 matches 100 (|Δ| = 1 ≤ 1.01); 101.5 does not (1.5 > 1.015); 0 with 'a' has no
        // real (0, a); NaN with 'a' matches the real (NaN, a); 50 with 'b' matches; 0.001
        // with 'b' does not match the real (0, b) because its tolerance is 1e-5.
        let score = try NewRowSynthesis.score(real: real, synthetic: synthetic, schema: schema)
        #expect(isClose(score, 3.0 / 6))
    }

    @Test("NewRowSynthesis of a table against itself is 0; disjoint tables give 1")
    func newRowsExtremes() throws {
        let data = try table(numbers("n", [1, 2, .nan]), categories("c", ["a", nil, "b"]))
        #expect(try NewRowSynthesis.score(real: data, synthetic: data, schema: schema) == 0)
        let other = try table(numbers("n", [7, 8, 9]), letters("c", "zzz"))
        #expect(try NewRowSynthesis.score(real: data, synthetic: other, schema: schema) == 1)
    }

    @Test("DCR reference vector: [0.45, 0.5]")
    func dcrReferenceVector() throws {
        let reference = try table(numbers("n", [0, 10, 5]), letters("c", "aba"))
        let dataset = try table(numbers("n", [1, .nan]), letters("c", "ba"))
        let distances = try DistanceToClosestRecord.distances(
            of: dataset, to: reference, schema: schema)
        // (1, b) is closest to (10, b): (0.9 + 0)/2; (NaN, a) to (0, a): (1 + 0)/2.
        #expect(areClose(distances, [0.45, 0.5]))
    }

    @Test("DCR leave-one-out skips the row itself; a constant column counts inequality")
    func leaveOneOut() throws {
        let data = try table(numbers("n", [0, 4, 10]), letters("c", "aab"))
        let distances = try DistanceToClosestRecord.distances(
            of: data, to: data, schema: schema, excludingSameRow: true)
        #expect(areClose(distances, [0.2, 0.2, 0.8]))
        let constant = try table(numbers("n", [3, 3]), letters("c", "aa"))
        let probe = try table(numbers("n", [4]), letters("c", "a"))
        #expect(
            try DistanceToClosestRecord.distances(of: probe, to: constant, schema: schema) == [0.5])
    }

    @Test("Copied rows are all closer than the real baseline; holdout protection drops to 0")
    func privacyScores() throws {
        let real = try table(numbers("n", [0, 4, 10, 7]), letters("c", "aabb"))
        let copied = try CloserThanRealShare(real: real, synthetic: real, schema: schema)
        // Leave-one-out DCRs: 0.2, 0.2, 0.15, 0.15 → median 0.175; copies are at 0.
        #expect(isClose(copied.baseline, 0.175))
        #expect(copied.share == 1)

        let holdout = try table(numbers("n", [1, 5, 9, 6]), letters("c", "abab"))
        let overfit = try OverfittingProtection(
            training: real, synthetic: real, holdout: holdout, schema: schema)
        #expect(overfit.closerToTrainingShare == 1 && overfit.score == 0)
        let fair = try OverfittingProtection(
            training: real, synthetic: holdout, holdout: holdout, schema: schema)
        #expect(fair.closerToTrainingShare == 0 && fair.score == 1)
    }

    @Test("A negative tolerance is an error")
    func badTolerance() throws {
        let data = try table(numbers("n", [1]), letters("c", "a"))
        #expect(throws: MetricsError.self) {
            try NewRowSynthesis.score(real: data, synthetic: data, schema: schema, tolerance: -1)
        }
    }
}
