// ReportsTests: order statistics found on the quantile grid against a plain sort.

import Testing

@testable import Reports

@Suite struct QuantileGridTests {
    /// NumPy's linear quantile of `values` (finite ones), by sorting.
    private func sortedQuantile(_ values: [Double], _ q: Double) -> Double {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return .nan }
        let position = Double(sorted.count - 1) * q
        let below = Int(position.rounded(.down))
        guard below + 1 < sorted.count else { return sorted[below] }
        return sorted[below] + (sorted[below + 1] - sorted[below]) * (position - Double(below))
    }

    private static let samples: [[Double]] = [
        (0..<997).map { Double(($0 * 7_919) % 1_000) / 10 },
        (0..<500).map { $0 % 3 == 0 ? 5 : Double($0) },  // a clump in one bin
        [1, .nan, 4, .infinity, 2, 3],
        (0..<300).map { $0 < 299 ? Double($0 % 10) : 1e12 },  // one far outlier
        [42],
    ]

    @Test(arguments: samples.indices)
    func mediansAndQuantilesEqualThoseOfASort(index: Int) {
        let values = Self.samples[index]
        let other = values.reversed().map { $0 * 0.5 + 1 }
        let grid = QuantileGrid([values, other], binCount: 64)

        #expect(grid.median(side: 0) == sortedQuantile(values, 0.5))
        #expect(grid.median(side: 1) == sortedQuantile(other, 0.5))
        for q in [0, 0.005, 0.25, 0.9, 0.995, 1] {
            #expect(grid.quantile(q, sides: [0, 1]) == sortedQuantile(values + other, q))
        }
    }

    @Test func ranksOutsideTheSampleAndEmptySamplesGiveNaN() {
        let grid = QuantileGrid([[], [.nan, .nan]])

        #expect(grid.median(side: 0).isNaN && grid.median(side: 1).isNaN)
        #expect(grid.value(rank: 0, sides: [0, 1]).isNaN)
        #expect(grid.finiteCounts == [0, 0])
    }

    @Test func severalRanksComeBackInTheOrderAsked() {
        let values = (0..<100).map(Double.init).reversed().map { $0 }
        let grid = QuantileGrid([values], binCount: 8)

        #expect(grid.values(ranks: [90, 3, 3, 150], sides: [0]).prefix(3) == [90, 3, 3])
        #expect(grid.values(ranks: [150], sides: [0])[0].isNaN)
    }
}
