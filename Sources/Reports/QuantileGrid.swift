// Reports: exact order statistics of a column's two samples from counts on a fine grid, so
// that medians and tail quantiles cost two passes instead of a selection over every value.

/// The finite values of a column's real and synthetic samples counted on a fine grid of equal
/// bins over their common range.
///
/// An order statistic is then found exactly in two steps: the running counts name the bin that
/// holds the wanted rank, and a selection runs among that bin's values only (a small fraction
/// of the sample unless the values clump). The bin of a value is `⌊(value − low) · scale⌋`,
/// which never decreases as the value grows, so ranks within a bin are ranks in the sample.
struct QuantileGrid {
    /// The two samples (NaN and infinities are skipped).
    let samples: [[Double]]
    /// The smallest finite value of both samples.
    let low: Double
    /// The largest finite value of both samples.
    let high: Double
    /// The number of grid bins.
    let binCount: Int
    /// Bins per unit of value.
    private let scale: Double
    /// The counts of each sample per bin.
    private let counts: [[Int32]]
    /// The finite values in each sample.
    let finiteCounts: [Int]

    /// Counts `samples` on `binCount` bins over their common finite range.
    ///
    /// - Precondition: `binCount > 0`.
    /// - Complexity: O(n + binCount) for n values.
    init(_ samples: [[Double]], binCount: Int = 1024) {
        precondition(binCount > 0, "QuantileGrid: binCount is \(binCount)")
        var (low, high) = (Double.infinity, -Double.infinity)
        for sample in samples {
            for value in sample where value.isFinite {
                (low, high) = (min(low, value), max(high, value))
            }
        }
        if low > high { (low, high) = (0, 0) }
        self.samples = samples
        (self.low, self.high, self.binCount) = (low, high, binCount)
        let scale = high > low ? Double(binCount) / (high - low) : 0
        self.scale = scale.isFinite ? scale : 0
        var counts: [[Int32]] = []
        var finite: [Int] = []
        for sample in samples {
            var bins = [Int32](repeating: 0, count: binCount)
            var present = 0
            for value in sample where value.isFinite {
                bins[Self.bin(value, low: low, scale: self.scale, count: binCount)] += 1
                present += 1
            }
            counts.append(bins)
            finite.append(present)
        }
        self.counts = counts
        finiteCounts = finite
    }

    @inline(__always)
    private static func bin(_ value: Double, low: Double, scale: Double, count: Int) -> Int {
        min(count - 1, max(0, Int((value - low) * scale)))
    }

    /// The value of rank `rank` (0-based, in increasing order) among the finite values of the
    /// samples at `sides` taken together; NaN when `rank` is out of range.
    ///
    /// - Complexity: O(binCount + n), and a selection among one bin's values.
    func value(rank: Int, sides: [Int]) -> Double {
        values(ranks: [rank], sides: sides)[0]
    }

    /// The values of several ranks at once, with one pass over the samples for all of them.
    ///
    /// - Complexity: O(binCount + n), and a selection among the values of each rank's bin.
    func values(ranks: [Int], sides: [Int]) -> [Double] {
        var combined = [Int](repeating: 0, count: binCount)
        for side in sides {
            for bin in 0..<binCount { combined[bin] += Int(counts[side][bin]) }
        }
        let total = combined.reduce(0, +)
        // The bin of each rank and the rank's position among that bin's values.
        let located = ranks.map { rank -> (bin: Int, offset: Int)? in
            guard rank >= 0, rank < total else { return nil }
            var before = 0
            for bin in 0..<binCount {
                if rank < before + combined[bin] { return (bin, rank - before) }
                before += combined[bin]
            }
            return nil
        }
        let bins = Array(Set(located.compactMap { $0?.bin })).sorted()
        guard !bins.isEmpty else { return ranks.map { _ in .nan } }
        var members = [[Double]](repeating: [], count: bins.count)
        let (first, last) = (bins[0], bins[bins.count - 1])
        for side in sides {
            for value in samples[side] where value.isFinite {
                let bin = Self.bin(value, low: low, scale: scale, count: binCount)
                guard bin >= first, bin <= last, let slot = bins.firstIndex(of: bin) else {
                    continue
                }
                members[slot].append(value)
            }
        }
        return located.map { place in
            guard let place, let slot = bins.firstIndex(of: place.bin),
                place.offset < members[slot].count
            else { return .nan }
            return ValueSummary.select(&members[slot], rank: place.offset)
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
}
