// NeuralCore: differentiable sums, means and maxima.

extension Variable {
    /// The sum of all values, as a rank-0 variable.
    public func sum() -> Variable {
        let original = shape
        return Variable.record(value.sum(), [self]) { gradient, _ in
            [gradient.broadcast(toShape: original)]
        }
    }

    /// The mean of all values, as a rank-0 variable.
    public func mean() -> Variable {
        precondition(value.count > 0, "Variable.mean: empty variable of shape \(shape)")
        return sum() * (1 / Float(value.count))
    }

    /// Sums along `axis` of a rank-2 variable, keeping the axis with extent 1.
    public func sum(alongAxis axis: Int) -> Variable {
        let original = shape
        return Variable.record(value.sum(alongAxis: axis), [self]) { gradient, _ in
            [gradient.broadcast(toShape: original)]
        }
    }

    /// The mean along `axis` of a rank-2 variable, keeping the axis with extent 1.
    public func mean(alongAxis axis: Int) -> Variable {
        let extent = axis == 0 ? value.rows : value.columns
        precondition(extent > 0, "Variable.mean(alongAxis:): empty axis in \(shape)")
        return sum(alongAxis: axis) * (1 / Float(extent))
    }

    /// The largest value along `axis` of a rank-2 variable, keeping the axis with extent 1;
    /// the gradient goes to the first largest value.
    public func max(alongAxis axis: Int) -> Variable {
        let indices = value.argmax(alongAxis: axis)
        let view = MatrixView(shape)
        var picks = Tensor(zeros: shape)
        picks.withUnsafeMutableBufferPointer { target in
            for (position, index) in indices.enumerated() {
                let flat =
                    axis == 1 ? position * view.columns + index : index * view.columns + position
                target[flat] = 1
            }
        }
        let original = shape
        return Variable.record(value.max(alongAxis: axis), [self]) { gradient, _ in
            [gradient.broadcast(toShape: original) * Variable(picks)]
        }
    }

    /// The largest value, as a rank-0 variable; the gradient goes to the first largest value.
    public func max() -> Variable {
        let flat = reshaped(to: [1, value.count]).max(alongAxis: 1)
        return flat.reshaped(to: [])
    }
}

extension Variable {
    /// The Euclidean norm along `axis` of a rank-2 variable, keeping the axis with extent 1
    /// (PyTorch's `x.norm(2, dim=axis, keepdim=True)`).
    ///
    /// Where the norm is 0 its gradient is taken as 0 (a subgradient), as PyTorch does, so a
    /// row of zeros gives no NaN.
    public func l2Norm(alongAxis axis: Int) -> Variable {
        let result = value.pow(2).sum(alongAxis: axis).squareRoot()
        let zeros = result.mask { $0 == 0 }
        return Variable.record(result, [self]) { gradient, _ in
            let norm = self.recomputed(result) { $0.l2Norm(alongAxis: axis) }
            return [self * (gradient / (norm + Variable(zeros)))]
        }
    }
}
