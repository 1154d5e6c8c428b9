// Synthesizers: the uniform codes of a categorical column with its category intervals laid out
// in another order, so that the copula's latent order follows a related numerical column.

/// A rearrangement of a uniform-code column's category intervals: each category keeps its
/// width (its training frequency) but moves to the position its guide gives it.
///
/// The uniform encoder orders unordered categories by frequency, which says nothing about how
/// they relate to other columns: a destination airport's code carries no trace of its flight
/// distance, so the copula cannot keep the relation of `dest` and `distance`. Laid out in order
/// of the mean normal score of the numerical column they are most associated with (the largest
/// correlation ratio η², see ``guided(edges:codes:candidates:threshold:)``), the categories'
/// latent order follows that column, and the copula's correlation carries the association.
///
/// As a distribution function, the map sends a code `u` in category k's interval to the same
/// offset inside k's new interval; it is a piecewise translation of [0, 1] onto itself, so a
/// uniform code stays uniform, the category frequencies are unchanged, and the quantile sends
/// each new interval back to its category's original interval.
public struct CategoryOrder: Sendable, Equatable {
    /// The upper edges of the categories' intervals in the encoder's order (the last is 1).
    public let edges: [Double]
    /// The encoder's category indices in their new order.
    public let order: [Int]
    /// The upper edges of the intervals in the new order.
    let newEdges: [Double]
    /// The new position of each encoder category.
    let position: [Int]

    /// Lays the intervals of `edges` out in `order`.
    ///
    /// - Precondition: `order` is a permutation of `edges.indices`.
    public init(edges: [Double], order: [Int]) {
        precondition(
            order.count == edges.count && Set(order) == Set(edges.indices),
            "CategoryOrder: order \(order) is not a permutation of \(edges.count) categories")
        self.edges = edges
        self.order = order
        var position = [Int](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { position[old] = new }
        self.position = position
        var running = 0.0
        newEdges = order.enumerated().map { new, old in
            running += Self.width(old, edges)
            return new == order.count - 1 ? 1 : running
        }
    }

    private static func width(_ index: Int, _ edges: [Double]) -> Double {
        edges[index] - (index == 0 ? 0 : edges[index - 1])
    }

    private static func lower(_ index: Int, _ edges: [Double]) -> Double {
        index == 0 ? 0 : edges[index - 1]
    }

    /// The code `u` moved into its category's new interval (clipped to [0, 1]).
    public func cdf(_ u: Double) -> Double {
        let code = min(1, max(0, u))
        let old = ModelData.categoryIndex(of: code, edges: edges)
        let new = position[old]
        let low = Self.lower(new, newEdges)
        let moved = low + (code - Self.lower(old, edges))
        // Interval k is (edges[k − 1], edges[k]]: a code at the very bottom of the first
        // interval moves just inside its new one, so that the quantile brings it back.
        return min(newEdges[new], max(new == 0 ? 0 : low.nextUp, moved))
    }

    /// The inverse: a point of a new interval moved back into its category's encoder interval.
    public func quantile(_ p: Double) -> Double {
        let point = min(1, max(0, p))
        let new = ModelData.categoryIndex(of: point, edges: newEdges)
        let old = order[new]
        let low = Self.lower(old, edges)
        let moved = low + (point - Self.lower(new, newEdges))
        return min(edges[old], max(old == 0 ? 0 : low.nextUp, moved))
    }

    /// The order that sorts the categories of a uniform-code column by the mean of the
    /// candidate column they are most associated with, or `nil` when no candidate shows an
    /// association (η² below `threshold`) or there are fewer than three categories (two
    /// categories in either order give the same correlation up to its sign).
    ///
    /// The association of the categories with a candidate column y is its correlation ratio
    /// ```
    /// η² = Σ_k n_k (ȳ_k − ȳ)² / Σ_i (y_i − ȳ)²
    /// ```
    /// (the share of y's variance the categories explain). Ties in the means keep the
    /// encoder's order, so the result depends only on the data.
    ///
    /// - Parameters:
    ///   - edges: The column's interval edges.
    ///   - codes: The column's uniform codes, one per row.
    ///   - candidates: Other model columns (normal scores), each with one value per row.
    ///   - threshold: The smallest η² worth following.
    /// - Complexity: O(c · n) for c candidates of n rows.
    public static func guided(
        edges: [Double], codes: [Double], candidates: [[Double]], threshold: Double = 0.05
    ) -> [Int]? {
        let count = edges.count
        guard count >= 3, !codes.isEmpty else { return nil }
        let categories = codes.map { ModelData.categoryIndex(of: min(1, max(0, $0)), edges: edges) }
        var sizes = [Double](repeating: 0, count: count)
        for category in categories { sizes[category] += 1 }

        var best: (eta: Double, means: [Double])?
        for column in candidates where column.count == codes.count {
            var sums = [Double](repeating: 0, count: count)
            var (total, squares) = (0.0, 0.0)
            for (row, value) in column.enumerated() {
                sums[categories[row]] += value
                total += value
                squares += value * value
            }
            let n = Double(codes.count)
            let mean = total / n
            let spread = squares - n * mean * mean
            guard spread > 0 else { continue }
            var between = 0.0
            for category in 0..<count where sizes[category] > 0 {
                let groupMean = sums[category] / sizes[category]
                between += sizes[category] * (groupMean - mean) * (groupMean - mean)
            }
            let eta = between / spread
            if eta > (best?.eta ?? threshold) {
                best = (eta, (0..<count).map { sizes[$0] > 0 ? sums[$0] / sizes[$0] : mean })
            }
        }
        guard let means = best?.means else { return nil }
        return (0..<count).sorted { (means[$0], $0) < (means[$1], $1) }
    }
}
