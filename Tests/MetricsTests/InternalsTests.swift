// MetricsTests: internal helpers (quantiles, bins) checked against plain definitions.

import Linalg
import Testing

@testable import Metrics

@Suite("Internal helpers")
struct InternalsTests {
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
