// NeuralCore: differentiable matrix product, linear map, transposition and column slicing.

extension Variable {
    /// The matrix product `op(lhs) · op(rhs)`, where `op` transposes when asked
    /// (see ``Tensor/matmul(_:_:transposeLeft:transposeRight:)``).
    ///
    /// The gradients are matrix products again, with transposes chosen so that no transposed
    /// copy is ever made:
    /// ```
    /// C = A·B:   dA = G·Bᵀ,  dB = Aᵀ·G
    /// ```
    public static func matmul(
        _ lhs: Variable, _ rhs: Variable, transposeLeft: Bool = false,
        transposeRight: Bool = false
    ) -> Variable {
        let result = Tensor.matmul(
            lhs.value, rhs.value, transposeLeft: transposeLeft, transposeRight: transposeRight)
        return record(result, [lhs, rhs]) { gradient, needs in
            var left: Variable?
            var right: Variable?
            if needs[0] {
                left =
                    transposeLeft
                    ? matmul(rhs, gradient, transposeLeft: transposeRight, transposeRight: true)
                    : matmul(gradient, rhs, transposeRight: !transposeRight)
            }
            if needs[1] {
                right =
                    transposeRight
                    ? matmul(gradient, lhs, transposeLeft: true, transposeRight: transposeLeft)
                    : matmul(lhs, gradient, transposeLeft: !transposeLeft)
            }
            return [left, right]
        }
    }

    /// `input · weightᵀ + bias`, PyTorch's `F.linear`, with `weight` of shape `[out, in]`.
    public static func linear(_ input: Variable, weight: Variable, bias: Variable?) -> Variable {
        let result = Tensor.linear(input.value, weight: weight.value, bias: bias?.value)
        let operands = [input, weight] + (bias.map { [$0] } ?? [])
        return record(result, operands) { gradient, needs in
            var gradients: [Variable?] = [
                needs[0] ? matmul(gradient, weight) : nil,
                needs[1] ? matmul(gradient, input, transposeLeft: true) : nil,
            ]
            if let bias {
                gradients.append(
                    needs[2] ? gradient.sum(alongAxis: 0).reshaped(to: bias.shape) : nil)
            }
            return gradients
        }
    }

    /// The transpose of a rank-2 variable.
    public func transposed() -> Variable {
        Variable.record(value.transposed(), [self]) { gradient, _ in [gradient.transposed()] }
    }

    /// Rank-2 variables side by side (PyTorch's `torch.cat(parts, dim=1)`).
    public static func concatenatingColumns(_ parts: [Variable]) -> Variable {
        let result = Tensor.concatenatingColumns(parts.map(\.value))
        var ranges: [Range<Int>] = []
        var offset = 0
        for part in parts {
            ranges.append(offset..<(offset + part.shape[1]))
            offset += part.shape[1]
        }
        return record(result, parts) { gradient, needs in
            zip(ranges, needs).map { range, need in need ? gradient.columns(range) : nil }
        }
    }

    /// The columns `range` of a rank-2 variable (PyTorch's `x[:, start:end]`).
    public func columns(_ range: Range<Int>) -> Variable {
        let width = shape[1]
        return Variable.record(value.columns(range), [self]) { gradient, _ in
            [gradient.placed(inColumnsFrom: range.lowerBound, width: width)]
        }
    }

    /// A zero variable `width` columns wide with this one written from column `offset`.
    func placed(inColumnsFrom offset: Int, width: Int) -> Variable {
        let columns = shape[1]
        let result = value.placed(inColumnsFrom: offset, width: width)
        return Variable.record(result, [self]) { gradient, _ in
            [gradient.columns(offset..<(offset + columns))]
        }
    }
}
