// Reports: the bins a histogram is drawn on: both tables together, long tails folded into the
// end bins so that the bulk of the values stays readable.

/// Counts of the real and synthetic values in the same equal-width bins (the binning of
/// `SharedHistogram` in Metrics: the last bin includes its right edge).
struct HistogramBins {
    /// `binCount + 1` increasing edges.
    var edges: [Double]
    /// Real counts per bin.
    var real: [Int]
    /// Synthetic counts per bin.
    var synthetic: [Int]
}

/// A shared histogram over the range that holds the bulk of both samples.
///
/// When the full range is more than twice as wide as the range from the 0.5 % to the 99.5 %
/// quantile of both samples together, values beyond that range are counted in the end bins
/// (and the page says how many); otherwise the full range is drawn.
struct DrawnHistogram {
    /// The counts on shared bins.
    let histogram: HistogramBins
    /// The drawn range when tails were folded in, else `nil`.
    let clippedRange: ClosedRange<Double>?
    /// The real share of present values beyond the drawn range.
    let realOutside: Double
    /// The synthetic share of present values beyond the drawn range.
    let syntheticOutside: Double

    /// Bins `real` and `synthetic` (NaN is missing) on `binCount` shared bins.
    ///
    /// - Complexity: O(n) on average for n values.
    init(real: [Double], synthetic: [Double], binCount: Int) {
        self.init(
            real: ValueSummary(real), synthetic: ValueSummary(synthetic),
            grid: QuantileGrid([real, synthetic]), binCount: binCount)
    }

    /// Bins the present values of two summaries on `binCount` shared bins, finding the bulk's
    /// quantiles on `grid` (of the same two samples, real first), and counting, clamping and
    /// measuring the tails in one pass per side.
    ///
    /// - Complexity: O(n) for n values.
    init(real: ValueSummary, synthetic: ValueSummary, grid: QuantileGrid, binCount: Int) {
        let finite = grid.finiteCounts.reduce(0, +)
        let (first, last) = finite > 0 ? (grid.low, grid.high) : (0, 1)
        var drawn = first...last
        var clipped: ClosedRange<Double>?
        if let bulk = Self.bulk(grid, count: finite),
            (last - first) > 2 * (bulk.upperBound - bulk.lowerBound)
        {
            drawn = bulk
            clipped = bulk
        }
        clippedRange = clipped
        if drawn.lowerBound == drawn.upperBound {
            drawn = (drawn.lowerBound - 0.5)...(drawn.upperBound + 0.5)
        }
        let edges = Self.linspace(drawn, count: binCount + 1)
        let realCounts =
            Self.count(grid, side: 0, edges: edges) ?? Self.count(real.present, edges: edges)
        let syntheticCounts =
            Self.count(grid, side: 1, edges: edges)
            ?? Self.count(synthetic.present, edges: edges)
        histogram = HistogramBins(
            edges: edges, real: realCounts.bins, synthetic: syntheticCounts.bins)
        realOutside = realCounts.outsideShare
        syntheticOutside = syntheticCounts.outsideShare
    }

    /// The range from the 0.5 % to the 99.5 % quantile (the nearest ranks outward) of the
    /// `count` finite values of both samples on `grid`; `nil` when it is empty.
    private static func bulk(_ grid: QuantileGrid, count: Int) -> ClosedRange<Double>? {
        let top = count - 1
        guard top >= 0 else { return nil }
        let ranks = [
            Int((Double(top) * 0.005).rounded(.down)), Int((Double(top) * 0.995).rounded(.up)),
        ]
        let found = grid.values(ranks: ranks, sides: [0, 1])
        return found[0] < found[1] ? found[0]...found[1] : nil
    }

    /// `count` evenly spaced values from the range's ends, both included (NumPy's `linspace`).
    private static func linspace(_ range: ClosedRange<Double>, count: Int) -> [Double] {
        let step = (range.upperBound - range.lowerBound) / Double(max(1, count - 1))
        return (0..<count).map { index in
            index == count - 1 ? range.upperBound : range.lowerBound + Double(index) * step
        }
    }

    /// The counts of sample `side` of `grid` in the bins of `edges`, as ``count(_:edges:)``
    /// finds them, from the grid's bins (only those across an edge are looked into); `nil`
    /// when the grid has a single value.
    static func count(_ grid: QuantileGrid, side: Int, edges: [Double])
        -> (bins: [Int], outsideShare: Double)?
    {
        let bins = edges.count - 1
        guard let low = edges.first, let high = edges.last, bins > 0 else { return nil }
        // Classes: 0 below the edges, 1...bins the bins, bins + 1 above.
        let perUnit = Double(bins) / (high - low)
        let tally = edges.withUnsafeBufferPointer { edges in
            grid.tally(side: side, classCount: bins + 2) { value in
                guard value >= low else { return 0 }
                guard value <= high else { return bins + 1 }
                var bin = min(bins - 1, max(0, Int((value - low) * perUnit)))
                while bin > 0, value < edges[bin] { bin -= 1 }
                while bin < bins - 1, value >= edges[bin + 1] { bin += 1 }
                return bin + 1
            }
        }
        guard var counts = tally else { return nil }
        let (below, above) = (counts[0], counts[bins + 1])
        counts[1] += below
        counts[bins] += above
        let present = grid.finiteCounts[side]
        let outside = present > 0 ? Double(below + above) / Double(present) : 0
        return (Array(counts[1...bins]), outside)
    }

    /// The counts of finite `values` in the bins of `edges`, values beyond the edges counted
    /// in the end bins, and the share of finite values that lay beyond.
    static func count(_ values: [Double], edges: [Double])
        -> (bins: [Int], outsideShare: Double)
    {
        let bins = edges.count - 1
        var counts = [Int](repeating: 0, count: max(0, bins))
        guard let low = edges.first, let high = edges.last, bins > 0 else { return (counts, 0) }
        // A product instead of a division per value; the two loops below settle any value
        // that rounding puts in a neighbouring bin.
        let perUnit = Double(bins) / (high - low)
        var (present, outside) = (0, 0)
        values.withUnsafeBufferPointer { values in
            edges.withUnsafeBufferPointer { edges in
                counts.withUnsafeMutableBufferPointer { counts in
                    for value in values where value.isFinite {
                        present += 1
                        if value < low || value > high { outside += 1 }
                        let clamped = min(high, max(low, value))
                        var bin = min(bins - 1, max(0, Int((clamped - low) * perUnit)))
                        while bin > 0, clamped < edges[bin] { bin -= 1 }
                        while bin < bins - 1, clamped >= edges[bin + 1] { bin += 1 }
                        counts[bin] += 1
                    }
                }
            }
        }
        return (counts, present > 0 ? Double(outside) / Double(present) : 0)
    }
}
