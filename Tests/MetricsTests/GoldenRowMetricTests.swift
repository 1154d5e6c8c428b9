// MetricsTests: NewRowSynthesis and DCR against figures the reference computed on the fixtures.

import Foundation
import Metrics
import Tabular
import TestSupport
import Testing

@Suite("Row metrics against the reference")
struct GoldenRowMetricTests {
    /// sdmetrics 0.32 `calculate_dcr(synthetic, real, metadata)`: mean, median and maximum.
    @Test(
        "DCR of the synthetic rows to the real ones equals the reference's",
        arguments: [
            ("iris", 0.08918895166352793, 0.07170433145009414, 0.28206214689265535),
            ("iris-perturbed", 0.2140376647834275, 0.2124058380414312, 0.6083333333333333),
            ("penguins", 0.10426816642854989, 0.08289077649549803, 0.30202793238507525),
            ("penguins-perturbed", 0.1968035676857788, 0.19201255463664663, 0.5714285714285714),
        ])
    func dcr(name: String, mean: Double, median: Double, maximum: Double) throws {
        let golden = try GoldenCase(name)
        var schema = golden.schema
        // The reference leaves ordinal columns (penguins' year) out of the distance.
        for index in schema.columns.indices where schema.columns[index].name == "year" {
            schema.columns[index].type = .other
        }
        let distances = try DistanceToClosestRecord.distances(
            of: golden.synthetic, to: golden.real, schema: schema)
        let sorted = distances.sorted()
        let middle = sorted.count / 2
        let ourMedian =
            sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        #expect(isClose(distances.reduce(0, +) / Double(distances.count), mean, absolute: 1e-12))
        #expect(isClose(ourMedian, median, absolute: 1e-12))
        #expect(isClose(sorted.last ?? .nan, maximum, absolute: 1e-12))
    }

    @Test("NewRowSynthesis of every golden pair is 1, as in the reference (no copied rows)")
    func newRowsGolden() throws {
        for name in ["iris", "iris-perturbed", "penguins", "penguins-perturbed"] {
            let golden = try GoldenCase(name)
            let score = try NewRowSynthesis.score(
                real: golden.real, synthetic: golden.synthetic, schema: golden.schema)
            #expect(score == 1, "\(name)")
        }
    }

    @Test("Near copies: 30 of 40 rows scaled by 1.008 match, the reference's 0.7")
    func nearCopies() throws {
        // iris/near-copies.csv: the first 40 real rows with every measurement × 1.008 (the
        // first 10 also Sepal.Width × 1.01, which leaves the 1 % tolerance), then 60 synthetic
        // rows. sdmetrics 0.32 NewRowSynthesis gives 0.7 and a mean DCR of 0.05286144112994349.
        let golden = try GoldenCase("iris")
        let nearCopies = try CSVReader().read(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(
                    "Fixtures/golden/iris/near-copies.csv"))
        let score = try NewRowSynthesis.score(
            real: golden.real, synthetic: nearCopies, schema: golden.schema)
        #expect(isClose(score, 0.7))
        let distances = try DistanceToClosestRecord.distances(
            of: nearCopies, to: golden.real, schema: golden.schema)
        let mean = distances.reduce(0, +) / Double(distances.count)
        #expect(isClose(mean, 0.05286144112994349, absolute: 1e-12))
    }
}
