// Synthesizers: the truncated normal's maximum-likelihood fit on the data range.

import Foundation
import Linalg

/// Truncated normal on [min − EPS, max + EPS], location and scale by maximum likelihood.
///
/// The negative log-likelihood depends on the data only through n, Σx and Σx², so each
/// evaluation costs O(1):
/// ```
/// NLL(μ, σ) = n log σ + (Σx² − 2μΣx + nμ²) / (2σ²) + n log(Φ((hi − μ)/σ) − Φ((lo − μ)/σ))
/// ```
/// minimised by Nelder–Mead over (μ, log σ) from (mean, std), with μ kept in [lo, hi] and σ in
/// [range/1000, 100·range]. Deliberate improvement: the reference bounds σ by (hi − lo)², which
/// is dimensionally wrong and too tight for ranges under 1.
enum TruncatedNormalFit {
    static func fit(_ values: [Double], summary: Summary) -> Marginal {
        let low = summary.minimum - MarginalNumerics.epsilon
        let high = summary.maximum + MarginalNumerics.epsilon
        let n = Double(values.count)
        let sum = values.reduce(0, +)
        let sumSquares = values.reduce(0) { $0 + $1 * $1 }
        let scaleBounds = (log(summary.range / 1000), log(100 * summary.range))

        func objective(_ point: (Double, Double)) -> Double {
            let (loc, logScale) = point
            guard loc >= low, loc <= high, logScale >= scaleBounds.0, logScale <= scaleBounds.1
            else { return .infinity }
            let scale = exp(logScale)
            let mass =
                StandardNormal.cdf((high - loc) / scale) - StandardNormal.cdf((low - loc) / scale)
            guard mass > 0 else { return .infinity }
            let quadratic = (sumSquares - 2 * loc * sum + n * loc * loc) / (2 * scale * scale)
            return n * logScale + quadratic + n * log(mass)
        }

        let startScale = min(max(log(summary.standardDeviation), scaleBounds.0), scaleBounds.1)
        let best = NelderMead.minimize(
            objective, start: (summary.mean, startScale),
            steps: (summary.range / 10, 0.2))
        let scale = exp(best.1)
        return .truncatedNormal(
            a: (low - best.0) / scale, b: (high - best.0) / scale, loc: best.0, scale: scale)
    }
}

/// A two-dimensional Nelder–Mead simplex minimiser (reflection 1, expansion 2, contraction
/// 1/2, shrink 1/2), stopping when the simplex values agree to 1e-10 or after 500 iterations.
enum NelderMead {
    static func minimize(
        _ function: ((Double, Double)) -> Double,
        start: (Double, Double),
        steps: (Double, Double)
    ) -> (Double, Double) {
        var points = [start, (start.0 + steps.0, start.1), (start.0, start.1 + steps.1)]
        var values = points.map(function)
        for _ in 0..<500 {
            let order = [0, 1, 2].sorted { values[$0] < values[$1] }
            points = order.map { points[$0] }
            values = order.map { values[$0] }
            if abs(values[2] - values[0]) <= 1e-10 * (abs(values[0]) + 1e-10) { break }
            let centroid = ((points[0].0 + points[1].0) / 2, (points[0].1 + points[1].1) / 2)
            func along(_ factor: Double) -> (Double, Double) {
                (
                    centroid.0 + factor * (points[2].0 - centroid.0),
                    centroid.1 + factor * (points[2].1 - centroid.1)
                )
            }
            let reflected = along(-1)
            let reflectedValue = function(reflected)
            if reflectedValue < values[0] {
                let expanded = along(-2)
                let expandedValue = function(expanded)
                let better = expandedValue < reflectedValue
                points[2] = better ? expanded : reflected
                values[2] = better ? expandedValue : reflectedValue
            } else if reflectedValue < values[1] {
                points[2] = reflected
                values[2] = reflectedValue
            } else {
                let contracted = along(0.5)
                let contractedValue = function(contracted)
                if contractedValue < values[2] {
                    points[2] = contracted
                    values[2] = contractedValue
                } else {
                    for index in 1...2 {
                        points[index] = (
                            (points[index].0 + points[0].0) / 2,
                            (points[index].1 + points[0].1) / 2
                        )
                        values[index] = function(points[index])
                    }
                }
            }
        }
        let bestIndex = values.indices.min { values[$0] < values[$1] } ?? 0
        return points[bestIndex]
    }
}
