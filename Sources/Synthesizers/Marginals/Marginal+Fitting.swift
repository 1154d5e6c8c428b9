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
    /// - Complexity: O(n) per iteration of the few iterative estimators; O(n log n) for the
    ///   beta (one sort, then O(distinct values) per candidate support); O(n) for the kernel
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
