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
    /// - Complexity: O(n) on average for n values.
    init(real: [Double], synthetic: [Double], binCount: Int) {
        var finite = real.filter(\.isFinite)
        finite += synthetic.filter(\.isFinite)
        var (first, last) = (Double.infinity, -Double.infinity)
        for value in finite { (first, last) = (min(first, value), max(last, value)) }
        guard first <= last, let range = Self.bulk(&finite),
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

    /// The 0.5 % to 99.5 % quantile range of finite `values` (reordered), `nil` when it is
    /// empty.
    private static func bulk(_ values: inout [Double]) -> ClosedRange<Double>? {
        let top = values.count - 1
        guard top >= 0 else { return nil }
        let low = ValueSummary.select(&values, rank: Int((Double(top) * 0.005).rounded(.down)))
        let high = ValueSummary.select(&values, rank: Int((Double(top) * 0.995).rounded(.up)))
        return low < high ? low...high : nil
    }

    private static func shareOutside(_ values: [Double], _ range: ClosedRange<Double>) -> Double {
        let present = values.filter(\.isFinite)
        guard !present.isEmpty else { return 0 }
        return Double(present.count { !range.contains($0) }) / Double(present.count)
    }
}
