// Synthesizers: a numerical column as its distinct values and their multiplicities.

import Linalg

/// A one-dimensional sample stored as its distinct values in increasing order, each with the
/// number of rows holding it.
///
/// Every sum the mixture fit needs is a sum over rows, and rows with equal values contribute
/// equal terms, so fitting the compressed sample gives the same numbers as fitting the rows
/// while touching each distinct value once. Real columns repeat values a lot (the 53,940
/// diamond prices hold 11,602 distinct values; carats 273), which is where most of the speed
/// of the fit over the reference comes from.
struct WeightedSample: Sendable {
    /// The distinct values, increasing.
    var values: [Double]

    /// How many rows hold each value (the weights of the fit).
    var weights: [Double]

    /// The number of rows, `Σ weights`.
    var rowCount: Double

    /// Compresses `rows` (any order; no NaN) into distinct values and counts.
    ///
    /// - Complexity: O(n log n) for the sort.
    init(rows: [Double]) {
        let sorted = rows.sorted()
        var values: [Double] = []
        var weights: [Double] = []
        for value in sorted {
            if let last = values.last, last == value {
                weights[weights.count - 1] += 1
            } else {
                values.append(value)
                weights.append(1)
            }
        }
        self.init(values: values, weights: weights)
    }

    /// A sample from values and their weights as given (neither sorted nor merged), for
    /// fitting rows one by one.
    init(values: [Double], weights: [Double]) {
        precondition(
            values.count == weights.count,
            "WeightedSample: \(values.count) values for \(weights.count) weights")
        self.values = values
        self.weights = weights
        rowCount = weights.reduce(0, +)
    }

    /// The number of stored points.
    var count: Int { values.count }

    /// The weighted mean of the values (0 for an empty sample).
    var mean: Double {
        guard rowCount > 0 else { return 0 }
        var sum = 0.0
        for index in 0..<count { sum += weights[index] * values[index] }
        return sum / rowCount
    }

    /// The sum of weighted squared deviations from the mean, computed in two passes.
    var sumOfSquares: Double {
        let centre = mean
        var sum = 0.0
        for index in 0..<count {
            let deviation = values[index] - centre
            sum += weights[index] * deviation * deviation
        }
        return sum
    }

    /// The sample variance with one degree of freedom removed (`ddof = 1`), or 0 when there
    /// are fewer than two rows (where the reference's numpy gives NaN and sklearn refuses to
    /// fit; a zero prior keeps the fit defined, held up by the covariance regulariser).
    var sampleVariance: Double {
        guard rowCount > 1 else { return 0 }
        let variance = sumOfSquares / (rowCount - 1)
        return variance.isFinite ? variance : 0
    }
}
