// NeuralCore: the losses CTGAN and TVAE train with.

import CVectorKernels

/// The cross-entropy of each row's logits against its integer class (PyTorch's
/// `cross_entropy(logits, targets, reduction='none')`): `−log softmax(logits)[target]`.
///
/// - Parameters:
///   - logits: `[rows, classes]` unnormalised log-probabilities.
///   - targets: one class index per row, each in `0..<classes`.
/// - Returns: a `[rows, 1]` variable of per-row losses.
public func crossEntropy(logits: Variable, targets: [Int]) -> Variable {
    precondition(
        logits.value.rank == 2 && logits.shape[0] == targets.count,
        "crossEntropy: logits \(logits.shape) for \(targets.count) targets")
    let picks = Variable(Tensor.oneHot(targets, classes: logits.shape[1]))
    return -(logSoftmax(logits) * picks).sum(alongAxis: 1)
}

/// The mean squared error between `prediction` and `target` (PyTorch's `mse_loss`), over all
/// values, as a rank-0 variable.
public func meanSquaredError(_ prediction: Variable, _ target: Variable) -> Variable {
    precondition(
        prediction.shape == target.shape,
        "meanSquaredError: shapes \(prediction.shape) and \(target.shape) differ")
    return (prediction - target).squared().mean()
}

/// A reparameterised Gaussian sample `μ + ε · exp(½ · logσ²)` with `ε ~ N(0, I)`, through
/// which gradients reach the mean and the log-variance (Kingma and Welling, 2014).
///
/// One pass computes the sample and one pass its gradient with respect to `logσ²`,
/// `½ · g · ε · exp(½ · logσ²)`; the gradient with respect to `μ` is `g` itself. When the
/// backward pass records a graph of its own, the gradient is built from differentiable
/// operations instead.
public func reparameterizedSample(
    mean: Variable, logVariance: Variable, using generator: inout some RandomNumberGenerator
) -> Variable {
    precondition(
        mean.shape == logVariance.shape,
        "reparameterizedSample: shapes \(mean.shape) and \(logVariance.shape) differ")
    let noise = Tensor.randomNormal(shape: mean.shape, using: &generator)
    let sample = Tensor.vectorKernel(mean.value, logVariance.value, noise) {
        facsimile_gaussian_sample($0, $1, $2, $3, $4)
    }
    return Variable.record(sample, [mean, logVariance]) { gradient, needs in
        guard needs[1] else { return [gradient, nil] }
        if GradientMode.isEnabled {
            return [gradient, gradient * Variable(noise) * (logVariance * 0.5).exp() * 0.5]
        }
        let logVarianceGradient = Tensor.vectorKernel(gradient.value, logVariance.value, noise) {
            facsimile_gaussian_sample_gradient($0, $1, $2, $3, $4)
        }
        return [gradient, Variable(logVarianceGradient)]
    }
}

/// The Kullback–Leibler divergence of `N(μ, σ²)` from `N(0, 1)`, summed over all values:
///
/// ```
/// KL = −½ Σ (1 + logσ² − μ² − σ²)
/// ```
///
/// The terms take one pass and their sum another; the gradients, `g · μ` and
/// `½ · g · (σ² − 1)`, one pass each. When the backward pass records a graph of its own, the
/// gradients are built from differentiable operations instead.
public func gaussianKLDivergence(mean: Variable, logVariance: Variable) -> Variable {
    precondition(
        mean.shape == logVariance.shape,
        "gaussianKLDivergence: shapes \(mean.shape) and \(logVariance.shape) differ")
    let terms = Tensor.vectorKernel(mean.value, logVariance.value) {
        facsimile_kl_terms($0, $1, $2, $3)
    }
    let divergence = Tensor(terms.sum().scalar * -0.5)
    return Variable.record(divergence, [mean, logVariance]) { gradient, needs in
        if GradientMode.isEnabled {
            return [gradient * mean, gradient * (logVariance.exp() - 1) * 0.5]
        }
        let g = gradient.value.scalar
        let meanGradient = needs[0] ? Variable(mean.value * g) : nil
        let logVarianceGradient =
            needs[1]
            ? Variable(
                Tensor.vectorKernel(logVariance.value) {
                    facsimile_kl_log_variance_gradient($0, g, $1, $2)
                })
            : nil
        return [meanGradient, logVarianceGradient]
    }
}
