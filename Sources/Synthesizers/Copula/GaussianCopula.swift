// Synthesizers: the Gaussian copula synthesizer: marginals per column joined by a correlation.

import Foundation
import Linalg

/// The Gaussian copula synthesizer (the reference's GaussianCopulaSynthesizer).
///
/// Fit: every model column gets a marginal F_j of its family (per column, else the default;
/// the codes of categorical, boolean and ordinal columns, Uniform(0, 1) by construction, get
/// exactly that marginal unless set per column: a deliberate improvement on the reference,
/// whose fitted beta distorts category frequencies; with three categories or more, their
/// intervals are laid out in order of the mean score of the most associated other column,
/// see ``CategoryOrder``, so that the latent order carries that association — the
/// reference keeps the order of first appearance);
/// values become normal scores `z = Φ⁻¹(clip(F_j(x), EPS, 1 − EPS))` with EPS = 1.1920929e-7
/// (so scores saturate at ±5.1666, as in the reference); the Pearson correlation of the scores
/// is repaired to positive definite when needed and factored by Cholesky.
/// Sample: `z = L·g` with g standard normal, then `x_j = F_j⁻¹(Φ(z_j))`.
public struct GaussianCopula: Synthesizer, Equatable {
    /// Clip sampled numbers and datetimes to the training range.
    public var enforceMinMaxValues: Bool
    /// Round sampled numbers to the learned decimals.
    public var enforceRounding: Bool
    /// The family of columns not listed in ``numericalDistributions``.
    public var defaultDistribution: DistributionFamily
    /// The family of particular columns.
    public var numericalDistributions: [String: DistributionFamily]

    /// The model column names, in order (empty before fitting).
    public internal(set) var columnNames: [String] = []
    /// The fitted marginals, one per model column.
    public internal(set) var marginals: [Marginal] = []
    /// The correlation of the normal scores, row-major d × d.
    public internal(set) var correlation: [Double] = []
    /// Its lower Cholesky factor, row-major d × d.
    public internal(set) var factor: [Double] = []
    /// The marginals tabulated against normal scores (derived, rebuilt on loading).
    var tables: [ScoreTable] = []

    /// Creates an unfitted copula.
    public init(
        enforceMinMaxValues: Bool = true,
        enforceRounding: Bool = true,
        defaultDistribution: DistributionFamily = .beta,
        numericalDistributions: [String: DistributionFamily] = [:]
    ) {
        self.enforceMinMaxValues = enforceMinMaxValues
        self.enforceRounding = enforceRounding
        self.defaultDistribution = defaultDistribution
        self.numericalDistributions = numericalDistributions
    }

    /// Creates an unfitted copula from checked parameter values (see
    /// ``parameters(defaultDistribution:enforceRounding:)``).
    public init(parameters: ParameterValues) {
        var families: [String: DistributionFamily] = [:]
        for (column, value) in parameters.perColumn("numerical_distributions") {
            families[column] = DistributionFamily(name: value.description) ?? .beta
        }
        self.init(
            enforceMinMaxValues: parameters.boolean("enforce_min_max_values", default: true),
            enforceRounding: parameters.boolean("enforce_rounding", default: true),
            defaultDistribution: DistributionFamily(
                name: parameters.choice("default_distribution", default: "beta")) ?? .beta,
            numericalDistributions: families)
    }

    /// The transformer options: the two enforce flags.
    public var transformOptions: TransformOptions {
        TransformOptions(enforceMinMax: enforceMinMaxValues, enforceRounding: enforceRounding)
    }

    /// Fits marginals, normal scores and their correlation.
    public mutating func fitModel(
        _ data: consuming ModelData, random: inout RandomSource, progress: ProgressHandler?
    ) throws(SynthesizerError) {
        var data = data
        let count = data.columnCount
        columnNames = data.names
        marginals = Array(repeating: .uniform(loc: 0, scale: 1), count: count)
        tables = Array(repeating: ScoreTable(.uniform(loc: 0, scale: 1)), count: count)
        let isCode = (0..<count).map {
            data.isUniformCode[$0] && numericalDistributions[data.names[$0]] == nil
        }
        // Other columns first: the category orders follow their normal scores.
        for index in 0..<count where !isCode[index] {
            let family = numericalDistributions[data.names[index]] ?? defaultDistribution
            fitColumn(index, Marginal.fitting(family, to: data.columns[index]), &data)
            progress?(
                SynthesisProgress(stage: .fittingModel, completed: index + 1, total: count + 1))
        }
        let guides = (0..<count).filter { !isCode[$0] }.map { data.columns[$0] }
        for index in 0..<count where isCode[index] {
            fitColumn(index, Self.codeMarginal(data, index, guides: guides), &data)
            progress?(
                SynthesisProgress(stage: .fittingModel, completed: index + 1, total: count + 1))
        }

        let rows = data.rowCount
        let matrix = CopulaCorrelation.correlation(of: &data.columns, rows: rows)
        let (repaired, lower) = try CopulaCorrelation.factored(matrix)
        correlation = repaired.elements
        factor = lower.elements
        progress?(SynthesisProgress(stage: .fittingModel, completed: count + 1, total: count + 1))
    }

    /// Sets column `index`'s marginal and replaces its values by their normal scores.
    private mutating func fitColumn(_ index: Int, _ marginal: Marginal, _ data: inout ModelData) {
        marginals[index] = marginal
        tables[index] = ScoreTable(marginal)
        Self.toScores(&data.columns[index], table: tables[index])
    }

    /// The marginal of a uniform-code column: Uniform(0, 1), with the category intervals
    /// rearranged by ``CategoryOrder/guided(edges:codes:candidates:threshold:)`` when a
    /// numerical column (among `guides`, already normal scores) is associated with them.
    static func codeMarginal(_ data: ModelData, _ index: Int, guides: [[Double]]) -> Marginal {
        guard let edges = data.categoryEdges[index],
            let order = CategoryOrder.guided(
                edges: edges, codes: data.columns[index], candidates: guides)
        else { return .uniform(loc: 0, scale: 1) }
        return .reorderedUniform(CategoryOrder(edges: edges, order: order))
    }

    /// The saturation of normal scores: Φ⁻¹(1 − EPS) with 1 − EPS rounded to float32, as the
    /// reference computes it (5.1665781197287535).
    static let scoreLimit = StandardNormal.quantile(
        Double(1 - Float(MarginalNumerics.epsilon)))

    /// Replaces values by normal scores in place, clipped to ±``scoreLimit`` (the same as
    /// clipping F(x) to [EPS, 1 − EPS] before Φ⁻¹).
    static func toScores(_ values: inout [Double], table: ScoreTable) {
        table.scores(replacing: &values, limit: scoreLimit)
    }

    /// Draws rows: correlated normals through the Cholesky factor, then each marginal's quantile.
    public func sampleModel(rows: Int, random: inout RandomSource) -> ModelData {
        let size = columnNames.count
        precondition(
            tables.count == size,
            "GaussianCopula.sampleModel: not fitted (\(tables.count) of \(size))")
        let lower = Matrix(rows: size, columns: size, elements: factor)
        let scores = CopulaCorrelation.correlatedNormals(factor: lower, rows: rows, random: &random)
        var columns: [[Double]] = []
        columns.reserveCapacity(size)
        scores.withUnsafeBufferPointer { buffer in
            for row in 0..<size {
                let start = row * rows
                columns.append(tables[row].values(atScores: buffer[start..<(start + rows)]))
            }
        }
        return ModelData(names: columnNames, columns: columns, rowCount: rows)
    }
}
