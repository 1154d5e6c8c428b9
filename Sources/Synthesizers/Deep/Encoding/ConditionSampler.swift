// Synthesizers: CTGAN's condition vectors and training-by-sampling.

import Foundation
import Linalg
import NeuralCore

/// The condition vectors of a batch and the (column, category) pair behind each row.
public struct ConditionBatch: Sendable {
    /// One one-hot condition row per batch row (`count × width`).
    public var vectors: Tensor

    /// The discrete column chosen for each row (an index into the discrete columns), or −1
    /// for every row when there are no discrete columns.
    public var columns: [Int]

    /// The category chosen for each row, within its column (−1 when there is no column).
    public var categories: [Int]

    /// A batch from its parts.
    public init(vectors: Tensor, columns: [Int], categories: [Int]) {
        self.vectors = vectors
        self.columns = columns
        self.categories = categories
    }
}

/// CTGAN's conditional vectors and training-by-sampling (the reference's `DataSampler`).
///
/// Every training step conditions the generator on one category of one discrete column:
/// the column is chosen uniformly, the category by its (log-)frequency, so rare categories are
/// seen often enough to be learned; the critic then sees real rows holding those categories.
///
/// Xu et al., "Modeling tabular data using conditional GAN", NeurIPS 2019, §4.3.
public struct ConditionSampler: Sendable {
    /// The number of encoded training rows.
    public let rowCount: Int

    /// The number of categories of each discrete column.
    public let categoryCounts: [Int]

    /// The position of each discrete column's block in a condition vector.
    public let offsets: [Int]

    /// The length of a condition vector: the categories of all discrete columns (0 if none).
    public let width: Int

    /// Per discrete column, the running sums of the training probabilities.
    let trainingCumulative: [[Double]]

    /// Where the rows of each (column, category) pair start in ``rowIndices``, by the pair's
    /// position in a condition vector; `width + 1` entries.
    let rowStarts: [Int]

    /// The training rows grouped by (column, category) pair, increasing within a group.
    let rowIndices: [Int]

    /// Reads the category of every training row from the one-hot blocks of the encoded data.
    ///
    /// - Parameters:
    ///   - encoded: The encoded training rows (`rows × width` of the encoding).
    ///   - discreteSpans: The discrete columns' blocks (``ModeEncoding/discreteSpans``).
    ///   - logFrequency: Whether training draws categories by `ln(count + 1)` instead of
    ///     by count (the reference's `log_frequency`, on by default).
    /// - Precondition: `encoded` is a matrix holding every span.
    /// - Complexity: O(rows · width).
    public init(encoded: Tensor, discreteSpans: [Range<Int>], logFrequency: Bool) {
        precondition(
            encoded.rank == 2 && discreteSpans.allSatisfy { $0.upperBound <= encoded.columns },
            "ConditionSampler: spans \(discreteSpans) outside shape \(encoded.shape)")
        let rows = encoded.shape[0]
        let stride = encoded.columns
        categoryCounts = discreteSpans.map(\.count)
        var running = 0
        let offsets = categoryCounts.map { count in
            defer { running += count }
            return running
        }
        self.offsets = offsets
        width = running
        rowCount = rows

        var labels = [Int](repeating: 0, count: rows * discreteSpans.count)
        var counts = [Int](repeating: 0, count: running)
        encoded.withUnsafeBufferPointer { matrix in
            for row in 0..<rows {
                for (column, span) in discreteSpans.enumerated() {
                    var best = 0
                    var bestValue = -Float.infinity
                    for (offset, position) in span.enumerated()
                    where matrix[row * stride + position] > bestValue {
                        best = offset
                        bestValue = matrix[row * stride + position]
                    }
                    labels[row * discreteSpans.count + column] = best
                    counts[offsets[column] + best] += 1
                }
            }
        }

        trainingCumulative = discreteSpans.indices.map { column in
            Self.runningSums(
                (0..<discreteSpans[column].count).map { category in
                    let count = Double(counts[offsets[column] + category])
                    return logFrequency ? log(count + 1) : count
                })
        }
        (rowStarts, rowIndices) = Self.groupRows(
            labels: labels, counts: counts, offsets: offsets, rows: rows)
    }

    /// Running sums of `weights`; equal weights instead when they are all zero (a column
    /// with no rows), so that every draw is defined.
    static func runningSums(_ weights: [Double]) -> [Double] {
        let usable = weights.contains { $0 > 0 } ? weights : weights.map { _ in 1 }
        var total = 0.0
        return usable.map { weight in
            total += weight
            return total
        }
    }

    /// Groups the row numbers by (column, category) pair with a counting sort.
    private static func groupRows(
        labels: [Int], counts: [Int], offsets: [Int], rows: Int
    ) -> (starts: [Int], indices: [Int]) {
        var starts = [0]
        for count in counts { starts.append(starts[starts.count - 1] + count) }
        var next = Array(starts.dropLast())
        var indices = [Int](repeating: 0, count: starts[starts.count - 1])
        let columns = offsets.count
        for row in 0..<rows {
            for column in 0..<columns {
                let pair = offsets[column] + labels[row * columns + column]
                indices[next[pair]] = row
                next[pair] += 1
            }
        }
        return (starts, indices)
    }

    /// The number of discrete columns.
    public var discreteColumnCount: Int { categoryCounts.count }
}
