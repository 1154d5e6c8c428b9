// Linalg: drawing categories from fixed weights by binary search over running sums.

/// Draws category indices with fixed probabilities, in O(log k) per draw.
///
/// Holds the cumulative weights; a draw is a uniform number located by binary search. A
/// category of weight 0 is never drawn.
public struct CategoricalSampler: Sendable, Equatable {
    /// The running sums of the weights.
    public let cumulativeWeights: [Double]

    private let lastPositive: Int

    /// A sampler for the given non-negative weights (they need not sum to 1).
    ///
    /// - Throws: ``LinalgError/invalidWeights(reason:)`` when there are no weights, one is
    ///   negative or not finite, or all are zero.
    public init(weights: [Double]) throws(LinalgError) {
        guard !weights.isEmpty else { throw .invalidWeights(reason: "there are no categories") }
        var problems: [String] = []
        for (index, weight) in weights.enumerated() where !(weight >= 0 && weight.isFinite) {
            problems.append("weight \(index) is \(weight)")
        }
        guard problems.isEmpty else {
            throw .invalidWeights(reason: problems.prefix(5).joined(separator: ", "))
        }

        var running = 0.0
        cumulativeWeights = weights.map { weight in
            running += weight
            return running
        }
        guard running > 0 && running.isFinite else {
            throw .invalidWeights(reason: "the weights sum to \(running)")
        }
        lastPositive = weights.lastIndex { $0 > 0 } ?? 0
    }

    /// A sampler from running sums of weights (the last is the total; they need not end at 1).
    ///
    /// - Throws: ``LinalgError/invalidWeights(reason:)`` when the sums decrease, are not
    ///   finite, or end at 0.
    public init(cumulativeWeights: [Double]) throws(LinalgError) {
        var previous = 0.0
        var weights: [Double] = []
        weights.reserveCapacity(cumulativeWeights.count)
        for (index, sum) in cumulativeWeights.enumerated() {
            guard sum >= previous && sum.isFinite else {
                throw .invalidWeights(
                    reason: "cumulative weight \(index) is \(sum), after \(previous)")
            }
            weights.append(sum - previous)
            previous = sum
        }
        try self.init(weights: weights)
    }

    /// The number of categories.
    public var count: Int { cumulativeWeights.count }

    /// The probability of category `index`.
    public func probability(of index: Int) -> Double {
        let total = cumulativeWeights[cumulativeWeights.count - 1]
        let below = index == 0 ? 0 : cumulativeWeights[index - 1]
        return (cumulativeWeights[index] - below) / total
    }

    /// One category index.
    ///
    /// - Complexity: O(log k).
    public func sample(using source: inout RandomSource) -> Int {
        let total = cumulativeWeights[cumulativeWeights.count - 1]
        let target = source.uniform() * total
        var low = 0
        var high = cumulativeWeights.count
        while low < high {
            let middle = (low + high) / 2
            if cumulativeWeights[middle] > target { high = middle } else { low = middle + 1 }
        }
        return min(low, lastPositive)
    }
}
