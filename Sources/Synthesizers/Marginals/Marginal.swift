// Synthesizers: a fitted one-dimensional distribution: distribution function, quantile, draws.

import Foundation
import Linalg

/// A fitted marginal distribution of one model column.
///
/// Parameters follow scipy's conventions (`loc`, `scale`, standardised shape parameters), so
/// values can be compared with the reference directly.
public enum Marginal: Sendable, Equatable {
    /// All mass at one value (a constant column).
    case degenerate(value: Double)
    /// Normal with mean `loc` and standard deviation `scale`.
    case normal(loc: Double, scale: Double)
    /// Beta(a, b) stretched onto [loc, loc + scale].
    case beta(a: Double, b: Double, loc: Double, scale: Double)
    /// Normal(loc, scale) truncated to the standardised bounds [a, b] (scipy's `truncnorm`).
    case truncatedNormal(a: Double, b: Double, loc: Double, scale: Double)
    /// Uniform on [loc, loc + scale].
    case uniform(loc: Double, scale: Double)
    /// Gamma with shape `a`, shifted by `loc` and stretched by `scale`.
    case gamma(a: Double, loc: Double, scale: Double)
    /// A Gaussian kernel density estimate, held as a tabulated distribution function.
    case kernelDensity(KernelDensity)
    /// The uniform codes of a categorical column with its category intervals rearranged
    /// (Uniform(0, 1) in distribution; see ``CategoryOrder``).
    case reorderedUniform(CategoryOrder)

    /// The distribution function P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        switch self {
        case .degenerate(let value):
            return x < value ? 0 : 1
        case .normal(let loc, let scale):
            return StandardNormal.cdf((x - loc) / scale)
        case .beta(let a, let b, let loc, let scale):
            return SpecialFunctions.regularizedBeta((x - loc) / scale, a, b)
        case .truncatedNormal(let a, let b, let loc, let scale):
            return TruncatedNormal.cdf((x - loc) / scale, a: a, b: b)
        case .uniform(let loc, let scale):
            return min(1, max(0, (x - loc) / scale))
        case .gamma(let a, let loc, let scale):
            return SpecialFunctions.regularizedGammaP(a, (x - loc) / scale)
        case .kernelDensity(let density):
            return density.cdf(x)
        case .reorderedUniform(let order):
            return order.cdf(x)
        }
    }

    /// The quantile: the x with P(X ≤ x) = u, for u in [0, 1].
    ///
    /// At u = 0 and u = 1 the bounded families return their support's ends and the unbounded
    /// ones return ∓infinity (callers clip u first when they need finite values).
    public func quantile(_ u: Double) -> Double {
        switch self {
        case .degenerate(let value):
            return value
        case .normal(let loc, let scale):
            return loc + scale * StandardNormal.quantile(u)
        case .beta(let a, let b, let loc, let scale):
            return loc + scale * BetaQuantile.standard(u, a: a, b: b)
        case .truncatedNormal(let a, let b, let loc, let scale):
            return loc + scale * TruncatedNormal.quantile(u, a: a, b: b)
        case .uniform(let loc, let scale):
            return loc + scale * min(1, max(0, u))
        case .gamma(let a, let loc, let scale):
            return loc + scale * GammaQuantile.standard(u, a: a)
        case .kernelDensity(let density):
            return density.quantile(u)
        case .reorderedUniform(let order):
            return order.quantile(u)
        }
    }

    /// One draw, by inversion of a uniform draw.
    public func sample(using random: inout RandomSource) -> Double {
        quantile(random.uniformOpen())
    }

    /// The family the marginal belongs to (`nil` for the degenerate case).
    public var family: DistributionFamily? {
        switch self {
        case .degenerate: nil
        case .normal: .norm
        case .beta: .beta
        case .truncatedNormal: .truncnorm
        case .uniform, .reorderedUniform: .uniform
        case .gamma: .gamma
        case .kernelDensity: .gaussianKDE
        }
    }
}

/// The truncated normal's distribution function and quantile on the standardised scale.
enum TruncatedNormal {
    /// P(ξ ≤ x) for a standard normal truncated to [a, b].
    static func cdf(_ x: Double, a: Double, b: Double) -> Double {
        if x <= a { return 0 }
        if x >= b { return 1 }
        if a > 0 {
            let upper = StandardNormal.cdf(-a)
            let mass = upper - StandardNormal.cdf(-b)
            return min(1, max(0, (upper - StandardNormal.cdf(-x)) / mass))
        }
        let lower = StandardNormal.cdf(a)
        let mass = StandardNormal.cdf(b) - lower
        return min(1, max(0, (StandardNormal.cdf(x) - lower) / mass))
    }

    /// The standardised quantile, computed on the side of the tail that keeps precision.
    static func quantile(_ u: Double, a: Double, b: Double) -> Double {
        let p = min(1, max(0, u))
        let value: Double
        if a > 0 {
            let upper = StandardNormal.cdf(-a)
            let mass = upper - StandardNormal.cdf(-b)
            value = -StandardNormal.quantile(upper - p * mass)
        } else {
            let lower = StandardNormal.cdf(a)
            let mass = StandardNormal.cdf(b) - lower
            value = StandardNormal.quantile(lower + p * mass)
        }
        return min(b, max(a, value))
    }
}

/// The quantile of the standard beta distribution on [0, 1].
enum BetaQuantile {
    /// The y in [0, 1] with I_y(a, b) = u (0 for u ≤ 0, 1 for u ≥ 1).
    static func standard(_ u: Double, a: Double, b: Double) -> Double {
        if u <= 0 { return 0 }
        if u >= 1 { return 1 }
        return SpecialFunctions.inverseRegularizedBeta(u, a, b)
    }
}

/// The quantile of the standard gamma distribution.
enum GammaQuantile {
    /// The y ≥ 0 with P(a, y) = u (0 for u ≤ 0, +infinity for u ≥ 1).
    static func standard(_ u: Double, a: Double) -> Double {
        if u <= 0 { return 0 }
        if u >= 1 { return .infinity }
        return SpecialFunctions.inverseRegularizedGammaP(a, u)
    }
}
