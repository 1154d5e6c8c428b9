// Synthesizers: the CTGAN synthesizer: a conditional GAN on mode-normalised rows.

import Linalg
import NeuralCore

/// The conditional tabular GAN (the reference's CTGANSynthesizer; Xu et al., "Modeling
/// Tabular Data using Conditional GAN", NeurIPS 2019).
///
/// Fit: numerical and datetime columns get mode-specific normalisation (``ModeEncoding``),
/// categories are one-hot; a residual generator and a packed critic are trained with the
/// Wasserstein loss, a gradient penalty and a conditional cross-entropy, conditions drawn by
/// training-by-sampling. Fitting is reproducible from the seed (the reference's is not).
///
/// Sampling differs from the reference on purpose, in two documented ways:
/// - the generator runs in evaluation mode (batch normalisation uses the running statistics
///   learned in training), so a row does not depend on the other rows of its batch; the
///   reference leaves the generator in training mode;
/// - generation conditions give each category its share of the data, stratified within each
///   batch (`GenerationConditions`); the reference draws them independently by the
///   log-frequency probabilities and so over-produces rare categories.
public struct CTGAN: Synthesizer {
    /// The hyper-parameters.
    public var settings: CTGANSettings
    /// The fitted encoding (`nil` before fitting).
    public internal(set) var encoding: ModeEncoding?
    /// The generator's parameters and batch-normalisation statistics (`nil` before fitting).
    public internal(set) var generatorState: StateDictionary?
    /// The losses of each epoch.
    public internal(set) var history: [TrainingRecord] = []

    /// Creates an unfitted CTGAN.
    public init(settings: CTGANSettings = CTGANSettings()) {
        self.settings = settings
    }

    /// The transformer options: the two enforce flags.
    public var transformOptions: TransformOptions { settings.transformOptions }

    /// The losses of each epoch.
    public var trainingHistory: [TrainingRecord] { history }

    /// Fits the encoding and trains the networks for ``CTGANSettings/epochs`` epochs,
    /// reporting each epoch's losses.
    ///
    /// - Throws: ``SynthesizerError/modelFailure(_:)`` for a table without rows.
    public mutating func fitModel(
        _ data: consuming ModelData, random: inout RandomSource, progress: ProgressHandler?
    ) throws(SynthesizerError) {
        let (encoding, encoded) = try EpochTraining.encoded(
            data, model: "CTGAN", random: random)
        history = []
        guard encoding.width > 0 else {
            self.encoding = encoding
            generatorState = StateDictionary([])
            return
        }
        let trainer = try CTGANTrainer(
            settings: settings, encoding: encoding, data: encoded, random: random.derived(index: 1))

        history = EpochTraining.run(epochs: settings.epochs, progress: progress) {
            trainer.runEpoch()
        }
        self.encoding = encoding
        generatorState = trainer.generator.stateDictionary()
    }

    /// Draws rows: noise and generation conditions through the generator (evaluation mode),
    /// the output activation, then the encoding's inverse.
    public func sampleModel(rows: Int, random: inout RandomSource) -> ModelData {
        guard let encoding, let generatorState else {
            preconditionFailure("CTGAN.sampleModel: the model is not fitted")
        }
        guard encoding.width > 0 else {
            return ModelData(names: [], columns: [], rowCount: rows)
        }
        let conditions = GenerationConditions(encoding: encoding)
        var network = RandomSource(seed: 0)
        let generator = CTGANNetworks.generator(
            inputs: settings.embeddingDimension + conditions.width,
            dimensions: settings.generatorDimensions, outputs: encoding.width, random: &network)
        generator.loadChecked(generatorState, network: "generator")
        let activation = SpanActivation(spans: encoding.spans, width: encoding.width)

        var context = LayerContext(isTraining: false, generator: random.derived(index: 0))
        return EpochTraining.sampled(
            rows: rows, batchSize: settings.batchSize, encoding: encoding, random: &random
        ) { count, random in
            let noise = Tensor.randomNormal(
                shape: [count, settings.embeddingDimension], using: &random)
            let input =
                conditions.width > 0
                ? Tensor.concatenatingColumns([noise, conditions.draw(count, random: &random)])
                : noise
            return GradientMode.withoutGradients {
                activation(generator(Variable(input), context: &context), random: &random).value
            }
        }
    }
}
