// Synthesizers: CTGAN's hyper-parameters, with the reference's names and defaults.

/// The hyper-parameters of ``CTGAN`` (and of ``CopulaGAN``'s network), with the reference's
/// defaults. Each property's comment gives the parameter's name in the registry schema.
public struct CTGANSettings: Sendable, Equatable {
    /// The size of the generator's random input (`embedding_dim`).
    public var embeddingDimension = 128
    /// The widths of the generator's residual blocks (`generator_dim`).
    public var generatorDimensions = [256, 256]
    /// The widths of the critic's hidden layers (`discriminator_dim`).
    public var discriminatorDimensions = [256, 256]
    /// Adam's learning rate for the generator (`generator_lr`).
    public var generatorLearningRate = 2e-4
    /// Adam's weight decay for the generator (`generator_decay`).
    public var generatorDecay = 1e-6
    /// Adam's learning rate for the critic (`discriminator_lr`).
    public var discriminatorLearningRate = 2e-4
    /// Adam's weight decay for the critic (`discriminator_decay`).
    public var discriminatorDecay = 1e-6
    /// Rows per training step (`batch_size`); a multiple of ``packSize``.
    public var batchSize = 500
    /// Critic updates per generator update (`discriminator_steps`).
    public var discriminatorSteps = 1
    /// Draw training conditions by log frequency, so rare categories are seen more often
    /// (`log_frequency`).
    public var logFrequency = true
    /// Report each epoch's losses on the command line as a line of its own (`verbose`).
    public var verbose = false
    /// Passes over the training rows (`epochs`).
    public var epochs = 300
    /// Rows the critic judges together, as in PacGAN (`pac`).
    public var packSize = 10
    /// Clip sampled numbers and datetimes to the training range (`enforce_min_max_values`).
    public var enforceMinMaxValues = true
    /// Round sampled numbers to the learned decimals (`enforce_rounding`).
    public var enforceRounding = true

    /// The reference's defaults.
    public init() {}

    /// Settings from checked parameter values (see ``specifications``).
    ///
    /// - Throws: ``SynthesizerError/invalidParameterValue(parameter:value:expected:)`` when
    ///   the batch size is not a multiple of the pack size.
    public init(parameters: ParameterValues) throws(SynthesizerError) {
        embeddingDimension = parameters.integer("embedding_dim", default: 128)
        generatorDimensions = parameters.integers("generator_dim", default: [256, 256])
        discriminatorDimensions = parameters.integers("discriminator_dim", default: [256, 256])
        generatorLearningRate = parameters.real("generator_lr", default: 2e-4)
        generatorDecay = parameters.real("generator_decay", default: 1e-6)
        discriminatorLearningRate = parameters.real("discriminator_lr", default: 2e-4)
        discriminatorDecay = parameters.real("discriminator_decay", default: 1e-6)
        batchSize = parameters.integer("batch_size", default: 500)
        discriminatorSteps = parameters.integer("discriminator_steps", default: 1)
        logFrequency = parameters.boolean("log_frequency", default: true)
        verbose = parameters.boolean("verbose", default: false)
        epochs = parameters.integer("epochs", default: 300)
        packSize = parameters.integer("pac", default: 10)
        enforceMinMaxValues = parameters.boolean("enforce_min_max_values", default: true)
        enforceRounding = parameters.boolean("enforce_rounding", default: true)
        guard batchSize % packSize == 0 else {
            let below = batchSize / packSize * packSize
            let above = below + packSize
            let examples = below > 0 ? "\(below) or \(above)" : "\(above)"
            throw .invalidParameterValue(
                parameter: "batch_size", value: String(batchSize),
                expected: "a multiple of pac (\(packSize)), e.g. \(examples)")
        }
    }

    /// The transformer options: the two enforce flags.
    var transformOptions: TransformOptions {
        TransformOptions(enforceMinMax: enforceMinMaxValues, enforceRounding: enforceRounding)
    }

    /// The schema of CTGAN's parameters, shared by ``CopulaGAN``.
    public static var specifications: [ParameterSpecification] {
        TrainingParameters.enforceFlags + [
            .init(
                name: "embedding_dim", kind: .integer(1...4096), defaultValue: .integer(128),
                help: "size of the generator's random input"),
            .init(
                name: "generator_dim", kind: .integers(1...4096),
                defaultValue: .integers([256, 256]),
                help: "widths of the generator's residual blocks, e.g. 256,256"),
            .init(
                name: "discriminator_dim", kind: .integers(1...4096),
                defaultValue: .integers([256, 256]),
                help: "widths of the critic's hidden layers, e.g. 256,256"),
            TrainingParameters.learningRate("generator_lr", 2e-4, of: "the generator"),
            TrainingParameters.decay("generator_decay", 1e-6, of: "the generator"),
            TrainingParameters.learningRate("discriminator_lr", 2e-4, of: "the critic"),
            TrainingParameters.decay("discriminator_decay", 1e-6, of: "the critic"),
            TrainingParameters.batchSize(help: "rows per training step; a multiple of pac"),
            .init(
                name: "discriminator_steps", kind: .integer(1...100), defaultValue: .integer(1),
                help: "critic updates per generator update"),
            .init(
                name: "log_frequency", kind: .boolean, defaultValue: .boolean(true),
                help: "draw training conditions by log frequency (rare categories more often)"),
            .init(
                name: "pac", kind: .integer(1...500), defaultValue: .integer(10),
                help: "rows the critic judges together (PacGAN)"),
        ] + TrainingParameters.epochsVerboseAndCUDA
    }
}
