// Synthesizers: the beta marginal: shapes by maximum likelihood, support ends by minimum
// Kolmogorov distance from a fixed grid.

import Foundation
import Linalg

/// Beta on a support just outside the data range: shapes by maximum likelihood, the two
/// margins between the data and the support's ends chosen from ``margins`` by minimum
/// Kolmogorov distance.
///
/// Deliberate improvement on the reference, whose Nelder–Mead over all four parameters drifts
/// to absurd supports. The ends are nuisance parameters that maximum likelihood cannot
/// estimate here: when a shape is below 1 the likelihood grows without bound as that end
/// approaches the data (Smith 1985, "Maximum likelihood estimation in a class of nonregular
/// cases"), and no single margin suits every column (a J-shaped price wants its lower end at
/// the data, a column with many zeros wants it far below them, so that clipping the mass
/// beneath the minimum rebuilds the atom). So each end's margin comes from a fixed grid of
/// fractions of the range, by minimum distance estimation (Wolfowitz 1957): the margins whose
/// fitted beta, with its mass outside the data range clipped onto the range's ends as the
/// copula samples it, lies closest to the empirical distribution function in the Kolmogorov
/// distance (the statistic the reference evaluator's Column Shapes score uses). The search
/// starts from 1 % at both ends, then sweeps the lower end over the grid, then the upper
/// end, twice. Its best candidate replaces the start only if it is closer by more than
/// ``requiredGain``/√n: √n times a Kolmogorov distance fluctuates with a standard deviation
/// of about 0.26 between samples, so smaller gains are noise, and chasing them on a small
/// table moves the ends for nothing (on iris it only made the normal scores of the extreme
/// rows outliers and weakened the copula's correlations). Every candidate is a bounded
/// Newton fit on a bounded support, so the fit cannot diverge.
///
/// For a fixed support `[loc, loc + scale]`, with `y = (x − loc) / scale`, the shapes solve
/// the two likelihood equations
/// ```
/// ψ(a) − ψ(a + b) = mean(log y),   ψ(b) − ψ(a + b) = mean(log(1 − y))
/// ```
/// by Newton's method from the method-of-moments start, with a and b kept in [1e-3, 1e6].
enum BetaFit {
    /// The candidate distances between the data and each end of the support, as fractions of
    /// the data range.
    static let margins: [Double] = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1]
    /// The index in ``margins`` of 1 %, the margin of both ends before the search.
    static let startingIndex = 4
    /// How many sweeps over the lower, then the upper end.
    static let sweepCount = 2
    /// The gain in Kolmogorov distance, times √n, that a chosen support must bring over the
    /// starting one (about two standard deviations of √n times the distance).
    static let requiredGain = 0.5

    /// A fitted candidate: the marginal, its margins (indices into ``margins``), its
    /// Kolmogorov distance and the checkpoint where that distance is reached.
    struct Candidate {
        let marginal: Marginal
        let lower: Int
        let upper: Int
        let distance: Double
        let farthest: Int
    }

    /// The beta fitted to `values` (at least two distinct values) as described above.
    static func fit(_ values: [Double], summary: Summary) throws(MarginalFitError) -> Marginal {
        let search = Search(sample: SortedSample(values), summary: summary)
        guard let start = search.candidate(lower: startingIndex, upper: startingIndex) else {
            throw MarginalFitError(description: "beta shapes did not converge")
        }

        var best = start
        for _ in 0..<sweepCount {
            for lower in margins.indices where lower != best.lower {
                let next = search.candidate(lower: lower, upper: best.upper, against: best)
                if let next, next.distance < best.distance { best = next }
            }
            for upper in margins.indices where upper != best.upper {
                let next = search.candidate(lower: best.lower, upper: upper, against: best)
                if let next, next.distance < best.distance { best = next }
            }
        }
        let gain = (start.distance - best.distance) * Double(summary.count).squareRoot()
        return gain > requiredGain ? best.marginal : start.marginal
    }

    /// The maximum-likelihood shapes on the support `[loc, loc + scale]`, which must contain
    /// the data strictly inside; `nil` if they come out non-finite.
    static func shapes(
        _ sample: SortedSample, _ summary: Summary, loc: Double, scale: Double
    ) -> (a: Double, b: Double)? {
        var sums = (0.0, 0.0)
        for (value, count) in zip(sample.values, sample.counts) {
            sums.0 += count * log(value - loc)
            sums.1 += count * log(loc + scale - value)
        }
        return shapes(summary, loc: loc, scale: scale, logSums: sums)
    }

    /// The shapes from the sums over the sample of `log(x − loc)` and `log(loc + scale − x)`.
    static func shapes(
        _ summary: Summary, loc: Double, scale: Double, logSums: (Double, Double)
    ) -> (a: Double, b: Double)? {
        let n = Double(summary.count)
        let logScale = log(scale)
        let target = (logSums.0 / n - logScale, logSums.1 / n - logScale)
        let mean = (summary.mean - loc) / scale
        let deviation = summary.standardDeviation / scale
        let variance = max(deviation * deviation, 1e-12)
        let common = max(mean * (1 - mean) / variance - 1, 1e-3)
        var a = max(1e-3, mean * common)
        var b = max(1e-3, (1 - mean) * common)

        for _ in 0..<200 {
            let both = SpecialFunctions.digamma(a + b)
            let r1 = SpecialFunctions.digamma(a) - both - target.0
            let r2 = SpecialFunctions.digamma(b) - both - target.1
            let t = MarginalNumerics.trigamma(a + b)
            let j11 = MarginalNumerics.trigamma(a) - t
            let j22 = MarginalNumerics.trigamma(b) - t
            let det = j11 * j22 - t * t
            guard det.isFinite, det > 0 else { break }
            let da = (j22 * r1 + t * r2) / det
            let db = (t * r1 + j11 * r2) / det
            let nextA = min(1e6, max(1e-3, a - da, a / 4))
            let nextB = min(1e6, max(1e-3, b - db, b / 4))
            let converged = abs(nextA - a) < 1e-10 * a && abs(nextB - b) < 1e-10 * b
            a = nextA
            b = nextB
            if converged { break }
        }
        return a.isFinite && b.isFinite ? (a, b) : nil
    }
}
