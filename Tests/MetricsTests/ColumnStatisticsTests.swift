// MetricsTests: column summaries, shared histograms, frequencies and pair regressions.

import Metrics
import Tabular
import TestSupport
import Testing

@Suite("Column statistics")
struct ColumnStatisticsTests {
    @Test("Summary of 1, 2, 3, 4 and a missing value, worked by hand")
    func summary() {
        let summary = NumericSummary([4, 1, .nan, 3, 2])
        #expect(summary.count == 4 && summary.missingCount == 1)
        #expect(summary.mean == 2.5 && summary.minimum == 1 && summary.maximum == 4)
        // Σ(x − 2.5)² = 5, divided by n − 1 = 3.
        #expect(isClose(summary.standardDeviation, (5.0 / 3).squareRoot()))
        // Positions 0.75, 1.5, 2.25 between the order statistics 1, 2, 3, 4.
        #expect(summary.quartiles == [1.75, 2.5, 3.25])
    }

    @Test("Empty, single and constant samples")
    func degenerate() {
        let empty = NumericSummary([.nan])
        #expect(empty.count == 0 && empty.mean.isNaN && empty.quartiles.allSatisfy(\.isNaN))
        let single = NumericSummary([7])
        #expect(
            single.mean == 7 && single.standardDeviation.isNaN && single.quartiles == [7, 7, 7])
        #expect(NumericSummary([2, 2, 2]).standardDeviation == 0)
    }

    @Test("A shared histogram bins both samples on the same edges")
    func histogram() throws {
        let statistics = try NumericColumnStatistics(
            real: numbers("x", [0, 1, 2, 3]), synthetic: numbers("x", [4, .nan]), binCount: 4)
        #expect(statistics.histogram.edges == [0, 1, 2, 3, 4])
        #expect(statistics.histogram.real == [1, 1, 1, 1])
        #expect(statistics.histogram.synthetic == [0, 0, 0, 1])
        #expect(statistics.synthetic.missingCount == 1)
    }

    @Test("Category frequencies and modes over the union of categories")
    func categories() {
        let statistics = CategoryColumnStatistics(
            real: letters("c", "abba"), synthetic: categoryColumn("c", ["c", nil, "b"]))
        #expect(statistics.categories == ["a", "b", "c"])
        #expect(statistics.real == [2, 2, 0] && statistics.synthetic == [0, 1, 1])
        #expect(statistics.realMode == "a" && statistics.syntheticMode == "b")
        #expect(statistics.syntheticMissing == 1)
        #expect(statistics.syntheticFrequencies == [0, 0.5, 0.5])
    }

    @Test("Regression of y = 2x + 1 with noise-free points, and a constant x")
    func regression() throws {
        let pair = try NumericPairStatistics(
            real: (numbers("x", [1, 2, 3, .nan]), numbers("y", [3, 5, 7, 100])),
            synthetic: (numbers("x", [1, 1]), numbers("y", [1, 2])))
        #expect(pair.real.count == 3)
        #expect(isClose(pair.real.slope, 2) && isClose(pair.real.intercept, 1))
        // cov = Σ(x − 2)(y − 5)/(3 − 1) = (2 + 0 + 2)/2 = 2.
        #expect(isClose(pair.real.covariance, 2) && isClose(pair.real.rSquared, 1))
        #expect(pair.synthetic.slope.isNaN && pair.synthetic.pearson.isNaN)
    }
}

/// The shared `categories` helper, renamed here to avoid the property of the same name.
private func categoryColumn(_ name: String, _ values: [String?]) -> Column {
    Column(name: name, categories: CategoryColumn(values: values))
}
