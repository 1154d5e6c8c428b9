// NeuralCore: `exp` and `log` of Float written for the compiler to vectorise.

/// Exponential and logarithm of `Float` without branches or library calls, so that a loop
/// over a buffer compiles to vector instructions. The loops that spend their time in them
/// (softmax, Gumbel and Gaussian noise, the variational losses) run the same arithmetic from
/// CVectorKernels, compiled for wider vectors than Swift's baseline; these definitions are
/// the reference those loops are tested against, and serve the scalar uses.
///
/// Both follow the Cephes single-precision routines (Moshier, 1992): the argument is reduced
/// to a short interval, where a minimax polynomial takes over. Against the C library's `expf`
/// and `logf` the error stays within 2 units in the last place (tested over the whole range).
/// Special values follow IEEE 754: `exp(−∞) = 0`, `exp(+∞) = +∞`, `log(0) = −∞`,
/// `log(x < 0) = NaN`, `log(+∞) = +∞`, and NaN gives NaN. Results of `exp` below the
/// smallest normal float (arguments below −87.33) flush to 0; subnormal arguments of `log`
/// are handled exactly.
enum VectorMath {
    /// `eˣ`.
    @inline(__always)
    static func exp(_ x: Float) -> Float {
        let clamped = x < -87.33 ? -87.33 : (x > 88.722_83 ? 88.722_83 : x)
        // n = round(x / ln 2) by the 1.5 · 2²³ trick, exact for |n| < 2²².
        let shifted = clamped * 1.442_695_04 + 12_582_912
        let n = shifted - 12_582_912
        let r = clamped - n * 0.693_359_375 + n * 2.121_944_4e-4
        var p: Float = 1.987_569_15e-4
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 1.666_666_55e-1
        p = p * r + 5.000_000_12e-1
        let polynomial = p * (r * r) + r + 1
        // 2ⁿ from the integer in the low bits of `shifted`, as 2^⌊n/2⌋ · 2^⌈n/2⌉ so that
        // n = 128 (results just below the largest float) does not overflow the exponent.
        let integer = Int32(bitPattern: shifted.bitPattern &- 0x4B40_0000)
        let half = integer &>> 1
        let first = Float(bitPattern: UInt32(bitPattern: (half &+ 127) &<< 23))
        let second = Float(bitPattern: UInt32(bitPattern: (integer &- half &+ 127) &<< 23))
        let result = polynomial * first * second
        let low = x < -87.33 ? 0 : result
        let high = x > 88.722_83 ? Float.infinity : low
        return x != x ? x : high
    }

    /// The natural logarithm.
    @inline(__always)
    static func log(_ x: Float) -> Float {
        // Subnormal arguments are scaled by 2²³ first.
        let tiny = x < Float.leastNormalMagnitude
        let bits = (tiny ? x * 8_388_608 : x).bitPattern
        let biased = Float(Int32(bitPattern: (bits &>> 23) & 0xFF) &- 126)
        var exponent = tiny ? biased - 23 : biased
        // The mantissa in [0.5, 1), moved to [√½, √2) with the exponent adjusted.
        let mantissa = Float(bitPattern: (bits & 0x007F_FFFF) | 0x3F00_0000)
        let isLow = mantissa < 0.707_106_77
        exponent = isLow ? exponent - 1 : exponent
        let m = (isLow ? mantissa + mantissa : mantissa) - 1
        let z = m * m
        var p: Float = 7.037_683_6e-2
        p = p * m - 1.151_461_0e-1
        p = p * m + 1.167_699_87e-1
        p = p * m - 1.242_014_08e-1
        p = p * m + 1.424_932_28e-1
        p = p * m - 1.666_805_77e-1
        p = p * m + 2.000_071_48e-1
        p = p * m - 2.499_999_4e-1
        p = p * m + 3.333_333_1e-1
        var tail = p * m * z
        tail += exponent * -2.121_944_4e-4
        tail -= 0.5 * z
        let result = (m + tail) + exponent * 0.693_359_375
        let atZero = x == 0 ? -Float.infinity : result
        let negative = x < 0 ? Float.nan : atZero
        let infinite = x == .infinity ? Float.infinity : negative
        return x != x ? x : infinite
    }

    /// Applies `function` to `count` values from `source` into `target` (which may be equal).
    @inline(__always)
    static func apply(
        _ source: UnsafePointer<Float>, _ target: UnsafeMutablePointer<Float>, count: Int,
        _ function: (Float) -> Float
    ) {
        for index in 0..<count {
            target[index] = function(source[index])
        }
    }
}
