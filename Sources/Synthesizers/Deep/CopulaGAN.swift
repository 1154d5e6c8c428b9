// Synthesizers: the CopulaGAN synthesizer: CTGAN on the normal scores of fitted marginals.

import Linalg

/// CTGAN trained on normal scores (the reference's CopulaGANSynthesizer).
///
/// Fit: each numerical and datetime model column gets a marginal of its family (per column,
/// else ``defaultDistribution``; a fit that fails falls back to the normal family) and is
/// replaced by `z = Φ⁻¹(clip(F(x), EPS, 1 − EPS))`; categorical columns pass through; then
/// ``CTGAN`` is fitted on the result. Sample: CTGAN's rows, then `x = F⁻¹(Φ(z))` per normalised
/// column.
public struct CopulaGAN: Synthesizer {
    /// The network and its training.
    public internal(set) var network: CTGAN
    /// The family of columns not listed in ``numericalDistributions``.
    public var defaultDistribution: DistributionFamily
    /// The family of particular columns.
    public var numericalDistributions: [String: DistributionFamily]
    /// The fitted marginal of each model column, `nil` for categorical ones (empty before
    /// fitting).
    public internal(set) var marginals: [Marginal?] = []
    /// The marginals tabulated against normal scores (derived, rebuilt on loading).
    var tables: [ScoreTable?] = []

    /// Creates an unfitted CopulaGAN.
    public init(
        settings: CTGANSettings = CTGANSettings(),
        defaultDistribution: DistributionFamily = .beta,
        numericalDistributions: [String: DistributionFamily] = [:]
    ) {
        network = CTGAN(settings: settings)
        self.defaultDistribution = defaultDistribution
        self.numericalDistributions = numericalDistributions
    }

    /// Creates an unfitted CopulaGAN from checked parameter values.
    ///
    /// - Throws: as ``CTGANSettings/init(parameters:)``.
    public init(parameters: ParameterValues) throws(SynthesizerError) {
        var families: [String: DistributionFamily] = [:]
        for (column, value) in parameters.perColumn("numerical_distributions") {
            families[column] = DistributionFamily(name: value.description) ?? .beta
        }
        self.init(
            settings: try CTGANSettings(parameters: parameters),
            defaultDistribution: DistributionFamily(
                name: parameters.choice("default_distribution", default: "beta")) ?? .beta,
            numericalDistributions: families)
    }

    /// The transformer options: the two enforce flags.
    public var transformOptions: TransformOptions { network.transformOptions }

    /// The losses of each epoch.
    public var trainingHistory: [TrainingRecord] { network.trainingHistory }

    /// Fits the marginals, turns their columns into normal scores and trains CTGAN on them.
    ///
    /// - Throws: as ``CTGAN/fitModel(_:random:progress:)``.
    public mutating func fitModel(
        _ data: consuming ModelData, random: inout RandomSource, progress: ProgressHandler?
    ) throws(SynthesizerError) {
        var data = data
        marginals = []
        tables = []
        for index in 0..<data.columnCount {
            guard data.categoryEdges[index] == nil else {
                marginals.append(nil)
                tables.append(nil)
                continue
            }
            let family = numericalDistributions[data.names[index]] ?? defaultDistribution
            let marginal = Marginal.fitting(family, to: data.columns[index])
            let table = ScoreTable(marginal)
            GaussianCopula.toScores(&data.columns[index], table: table)
            marginals.append(marginal)
            tables.append(table)
        }
        try network.fitModel(data, random: &random, progress: progress)
    }

    /// Draws CTGAN rows and maps the normalised columns back through their marginals.
    public func sampleModel(rows: Int, random: inout RandomSource) -> ModelData {
        var data = network.sampleModel(rows: rows, random: &random)
        for (index, table) in tables.enumerated() {
            guard let table else { continue }
            data.columns[index] = table.values(atScores: data.columns[index])
        }
        return data
    }
}
