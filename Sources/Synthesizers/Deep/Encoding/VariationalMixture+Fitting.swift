// Synthesizers: fitting the variational mixture to a column.

import Foundation
import Linalg

extension VariationalMixture {
    /// The reference's settings of the variational fit, in one place.
    enum Settings {
        /// The mean precision prior β₀.
        static let meanPrecisionPrior = 1.0
        /// The degrees-of-freedom prior ν₀ (the number of features).
        static let degreesOfFreedomPrior = 1.0
        /// Added to every component's covariance estimate (`reg_covar`).
        static let covarianceRegulariser = 1e-6
        /// The iteration limit (`max_iter`).
        static let maxIterations = 100
        /// The lower-bound change below which the fit stops (`tol`).
        static let tolerance = 1e-3
    }

    /// Fits the mixture to a column's values.
    ///
    /// The values are compressed to distinct values with counts first (the sums of the fit
    /// are unchanged, see `WeightedSample`), k-means on them gives the starting
    /// responsibilities, and the variational updates run from there. A column of one row, a
    /// constant column and a column of huge values all give finite parameters; an empty
    /// column gives one standard normal component. Should a fit still produce a non-finite
    /// number, the result is one Gaussian with the column's mean and standard deviation.
    ///
    /// Known shortcoming: the k-means start comes from `random`, not from numpy's generator
    /// with the reference's fixed `random_state=42`, so a column's fit matches the reference's
    /// as well as the reference's own fits from other starts match each other (active modes
    /// and distribution function; see `DeepEncodingParityTests`), not number for number.
    /// From the same start the updates reproduce sklearn's to rounding. Because the start
    /// follows the fit's seed, a neural synthesizer's fidelity varies with the seed where the
    /// reference's mixtures never do: CTGAN on iris at 1,500 epochs scores 0.874 (nine seeds);
    /// the reference scores 0.894 from its fixed start and 0.869 from varied ones.
    ///
    /// - Parameters:
    ///   - values: The column (no NaN).
    ///   - maxComponents: The largest number of components (the reference's 10).
    ///   - concentration: The Dirichlet-process concentration (`weight_concentration_prior`).
    ///   - random: The generator of the k-means start (the only random step).
    /// - Precondition: `maxComponents >= 1` and the concentration is positive and finite.
    /// - Complexity: O(k · d · iterations) for k components and d distinct values, plus a sort.
    public init(
        fitting values: [Double], maxComponents: Int = 10, concentration: Double = 0.001,
        random: inout RandomSource
    ) {
        precondition(
            maxComponents >= 1 && concentration > 0 && concentration.isFinite,
            "VariationalMixture: \(maxComponents) components, concentration \(concentration)")
        guard !values.isEmpty else {
            self.init(weights: [1], means: [0], standardDeviations: [1])
            return
        }
        let sample = WeightedSample(rows: values)
        let components = min(values.count, maxComponents)
        let labels = OneDimensionalKMeans.labels(
            of: sample, clusters: components, random: &random)
        self.init(
            fitting: sample, labels: labels, components: components,
            concentration: concentration)
    }

    /// Fits the mixture to a weighted sample from given starting labels (one per point):
    /// the deterministic part of the fit, which the tests check against the reference.
    init(fitting sample: WeightedSample, labels: [Int], components: Int, concentration: Double) {
        var responsibilities = [Double](repeating: 0, count: sample.count * components)
        for (point, label) in labels.enumerated() {
            responsibilities[point * components + label] = 1
        }
        var fit = VariationalFit(
            sample: sample, components: components, concentration: concentration)
        fit.maximise(responsibilities: responsibilities)
        var lowerBound = -Double.infinity
        for _ in 0..<Settings.maxIterations {
            let (next, entropy) = fit.expectation()
            fit.maximise(responsibilities: next)
            let bound = fit.lowerBound(entropy: entropy)
            let change = bound - lowerBound
            lowerBound = bound
            if abs(change) < Settings.tolerance { break }
        }

        let mixture = fit.mixture
        if mixture.isFinite {
            self = mixture
        } else {
            let variance = sample.sumOfSquares / sample.rowCount
            let deviation = variance.isFinite && variance > 0 ? variance.squareRoot() : 1
            let mean = sample.mean.isFinite ? sample.mean : 0
            self.init(weights: [1], means: [mean], standardDeviations: [deviation])
        }
    }

    /// Whether every parameter is finite and every deviation positive (log terms may be −∞).
    var isFinite: Bool {
        weights.allSatisfy(\.isFinite) && means.allSatisfy(\.isFinite)
            && standardDeviations.allSatisfy { $0.isFinite && $0 > 0 }
            && posteriorLogWeights.allSatisfy { !$0.isNaN && $0 < .infinity }
            && weights.contains { $0 > Self.activeWeightThreshold }
    }
}

/// The variational posterior of a one-dimensional Dirichlet-process Gaussian mixture, and its
/// updates (the reference's E-step, M-step and lower bound, written for weighted points).
struct VariationalFit {
    let sample: WeightedSample
    let components: Int
    let concentration: Double
    let meanPrior: Double
    let covariancePrior: Double

    /// The Beta parameters of the stick-breaking proportions.
    var stickA: [Double]
    var stickB: [Double]
    /// The mean precisions β_k, means m_k, degrees of freedom ν_k and expected covariances.
    var meanPrecisions: [Double]
    var means: [Double]
    var degreesOfFreedom: [Double]
    var covariances: [Double]

    init(sample: WeightedSample, components: Int, concentration: Double) {
        self.sample = sample
        self.components = components
        self.concentration = concentration
        meanPrior = sample.mean
        covariancePrior = sample.sampleVariance
        let zeros = [Double](repeating: 0, count: components)
        (stickA, stickB, meanPrecisions) = (zeros, zeros, zeros)
        (means, degreesOfFreedom, covariances) = (zeros, zeros, zeros)
    }
}
