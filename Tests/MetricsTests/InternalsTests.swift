// MetricsTests: internal helpers (radix sort, quantiles) checked against plain definitions.

import Linalg
import Testing

@testable import Metrics

@Suite("Internal helpers")
struct InternalsTests {
    @Test("Radix sort agrees with the standard sort", arguments: [0, 1, 2, 65, 1000])
    func radixSort(count: Int) {
        var generator = RandomSource(seed: UInt64(count))
        let special: [Double] = [
            0, -0.0, .infinity, -.infinity, .leastNonzeroMagnitude, -.greatestFiniteMagnitude,
            1e300,
        ]
        var values = (0..<count).map { _ in
            Double.random(in: -1e6...1e6, using: &generator).rounded() / 8
        }
        if count > 10 { values += special }
        let sorted = RadixSort.sorted(values)
        #expect(sorted == values.sorted())
    }

    @Test("Linear quantiles of 1…4 and of a single value")
    func quantiles() {
        #expect(Quantiles.linear([1, 2, 3, 4], 0.25) == 1.75)
        #expect(Quantiles.linear([1, 2, 3, 4], 1) == 4)
        #expect(Quantiles.linear([5], 0.5) == 5)
        #expect(Quantiles.linear([], 0.5).isNaN)
    }

    @Test("Bins by estimate and correction equal counting edges, for values on every edge")
    func binsOnEdges() throws {
        let edges = try #require(Discretizer.edges([0.1, 0.2, 0.7, 1.3]))
        let probes = edges + edges.map { $0.nextDown } + edges.map { $0.nextUp } + [-5, 5]
        let counted = probes.map { value in Int32(edges.count { $0 <= value }) }
        #expect(Discretizer.bins(probes, edges: edges) == counted)
    }
}
