// Synthesizers: drawing condition vectors for training and generation, and matching rows.

import Linalg
import NeuralCore

extension ConditionSampler {
    /// Condition vectors for one training step.
    ///
    /// For each of `count` rows: a discrete column uniformly at random, then a category of it
    /// by the training probabilities (log-frequency or frequency, as configured) with one
    /// uniform number; the row's vector is the one-hot of that pair. The critic's mask of the
    /// reference is the one-hot of ``ConditionBatch/columns``.
    ///
    /// With no discrete columns the vectors are `count × 0` and every column and category is
    /// −1 (no condition; ``matchingRows(columns:categories:random:)`` then draws any row).
    public func trainingConditions(count: Int, random: inout RandomSource) -> ConditionBatch {
        draw(count: count, cumulative: trainingCumulative, random: &random)
    }

    /// One training row per (column, category) pair, uniformly among the rows holding it.
    ///
    /// A pair whose column is −1 (no discrete columns), or whose category no training row
    /// holds, draws uniformly from all rows. With no training rows the result is empty.
    ///
    /// - Precondition: the arrays have equal lengths; every column is −1 or a discrete
    ///   column, and every category is within its column.
    public func matchingRows(
        columns: [Int], categories: [Int], random: inout RandomSource
    ) -> [Int] {
        precondition(
            columns.count == categories.count,
            "matchingRows: \(columns.count) columns for \(categories.count) categories")
        guard rowCount > 0 else { return [] }
        return zip(columns, categories).map { column, category in
            guard column >= 0 else { return random.uniformInt(below: rowCount) }
            precondition(
                column < discreteColumnCount && (0..<categoryCounts[column]).contains(category),
                "matchingRows: pair (\(column), \(category)) outside \(categoryCounts)")
            let pair = offsets[column] + category
            let start = rowStarts[pair]
            let size = rowStarts[pair + 1] - start
            guard size > 0 else { return random.uniformInt(below: rowCount) }
            return rowIndices[start + random.uniformInt(below: size)]
        }
    }

    /// The probability that a training draw picks `category` of discrete column `column`
    /// once that column is chosen.
    public func trainingProbability(column: Int, category: Int) -> Double {
        Self.probability(in: trainingCumulative[column], category)
    }

    private static func probability(in cumulative: [Double], _ category: Int) -> Double {
        let below = category == 0 ? 0 : cumulative[category - 1]
        return (cumulative[category] - below) / cumulative[cumulative.count - 1]
    }

    /// The first index whose running sum exceeds `uniform · total`: an inverse-CDF draw that
    /// never lands on a zero-weight category.
    private static func firstAbove(_ uniform: Double, in sums: [Double]) -> Int {
        let target = uniform * sums[sums.count - 1]
        var low = 0
        var high = sums.count - 1
        while low < high {
            let middle = (low + high) / 2
            if sums[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Draws `count` (column, category) pairs and their one-hot vectors.
    private func draw(
        count: Int, cumulative: [[Double]], random: inout RandomSource
    ) -> ConditionBatch {
        precondition(count >= 0, "ConditionSampler: \(count) condition rows")
        guard discreteColumnCount > 0 else {
            let none = [Int](repeating: -1, count: count)
            return ConditionBatch(
                vectors: Tensor(zeros: [count, 0]), columns: none, categories: none)
        }
        var vectors = Tensor(zeros: [count, width])
        var columns: [Int] = []
        var categories: [Int] = []
        columns.reserveCapacity(count)
        categories.reserveCapacity(count)
        vectors.withUnsafeMutableBufferPointer { matrix in
            for row in 0..<count {
                let column = random.uniformInt(below: discreteColumnCount)
                let category = Self.firstAbove(random.uniform(), in: cumulative[column])
                columns.append(column)
                categories.append(category)
                matrix[row * width + offsets[column] + category] = 1
            }
        }
        return ConditionBatch(vectors: vectors, columns: columns, categories: categories)
    }
}
