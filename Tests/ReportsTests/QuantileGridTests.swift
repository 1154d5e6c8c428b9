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

    /// Samples whose bins meet edges in awkward places: whole numbers on the edges, a narrow
    /// range far from zero, and values beyond the edges.
    private static let binned: [[Double]] =
        samples + [
            (0..<2000).map { 1e9 + Double($0 % 37) * 1e-4 },
            (0..<1000).map { Double($0 % 21) },
            (0..<800).map { Double(($0 * 7_919) % 1_000) - 500 },
        ]

    @Test(arguments: binned.indices)
    func histogramFromTheGridEqualsCountingEveryValue(index: Int) throws {
        let values = Self.binned[index]
        let other = values.reversed().map { $0 * 0.9 + 0.3 }
        let grid = QuantileGrid([values, other])
        let finite = (values + other).filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), low < high else { return }
        // The full range, a range cut inside the values, and one reaching past them.
        let ranges = [low...high, (low + (high - low) / 7)...(high - (high - low) / 5)]
        for range in ranges + [(low - 1)...(high + 3)] {
            let step = (range.upperBound - range.lowerBound) / 20
            let edges = (0...20).map {
                $0 == 20 ? range.upperBound : range.lowerBound + Double($0) * step
            }
            for (side, sample) in [values, other].enumerated() {
                let fromGrid = try #require(DrawnHistogram.count(grid, side: side, edges: edges))
                let direct = DrawnHistogram.count(sample, edges: edges)

                #expect(fromGrid.bins == direct.bins)
                #expect(fromGrid.outsideShare == direct.outsideShare)
            }
        }
    }
}
