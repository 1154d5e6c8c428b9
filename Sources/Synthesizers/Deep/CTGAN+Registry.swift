// Synthesizers: CTGAN's registry entry and its model numbers.

import Linalg
import NeuralCore

extension CTGAN {
    /// The `ctgan` entry, with the reference's parameter names and defaults.
    public static let entry = SynthesizerEntry(
        name: "ctgan",
        summary: "CTGAN: a conditional GAN on mode-normalised columns (neural, slower, "
            + "best on multimodal data)",
        parameters: CTGANSettings.specifications,
        make: { CTGAN(settings: try CTGANSettings(parameters: $0)) },
        decode: { parameters, reader in try CTGAN.decoded(parameters, from: &reader) })

    /// Writes the encoding, the generator's state and the training history.
    ///
    /// Known shortcoming: the critic and the optimizers' state are not written (sampling does
    /// not need them), so a loaded model cannot resume training.
    public func encodeModel(to writer: inout ModelWriter) {
        guard let encoding, let generatorState else {
            preconditionFailure("CTGAN.encodeModel: the model is not fitted")
        }
        encoding.encode(to: &writer)
        writer.write(generatorState)
        writer.write(history)
    }

    static func decoded(
        _ parameters: ParameterValues, from reader: inout ModelReader
    ) throws -> CTGAN {
        var model = CTGAN(settings: try CTGANSettings(parameters: parameters))
        let encoding = try ModeEncoding.decoded(from: &reader)
        let state = try reader.readNetworkState(of: "generator")
        model.history = try reader.readTrainingHistory()
        if encoding.width > 0 { try model.checkGenerator(state, encoding: encoding) }
        model.encoding = encoding
        model.generatorState = state
        return model
    }

    /// Checks that a saved generator state fits the network the settings and encoding build.
    private func checkGenerator(
        _ state: StateDictionary, encoding: ModeEncoding
    ) throws(ModelFileError) {
        var network = RandomSource(seed: 0)
        let generator = CTGANNetworks.generator(
            inputs: settings.embeddingDimension + GenerationConditions(encoding: encoding).width,
            dimensions: settings.generatorDimensions, outputs: encoding.width, random: &network)
        guard generator.accepts(state) else {
            throw .malformed(
                "the generator's weights do not fit its settings and columns "
                    + "(embedding \(settings.embeddingDimension), blocks "
                    + "\(settings.generatorDimensions), \(encoding.width) outputs)")
        }
    }
}
