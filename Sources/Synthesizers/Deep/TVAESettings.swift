// Synthesizers: TVAE's hyper-parameters, with the reference's names and defaults.

/// The hyper-parameters of ``TVAE``, with the reference's defaults. Each property's comment
/// gives the parameter's name in the registry schema.
public struct TVAESettings: Sendable, Equatable {
    /// The size of the latent code (`embedding_dim`).
    public var embeddingDimension = 128
    /// The widths of the encoder's hidden layers (`compress_dims`).
    public var compressDimensions = [128, 128]
    /// The widths of the decoder's hidden layers (`decompress_dims`).
    public var decompressDimensions = [128, 128]
    /// Adam's weight decay (`l2scale`).
    public var l2Scale = 1e-5
    /// The weight of the reconstruction loss against the KL divergence (`loss_factor`).
    public var lossFactor = 2.0
    /// Rows per training step (`batch_size`).
    public var batchSize = 500
    /// Passes over the training rows (`epochs`).
    public var epochs = 300
    /// Report each epoch's loss on the command line as a line of its own (`verbose`).
    public var verbose = false
    /// Clip sampled numbers and datetimes to the training range (`enforce_min_max_values`).
    public var enforceMinMaxValues = true
    /// Round sampled numbers to the learned decimals (`enforce_rounding`).
    public var enforceRounding = true

    /// The learning rate, fixed as in the reference.
    static let learningRate: Float = 1e-3

    /// The reference's defaults.
    public init() {}

    /// Settings from checked parameter values (see ``specifications``).
    public init(parameters: ParameterValues) {
        embeddingDimension = parameters.integer("embedding_dim", default: 128)
        compressDimensions = parameters.integers("compress_dims", default: [128, 128])
        decompressDimensions = parameters.integers("decompress_dims", default: [128, 128])
        l2Scale = parameters.real("l2scale", default: 1e-5)
        lossFactor = parameters.real("loss_factor", default: 2)
        batchSize = parameters.integer("batch_size", default: 500)
        epochs = parameters.integer("epochs", default: 300)
        verbose = parameters.boolean("verbose", default: false)
        enforceMinMaxValues = parameters.boolean("enforce_min_max_values", default: true)
        enforceRounding = parameters.boolean("enforce_rounding", default: true)
    }

    /// The transformer options: the two enforce flags.
    var transformOptions: TransformOptions {
        TransformOptions(enforceMinMax: enforceMinMaxValues, enforceRounding: enforceRounding)
    }

    /// The schema of TVAE's parameters.
    public static var specifications: [ParameterSpecification] {
        TrainingParameters.enforceFlags + [
            .init(
                name: "embedding_dim", kind: .integer(1...4096), defaultValue: .integer(128),
                help: "size of the latent code"),
            .init(
                name: "compress_dims", kind: .integers(1...4096),
                defaultValue: .integers([128, 128]),
                help: "widths of the encoder's hidden layers, e.g. 128,128"),
            .init(
                name: "decompress_dims", kind: .integers(1...4096),
                defaultValue: .integers([128, 128]),
                help: "widths of the decoder's hidden layers, e.g. 128,128"),
            TrainingParameters.decay("l2scale", 1e-5, of: "the encoder and decoder"),
            .init(
                name: "loss_factor", kind: .real(1e-6...1e6), defaultValue: .real(2),
                help: "weight of the reconstruction loss against the KL divergence"),
            TrainingParameters.batchSize(help: "rows per training step"),
        ] + TrainingParameters.epochsVerboseAndCUDA
    }
}
