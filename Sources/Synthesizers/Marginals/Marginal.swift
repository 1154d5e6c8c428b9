// Synthesizers: a fitted one-dimensional distribution: distribution function, quantile, draws.

import Foundation

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

    /// The distribution function P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        switch self {
        case .degenerate(let value):
            return x < value ? 0 : 1
        case .normal(let loc, let scale):
            return Special.normalCDF((x - loc) / scale)
        case .beta(let a, let b, let loc, let scale):
            return Special.regularizedBeta((x - loc) / scale, a, b)
        case .truncatedNormal(let a, let b, let loc, let scale):
            return TruncatedNormal.cdf((x - loc) / scale, a: a, b: b)
        case .uniform(let loc, let scale):
            return min(1, max(0, (x - loc) / scale))
        case .gamma(let a, let loc, let scale):
            return Special.regularizedGammaP(a, (x - loc) / scale)
        case .kernelDensity(let density):
            return density.cdf(x)
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
            return loc + scale * Special.normalQuantile(u)
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
        }
    }

    /// One draw, by inversion of a uniform draw.
    public func sample(using random: inout SeededRandom) -> Double {
        quantile(random.openUniform())
    }

    /// The family the marginal belongs to (`nil` for the degenerate case).
    public var family: DistributionFamily? {
        switch self {
        case .degenerate: nil
        case .normal: .norm
        case .beta: .beta
        case .truncatedNormal: .truncnorm
        case .uniform: .uniform
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
            let upper = Special.normalCDF(-a)
            let mass = upper - Special.normalCDF(-b)
            return min(1, max(0, (upper - Special.normalCDF(-x)) / mass))
        }
        let lower = Special.normalCDF(a)
        let mass = Special.normalCDF(b) - lower
        return min(1, max(0, (Special.normalCDF(x) - lower) / mass))
    }

    /// The standardised quantile, computed on the side of the tail that keeps precision.
    static func quantile(_ u: Double, a: Double, b: Double) -> Double {
        let p = min(1, max(0, u))
        let value: Double
        if a > 0 {
            let upper = Special.normalCDF(-a)
            let mass = upper - Special.normalCDF(-b)
            value = -Special.normalQuantile(upper - p * mass)
        } else {
            let lower = Special.normalCDF(a)
            let mass = Special.normalCDF(b) - lower
            value = Special.normalQuantile(lower + p * mass)
        }
        return min(b, max(a, value))
    }
}

/// The quantile of the standard beta distribution on [0, 1].
enum BetaQuantile {
    /// The y in [0, 1] with I_y(a, b) = u.
    static func standard(_ u: Double, a: Double, b: Double) -> Double {
        if u <= 0 { return 0 }
        if u >= 1 { return 1 }
        let logNorm = Special.logGamma(a + b) - Special.logGamma(a) - Special.logGamma(b)
        return Special.invert(
            u, low: 0, high: 1, start: a / (a + b),
            function: { Special.regularizedBeta($0, a, b) },
            derivative: { y in
                guard y > 0, y < 1 else { return .nan }
                return exp(logNorm + (a - 1) * log(y) + (b - 1) * log1p(-y))
            })
    }
}

/// The quantile of the standard gamma distribution.
enum GammaQuantile {
    /// The y ≥ 0 with P(a, y) = u.
    static func standard(_ u: Double, a: Double) -> Double {
        if u <= 0 { return 0 }
        if u >= 1 { return .infinity }
        let z = Special.normalQuantile(u)
        let wilson = a * pow(max(1e-3, 1 - 1 / (9 * a) + z / (3 * a.squareRoot())), 3)
        var high = max(wilson, a) * 2 + 10
        while Special.regularizedGammaP(a, high) < u, high < 1e300 { high *= 2 }
        let logNorm = -Special.logGamma(a)
        return Special.invert(
            u, low: 0, high: high, start: wilson,
            function: { Special.regularizedGammaP(a, $0) },
            derivative: { y in
                guard y > 0 else { return .nan }
                return exp(logNorm + (a - 1) * log(y) - y)
            })
    }
}
