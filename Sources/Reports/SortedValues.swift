// Reports: a column's present values sorted once, and the summary and quantiles read from them.

/// The present (non-NaN) values of one side of a column, sorted once and read by the summary
/// table and by the histogram's range, so that no picture sorts the same values again.
struct SortedValues {
    /// The present values, increasing.
    let sorted: [Double]
    /// Missing (NaN) entries.
    let missingCount: Int
    /// The mean of the present values; NaN when there are none.
    let mean: Double
    /// The sample standard deviation (n − 1); NaN with fewer than two values.
    let standardDeviation: Double

    /// Sorts the present values of `values` (NaN is missing).
    ///
    /// - Complexity: O(n log n).
    init(_ values: [Double]) {
        var present = values.filter { !$0.isNaN }
        present.sort()
        sorted = present
        missingCount = values.count - present.count

        let count = Double(present.count)
        mean = present.isEmpty ? .nan : present.reduce(0, +) / count
        let center = mean
        let squares = present.reduce(0) { $0 + ($1 - center) * ($1 - center) }
        standardDeviation = present.count < 2 ? .nan : (squares / (count - 1)).squareRoot()
    }

    /// The number of present values.
    var count: Int { sorted.count }
    /// The smallest present value, NaN when none.
    var minimum: Double { sorted.first ?? .nan }
    /// The largest present value, NaN when none.
    var maximum: Double { sorted.last ?? .nan }

    /// The median, interpolated linearly between the two middle values (NumPy's default);
    /// NaN when there are no values.
    var median: Double {
        guard !sorted.isEmpty else { return .nan }
        let position = Double(sorted.count - 1) / 2
        let below = Int(position.rounded(.down))
        let above = min(sorted.count - 1, below + 1)
        let weight = position - Double(below)
        return sorted[below] + (sorted[above] - sorted[below]) * weight
    }

    /// The finite values, a slice of `sorted` (infinities sit at its ends).
    var finite: ArraySlice<Double> {
        let start = sorted.firstIndex(where: \.isFinite) ?? sorted.count
        let end = sorted.lastIndex(where: \.isFinite).map { $0 + 1 } ?? start
        return sorted[start..<max(start, end)]
    }

    /// The value at `rank` (0-based) of two sorted slices merged, without merging them.
    ///
    /// - Precondition: `rank` lies in `0..<(first.count + second.count)`.
    /// - Complexity: O(min(rank, total − rank)).
    static func merged(_ first: ArraySlice<Double>, _ second: ArraySlice<Double>, rank: Int)
        -> Double
    {
        let total = first.count + second.count
        precondition(rank >= 0 && rank < total, "merged: rank \(rank) outside 0..<\(total)")
        if rank <= total - 1 - rank {
            var (i, j) = (first.startIndex, second.startIndex)
            for _ in 0..<rank {
                if j == second.endIndex || (i < first.endIndex && first[i] <= second[j]) {
                    i += 1
                } else {
                    j += 1
                }
            }
            if j == second.endIndex { return first[i] }
            return i < first.endIndex ? min(first[i], second[j]) : second[j]
        }
        var (i, j) = (first.endIndex - 1, second.endIndex - 1)
        for _ in 0..<(total - 1 - rank) {
            if j < second.startIndex || (i >= first.startIndex && first[i] > second[j]) {
                i -= 1
            } else {
                j -= 1
            }
        }
        if j < second.startIndex { return first[i] }
        return i >= first.startIndex ? max(first[i], second[j]) : second[j]
    }
}
