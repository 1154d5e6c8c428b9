// Synthesizers: fitting marginals to a column, with estimators that cannot diverge.

import Foundation
import Linalg

/// Why a marginal could not be fitted (the copula then falls back to a normal).
public struct MarginalFitError: Error, CustomStringConvertible, Equatable {
    /// What went wrong.
    public let description: String
}

extension Marginal {
    /// Fits `family` to `values`, following the reference's fallback rules: a column with one
    /// distinct value (or none) becomes ``degenerate(value:)``; a fit that fails or yields
    /// non-finite parameters becomes ``normal(loc:scale:)``.
    ///
    /// - Parameters:
    ///   - family: The family to fit.
    ///   - values: The column's values (no missing entries).
    /// - Returns: The fitted marginal; never throws.
    /// - Complexity: O(n) per iteration of the few iterative estimators; O(n) for the kernel
    ///   density plus a fixed grid.
    public static func fitting(_ family: DistributionFamily, to values: [Double]) -> Marginal {
        let summary = Summary(values)
        guard summary.count > 0, summary.minimum < summary.maximum else {
            return .degenerate(value: summary.count > 0 ? summary.minimum : 0)
        }
        do {
            let fitted = try fit(family, values: values, summary: summary)
            guard fitted.isUsable else {
                throw MarginalFitError(description: "non-finite parameters")
            }
            return fitted
        } catch {
            return .normal(loc: summary.mean, scale: summary.standardDeviation)
        }
    }

    private static func fit(
        _ family: DistributionFamily, values: [Double], summary: Summary
    ) throws(MarginalFitError) -> Marginal {
        switch family {
        case .norm:
            return .normal(loc: summary.mean, scale: summary.standardDeviation)
        case .uniform:
            return .uniform(loc: summary.minimum, scale: summary.range)
        case .beta:
            return try BetaFit.fit(values, summary: summary)
        case .gamma:
            return try GammaFit.fit(values, summary: summary)
        case .truncnorm:
            return TruncatedNormalFit.fit(values, summary: summary)
        case .gaussianKDE:
            return .kernelDensity(KernelDensity(values: values, summary: summary))
        }
    }

    /// Whether every parameter is finite and every scale positive.
    var isUsable: Bool {
        switch self {
        case .degenerate(let value):
            return value.isFinite
        case .normal(let loc, let scale), .uniform(let loc, let scale):
            return loc.isFinite && scale.isFinite && scale > 0
        case .beta(let a, let b, let loc, let scale):
            return [a, b, loc, scale].allSatisfy(\.isFinite) && a > 0 && b > 0 && scale > 0
        case .truncatedNormal(let a, let b, let loc, let scale):
            return [a, b, loc, scale].allSatisfy(\.isFinite) && a < b && scale > 0
        case .gamma(let a, let loc, let scale):
            return [a, loc, scale].allSatisfy(\.isFinite) && a > 0 && scale > 0
        case .kernelDensity, .reorderedUniform:
            return true
        }
    }
}

/// The moments and range of a column, computed once for every estimator.
struct Summary {
    let count: Int
    let minimum: Double
    let maximum: Double
    let mean: Double
    /// Population standard deviation (ddof 0), as the reference's normal fit uses.
    let standardDeviation: Double

    var range: Double { maximum - minimum }

    init(_ values: [Double]) {
        count = values.count
        minimum = values.min() ?? 0
        maximum = values.max() ?? 0
        let mean = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        var squares = 0.0
        for value in values { squares += (value - mean) * (value - mean) }
        self.mean = mean
        standardDeviation = values.isEmpty ? 0 : (squares / Double(values.count)).squareRoot()
    }
}

/// Beta on a fixed support slightly wider than the data, shapes by maximum likelihood.
///
/// Deliberate improvement on the reference (whose four-parameter Nelder–Mead drifts to
/// absurd supports): `loc = min − δ`, `scale = range + 2δ` with `δ = range / 100`, then
/// Newton's method on the two likelihood equations
/// ```
/// ψ(a) − ψ(a + b) = mean(log y),   ψ(b) − ψ(a + b) = mean(log(1 − y))
/// ```
/// from the method-of-moments start, with a and b kept in [1e-3, 1e6].
enum BetaFit {
    static func fit(_ values: [Double], summary: Summary) throws(MarginalFitError) -> Marginal {
        let margin = summary.range / 100
        let loc = summary.minimum - margin
        let scale = summary.range + 2 * margin
        var logY = 0.0
        var logOneMinusY = 0.0
        var mean = 0.0
        var squares = 0.0
        for value in values {
            let y = (value - loc) / scale
            logY += log(y)
            logOneMinusY += log1p(-y)
            mean += y
            squares += y * y
        }
        let n = Double(values.count)
        mean /= n
        let variance = max(squares / n - mean * mean, 1e-12)
        let common = max(mean * (1 - mean) / variance - 1, 1e-3)
        var a = max(1e-3, mean * common)
        var b = max(1e-3, (1 - mean) * common)
        let target = (logY / n, logOneMinusY / n)
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
        guard a.isFinite, b.isFinite else {
            throw MarginalFitError(description: "beta shapes did not converge")
        }
        return .beta(a: a, b: b, loc: loc, scale: scale)
    }
}

/// Gamma with its origin fixed just below the data (`loc = min − range/100`), shape by
/// maximum likelihood (Newton on `log a − ψ(a) = log(mean y) − mean(log y)`, Minka's start),
/// scale = mean(y) / a. Deliberate improvement: the reference fits loc by Nelder–Mead too.
enum GammaFit {
    static func fit(_ values: [Double], summary: Summary) throws(MarginalFitError) -> Marginal {
        let loc = summary.minimum - summary.range / 100
        var meanY = 0.0
        var meanLogY = 0.0
        for value in values {
            meanY += value - loc
            meanLogY += log(value - loc)
        }
        meanY /= Double(values.count)
        meanLogY /= Double(values.count)
        let s = log(meanY) - meanLogY
        guard s.isFinite, s > 0 else {
            throw MarginalFitError(description: "gamma statistic \(s) is not positive")
        }
        var a = (3 - s + ((s - 3) * (s - 3) + 24 * s).squareRoot()) / (12 * s)
        for _ in 0..<100 {
            let residual = log(a) - SpecialFunctions.digamma(a) - s
            let slope = 1 / a - MarginalNumerics.trigamma(a)
            let next = min(1e8, max(a / 4, a - residual / slope))
            let converged = abs(next - a) < 1e-12 * a
            a = next
            if converged { break }
        }
        return .gamma(a: a, loc: loc, scale: meanY / a)
    }
}
