// NeuralCore: arithmetic operators and elementwise functions on `Tensor`.

import CVectorKernels
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
    public static func + (lhs: Tensor, rhs: Float) -> Tensor {
        plain(lhs, ScalarKernel(operation: .add, scalar: rhs, scalarFirst: false))
    }

    /// Subtracts `rhs` from every value.
    public static func - (lhs: Tensor, rhs: Float) -> Tensor {
        plain(lhs, ScalarKernel(operation: .subtract, scalar: rhs, scalarFirst: false))
    }

    /// Multiplies every value by `rhs`.
    public static func * (lhs: Tensor, rhs: Float) -> Tensor {
        plain(lhs, ScalarKernel(operation: .multiply, scalar: rhs, scalarFirst: false))
    }

    /// Divides every value by `rhs`.
    public static func / (lhs: Tensor, rhs: Float) -> Tensor {
        plain(lhs, ScalarKernel(operation: .divide, scalar: rhs, scalarFirst: false))
    }

    /// Multiplies every value of `rhs` by `lhs`.
    public static func * (lhs: Float, rhs: Tensor) -> Tensor {
        plain(rhs, ScalarKernel(operation: .multiply, scalar: lhs, scalarFirst: true))
    }

    /// Subtracts every value of `rhs` from `lhs`.
    public static func - (lhs: Float, rhs: Tensor) -> Tensor {
        plain(rhs, ScalarKernel(operation: .subtract, scalar: lhs, scalarFirst: true))
    }

    /// The negated values.
    public static prefix func - (operand: Tensor) -> Tensor { plain(operand, NegationKernel()) }

    /// A cheap kernel (one arithmetic operation) applied value by value, split across threads
    /// as the plain arithmetic passes are.
    private static func plain(_ operand: Tensor, _ kernel: some UnaryKernel) -> Tensor {
        elementwise(operand, kernel, grain: Parallel.elementwiseGrain)
    }

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
    /// `eˣ` elementwise (to within 2 units in the last place; see `VectorMath`, whose
    /// arithmetic the C loop repeats).
    public func exp() -> Tensor { Tensor.vectorKernel(self) { facsimile_exp($0, $1, $2) } }

    /// The natural logarithm elementwise (to within 2 units in the last place).
    public func log() -> Tensor { Tensor.vectorKernel(self) { facsimile_log($0, $1, $2) } }

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
    public func tanh() -> Tensor { Tensor.elementwise(self, TanhKernel()) }

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

/// One arithmetic operation between each value and a scalar (on the left when
/// `scalarFirst`).
private struct ScalarKernel: UnaryKernel {
    let operation: Arithmetic
    let scalar: Float
    let scalarFirst: Bool

    @inline(__always)
    func callAsFunction(_ a: Float) -> Float {
        let (left, right) = scalarFirst ? (scalar, a) : (a, scalar)
        switch operation {
        case .add: return left + right
        case .subtract: return left - right
        case .multiply: return left * right
        case .divide: return left / right
        }
    }
}

/// `−a`.
private struct NegationKernel: UnaryKernel {
    @inline(__always)
    func callAsFunction(_ a: Float) -> Float { -a }
}

/// `tanh(a)`.
struct TanhKernel: UnaryKernel {
    @inline(__always)
    func callAsFunction(_ a: Float) -> Float { Foundation.tanh(a) }
}

/// The gradient of `tanh` from the incoming gradient `g` and the output `y`: `g · (1 − y²)`.
struct TanhGradientKernel: BinaryKernel {
    @inline(__always)
    func callAsFunction(_ g: Float, _ y: Float) -> Float { g * (1 - y * y) }
}
