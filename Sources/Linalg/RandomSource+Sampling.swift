// Linalg: discrete draws from a RandomSource (integers, categories, shuffles, subsets).

extension RandomSource {
    /// A uniform integer in `0..<bound`, without modulo bias (Lemire's multiply-and-reject,
    /// "Fast random integer generation in an interval", ACM TOMACS 29, 2019).
    ///
    /// - Precondition: `bound > 0`.
    public mutating func uniformInt(below bound: Int) -> Int {
        precondition(bound > 0, "uniformInt(below: \(bound))")
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold {
                product = next().multipliedFullWidth(by: limit)
            }
        }
        return Int(product.high)
    }

    /// An index drawn with probability proportional to `weights[index]`, in O(k).
    ///
    /// For many draws from the same weights, build a ``CategoricalSampler`` once.
    ///
    /// - Precondition: the weights are finite, non-negative and have a positive sum.
    public mutating func categorical(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        precondition(
            total > 0 && total.isFinite && weights.allSatisfy { $0 >= 0 },
            "categorical weights \(weights)")
        let target = uniform() * total
        var cumulative = 0.0
        var lastPositive = 0
        for (index, weight) in weights.enumerated() where weight > 0 {
            cumulative += weight
            lastPositive = index
            if target < cumulative { return index }
        }
        return lastPositive
    }

    /// Shuffles `elements` in place (Fisher–Yates, with ``uniformInt(below:)``).
    ///
    /// Unlike the standard library's `shuffle(using:)`, the permutation is fixed by this
    /// package for a given seed, whatever the toolchain version.
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for index in stride(from: elements.count - 1, to: 0, by: -1) {
            let other = uniformInt(below: index + 1)
            elements.swapAt(index, other)
        }
    }

    /// A shuffled copy of `elements`.
    public mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var copy = elements
        shuffle(&copy)
        return copy
    }

    /// `count` distinct indices drawn uniformly from `0..<population`, in draw order.
    ///
    /// A partial Fisher–Yates shuffle over a sparse map, so memory is O(count) even for a
    /// huge population.
    ///
    /// - Precondition: `0 <= count <= population`.
    /// - Complexity: O(count).
    public mutating func sampleWithoutReplacement(count: Int, from population: Int) -> [Int] {
        precondition(
            count >= 0 && count <= population,
            "cannot draw \(count) distinct indices from \(population)")
        var displaced: [Int: Int] = [:]
        var result: [Int] = []
        result.reserveCapacity(count)
        for step in 0..<count {
            let pick = step + uniformInt(below: population - step)
            let chosen = displaced[pick] ?? pick
            displaced[pick] = displaced[step] ?? step
            result.append(chosen)
        }
        return result
    }
}

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
