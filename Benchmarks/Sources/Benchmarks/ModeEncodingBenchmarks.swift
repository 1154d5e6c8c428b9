// Benchmarks: mode-specific normalisation (fit and encode) of every column of a dataset.

import Foundation
import Linalg
import Metadata
import NeuralCore
import Synthesizers
import Tabular

extension BenchmarkCatalog {
    /// `mode-encoding-credit` and `mode-encoding-diamonds`.
    ///
    /// Preparation (not timed): read the dataset, detect its metadata and run Facsimile's
    /// preprocessing (`TableTransformer`, seed 0), which leaves numerical columns mean-filled
    /// and categorical columns as codes with category edges. One repetition fits a
    /// ``ModeEncoding`` on every model column (a variational mixture per continuous column,
    /// concurrently) and encodes the data (seed 0), as CTGAN and TVAE do before training.
    /// Counters: rows, continuous and discrete columns, encoded width, and the fit and encode
    /// seconds. The reference side is `Benchmarks/Reference/mode_encoding.py` (ctgan's
    /// `DataTransformer` fit and transform on the same columns).
    static let modeEncoding: [Benchmark] = ["credit", "diamonds"].map { name in
        Benchmark(
            name: "mode-encoding-\(name)",
            summary: "fit the mode-specific normalisation of \(name) and encode it",
            repetitions: 5
        ) { context in
            let table = try CSVReader().read(contentsOf: context.dataset(name))
            let plan = TablePlan(metadata: TableMetadata(detectingFrom: table, name: name))
            let (_, data) = try TableTransformer.fitting(
                table, plan: plan, options: TransformOptions(), random: RandomSource(seed: 0))
            return { ModeEncodingRun(data: data).run() }
        }
    }
}

/// One timed fit and encode, with its counters.
struct ModeEncodingRun {
    let data: ModelData

    func run() -> [String: Double] {
        var random = RandomSource(seed: 0)
        let start = DispatchTime.now().uptimeNanoseconds
        let encoding = ModeEncoding(fitting: data, random: &random)
        let fitted = DispatchTime.now().uptimeNanoseconds
        let encoded = encoding.encode(data, random: &random)
        let end = DispatchTime.now().uptimeNanoseconds

        let discrete = encoding.discreteSpans.count
        return [
            "rows": Double(encoded.shape[0]),
            "continuous_columns": Double(data.columnCount - discrete),
            "discrete_columns": Double(discrete),
            "width": Double(encoding.width),
            "fit_seconds": Double(fitted - start) / 1e9,
            "encode_seconds": Double(end - fitted) / 1e9,
        ]
    }
}
