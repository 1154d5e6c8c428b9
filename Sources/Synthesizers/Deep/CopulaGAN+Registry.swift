// Synthesizers: CopulaGAN's registry entry and its model numbers.

extension CopulaGAN {
    /// The `copula-gan` entry: CTGAN's parameters plus the marginal families.
    public static let entry = SynthesizerEntry(
        name: "copula-gan",
        summary: "CopulaGAN: CTGAN on the normal scores of a fitted distribution per column",
        parameters: CTGANSettings.specifications + marginalParameters,
        make: { try CopulaGAN(parameters: $0) },
        decode: { parameters, reader in try CopulaGAN.decoded(parameters, from: &reader) })

    /// `default_distribution` and `numerical_distributions`, as for the copula.
    static var marginalParameters: [ParameterSpecification] {
        GaussianCopula.parameters().filter {
            $0.name == "default_distribution" || $0.name == "numerical_distributions"
        }
    }

    /// Writes the marginals (a presence flag per model column), then the CTGAN model.
    public func encodeModel(to writer: inout ModelWriter) {
        writer.write(marginals.count)
        for marginal in marginals {
            writer.write(marginal != nil)
            marginal?.encode(to: &writer)
        }
        network.encodeModel(to: &writer)
    }

    static func decoded(
        _ parameters: ParameterValues, from reader: inout ModelReader
    ) throws -> CopulaGAN {
        var model = try CopulaGAN(parameters: parameters)
        let count = try reader.readCount()
        for _ in 0..<count {
            model.marginals.append(try reader.readBool() ? try Marginal.decode(from: &reader) : nil)
        }
        model.tables = model.marginals.map { $0.map(ScoreTable.init) }
        model.network = try CTGAN.decoded(parameters, from: &reader)
        guard model.network.encoding?.names.count == count else {
            throw ModelFileError.malformed(
                "CopulaGAN has \(count) marginals for "
                    + "\(model.network.encoding?.names.count ?? 0) model columns")
        }
        return model
    }
}
