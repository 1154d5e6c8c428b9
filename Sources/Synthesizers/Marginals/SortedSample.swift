// Synthesizers: a column's distinct values with their counts, and its empirical distribution
// function at a bounded set of checkpoints.

import Linalg

/// A sample reduced to its distinct values, ascending, with their multiplicities, plus up to
/// ``checkpointLimit`` of them (evenly spaced in rank, always the smallest and the largest)
/// at which distribution functions are compared with the empirical one.
///
/// Sums over the distinct values equal sums over the sample, at the cost of one sort, so an
/// estimator that revisits the sample many times pays O(distinct) per visit instead of O(n).
struct SortedSample {
    /// The greatest number of checkpoints.
    static let checkpointLimit = 256

    /// One point of the empirical distribution function: P(X < value) and P(X ≤ value).
    struct Checkpoint {
        let value: Double
        let below: Double
        let atOrBelow: Double
    }

    /// The distinct values, ascending.
    let values: [Double]
    /// How often each occurs.
    let counts: [Double]
    /// The checkpoints, ascending by value; the first is the minimum, the last the maximum.
    let checkpoints: [Checkpoint]

    /// Sorts `sample` (finite values) and counts its distinct values.
    ///
    /// - Complexity: O(n log n).
    init(_ sample: [Double]) {
        let sorted = RadixSort.sorted(sample)
        var values: [Double] = []
        var counts: [Double] = []
        for value in sorted {
            if value == values.last {
                counts[counts.count - 1] += 1
            } else {
                values.append(value)
                counts.append(1)
            }
        }
        self.values = values
        self.counts = counts
        checkpoints = Self.checkpoints(values, counts, total: sorted.count)
    }

    /// The distinct values holding the ranks `round(k (n − 1) / (K − 1))`, k = 0 ..< K, of the
    /// sorted sample (K = ``checkpointLimit``), each once.
    private static func checkpoints(
        _ values: [Double], _ counts: [Double], total: Int
    ) -> [Checkpoint] {
        guard total > 0 else { return [] }
        let n = Double(total)
        let limit = Self.checkpointLimit
        var result: [Checkpoint] = []
        var index = 0
        var below = 0.0
        for k in 0..<limit {
            let rank = (Double(k) * (n - 1) / Double(limit - 1)).rounded()
            while below + counts[index] <= rank {
                below += counts[index]
                index += 1
            }
            if result.last?.value != values[index] {
                result.append(
                    Checkpoint(
                        value: values[index], below: below / n,
                        atOrBelow: (below + counts[index]) / n))
            }
        }
        return result
    }

    /// The Kolmogorov distance between the sample and the distribution with distribution
    /// function `cdf` once its mass below the minimum is moved onto the minimum and its mass
    /// above the maximum onto the maximum, measured at the checkpoints.
    ///
    /// At the minimum the clipped distribution jumps from 0 to `cdf(min)`; at the maximum from
    /// `cdf(max)` to 1; elsewhere it is continuous. Between checkpoints the distance can be
    /// larger by at most the empirical mass between them.
    ///
    /// - Parameters:
    ///   - bound: A distance of no interest: once the distance reaches it, the rest of the
    ///     checkpoints are skipped and a value of at least `bound` is returned.
    ///   - first: The checkpoint to look at first (where a close competitor was farthest, so
    ///     that a worse candidate reaches `bound` early).
    ///   - cdf: The distribution function.
    /// - Returns: The distance and the checkpoint where it is reached.
    func clippedDistance(
        bound: Double = .infinity, first: Int = 0, _ cdf: (Double) -> Double
    ) -> (distance: Double, at: Int) {
        var distance = 0.0
        var farthest = first
        let count = checkpoints.count
        for step in 0..<count {
            let index = (first + step) % count
            let point = checkpoints[index]
            let model = cdf(point.value)
            let before = index == 0 ? 0 : model
            let after = index == count - 1 ? 1 : model
            let gap = max(abs(before - point.below), abs(after - point.atOrBelow))
            if gap > distance {
                distance = gap
                farthest = index
            }
            if distance >= bound { break }
        }
        return (distance, farthest)
    }
}
