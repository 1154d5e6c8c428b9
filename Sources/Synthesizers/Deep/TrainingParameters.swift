// Synthesizers: parameter specifications the neural synthesizers share.

/// Parameter specifications shared by ``CTGANSettings`` and ``TVAESettings``.
enum TrainingParameters {
    /// `enforce_min_max_values` and `enforce_rounding`, both on by default.
    static let enforceFlags: [ParameterSpecification] = [
        ParameterSpecification(
            name: "enforce_min_max_values", kind: .boolean, defaultValue: .boolean(true),
            help: "clip sampled numbers and datetimes to the range seen in the data"),
        ParameterSpecification(
            name: "enforce_rounding", kind: .boolean, defaultValue: .boolean(true),
            help: "round sampled numbers to the decimals seen in the data"),
    ]

    /// `epochs`, `verbose` and `cuda` (accepted for compatibility; it has no effect).
    static let epochsVerboseAndCUDA: [ParameterSpecification] = [
        ParameterSpecification(
            name: "epochs", kind: .integer(1...100_000), defaultValue: .integer(300),
            help: "passes over the training rows"),
        ParameterSpecification(
            name: "verbose", kind: .boolean, defaultValue: .boolean(false),
            help: "print each epoch's losses on a line of its own while fitting"),
        ParameterSpecification(
            name: "cuda", kind: .boolean, defaultValue: .boolean(true),
            help: "accepted for compatibility with the reference; has no effect (CPU only)"),
    ]

    /// A learning-rate parameter.
    static func learningRate(
        _ name: String, _ value: Double, of network: String
    ) -> ParameterSpecification {
        ParameterSpecification(
            name: name, kind: .real(1e-9...10), defaultValue: .real(value),
            help: "Adam's learning rate for \(network)")
    }

    /// A weight-decay parameter.
    static func decay(_ name: String, _ value: Double, of network: String) -> ParameterSpecification
    {
        ParameterSpecification(
            name: name, kind: .real(0...1), defaultValue: .real(value),
            help: "Adam's weight decay for \(network)")
    }

    /// `batch_size`, 500 by default.
    static func batchSize(help: String) -> ParameterSpecification {
        ParameterSpecification(
            name: "batch_size", kind: .integer(1...1_000_000), defaultValue: .integer(500),
            help: help)
    }
}
