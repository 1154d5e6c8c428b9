// Reports: exact order statistics of a column's two samples from counts on a fine grid, so
// that medians and tail quantiles cost two passes instead of a selection over every value.

/// The finite values of a column's real and synthetic samples counted on a fine grid of equal
/// bins over their common range.
///
/// An order statistic is then found exactly in two steps: the running counts name the bin that
/// holds the wanted rank, and a selection runs among that bin's values only (a small fraction
/// of the sample unless the values clump), which the grid keeps grouped by bin. The bin of a
/// value is `⌊(value − low) · scale⌋`, which never decreases as the value grows, so ranks
/// within a bin are ranks in the sample.
struct QuantileGrid {
    /// The smallest finite value of both samples.
    let low: Double
    /// The largest finite value of both samples.
    let high: Double
    /// The number of grid bins.
    let binCount: Int
    /// Each sample's finite values grouped by bin (a counting sort by bin, unordered within
    /// a bin).
    private let grouped: [[Double]]
    /// For each sample, where each bin's values start in `grouped` (`binCount + 1` offsets).
    private let starts: [[Int]]
    /// The finite values in each sample.
    let finiteCounts: [Int]
    /// Grid bins per unit of value (0 when all values are equal).
    private let scale: Double

    /// Groups the finite values of `samples` by bin, on `binCount` bins over their common
    /// finite range.
    ///
    /// - Precondition: `binCount > 0`.
    /// - Complexity: O(n + binCount) for n values: two passes per sample.
    init(_ samples: [[Double]], binCount: Int = 1024) {
        var (low, high) = (Double.infinity, -Double.infinity)
        for sample in samples {
            for value in sample where value.isFinite {
                (low, high) = (min(low, value), max(high, value))
            }
        }
        self.init(samples, low: low, high: high, binCount: binCount)
    }

    /// Groups the finite values of `samples` by bin, on `binCount` bins over `low...high`, the
    /// smallest and largest finite value of the samples (known already: one pass less).
    ///
    /// - Precondition: `binCount > 0`; `low` and `high` are the samples' finite extremes (or
    ///   `low > high` when there is no finite value).
    /// - Complexity: O(n + binCount) for n values: two passes per sample.
    init(_ samples: [[Double]], low: Double, high: Double, binCount: Int = 1024) {
        precondition(binCount > 0, "QuantileGrid: binCount is \(binCount)")
        let (low, high) = low > high ? (0.0, 0.0) : (low, high)
        (self.low, self.high, self.binCount) = (low, high, binCount)
        let ratio = high > low ? Double(binCount) / (high - low) : 0
        let scale = ratio.isFinite ? ratio : 0
        self.scale = scale
        var grouped: [[Double]] = []
        var starts: [[Int]] = []
        for sample in samples {
            let (values, offsets) = Self.group(sample, low: low, scale: scale, count: binCount)
            grouped.append(values)
            starts.append(offsets)
        }
        self.grouped = grouped
        self.starts = starts
        finiteCounts = grouped.map(\.count)
    }

    /// The finite values of `sample` in order of bin (a counting sort), and where each bin
    /// starts: one pass finds and counts the bins, one places the values.
    private static func group(_ sample: [Double], low: Double, scale: Double, count: Int)
        -> (values: [Double], starts: [Int])
    {
        var offsets = [Int](repeating: 0, count: count + 1)
        var bins = [Int32](repeating: -1, count: sample.count)
        sample.withUnsafeBufferPointer { sample in
            offsets.withUnsafeMutableBufferPointer { offsets in
                bins.withUnsafeMutableBufferPointer { bins in
                    for index in sample.indices where sample[index].isFinite {
                        let bin = Self.bin(sample[index], low: low, scale: scale, count: count)
                        bins[index] = Int32(bin)
                        offsets[bin + 1] += 1
                    }
                    for bin in 0..<count { offsets[bin + 1] += offsets[bin] }
                }
            }
        }
        let total = offsets[count]
        var next = offsets
        let values = [Double](unsafeUninitializedCapacity: total) { values, written in
            sample.withUnsafeBufferPointer { sample in
                next.withUnsafeMutableBufferPointer { next in
                    bins.withUnsafeBufferPointer { bins in
                        for index in sample.indices where bins[index] >= 0 {
                            let bin = Int(bins[index])
                            values[next[bin]] = sample[index]
                            next[bin] += 1
                        }
                    }
                }
            }
            written = total
        }
        return (values, offsets)
    }

