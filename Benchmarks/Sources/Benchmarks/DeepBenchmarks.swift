// Benchmarks: one training epoch of CTGAN or TVAE on a shared dataset, after preprocessing.

import Foundation
import Linalg
import Metadata
import Synthesizers
import Tabular

extension BenchmarkCatalog {
    /// `ctgan-epoch-<dataset>` and `tvae-epoch-<dataset>` for credit and diamonds.
    ///
    /// Outside the timing: the table is read, its metadata detected, the column transformers
    /// and the mode-specific encoding fitted (their time is the counter
    /// `preprocessing_seconds`) and the networks built with the default parameters. One
    /// repetition is one more epoch of training (default batch size 500).
    static let deep: [Benchmark] = ["ctgan", "tvae"].flatMap { model in
        ["credit", "diamonds"].map { name in
            Benchmark(
                name: "\(model)-epoch-\(name)",
                summary: "one \(model) training epoch on \(name), after preprocessing",
                repetitions: 5
            ) { context in
                let table = try CSVReader().read(contentsOf: context.dataset(name))
                let metadata = TableMetadata(detectingFrom: table, name: name)
                let run = try DeepEpochRun(model: model, table: table, metadata: metadata)
                return { run.epoch() }
            }
        }
    }
}

/// A trainer ready to run epochs, and what preparing it cost.
final class DeepEpochRun: @unchecked Sendable {
    private let runEpoch: () -> [TrainingLoss]
    private let preprocessingSeconds: Double
    private let width: Int

    init(model: String, table: Table, metadata: TableMetadata) throws {
        let start = DispatchTime.now().uptimeNanoseconds
        let random = RandomSource(seed: 0)
        let (_, data) = try TableTransformer.fitting(
            table, plan: TablePlan(metadata: metadata), options: TransformOptions(),
            random: random.derived(index: 0))
        var encodingRandom = random.derived(index: 1)
        let encoding = ModeEncoding(fitting: data, random: &encodingRandom)
        let encoded = encoding.encode(data, random: &encodingRandom)
        preprocessingSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        width = encoding.width

        if model == "ctgan" {
            let trainer = try CTGANTrainer(
                settings: CTGANSettings(), encoding: encoding, data: encoded,
                random: random.derived(index: 2))
            runEpoch = { trainer.runEpoch() }
        } else {
            let trainer = try TVAETrainer(
                settings: TVAESettings(), encoding: encoding, data: encoded,
                random: random.derived(index: 2))
            runEpoch = { trainer.runEpoch() }
        }
    }

    /// One epoch; its losses and the preparation's cost as counters.
    func epoch() -> [String: Double] {
        var counters = ["preprocessing_seconds": preprocessingSeconds, "width": Double(width)]
        for loss in runEpoch() {
            counters[loss.name == "loss" ? "loss" : "\(loss.name)_loss"] = loss.value
        }
        return counters
    }
}
