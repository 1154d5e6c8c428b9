// Synthesizers: k-means on a weighted one-dimensional sample, the mixture fit's starting point.

import Foundation
import Linalg

/// Lloyd's k-means on a ``WeightedSample``, started by greedy k-means++, as the reference
/// starts its variational mixture (sklearn `KMeans(n_init=1)`: greedy k-means++ with
/// `2 + ⌊ln k⌋` candidates per centre, at most 300 Lloyd iterations, stopping when the labels
/// repeat or the centres move less than `10⁻⁴ ·` the variance in total squared shift).
///
/// Arthur and Vassilvitskii, "k-means++: the advantages of careful seeding", SODA 2007.
enum OneDimensionalKMeans {
    /// The cluster label of every point of `sample`.
    ///
    /// When the sample has fewer distinct values than `clusters`, some clusters stay empty
    /// (the reference warns and does the same).
    ///
    /// - Precondition: `clusters >= 1` and the sample is not empty.
    /// - Complexity: O(k · n) per iteration for k clusters and n distinct values.
    static func labels(
        of sample: WeightedSample, clusters: Int, random: inout RandomSource
    ) -> [Int] {
        precondition(clusters >= 1 && sample.count > 0, "k-means of \(sample.count) points")
        var centres = seeds(of: sample, clusters: clusters, random: &random)
        let tolerance = 1e-4 * sample.sumOfSquares / sample.rowCount
        var labels = nearest(centres, to: sample)

        for _ in 0..<300 {
            let previous = centres
            centres = updatedCentres(previous, labels: labels, sample: sample)
            let newLabels = nearest(centres, to: sample)
            if newLabels == labels { break }
            labels = newLabels
            let shift = zip(centres, previous).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
            if shift <= tolerance { break }
        }
        return labels
    }

    /// Greedy k-means++: the first centre by weight, each next one the best of a few
    /// candidates drawn in proportion to weight times squared distance to the nearest centre.
    static func seeds(
        of sample: WeightedSample, clusters: Int, random: inout RandomSource
    ) -> [Double] {
        let points = sample.values
        let weights = sample.weights
        let trials = 2 + Int(Foundation.log(Double(clusters)))
        var centres = [points[draw(cumulative: running(weights), random: &random)]]
        var closest = points.map { ($0 - centres[0]) * ($0 - centres[0]) }

        while centres.count < clusters {
            let cumulative = running(zip(weights, closest).map { $0 * $1 })
            var best: (potential: Double, point: Int, distances: [Double])?
            for _ in 0..<trials {
                let candidate = draw(cumulative: cumulative, random: &random)
                var distances = closest
                var potential = 0.0
                for index in points.indices {
                    let gap = points[index] - points[candidate]
                    distances[index] = min(distances[index], gap * gap)
                    potential += weights[index] * distances[index]
                }
                if best == nil || potential < best?.potential ?? .infinity {
                    best = (potential, candidate, distances)
                }
            }
            guard let chosen = best else { break }
            centres.append(points[chosen.point])
            closest = chosen.distances
        }
        return centres
    }

    /// The index of the first running sum at or above `uniform · total` (0 when all are 0).
    private static func draw(cumulative: [Double], random: inout RandomSource) -> Int {
        let target = random.uniform() * (cumulative.last ?? 0)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func running(_ values: [Double]) -> [Double] {
        var total = 0.0
        return values.map { value in
            total += value
            return total
        }
    }

    /// The nearest centre of every point (the lower index on ties).
    static func nearest(_ centres: [Double], to sample: WeightedSample) -> [Int] {
        sample.values.map { point in
            var bestIndex = 0
            var bestDistance = Double.infinity
            for (index, centre) in centres.enumerated() {
                let distance = (point - centre) * (point - centre)
                if distance < bestDistance {
                    bestDistance = distance
                    bestIndex = index
                }
            }
            return bestIndex
        }
    }

    /// The weighted mean of each cluster; an empty cluster takes the point farthest from its
    /// own centre (one row of it), as the reference relocates empty clusters. A cluster stays
    /// where it was when every point already sits on a centre.
    private static func updatedCentres(
        _ centres: [Double], labels: [Int], sample: WeightedSample
    ) -> [Double] {
        var sums = [Double](repeating: 0, count: centres.count)
        var counts = [Double](repeating: 0, count: centres.count)
        for (index, label) in labels.enumerated() {
            sums[label] += sample.weights[index] * sample.values[index]
            counts[label] += sample.weights[index]
        }

        let empty = counts.indices.filter { counts[$0] == 0 }
        if !empty.isEmpty {
            let farthest = sample.values.indices
                .map { ($0, abs(sample.values[$0] - centres[labels[$0]])) }
                .filter { $0.1 > 0 }
                .sorted { $0.1 > $1.1 }
            for (cluster, (point, _)) in zip(empty, farthest) {
                let value = sample.values[point]
                sums[labels[point]] -= value
                counts[labels[point]] -= 1
                sums[cluster] = value
                counts[cluster] = 1
            }
        }
        return centres.indices.map { counts[$0] > 0 ? sums[$0] / counts[$0] : centres[$0] }
    }
}
