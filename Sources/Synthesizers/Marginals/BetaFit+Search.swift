// Synthesizers: the candidates of the beta fit's support search, sharing their log sums.

import Foundation

extension BetaFit {
    /// The candidate supports of one column.
    ///
    /// The likelihood equations need the sums of `log(x − loc)` and `log(loc + scale − x)`;
    /// the first depends only on the lower margin and the second only on the upper one, so
    /// each is computed once per margin (2 × 7 passes over the distinct values instead of two
    /// per candidate).
    struct Search {
        let sample: SortedSample
        let summary: Summary
        /// Σ log(x − loc) for the lower end at each margin.
        let lowerSums: [Double]
        /// Σ log(top − x) for the upper end at each margin.
        let upperSums: [Double]

        init(sample: SortedSample, summary: Summary) {
            self.sample = sample
            self.summary = summary
            let range = summary.range
            lowerSums = BetaFit.margins.map { margin in
                let loc = summary.minimum - margin * range
                var sum = 0.0
                for (value, count) in zip(sample.values, sample.counts) {
                    sum += count * log(value - loc)
                }
                return sum
            }
            upperSums = BetaFit.margins.map { margin in
                let top = summary.maximum + margin * range
                var sum = 0.0
                for (value, count) in zip(sample.values, sample.counts) {
                    sum += count * log(top - value)
                }
                return sum
            }
        }

        /// The beta whose support ends lie `margins[lower]` and `margins[upper]` of the range
        /// beyond the data, with its Kolmogorov distance from the sample, or `nil` if its
        /// shapes are not finite. Against a `rival`, the distance is checked first where the
        /// rival's is reached and is only known to be at least the rival's when it gets there.
        func candidate(lower: Int, upper: Int, against rival: Candidate? = nil) -> Candidate? {
            let range = summary.range
            let loc = summary.minimum - BetaFit.margins[lower] * range
            let scale = range * (1 + BetaFit.margins[lower] + BetaFit.margins[upper])
            let sums = (lowerSums[lower], upperSums[upper])
            guard let (a, b) = BetaFit.shapes(summary, loc: loc, scale: scale, logSums: sums)
            else { return nil }

            let marginal = Marginal.beta(a: a, b: b, loc: loc, scale: scale)
            let (distance, farthest) = sample.clippedDistance(
                bound: rival?.distance ?? .infinity, first: rival?.farthest ?? 0
            ) { marginal.cdf($0) }
            return Candidate(
                marginal: marginal, lower: lower, upper: upper, distance: distance,
                farthest: farthest)
        }
    }
}
