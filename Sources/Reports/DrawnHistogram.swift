// Reports: the bins a histogram is drawn on: both tables together, long tails folded into the
// end bins so that the bulk of the values stays readable.

import Metrics

/// A shared histogram over the range that holds the bulk of both samples.
///
/// When the full range is more than twice as wide as the range from the 0.5 % to the 99.5 %
/// quantile of both samples together, values beyond that range are counted in the end bins
/// (and the page says how many); otherwise the full range is drawn.
struct DrawnHistogram {
    /// The counts on shared bins.
    let histogram: SharedHistogram
    /// The drawn range when tails were folded in, else `nil`.
    let clippedRange: ClosedRange<Double>?
    /// The real share of present values beyond the drawn range.
    let realOutside: Double
    /// The synthetic share of present values beyond the drawn range.
    let syntheticOutside: Double

    /// Bins `real` and `synthetic` (NaN is missing) on `binCount` shared bins.
    ///
    /// - Complexity: O(n log n) for n values.
    init(real: [Double], synthetic: [Double], binCount: Int) {
        self.init(
            real: real, synthetic: synthetic, sorted: (SortedValues(real), SortedValues(synthetic)),
            binCount: binCount)
    }

    /// Bins `real` and `synthetic` (NaN is missing) on `binCount` shared bins, reading the
    /// range from both sides' values already sorted.
    ///
    /// - Complexity: O(n) for n values.
    init(
        real: [Double], synthetic: [Double], sorted: (SortedValues, SortedValues), binCount: Int
    ) {
        let (a, b) = (sorted.0.finite, sorted.1.finite)
        let first = min(a.first ?? .infinity, b.first ?? .infinity)
        let last = max(a.last ?? -.infinity, b.last ?? -.infinity)
        guard first <= last, let range = Self.bulk(a, b),
            (last - first) > 2 * (range.upperBound - range.lowerBound)
        else {
            histogram = SharedHistogram(real: real, synthetic: synthetic, binCount: binCount)
            (clippedRange, realOutside, syntheticOutside) = (nil, 0, 0)
            return
        }
        let clamp = { (value: Double) in
            value.isFinite ? min(range.upperBound, max(range.lowerBound, value)) : value
        }
        histogram = SharedHistogram(
            real: real.map(clamp), synthetic: synthetic.map(clamp), binCount: binCount)
        clippedRange = range
        realOutside = Self.shareOutside(real, range)
        syntheticOutside = Self.shareOutside(synthetic, range)
    }

    /// The 0.5 % to 99.5 % quantile range of two sorted samples together, `nil` when it is
    /// empty.
    private static func bulk(_ a: ArraySlice<Double>, _ b: ArraySlice<Double>)
        -> ClosedRange<Double>?
    {
        let top = a.count + b.count - 1
        guard top >= 0 else { return nil }
        let low = SortedValues.merged(a, b, rank: Int((Double(top) * 0.005).rounded(.down)))
        let high = SortedValues.merged(a, b, rank: Int((Double(top) * 0.995).rounded(.up)))
        return low < high ? low...high : nil
    }

    private static func shareOutside(_ values: [Double], _ range: ClosedRange<Double>) -> Double {
        let present = values.filter(\.isFinite)
        guard !present.isEmpty else { return 0 }
        return Double(present.count { !range.contains($0) }) / Double(present.count)
    }
}
