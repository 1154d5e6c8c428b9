// Synthesizers: the variational updates of the Dirichlet-process mixture, for weighted points.

import Foundation
import Linalg

extension VariationalFit {
    /// The M-step: the posterior parameters from responsibilities (`count × components`,
    /// row-major, one row per point).
    ///
    /// With `N_k = Σ w r + 10 ε`, `x̄_k` and `S_k` the weighted mean and variance (plus the
    /// regulariser) of component k:
    /// ```
    /// a_k = 1 + N_k          b_k = α + Σ_{l>k} N_l
    /// β_k = β₀ + N_k         m_k = (β₀ m₀ + N_k x̄_k) / β_k          ν_k = ν₀ + N_k
    /// σ²_k = (s₀ + N_k S_k + N_k β₀ / β_k · (x̄_k − m₀)²) / ν_k
    /// ```
    mutating func maximise(responsibilities: [Double]) {
        let settings = VariationalMixture.Settings.self
        var counts = [Double](repeating: 0, count: components)
        var sums = [Double](repeating: 0, count: components)
        var squares = [Double](repeating: 0, count: components)
        let values = sample.values
        let weights = sample.weights
        let k = components
        responsibilities.withUnsafeBufferPointer { r in
            for point in 0..<values.count {
                for component in 0..<k {
                    let mass = weights[point] * r[point * k + component]
                    counts[component] += mass
                    sums[component] += mass * values[point]
                }
            }
            for component in 0..<k { counts[component] += 10 * Double.ulpOfOne }
            let centres = (0..<k).map { sums[$0] / counts[$0] }
            for point in 0..<values.count {
                for component in 0..<k {
                    let gap = values[point] - centres[component]
                    squares[component] += weights[point] * r[point * k + component] * gap * gap
                }
            }
            sums = centres
        }

        var later = 0.0
        for component in stride(from: k - 1, through: 0, by: -1) {
            let count = counts[component]
            let variance = squares[component] / count + settings.covarianceRegulariser
            stickA[component] = 1 + count
            stickB[component] = concentration + later
            later += count
            meanPrecisions[component] = settings.meanPrecisionPrior + count
            means[component] =
                (settings.meanPrecisionPrior * meanPrior + count * sums[component])
                / meanPrecisions[component]
            degreesOfFreedom[component] = settings.degreesOfFreedomPrior + count
            let offset = sums[component] - meanPrior
            let spread =
                covariancePrior + count * variance
                + count * settings.meanPrecisionPrior / meanPrecisions[component] * offset * offset
            covariances[component] = spread / degreesOfFreedom[component]
        }
    }

    /// The expected log weight of every component under the stick-breaking posterior:
    /// `E[log V_k] + Σ_{l<k} E[log(1 − V_l)]`.
    var expectedLogWeights: [Double] {
        var result: [Double] = []
        var broken = 0.0
        for component in 0..<components {
            let total = SpecialFunctions.digamma(stickA[component] + stickB[component])
            result.append(SpecialFunctions.digamma(stickA[component]) - total + broken)
            broken += SpecialFunctions.digamma(stickB[component]) - total
        }
        return result
    }

    /// The log-posterior term of every component beside its Gaussian log density (see
    /// ``VariationalMixture/posteriorLogWeights``).
    var posteriorLogWeights: [Double] {
        zip(expectedLogWeights, degreesOfFreedom.indices).map { logWeight, component in
            let halfFreedom = 0.5 * degreesOfFreedom[component]
            return logWeight
                + 0.5 * (SpecialFunctions.digamma(halfFreedom) - Foundation.log(halfFreedom))
                - 0.5 / meanPrecisions[component]
        }
    }

    /// The E-step: the responsibilities under the current posterior, and the weighted sum of
    /// `r log r` that the lower bound needs.
    func expectation() -> (responsibilities: [Double], entropy: Double) {
        let terms = PosteriorTerms(mixture)
        let k = components
        var responsibilities = [Double](repeating: 0, count: sample.count * k)
        var entropy = 0.0
        responsibilities.withUnsafeMutableBufferPointer { output in
            guard let base = output.baseAddress else { return }
            for point in 0..<sample.count {
                let row = UnsafeMutableBufferPointer(start: base + point * k, count: k)
                terms.evaluate(at: sample.values[point], into: row)
                var pointEntropy = 0.0
                for component in 0..<k where row[component] > 0 {
                    pointEntropy += row[component] * Foundation.log(row[component])
                }
                entropy += sample.weights[point] * pointEntropy
            }
        }
        return (responsibilities, entropy)
    }

    /// The variational lower bound, up to the constant the reference also leaves out, from
    /// the entropy term of the last E-step and the current posterior.
    func lowerBound(entropy: Double) -> Double {
        var bound = -entropy
        for component in 0..<components {
            let freedom = degreesOfFreedom[component]
            let logDeterminant =
                -0.5 * Foundation.log(covariances[component]) - 0.5 * Foundation.log(freedom)
            bound += freedom * logDeterminant + 0.5 * freedom * Foundation.log(2.0)
            bound += SpecialFunctions.logGamma(0.5 * freedom)
            bound += SpecialFunctions.logBeta(stickA[component], stickB[component])
            bound -= 0.5 * Foundation.log(meanPrecisions[component])
        }
        return bound
    }

    /// The fitted mixture: expected weights, means and deviations, and the posterior terms.
    var mixture: VariationalMixture {
        var weights: [Double] = []
        var remaining = 1.0
        for component in 0..<components {
            let total = stickA[component] + stickB[component]
            weights.append(stickA[component] / total * remaining)
            remaining *= stickB[component] / total
        }
        let sum = weights.reduce(0, +)
        return VariationalMixture(
            weights: weights.map { $0 / sum }, means: means,
            standardDeviations: covariances.map { $0.squareRoot() },
            posteriorLogWeights: posteriorLogWeights)
    }
}
