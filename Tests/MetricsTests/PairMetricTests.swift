// MetricsTests: CorrelationSimilarity, ContingencySimilarity, Cramér's V and the binning.

import Metrics
import Tabular
import TestSupport
import Testing

@Suite("CorrelationSimilarity")
struct CorrelationSimilarityTests {
    let real = (numbers("x", [1, 2, 3, 4, 5]), numbers("y", [2, 4, 5, 4, 5]))
    let synthetic = (numbers("x", [1, 2, 3, 4, 5]), numbers("y", [5, 4, 3, 2, 1]))

    @Test("Reference vector: ρ_r = √0.6, ρ_s = −1, score 0.11270")
    func referenceVector() throws {
        let result = try CorrelationSimilarity.breakdown(real: real, synthetic: synthetic)
        // Σxy deviations 6, Σx² 10, Σy² 6: ρ_r = 6 / √60 = √0.6.
        #expect(isClose(result.real, 0.6.squareRoot(), absolute: 1e-15))
        #expect(isClose(result.synthetic, -1, absolute: 1e-15))
        #expect(isClose(result.score, 1 - (0.6.squareRoot() + 1) / 2, absolute: 1e-15))
        #expect(isClose(result.score, 0.1127016653792583, absolute: 1e-15))
    }

    @Test("Spearman: the reference's 0.13106760631368908")
    func spearman() throws {
        let result = try CorrelationSimilarity.breakdown(
            real: real, synthetic: synthetic, coefficient: .spearman)
        #expect(isClose(result.real, 0.7378647873726218, absolute: 1e-15))
        #expect(isClose(result.score, 0.13106760631368908, absolute: 1e-15))
    }

    @Test("Below the threshold: score and synthetic correlation are NaN")
    func threshold() throws {
        let result = try CorrelationSimilarity.breakdown(
            real: real, synthetic: synthetic, threshold: 0.8)
        #expect(result.score.isNaN && result.synthetic.isNaN)
        #expect(isClose(result.real, 0.6.squareRoot(), absolute: 1e-15))
    }

    @Test("Rows with a missing value are dropped per table")
    func missingRows() throws {
        let result = try CorrelationSimilarity.breakdown(
            real: (numbers("x", [1, 2, .nan, 3]), numbers("y", [2, 4, 100, 6])),
            synthetic: (numbers("x", [1, 2, 3]), numbers("y", [3, 2, 1])))
        #expect(isClose(result.real, 1, absolute: 1e-15))
        #expect(isClose(result.score, 0, absolute: 1e-15))
    }

    @Test("Constant only on the complete rows: correlation and score NaN, no error")
    func constantOnCompleteRows() throws {
        // Complete rows (1, 3) and (1, 4): x is constant there, as scipy's NaN result.
        let result = try CorrelationSimilarity.breakdown(
            real: (numbers("x", [1, 1, 2]), numbers("y", [3, 4, .nan])),
            synthetic: (numbers("x", [1, 2, 3]), numbers("y", [1, 2, 3])))
        #expect(result.real.isNaN && result.score.isNaN)
        #expect(isClose(result.synthetic, 1, absolute: 1e-15))
    }

    @Test("A constant column is an error")
    func constant() {
        #expect(throws: MetricsError.constantColumn(column: "y", which: "synthetic")) {
            try CorrelationSimilarity.breakdown(
                real: real, synthetic: (numbers("x", [1, 2, 3]), numbers("y", [7, 7, .nan])))
        }
    }
}

@Suite("ContingencySimilarity and Cramér's V")
struct ContingencySimilarityTests {
    @Test("Reference vector: (aabb, xyxy) against (aaab, xxyy) scores 0.75")
    func referenceVector() throws {
        // Real cells ax ay bx by: ¼ each; synthetic ax ½, ay ¼, by ¼: Σ|Δ| = ½.
        let result = try ContingencySimilarity.breakdown(
            real: (letters("a", "aabb"), letters("b", "xyxy")),
            synthetic: (letters("a", "aaab"), letters("b", "xxyy")))
        #expect(result.score == 0.75)
        #expect(result.realAssociation.isNaN)
    }

    @Test("An independent real pair (V = 0) is not scored above a threshold")
    func threshold() throws {
        let result = try ContingencySimilarity.breakdown(
            real: (letters("a", "aabb"), letters("b", "xyxy")),
            synthetic: (letters("a", "aaab"), letters("b", "xxyy")), associationThreshold: 0.1)
        #expect(result.score.isNaN)
        #expect(result.realAssociation == 0)
    }

    @Test("Missing is a category of its own")
    func missingCategory() throws {
        let result = try ContingencySimilarity.breakdown(
            real: (categories("a", ["x", nil]), letters("b", "pq")),
            synthetic: (categories("a", ["x", "y"]), letters("b", "pq")))
        // Cells (x,p) match; (nil,q) and (y,q) each differ by ½.
        #expect(result.score == 0.5)
    }

    @Test("Cramér's V of 2×2 and 2×3 tables, worked by hand")
    func cramersV() {
        // [[10,5],[2,8]]: E = 7.2, 7.8, 4.8, 5.2; χ² = 2.8² Σ 1/E = 5.2351…; V = √(χ²/25).
        let chi = 2.8 * 2.8 * (1 / 7.2 + 1 / 7.8 + 1 / 4.8 + 1 / 5.2)
        #expect(isClose(CramersV.of([[10, 5], [2, 8]]), (chi / 25).squareRoot()))
        #expect(isClose(CramersV.of([[10, 5], [2, 8]]), 0.4576043153224294))
        #expect(isClose(CramersV.of([[3, 0, 1], [0, 2, 2]]), 0.816496580927726))
        #expect(CramersV.of([[4, 4]]).isNaN)
        #expect(CramersV.of([]).isNaN)
    }
}

@Suite("Discretizer")
struct DiscretizerTests {
    @Test("Edges and bins as NumPy's histogram_bin_edges and digitize give them")
    func edgesAndBins() throws {
        let values = [0.1, 0.7, 0.35, 2.2, .nan, -1]
        let edges = try #require(Discretizer.edges(Array(values.prefix(5))))
        #expect(edges.count == 11 && edges.first == 0.1 && edges.last == 2.2)
        #expect(isClose(edges[1], 0.31, absolute: 1e-15))
        // Below e0 → 0; e_{i−1} ≤ x < e_i → i; the maximum and NaN → 11.
        #expect(Discretizer.bins(values, edges: edges) == [1, 3, 2, 11, 11, 0])
    }

    @Test("A constant column spans ±0.5; no value spans [0, 1]; infinity fails")
    func degenerate() throws {
        let constant = try #require(Discretizer.edges([3, 3]))
        #expect(constant.first == 2.5 && constant.last == 3.5)
        #expect(Discretizer.bins([3, 3], edges: constant) == [6, 6])
        #expect(Discretizer.edges([.nan]) == Discretizer.edges([0, 1]))
        #expect(Discretizer.edges([1, .infinity]) == nil)
    }
}
