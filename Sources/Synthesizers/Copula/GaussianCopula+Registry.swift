// Synthesizers: the copula's registry entries, its parameter schema and its model numbers.

extension GaussianCopula {
    /// The parameters of `gaussian-copula`, with the reference's names and defaults.
    public static func parameters(
        defaultDistribution: DistributionFamily = .beta, enforceRounding: Bool = true
    ) -> [ParameterSpecification] {
        let families = DistributionFamily.allCases.map(\.rawValue)
        return [
            ParameterSpecification(
                name: "enforce_min_max_values", kind: .boolean, defaultValue: .boolean(true),
                help: "clip sampled numbers and datetimes to the range seen in the data"),
            ParameterSpecification(
                name: "enforce_rounding", kind: .boolean,
                defaultValue: .boolean(enforceRounding),
                help: "round sampled numbers to the decimals seen in the data"),
            ParameterSpecification(
                name: "default_distribution", kind: .choice(families),
                defaultValue: .choice(defaultDistribution.rawValue),
                help: "marginal distribution of every column not set per column"),
            ParameterSpecification(
                name: "numerical_distributions", kind: .choice(families), defaultValue: nil,
                isPerColumn: true,
                help: "marginal distribution of one column, as COLUMN=FAMILY (repeatable)"),
        ]
    }

    /// The `gaussian-copula` entry.
    public static let entry = SynthesizerEntry(
        name: "gaussian-copula",
        summary: "Gaussian copula: a fitted distribution per column joined by a correlation",
        parameters: parameters(),
        make: { GaussianCopula(parameters: $0) },
        decode: { parameters, reader in try GaussianCopula.decoded(parameters, from: &reader) })

    /// The `fast-ml` preset: the original application's FAST_ML, a Gaussian copula with normal
    /// marginals and no rounding (min and max still enforced). Its parameters can still be
    /// overridden.
    public static let fastMLEntry = SynthesizerEntry(
        name: "fast-ml",
        summary: "preset: Gaussian copula with normal marginals and no rounding (fastest)",
        parameters: parameters(defaultDistribution: .norm, enforceRounding: false),
        make: { GaussianCopula(parameters: $0) },
        decode: { parameters, reader in try GaussianCopula.decoded(parameters, from: &reader) })

    /// Writes the column names, marginals, correlation and factor.
    public func encodeModel(to writer: inout ModelWriter) {
        writer.write(columnNames)
        for marginal in marginals { marginal.encode(to: &writer) }
        writer.write(correlation)
        writer.write(factor)
    }

    static func decoded(
        _ parameters: ParameterValues, from reader: inout ModelReader
    ) throws(ModelFileError) -> GaussianCopula {
        var copula = GaussianCopula(parameters: parameters)
        let names = try reader.readStrings()
        var marginals: [Marginal] = []
        for _ in names { marginals.append(try Marginal.decode(from: &reader)) }
        let correlation = try reader.readDoubles()
        let factor = try reader.readDoubles()
        let size = names.count
        guard correlation.count == size * size, factor.count == size * size,
            factor.allSatisfy(\.isFinite)
        else {
            throw .malformed(
                "the copula has \(size) columns but matrices of \(correlation.count) and "
                    + "\(factor.count) entries")
        }
        copula.columnNames = names
        copula.marginals = marginals
        copula.tables = marginals.map(ScoreTable.init)
        copula.correlation = correlation
        copula.factor = factor
        return copula
    }
}
