// Synthesizers: the losses of one training epoch, kept in a model and reported as progress.

/// One named loss value, e.g. the generator's or the critic's.
public struct TrainingLoss: Sendable, Equatable {
    /// The loss's name, e.g. `generator`.
    public var name: String
    /// Its value, averaged over the epoch's steps.
    public var value: Double

    /// Creates a named loss.
    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}

/// The losses of one epoch of training (the reference's `loss_values` rows).
public struct TrainingRecord: Sendable, Equatable {
    /// The epoch, counted from 1.
    public var epoch: Int
    /// The epoch's losses, each averaged over the epoch's steps.
    public var losses: [TrainingLoss]

    /// Creates a record.
    public init(epoch: Int, losses: [TrainingLoss]) {
        self.epoch = epoch
        self.losses = losses
    }
}

extension ModelWriter {
    /// Writes a training history: the loss names once, then each epoch's values.
    public mutating func write(_ history: [TrainingRecord]) {
        let names = history.first?.losses.map(\.name) ?? []
        write(names)
        write(history.count)
        for record in history {
            write(record.epoch)
            write(record.losses.map(\.value))
        }
    }
}

extension ModelReader {
    /// Reads a training history written by ``ModelWriter/write(_:)-([TrainingRecord])``.
    public mutating func readTrainingHistory() throws(ModelFileError) -> [TrainingRecord] {
        let names = try readStrings()
        let count = try readCount(elementSize: 16)
        var history: [TrainingRecord] = []
        history.reserveCapacity(count)
        for _ in 0..<count {
            let epoch = try readInt()
            let values = try readDoubles()
            guard values.count == names.count else {
                throw .malformed(
                    "epoch \(epoch) of the training history has \(values.count) losses, "
                        + "not \(names.count)")
            }
            let losses = zip(names, values).map { TrainingLoss(name: $0, value: $1) }
            history.append(TrainingRecord(epoch: epoch, losses: losses))
        }
        return history
    }
}
