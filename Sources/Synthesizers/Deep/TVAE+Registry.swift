// Synthesizers: TVAE's registry entry and its model numbers.

import Linalg
import NeuralCore

extension TVAE {
    /// The `tvae` entry, with the reference's parameter names and defaults.
    public static let entry = SynthesizerEntry(
        name: "tvae",
        summary: "TVAE: a variational autoencoder on mode-normalised columns (neural)",
        parameters: TVAESettings.specifications,
        make: { TVAE(settings: TVAESettings(parameters: $0)) },
        decode: { parameters, reader in try TVAE.decoded(parameters, from: &reader) })

    /// Writes the encoding, the decoder's state, the noise scales and the training history.
    ///
    /// Known shortcoming: the encoder and the optimizer's state are not written (sampling does
    /// not need them), so a loaded model cannot resume training.
    public func encodeModel(to writer: inout ModelWriter) {
        guard let encoding, let decoderState else {
            preconditionFailure("TVAE.encodeModel: the model is not fitted")
        }
        encoding.encode(to: &writer)
        writer.write(decoderState)
        writer.write(sigmas)
        writer.write(history)
    }

    static func decoded(
        _ parameters: ParameterValues, from reader: inout ModelReader
    ) throws(ModelFileError) -> TVAE {
        var model = TVAE(settings: TVAESettings(parameters: parameters))
        let encoding = try ModeEncoding.decoded(from: &reader)
        let state = try reader.readNetworkState(of: "decoder")
        let sigmas = try reader.readDoubles()
        model.history = try reader.readTrainingHistory()
        guard encoding.width > 0 else {
            model.encoding = encoding
            model.decoderState = state
            return model
        }
        var network = RandomSource(seed: 0)
        let decoder = TVAENetworks.decoder(
            settings: model.settings, outputs: encoding.width, random: &network)
        guard decoder.accepts(state), sigmas.count == encoding.width,
            sigmas.allSatisfy({ $0.isFinite && $0 > 0 })
        else {
            throw .malformed(
                "the decoder's weights or its \(sigmas.count) noise scales do not fit its "
                    + "settings and \(encoding.width) encoded columns")
        }
        model.encoding = encoding
        model.decoderState = state
        model.sigmas = sigmas
        return model
    }
}
