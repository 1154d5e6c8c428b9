// Reports: a column's summary (count, mean, spread, extremes, median) and quantiles found by
// selection, without sorting the values.

/// The present (non-NaN) values of one side of a column and their summary for the column's
/// table. The median is found by selection (Hoare's FIND), which costs a few passes over the
/// values instead of a sort.
struct ValueSummary {
    /// The present values, in no particular order.
    let present: [Double]
    /// Missing (NaN) entries.
    let missingCount: Int
    /// The mean of the present values; NaN when there are none.
    let mean: Double
    /// The sample standard deviation (n − 1); NaN with fewer than two values.
    let standardDeviation: Double
    /// The smallest present value, NaN when none.
    let minimum: Double
    /// The largest present value, NaN when none.
    let maximum: Double
    /// The median, interpolated linearly between the two middle values (NumPy's default);
    /// NaN when there are no values. Settable, for a median found afterwards on a
    /// ``QuantileGrid`` of the present values.
    var median: Double

    /// Summarises `values` (NaN is missing).
    ///
    /// - Complexity: O(n) on average.
    init(_ values: [Double]) {
        self.init(values, median: nil)
    }

    /// Summarises `values` (NaN is missing) with a median found elsewhere (on a
    /// ``QuantileGrid``), or found here by selection when `known` is `nil`.
    ///
    /// - Complexity: O(n), plus a selection when `known` is `nil`.
    init(_ values: [Double], median known: Double?) {
        var (sum, low, high) = (0.0, Double.infinity, -Double.infinity)
        var present = [Double](unsafeUninitializedCapacity: values.count) { kept, written in
            written = 0
            values.withUnsafeBufferPointer { source in
                for value in source where !value.isNaN {
                    kept[written] = value
                    written += 1
                    sum += value
                    (low, high) = (min(low, value), max(high, value))
                }
            }
        }
        missingCount = values.count - present.count
        let count = Double(present.count)
        mean = present.isEmpty ? .nan : sum / count
        let center = mean
        let squares = present.withUnsafeBufferPointer { kept in
            var total = 0.0
            for value in kept { total += (value - center) * (value - center) }
            return total
        }
        standardDeviation = present.count < 2 ? .nan : (squares / (count - 1)).squareRoot()
        (minimum, maximum) = present.isEmpty ? (.nan, .nan) : (low, high)
        median = known ?? Self.median(&present)
        self.present = present
    }

    /// The number of present values.
    var count: Int { present.count }

    /// The median of `values`, which are reordered; NaN when empty.
    private static func median(_ values: inout [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let position = Double(values.count - 1) / 2
        let below = Int(position.rounded(.down))
        let lower = select(&values, rank: below)
        guard below + 1 < values.count, position > Double(below) else { return lower }
        let upper = values[(below + 1)...].min() ?? lower
        return lower + (upper - lower) * (position - Double(below))
    }

    /// The value of rank `rank` (0-based) among `values`, reordering them so that everything
    /// before `rank` is no larger and everything after no smaller (Hoare's FIND with a
    /// median-of-three pivot).
    ///
    /// - Precondition: `rank` lies in `values.indices` and no value is NaN.
    /// - Complexity: O(n) on average.
    static func select(_ values: inout [Double], rank: Int) -> Double {
        precondition(values.indices.contains(rank), "select: rank \(rank) of \(values.count)")
        return values.withUnsafeMutableBufferPointer { items in
            var (low, high) = (0, items.count - 1)
            while low < high {
                let middle = low + (high - low) / 2
                let (a, b, c) = (items[low], items[middle], items[high])
                let pivot = max(min(a, b), min(max(a, b), c))
                var (i, j) = (low, high)
                while i <= j {
                    while items[i] < pivot { i += 1 }
                    while items[j] > pivot { j -= 1 }
                    if i <= j {
                        items.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                if rank <= j {
                    high = j
                } else if rank >= i {
                    low = i
                } else {
                    break
                }
            }
            return items[rank]
        }
    }
}
