// Synthesizers: what the neural synthesizers' fits share: encoding the data, running epochs.

import Linalg
import NeuralCore

/// The steps every neural synthesizer's fit shares.
enum EpochTraining {
    /// Checks that there are rows, fits the mode-specific encoding and encodes the data
    /// (drawing from `random.derived(index: 0)`).
    ///
    /// - Parameter model: The synthesizer's name, for the error message.
    /// - Throws: ``SynthesizerError/modelFailure(_:)`` for a table without rows.
    static func encoded(
        _ data: ModelData, model: String, random: RandomSource
    ) throws(SynthesizerError) -> (ModeEncoding, Tensor) {
        guard data.rowCount > 0 else {
            throw .modelFailure("\(model) needs at least one row to train on; the table is empty")
        }
        var encodingRandom = random.derived(index: 0)
        let encoding = ModeEncoding(fitting: data, random: &encodingRandom)
        return (encoding, encoding.encode(data, random: &encodingRandom))
    }

    /// Runs `epochs` epochs, reporting each one's losses as a
    /// ``SynthesisProgress/Stage/fittingModel`` stage.
    ///
    /// - Returns: The training history.
    static func run(
        epochs: Int, progress: ProgressHandler?, epoch: () -> [TrainingLoss]
    ) -> [TrainingRecord] {
        var history: [TrainingRecord] = []
        history.reserveCapacity(epochs)
        for index in 1...epochs {
            let losses = epoch()
            history.append(TrainingRecord(epoch: index, losses: losses))
            progress?(
                SynthesisProgress(
                    stage: .fittingModel, completed: index, total: epochs, losses: losses))
        }
        return history
    }

    /// Draws `rows` encoded rows in batches of at most `batchSize` (each from `draw`, given
    /// the batch's row count) and decodes them into model data.
    static func sampled(
        rows: Int, batchSize: Int, encoding: ModeEncoding, random: inout RandomSource,
        draw: (Int, inout RandomSource) -> Tensor
    ) -> ModelData {
        var parts: [Tensor] = []
        var done = 0
        while done < rows {
            let count = min(batchSize, rows - done)
            parts.append(draw(count, &random))
            done += count
        }
        return encoding.decode(Tensor.concatenatingRows(parts, width: encoding.width))
    }
}
