// NeuralCore: standard normal values by the ziggurat method, for the noise of the networks.

import Foundation
import Linalg

/// Standard normal draws by a 256-layer ziggurat (Marsaglia and Tsang, 2000).
///
/// The area under the density `f(x) = exp(−x²/2)` is covered by 256 layers of equal area:
/// 255 rectangles stacked on a base layer whose rectangle continues into the tail beyond
/// `r`. A draw picks a layer and a point along its width; about 98.8% of draws fall inside
/// the part of the layer that lies wholly under the curve and are returned after one multiply
/// and one comparison. The others test a second uniform against the curve in the layer's
/// wedge, or draw from the tail by Marsaglia's exponential method.
///
/// Each attempt uses one 64-bit draw: the low 8 bits choose the layer, bit 8 the sign and the
/// top 24 bits the point, so the three are independent (the original method took the layer
/// and the value from the same bits, a correlation Doornik (2005) pointed out).
struct NormalZiggurat: Sendable {
    /// Where the tail begins: the right edge of the base layer's rectangle.
    static let tailStart: Double = 3.654_152_885_361_008_8

    /// The area of each layer, the base layer's tail included.
    static let layerArea: Double = 4.928_673_233_99e-3

    /// The tables, computed once.
    static let shared = NormalZiggurat()

    /// Layer `i`'s width: `x[i]` for `i ≥ 1` (decreasing to `x[256] = 0`); the base layer's
    /// width is `area / f(r)`, as if its tail were a rectangle.
    let widths: [Float]

    /// `x[i+1] / x[i]`: a point below this fraction of layer `i`'s width lies under the curve.
    let insideFractions: [Float]

    /// `f(x[i])`: the density at layer `i`'s outer edge (layer `i` spans `f(x[i])...f(x[i+1])`).
    let heights: [Float]

    private init() {
        let density = { (x: Double) in Foundation.exp(-0.5 * x * x) }
        var edges = [Double](repeating: 0, count: 257)
        edges[0] = Self.layerArea / density(Self.tailStart)
        edges[1] = Self.tailStart
        for layer in 1..<255 {
            edges[layer + 1] =
                (-2
                * Foundation.log(
                    Self.layerArea / edges[layer] + density(edges[layer]))).squareRoot()
        }
        edges[256] = 0

        widths = edges.map { Float($0) }
        insideFractions = (0..<256).map { Float(edges[$0 + 1] / edges[$0]) }
        heights = edges.map { Float(density($0)) }
    }

    /// Fills `count` values at `target` with `mean + standardDeviation · z`, z standard
    /// normal, drawing from `random`.
    func fill(
        _ target: UnsafeMutablePointer<Float>, count: Int, mean: Float,
        standardDeviation: Float, using random: inout RandomSource
    ) {
        widths.withUnsafeBufferPointer { widths in
            insideFractions.withUnsafeBufferPointer { inside in
                heights.withUnsafeBufferPointer { heights in
                    for index in 0..<count {
                        let z = Self.draw(widths, inside, heights, &random)
                        target[index] = mean + standardDeviation * z
                    }
                }
            }
        }
    }

    /// One standard normal value.
    @inline(__always)
    private static func draw(
        _ widths: UnsafeBufferPointer<Float>, _ inside: UnsafeBufferPointer<Float>,
        _ heights: UnsafeBufferPointer<Float>, _ random: inout RandomSource
    ) -> Float {
        while true {
            let bits = random.next()
            let layer = Int(truncatingIfNeeded: bits & 0xFF)
            // Bit 8 of the draw moved to the float's sign bit (a branch on it would be
            // mispredicted half the time).
            let sign = UInt32(truncatingIfNeeded: bits & 0x100) &<< 23
            let point = Float(bits >> 40) * (1 / 16_777_216)
            let magnitude = point * widths[layer]
            if point < inside[layer] { return Float(bitPattern: magnitude.bitPattern | sign) }

            if layer == 0 {
                return Float(bitPattern: Self.tailValue(&random).bitPattern | sign)
            }
            let height =
                heights[layer] + random.nextUnitFloat() * (heights[layer + 1] - heights[layer])
            if height < VectorMath.exp(-0.5 * magnitude * magnitude) {
                return Float(bitPattern: magnitude.bitPattern | sign)
            }
        }
    }

    /// A value of the normal tail beyond `r` (Marsaglia, 1964): `r + a` with `a` exponential
    /// of rate `r`, accepted with probability `exp(−a²/2)`.
    private static func tailValue(_ random: inout RandomSource) -> Float {
        let start = Float(tailStart)
        while true {
            // Uniforms in (0, 1], so that the logarithms are finite.
            let first = 1 - random.nextUnitFloat()
            let second = 1 - random.nextUnitFloat()
            let excess = -VectorMath.log(first) / start
            if -2 * VectorMath.log(second) > excess * excess { return start + excess }
        }
    }
}