    @inline(__always)
    private static func bin(_ value: Double, low: Double, scale: Double, count: Int) -> Int {
        min(count - 1, max(0, Int((value - low) * scale)))
    }

    /// The value of rank `rank` (0-based, in increasing order) among the finite values of the
    /// samples at `sides` taken together; NaN when `rank` is out of range.
    ///
    /// - Complexity: O(log binCount), and a selection among one bin's values.
    func value(rank: Int, sides: [Int]) -> Double {
        values(ranks: [rank], sides: sides)[0]
    }

    /// The values of several ranks at once.
    ///
    /// - Complexity: O(log binCount) per rank, and a selection among the values of its bin.
    func values(ranks: [Int], sides: [Int]) -> [Double] {
        let total = sides.reduce(0) { $0 + finiteCounts[$1] }
        return ranks.map { rank in
            guard rank >= 0, rank < total else { return .nan }
            // The bin holding the rank: the last one whose values start at or before it, found
            // by bisection on the starts (running counts, so they never decrease).
            let before = { (bin: Int) in sides.reduce(0) { $0 + starts[$1][bin] } }
            var (low, high) = (0, binCount - 1)
            while low < high {
                let middle = (low + high + 1) / 2
                if before(middle) <= rank { low = middle } else { high = middle - 1 }
            }
            var members: [Double] = []
            for side in sides {
                members += grouped[side][starts[side][low]..<starts[side][low + 1]]
            }
            return ValueSummary.select(&members, rank: rank - before(low))
        }
    }

    /// The median of the finite values of sample `side`, interpolated linearly between the two
    /// middle values (NumPy's default); NaN without values.
    func median(side: Int) -> Double {
        quantile(0.5, sides: [side])
    }

    /// The `q` quantile of the finite values of the samples at `sides`, with NumPy's linear
    /// interpolation between the two neighbouring ranks; NaN without values.
    func quantile(_ q: Double, sides: [Int]) -> Double {
        let total = sides.reduce(0) { $0 + finiteCounts[$1] }
        guard total > 0 else { return .nan }
        let position = Double(total - 1) * q
        let below = Int(position.rounded(.down))
        guard below + 1 < total, position > Double(below) else {
            return value(rank: below, sides: sides)
        }
        let found = values(ranks: [below, below + 1], sides: sides)
        return found[0] + (found[1] - found[0]) * (position - Double(below))
    }

    /// Counts the finite values of sample `side` by class, where `classOf` gives a value's
    /// class in `0..<classCount` and never decreases as the value grows. A grid bin whose
    /// bounds (widened for rounding) fall in one class is counted whole; only the values of
    /// bins that straddle a change of class are classified one by one.
    ///
    /// - Returns: the count of each class, or `nil` when all values are equal (no grid).
    /// - Complexity: O(binCount + values in straddling bins).
    func tally(side: Int, classCount: Int, classOf: (Double) -> Int) -> [Int]? {
        guard scale > 0 else { return nil }
        var counts = [Int](repeating: 0, count: classCount)
        // Much more than the rounding of the bin of a value, or of a bound below.
        let margin = 0.01 / scale + 1e-12 * max(abs(low), abs(high))
        let (values, offsets) = (grouped[side], starts[side])
        for bin in 0..<binCount where offsets[bin + 1] > offsets[bin] {
            let bottom = low + Double(bin) / scale - margin
            let top = (bin == binCount - 1 ? high : low + Double(bin + 1) / scale) + margin
            let topClass = classOf(top)
            if classOf(bottom) == topClass {
                counts[topClass] += offsets[bin + 1] - offsets[bin]
            } else {
                for index in offsets[bin]..<offsets[bin + 1] { counts[classOf(values[index])] += 1 }
            }
        }
        return counts
    }
}
