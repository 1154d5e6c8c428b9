// Linalg: continuous draws from a RandomSource (uniform, normal, gamma, beta, exponential).

import Foundation

extension RandomSource {
    /// A uniform draw from `[0, 1)` with 53 random bits (every multiple of 2⁻⁵³ equally likely).
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform draw from the open interval `(0, 1)`: never 0 and never 1, safe for `log`.
    ///
    /// Returns `(k + ½) · 2⁻⁵³` for a uniform 53-bit `k`.
    public mutating func uniformOpen() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// A uniform draw from `[lower, upper)`.
    ///
    /// - Precondition: `lower <= upper`, both finite.
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        precondition(
            lower.isFinite && upper.isFinite && lower <= upper, "uniform(\(lower), \(upper))")
        let value = lower + (upper - lower) * uniform()
        return value < upper || lower == upper ? value : upper.nextDown
    }

    /// A standard normal draw, by Marsaglia's polar method (pairs; the second is kept for the
    /// next call, so the stream is deterministic).
    public mutating func standardNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let (first, second) = normalPair()
        spareNormal = second
        return first
    }

    /// A normal draw with the given mean and standard deviation.
    ///
    /// - Precondition: `standardDeviation >= 0`.
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        precondition(standardDeviation >= 0, "normal standard deviation \(standardDeviation)")
        return mean + standardDeviation * standardNormal()
    }

    /// Fills `buffer` with single-precision normal draws (for neural network weights and noise).
    public mutating func fillNormal(
        _ buffer: inout [Float], mean: Float = 0, standardDeviation: Float = 1
    ) {
        precondition(standardDeviation >= 0, "normal standard deviation \(standardDeviation)")
        var index = 0
        while index < buffer.count {
            let (first, second) = normalPair()
            buffer[index] = mean + standardDeviation * Float(first)
            if index + 1 < buffer.count {
                buffer[index + 1] = mean + standardDeviation * Float(second)
            }
            index += 2
        }
    }

    /// An exponential draw with the given rate (mean `1 / rate`).
    ///
    /// - Precondition: `rate > 0`.
    public mutating func exponential(rate: Double = 1) -> Double {
        precondition(rate > 0, "exponential rate \(rate)")
        return -Foundation.log(uniformOpen()) / rate
    }

    /// A gamma draw with density ∝ `x^(shape−1) e^(−x/scale)`: mean `shape·scale`, variance
    /// `shape·scale²`.
    ///
    /// Marsaglia and Tsang, "A simple method for generating gamma variables", ACM TOMS 26
    /// (2000); for `shape < 1`, a draw for `shape + 1` times `U^(1/shape)`. A tiny shape gives
    /// 0 (underflow), never NaN.
    ///
    /// - Precondition: `shape > 0`, `scale > 0`, both finite.
    public mutating func gamma(shape: Double, scale: Double = 1) -> Double {
        precondition(
            shape > 0 && shape.isFinite && scale > 0 && scale.isFinite,
            "gamma(shape: \(shape), scale: \(scale))")
        if shape < 1 {
            return marsagliaTsang(shape + 1) * Foundation.pow(uniformOpen(), 1 / shape) * scale
        }
        return marsagliaTsang(shape) * scale
    }

    /// A beta draw on `[0, 1]` with mean `a / (a + b)`, as `X / (X + Y)` of two gamma draws.
    ///
    /// Shapes below 1 are handled in logarithms, so tiny shapes give 0 or 1, never NaN.
    ///
    /// - Precondition: `a > 0` and `b > 0`, both finite.
    public mutating func beta(_ a: Double, _ b: Double) -> Double {
        precondition(a > 0 && a.isFinite && b > 0 && b.isFinite, "beta(\(a), \(b))")
        if a >= 1 && b >= 1 {
            let x = marsagliaTsang(a)
            let y = marsagliaTsang(b)
            return x / (x + y)
        }

        let logX = logGammaVariate(a)
        let logY = logGammaVariate(b)
        if logX == -.infinity && logY == -.infinity {
            return uniform() * (a + b) < a ? 1 : 0
        }
        return 1 / (1 + Foundation.exp(logY - logX))
    }

    /// The logarithm of a Gamma(shape, 1) draw, finite for every shape above 1e-300 or so.
    mutating func logGammaVariate(_ shape: Double) -> Double {
        if shape < 1 {
            return Foundation.log(marsagliaTsang(shape + 1))
                + Foundation.log(uniformOpen()) / shape
        }
        return Foundation.log(marsagliaTsang(shape))
    }

    /// Marsaglia–Tsang squeeze-and-reject for `shape >= 1`, scale 1.
    mutating func marsagliaTsang(_ shape: Double) -> Double {
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            let x = standardNormal()
            let t = 1 + c * x
            guard t > 0 else { continue }
            let v = t * t * t
            let u = uniformOpen()
            let xSquared = x * x
            if u < 1 - 0.0331 * xSquared * xSquared { return d * v }
            if Foundation.log(u) < 0.5 * xSquared + d * (1 - v + Foundation.log(v)) {
                return d * v
            }
        }
    }

    /// Two independent standard normals by the polar method.
    mutating func normalPair() -> (Double, Double) {
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            guard s > 0 && s < 1 else { continue }
            let factor = (-2 * Foundation.log(s) / s).squareRoot()
            return (u * factor, v * factor)
        }
    }
}
