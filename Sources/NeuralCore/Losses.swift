// NeuralCore: the losses CTGAN and TVAE train with.

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
public func reparameterizedSample(
    mean: Variable, logVariance: Variable, using generator: inout some RandomNumberGenerator
) -> Variable {
    precondition(
        mean.shape == logVariance.shape,
        "reparameterizedSample: shapes \(mean.shape) and \(logVariance.shape) differ")
    let noise = Tensor.randomNormal(shape: mean.shape, using: &generator)
    return mean + Variable(noise) * (logVariance * 0.5).exp()
}

/// The Kullback–Leibler divergence of `N(μ, σ²)` from `N(0, 1)`, summed over all values:
///
/// ```
/// KL = −½ Σ (1 + logσ² − μ² − σ²)
/// ```
public func gaussianKLDivergence(mean: Variable, logVariance: Variable) -> Variable {
    precondition(
        mean.shape == logVariance.shape,
        "gaussianKLDivergence: shapes \(mean.shape) and \(logVariance.shape) differ")
    return ((logVariance + 1) - mean.squared() - logVariance.exp()).sum() * -0.5
}
