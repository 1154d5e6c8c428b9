// Synthesizers: the TVAE synthesizer: a variational autoencoder on mode-normalised rows.

import Foundation
import Linalg
import NeuralCore

/// The tabular variational autoencoder (the reference's TVAESynthesizer; Xu et al. 2019).
///
/// Fit: the same encoding as ``CTGAN``; an encoder to a Gaussian code, a decoder back, with a
/// learned noise scale σ per encoded column (see `TVAETrainer` for the loss). Sample: codes
/// from N(0, I) through the decoder; each scalar becomes `tanh(r) + σ·N(0, 1)`, each choice its
/// largest output, then the encoding's inverse.
public struct TVAE: Synthesizer {
    /// The hyper-parameters.
    public var settings: TVAESettings
    /// The fitted encoding (`nil` before fitting).
    public internal(set) var encoding: ModeEncoding?
    /// The decoder's parameters (`nil` before fitting).
    public internal(set) var decoderState: StateDictionary?
    /// The learned noise scale of each encoded column.
    public internal(set) var sigmas: [Double] = []
    /// The loss of each epoch.
    public internal(set) var history: [TrainingRecord] = []

    /// Creates an unfitted TVAE.
    public init(settings: TVAESettings = TVAESettings()) {
        self.settings = settings
    }

    /// The transformer options: the two enforce flags.
    public var transformOptions: TransformOptions { settings.transformOptions }

    /// The loss of each epoch.
    public var trainingHistory: [TrainingRecord] { history }

    /// Fits the encoding and trains for ``TVAESettings/epochs`` epochs, reporting each
    /// epoch's loss.
    ///
    /// - Throws: ``SynthesizerError/modelFailure(_:)`` for a table without rows.
    public mutating func fitModel(
        _ data: consuming ModelData, random: inout RandomSource, progress: ProgressHandler?
    ) throws(SynthesizerError) {
        let (encoding, encoded) = try EpochTraining.encoded(
            data, model: "TVAE", random: random)
        history = []
        guard encoding.width > 0 else {
            self.encoding = encoding
            decoderState = StateDictionary([])
            return
        }
        let trainer = try TVAETrainer(
            settings: settings, encoding: encoding, data: encoded, random: random.derived(index: 1))

        history = EpochTraining.run(epochs: settings.epochs, progress: progress) {
            trainer.runEpoch()
        }
        self.encoding = encoding
        decoderState = trainer.decoder.stateDictionary()
        sigmas = trainer.sigma.value.scalars.map(Double.init)
    }

    /// Draws rows through the decoder (see the type's description).
    public func sampleModel(rows: Int, random: inout RandomSource) -> ModelData {
        guard let encoding, let decoderState else {
            preconditionFailure("TVAE.sampleModel: the model is not fitted")
        }
        guard encoding.width > 0 else {
            return ModelData(names: [], columns: [], rowCount: rows)
        }
        var network = RandomSource(seed: 0)
        let decoder = TVAENetworks.decoder(
            settings: settings, outputs: encoding.width, random: &network)
        decoder.loadChecked(decoderState, network: "decoder")
        let scalarColumns = encoding.spans.filter { $0.kind == .scalar }.map(\.range.lowerBound)

        var context = LayerContext(isTraining: false, generator: random.derived(index: 0))
        return EpochTraining.sampled(
            rows: rows, batchSize: settings.batchSize, encoding: encoding, random: &random
        ) { count, random in
            let code = Tensor.randomNormal(
                shape: [count, settings.embeddingDimension], using: &random)
            var output = GradientMode.withoutGradients {
                decoder(Variable(code), context: &context).value
            }
            addNoise(to: &output, scalarColumns: scalarColumns, random: &random)
            return output
        }
    }

    /// Scalars become `tanh(r) + σ·N(0, 1)`; choices are left for the encoding's argmax.
    private func addNoise(to output: inout Tensor, scalarColumns: [Int], random: inout RandomSource)
    {
        for row in 0..<output.rows {
            for column in scalarColumns {
                let noise = Float(sigmas[column] * random.standardNormal())
                output[row, column] = Foundation.tanh(output[row, column]) + noise
            }
        }
    }
}
