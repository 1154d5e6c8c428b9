// Synthesizers: the protocol a synthesizer conforms to: its model step on model data.

import Linalg

/// A stage of fitting or sampling, reported through a ``ProgressHandler``.
public struct SynthesisProgress: Sendable, Equatable {
    /// What is being done.
    public enum Stage: String, Sendable {
        /// Checking the table against its plan.
        case validating
        /// Fitting the column transformers and transforming the table.
        case transforming
        /// Fitting the model on model data.
        case fittingModel
        /// Drawing rows.
        case sampling
    }

    /// The stage.
    public var stage: Stage
    /// Units done in this stage (columns, epochs or rows, as the stage counts them).
    public var completed: Int
    /// Units in the stage.
    public var total: Int
    /// The losses of the epoch just finished, for models trained in epochs (else empty).
    public var losses: [TrainingLoss]

    /// Creates a progress report.
    public init(stage: Stage, completed: Int, total: Int, losses: [TrainingLoss] = []) {
        self.stage = stage
        self.completed = completed
        self.total = total
        self.losses = losses
    }
}

/// Receives progress reports; called on the fitting or sampling thread.
public typealias ProgressHandler = @Sendable (SynthesisProgress) -> Void

/// A synthesizer's model step: what a new synthesizer supplies.
///
/// Everything else is shared and done by ``TableSynthesizer``: validating a table against its
/// plan (every problem listed at once), fitting the reversible column transformers, turning
/// the table into ``ModelData``, reversing sampled model data into a table, seeding, sampling
/// in chunks, and saving to and loading from model files. A conforming type is created unfitted
/// from its ``ParameterValues`` by its ``SynthesizerEntry`` and registered in a
/// ``SynthesizerRegistry``.
///
/// ```swift
/// struct Bootstrap: Synthesizer { ... }   // fitModel, sampleModel, encodeModel
/// var registry = SynthesizerRegistry.standard
/// registry.register(SynthesizerEntry(name: "bootstrap", ...))
/// ```
public protocol Synthesizer: Sendable {
    /// The transformer options the synthesizer's parameters ask for.
    var transformOptions: TransformOptions { get }

    /// Fits the model on model data.
    ///
    /// - Parameters:
    ///   - data: The transformed training table (the synthesizer may consume it).
    ///   - random: The fit's generator (for models whose fitting is random).
    ///   - progress: Receives ``SynthesisProgress/Stage/fittingModel`` reports.
    /// - Throws: ``SynthesizerError`` when the model cannot be fitted.
    mutating func fitModel(
        _ data: consuming ModelData, random: inout RandomSource, progress: ProgressHandler?
    ) throws(SynthesizerError)

    /// Draws `rows` rows in model space; the result has the fitted data's column names.
    ///
    /// - Precondition: the model is fitted.
    func sampleModel(rows: Int, random: inout RandomSource) -> ModelData

    /// Writes the fitted model's numbers (parameters are saved separately).
    func encodeModel(to writer: inout ModelWriter)

    /// The losses of each training epoch, for models trained in epochs; empty for others.
    var trainingHistory: [TrainingRecord] { get }
}

extension Synthesizer {
    /// No training history: the model is not trained in epochs.
    public var trainingHistory: [TrainingRecord] { [] }
}
