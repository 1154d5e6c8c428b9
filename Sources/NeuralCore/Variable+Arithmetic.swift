// NeuralCore: differentiable arithmetic with broadcasting, and its reshaping helpers.

extension Variable {
    /// Elementwise sum with broadcasting.
    public static func + (lhs: Variable, rhs: Variable) -> Variable {
        record(lhs.value + rhs.value, [lhs, rhs]) { gradient, needs in
            [
                needs[0] ? gradient.summed(toShape: lhs.shape) : nil,
                needs[1] ? gradient.summed(toShape: rhs.shape) : nil,
            ]
        }
    }

    /// Elementwise difference with broadcasting.
    public static func - (lhs: Variable, rhs: Variable) -> Variable {
        record(lhs.value - rhs.value, [lhs, rhs]) { gradient, needs in
            [
                needs[0] ? gradient.summed(toShape: lhs.shape) : nil,
                needs[1] ? (-gradient).summed(toShape: rhs.shape) : nil,
            ]
        }
    }

    /// Elementwise product with broadcasting.
    public static func * (lhs: Variable, rhs: Variable) -> Variable {
        record(lhs.value * rhs.value, [lhs, rhs]) { gradient, needs in
            [
                needs[0] ? (gradient * rhs).summed(toShape: lhs.shape) : nil,
                needs[1] ? (gradient * lhs).summed(toShape: rhs.shape) : nil,
            ]
        }
    }

    /// Elementwise quotient with broadcasting.
    public static func / (lhs: Variable, rhs: Variable) -> Variable {
        record(lhs.value / rhs.value, [lhs, rhs]) { gradient, needs in
            [
                needs[0] ? (gradient / rhs).summed(toShape: lhs.shape) : nil,
                needs[1] ? (-gradient * lhs / (rhs * rhs)).summed(toShape: rhs.shape) : nil,
            ]
        }
    }

    /// The negated values.
    public static prefix func - (operand: Variable) -> Variable {
        record(-operand.value, [operand]) { gradient, _ in [-gradient] }
    }

    /// Adds a constant to every value.
    public static func + (lhs: Variable, rhs: Float) -> Variable {
        record(lhs.value + rhs, [lhs]) { gradient, _ in [gradient] }
    }

    /// Subtracts a constant from every value.
    public static func - (lhs: Variable, rhs: Float) -> Variable {
        record(lhs.value - rhs, [lhs]) { gradient, _ in [gradient] }
    }

    /// Subtracts every value from a constant.
    public static func - (lhs: Float, rhs: Variable) -> Variable {
        record(lhs - rhs.value, [rhs]) { gradient, _ in [-gradient] }
    }

    /// Multiplies every value by a constant.
    public static func * (lhs: Variable, rhs: Float) -> Variable {
        record(lhs.value * rhs, [lhs]) { gradient, _ in [gradient * rhs] }
    }

    /// Multiplies every value by a constant.
    public static func * (lhs: Float, rhs: Variable) -> Variable { rhs * lhs }

    /// Divides every value by a constant.
    public static func / (lhs: Variable, rhs: Float) -> Variable { lhs * (1 / rhs) }

    /// The sum of `gradient`-shaped values reduced to `targetShape` (the reverse of
    /// broadcasting); its own gradient broadcasts back.
    public func summed(toShape targetShape: [Int]) -> Variable {
        if targetShape == shape { return self }
        let original = shape
        return Variable.record(value.summed(toShape: targetShape), [self]) { gradient, _ in
            [gradient.broadcast(toShape: original)]
        }
    }

    /// This variable stretched to `targetShape` by repeating rows or columns.
    public func broadcast(toShape targetShape: [Int]) -> Variable {
        if targetShape == shape { return self }
        let original = shape
        return Variable.record(value.broadcast(toShape: targetShape), [self]) { gradient, _ in
            [gradient.summed(toShape: original)]
        }
    }

    /// The same values under another shape with the same number of values.
    public func reshaped(to newShape: [Int]) -> Variable {
        if newShape == shape { return self }
        let original = shape
        return Variable.record(value.reshaped(to: newShape), [self]) { gradient, _ in
            [gradient.reshaped(to: original)]
        }
    }
}
