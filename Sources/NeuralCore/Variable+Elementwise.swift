// NeuralCore: differentiable elementwise functions and activations.

import Foundation

extension Variable {
    /// `eˣ` elementwise.
    public func exp() -> Variable {
        let result = value.exp()
        return Variable.record(result, [self]) { gradient, _ in
            [gradient * self.recomputed(result) { $0.exp() }]
        }
    }

    /// The natural logarithm elementwise.
    public func log() -> Variable {
        Variable.record(value.log(), [self]) { gradient, _ in [gradient / self] }
    }

    /// The square root elementwise (its gradient is infinite at 0, as in PyTorch).
    public func squareRoot() -> Variable {
        let result = value.squareRoot()
        return Variable.record(result, [self]) { gradient, _ in
            [gradient * 0.5 / self.recomputed(result) { $0.squareRoot() }]
        }
    }

    /// Every value raised to the constant `exponent`.
    public func pow(_ exponent: Float) -> Variable {
        Variable.record(value.pow(exponent), [self]) { gradient, _ in
            if exponent == 2 { return [gradient * self * 2] }
            return [gradient * self.pow(exponent - 1) * exponent]
        }
    }

    /// The squared values.
    public func squared() -> Variable { pow(2) }

    /// The absolute values (gradient 0 at 0).
    public func abs() -> Variable {
        let signs = value.map { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
        return Variable.record(value.abs(), [self]) { gradient, _ in
            [gradient * Variable(signs)]
        }
    }

    /// Every value limited to `range`; the gradient passes only where the value was inside.
    public func clamped(to range: ClosedRange<Float>) -> Variable {
        let inside = value.mask { range.contains($0) }
        return Variable.record(value.clamped(to: range), [self]) { gradient, _ in
            [gradient * Variable(inside)]
        }
    }

    /// `max(x, 0)` elementwise.
    public func relu() -> Variable { leakyRelu(slope: 0) }

    /// `x` where positive, `slope · x` elsewhere (PyTorch's `LeakyReLU(negative_slope)`).
    public func leakyRelu(slope: Float) -> Variable {
        let input = value
        let result = Tensor.elementwise(input, LeakyReLUKernel(slope: slope))
        return Variable.record(result, [self]) { gradient, _ in
            guard GradientMode.isEnabled else {
                let kernel = LeakyReLUGradientKernel(slope: slope)
                return [Variable(Tensor.elementwise(gradient.value, input, kernel))]
            }
            return [gradient * Variable(input.map { $0 > 0 ? 1 : slope })]
        }
    }

    /// The hyperbolic tangent elementwise.
    public func tanh() -> Variable {
        let result = value.tanh()
        return Variable.record(result, [self]) { gradient, _ in
            guard GradientMode.isEnabled else {
                let kernel = TanhGradientKernel()
                return [Variable(Tensor.elementwise(gradient.value, result, kernel))]
            }
            let output = self.tanh()
            return [gradient * (1 - output * output)]
        }
    }

    /// The logistic function `1 / (1 + e⁻ˣ)` elementwise.
    public func sigmoid() -> Variable {
        let result = value.sigmoid()
        return Variable.record(result, [self]) { gradient, _ in
            let output = self.recomputed(result) { $0.sigmoid() }
            return [gradient * output * (1 - output)]
        }
    }

    /// Picks `whenTrue` where the constant `condition` is non-zero and `whenFalse` elsewhere
    /// (PyTorch's `torch.where`); all three shapes are equal.
    public static func select(_ condition: Tensor, _ whenTrue: Variable, _ whenFalse: Variable)
        -> Variable
    {
        let keep = Variable(condition.mask { $0 != 0 })
        let other = Variable(condition.mask { $0 == 0 })
        return whenTrue * keep + whenFalse * other
    }

    /// The output of this variable's operation: the stored `result` as a constant when the
    /// backward pass is not recorded, else `operation` applied again so that the gradient can
    /// be differentiated through it.
    func recomputed(_ result: Tensor, _ operation: (Variable) -> Variable) -> Variable {
        GradientMode.isEnabled ? operation(self) : Variable(result)
    }
}

/// `x` where positive, `slope · x` elsewhere.
private struct LeakyReLUKernel: UnaryKernel {
    let slope: Float

    @inline(__always)
    func callAsFunction(_ x: Float) -> Float { x > 0 ? x : slope * x }
}

/// The gradient `g` where the input was positive, `slope · g` elsewhere.
private struct LeakyReLUGradientKernel: BinaryKernel {
    let slope: Float

    @inline(__always)
    func callAsFunction(_ gradient: Float, _ input: Float) -> Float {
        input > 0 ? gradient : slope * gradient
    }
}
