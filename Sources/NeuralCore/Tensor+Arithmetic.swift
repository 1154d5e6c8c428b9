// NeuralCore: arithmetic operators and elementwise functions on `Tensor`.

import Foundation
import Linalg

extension Tensor {
    /// Elementwise sum with broadcasting.
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor { combine(lhs, rhs, .add) }

    /// Elementwise difference with broadcasting.
    public static func - (lhs: Tensor, rhs: Tensor) -> Tensor { combine(lhs, rhs, .subtract) }

    /// Elementwise product with broadcasting.
    public static func * (lhs: Tensor, rhs: Tensor) -> Tensor { combine(lhs, rhs, .multiply) }

    /// Elementwise quotient with broadcasting.
    public static func / (lhs: Tensor, rhs: Tensor) -> Tensor { combine(lhs, rhs, .divide) }

    /// Adds `rhs` to every value.
    public static func + (lhs: Tensor, rhs: Float) -> Tensor { lhs.map { $0 + rhs } }

    /// Subtracts `rhs` from every value.
    public static func - (lhs: Tensor, rhs: Float) -> Tensor { lhs.map { $0 - rhs } }

    /// Multiplies every value by `rhs`.
    public static func * (lhs: Tensor, rhs: Float) -> Tensor { lhs.map { $0 * rhs } }

    /// Divides every value by `rhs`.
    public static func / (lhs: Tensor, rhs: Float) -> Tensor { lhs.map { $0 / rhs } }

    /// Multiplies every value of `rhs` by `lhs`.
    public static func * (lhs: Float, rhs: Tensor) -> Tensor { rhs.map { lhs * $0 } }

    /// Subtracts every value of `rhs` from `lhs`.
    public static func - (lhs: Float, rhs: Tensor) -> Tensor { rhs.map { lhs - $0 } }

    /// The negated values.
    public static prefix func - (operand: Tensor) -> Tensor { operand.map { -$0 } }

    /// Adds `rhs` into `lhs` in place (same shape), through BLAS `saxpy`.
    public static func += (lhs: inout Tensor, rhs: Tensor) {
        precondition(lhs.shape == rhs.shape, "Tensor +=: \(lhs.shape) and \(rhs.shape) differ")
        let count = lhs.count
        let source = rhs.buffer.base
        lhs.withUnsafeMutableBufferPointer { target in
            guard let base = target.baseAddress else { return }
            BLAS.saxpy(count: count, alpha: 1, x: source, y: base)
        }
    }
}

extension Tensor {
    /// `eˣ` elementwise (to within 2 units in the last place; see `VectorMath`).
    public func exp() -> Tensor {
        let result = Tensor(uninitializedShape: shape)
        let (source, target) = (buffer.base, result.buffer.base)
        Parallel.forEachRange(count: count, grain: Parallel.elementwiseGrain / 8) { range in
            for index in range { target[index] = VectorMath.exp(source[index]) }
        }
        return result
    }

    /// The natural logarithm elementwise (to within 2 units in the last place).
    public func log() -> Tensor {
        let result = Tensor(uninitializedShape: shape)
        let (source, target) = (buffer.base, result.buffer.base)
        Parallel.forEachRange(count: count, grain: Parallel.elementwiseGrain / 8) { range in
            for index in range { target[index] = VectorMath.log(source[index]) }
        }
        return result
    }

    /// The square root elementwise.
    public func squareRoot() -> Tensor { map { $0.squareRoot() } }

    /// Every value raised to `exponent`.
    public func pow(_ exponent: Float) -> Tensor {
        if exponent == 2 { return map { $0 * $0 } }
        return map { Foundation.pow($0, exponent) }
    }

    /// The absolute values.
    public func abs() -> Tensor { map { Swift.abs($0) } }

    /// Every value limited to `lower...upper`.
    public func clamped(to range: ClosedRange<Float>) -> Tensor {
        map { Swift.min(Swift.max($0, range.lowerBound), range.upperBound) }
    }

    /// The hyperbolic tangent elementwise.
    public func tanh() -> Tensor { map { Foundation.tanh($0) } }

    /// The logistic function `1 / (1 + e⁻ˣ)` elementwise.
    public func sigmoid() -> Tensor { map { 1 / (1 + Foundation.exp(-$0)) } }

    /// 1 where `predicate` holds for the value, 0 elsewhere: a mask for ``select(_:_:_:)``.
    public func mask(where predicate: (Float) -> Bool) -> Tensor {
        map { predicate($0) ? 1 : 0 }
    }

    /// Picks, value by value, from `whenTrue` where `condition` is non-zero and from `whenFalse`
    /// elsewhere. The three shapes must be equal.
    public static func select(_ condition: Tensor, _ whenTrue: Tensor, _ whenFalse: Tensor)
        -> Tensor
    {
        precondition(
            condition.shape == whenTrue.shape && condition.shape == whenFalse.shape,
            "Tensor.select: shapes \(condition.shape), \(whenTrue.shape), \(whenFalse.shape)")
        let picked = zipWith(condition, whenTrue) { flag, value in flag != 0 ? value : 0 }
        let other = zipWith(condition, whenFalse) { flag, value in flag != 0 ? 0 : value }
        return picked + other
    }
}
