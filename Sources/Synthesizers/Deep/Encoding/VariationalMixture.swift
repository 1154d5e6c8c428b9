// Synthesizers: the fitted one-dimensional Gaussian mixture behind mode-specific normalisation.

import Foundation
import Linalg

/// A one-dimensional Gaussian mixture fitted by variational Bayes with a Dirichlet-process
/// (stick-breaking) prior on the weights, as the reference configures sklearn's
/// `BayesianGaussianMixture` for every numerical column of CTGAN, TVAE and CopulaGAN.
///
/// The fit (``init(fitting:maxComponents:concentration:random:)``) uses
/// `min(rows, maxComponents)` components, weight concentration 0.001, mean precision prior 1,
/// the data mean as the mean prior, 1 degree of freedom, the sample variance (`ddof = 1`) as
/// the covariance prior, a covariance regulariser of 10⁻⁶, a k-means start, and at most 100
/// iterations stopping when the lower bound changes by less than 10⁻³. The stick-breaking
/// prior with a tiny concentration drives unneeded components to weights near 0, which is how
/// the reference picks the number of modes of a column.
///
/// Blei and Jordan, "Variational inference for Dirichlet process mixtures", Bayesian
/// Analysis 1(1), 2006; Bishop, "Pattern Recognition and Machine Learning", §10.2.
public struct VariationalMixture: Sendable, Equatable {
    /// The expected weight of every component (the reference's `weights_`), summing to 1.
    public var weights: [Double]

    /// The expected mean of every component (`means_`).
    public var means: [Double]

    /// The square root of every component's expected covariance (`sqrt(covariances_)`).
    public var standardDeviations: [Double]

    /// The additive term each component carries in the log posterior of a value, beside the
    /// Gaussian log density `log N(x; μ_k, σ_k²)`.
    ///
    /// For a variational fit this is the expected log weight plus the two corrections of the
    /// reference's E-step, so that ``posterior(of:)`` equals sklearn's `predict_proba`:
    /// ```
    /// E[log π_k] + ½ (ψ(ν_k / 2) − log(ν_k / 2)) − 1 / (2 β_k)
    /// ```
    /// (ν: degrees of freedom, β: mean precision). For a mixture made from plain parameters
    /// it is `log(weights[k])`.
    public var posteriorLogWeights: [Double]

    /// A mixture from plain parameters: the posterior then weighs components by `weights`.
    ///
    /// - Precondition: the three arrays have the same, non-zero length.
    public init(weights: [Double], means: [Double], standardDeviations: [Double]) {
        self.init(
            weights: weights, means: means, standardDeviations: standardDeviations,
            posteriorLogWeights: weights.map { Foundation.log($0) })
    }

    /// A mixture from all its parts (a model file's contents, or a variational fit).
    ///
    /// - Precondition: the four arrays have the same, non-zero length.
    public init(
        weights: [Double], means: [Double], standardDeviations: [Double],
        posteriorLogWeights: [Double]
    ) {
        precondition(
            !weights.isEmpty && weights.count == means.count
                && means.count == standardDeviations.count
                && means.count == posteriorLogWeights.count,
            "VariationalMixture: \(weights.count) weights, \(means.count) means, "
                + "\(standardDeviations.count) deviations, \(posteriorLogWeights.count) terms")
        self.weights = weights
        self.means = means
        self.standardDeviations = standardDeviations
        self.posteriorLogWeights = posteriorLogWeights
    }

    /// The number of components.
    public var componentCount: Int { weights.count }

    /// The weight above which a component is an active mode of the column (the reference's
    /// `weight_threshold`, 0.005).
    public static let activeWeightThreshold = 0.005

    /// The indices of the components whose weight exceeds ``activeWeightThreshold``, in
    /// fitted order (never empty for a fitted mixture: at most 10 weights sum to 1).
    public var activeComponents: [Int] {
        weights.indices.filter { weights[$0] > Self.activeWeightThreshold }
    }

    /// The posterior probability of every component given the value `x`.
    ///
    /// When every component's density underflows, the posterior is uniform.
    public func posterior(of x: Double) -> [Double] {
        let terms = PosteriorTerms(self)
        var result = [Double](repeating: 0, count: componentCount)
        result.withUnsafeMutableBufferPointer { terms.evaluate(at: x, into: $0) }
        return result
    }
}

/// The per-component constants of the log posterior, laid out for a tight loop:
/// `log p_k(x) = offset_k − ½ precision_k (x − mean_k)²` up to a common constant.
struct PosteriorTerms {
    let offsets: [Double]
    let precisions: [Double]
    let means: [Double]

    init(_ mixture: VariationalMixture) {
        let halfLogTwoPi = 0.5 * Foundation.log(2 * Double.pi)
        offsets = mixture.standardDeviations.indices.map {
            mixture.posteriorLogWeights[$0] - Foundation.log(mixture.standardDeviations[$0])
                - halfLogTwoPi
        }
        precisions = mixture.standardDeviations.map { 1 / ($0 * $0) }
        means = mixture.means
    }

    /// Writes the normalised posterior at `x` into `output` (one slot per component).
    func evaluate(at x: Double, into output: UnsafeMutableBufferPointer<Double>) {
        var largest = -Double.infinity
        for k in 0..<means.count {
            let gap = x - means[k]
            let term = offsets[k] - 0.5 * precisions[k] * gap * gap
            output[k] = term
            if term > largest { largest = term }
        }
        guard largest.isFinite else {
            for k in 0..<means.count { output[k] = 1 / Double(means.count) }
            return
        }
        var total = 0.0
        for k in 0..<means.count {
            let value = Foundation.exp(output[k] - largest)
            output[k] = value.isNaN ? 0 : value
            total += output[k]
        }
        for k in 0..<means.count { output[k] /= total }
    }
}
