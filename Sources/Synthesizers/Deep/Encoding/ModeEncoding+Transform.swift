// Synthesizers: encoding model data into network rows and decoding network output back.

import Linalg
import NeuralCore

extension ModeEncoding {
    /// The noise added to every active mode's posterior before a mode is drawn (the
    /// reference's `1e-6`), so that no active mode is impossible.
    static let posteriorFloor = 1e-6

    /// The largest magnitude of an encoded scalar (the reference clips to ±0.99).
    static let scalarLimit = 0.99

    /// Encodes `data` (with the fitted columns) into a `rows × width` tensor.
    ///
    /// For a continuous value the mode is drawn, not chosen: the posterior over all
    /// components is restricted to the active modes, each gets `10⁻⁶` added, the result is
    /// renormalised and one uniform number per row picks the mode by inverse CDF (the
    /// reference calls a random choice per row; the distribution is the same). Column j
    /// draws from one stream derived from `random` with index j; `random` advances by one
    /// draw, so that two encodings differ.
    ///
    /// - Precondition: `data` has the fitted column names and count.
    /// - Complexity: O(n · k) per continuous column for n rows and k components.
    public func encode(_ data: ModelData, random: inout RandomSource) -> Tensor {
        precondition(data.names == names, "ModeEncoding.encode: columns \(data.names) ≠ \(names)")
        let base = random
        _ = random.next()
        let rows = data.rowCount
        var output = Tensor(zeros: [rows, width])
        let starts = columnStarts

        output.withUnsafeMutableBufferPointer { buffer in
            let matrix = DisjointSlots(buffer)
            Self.forEachColumn(columns.count) { index in
                var stream = base.derived(index: index)
                let values = data.columns[index]
                switch columns[index] {
                case .discrete(let edges):
                    for row in 0..<rows {
                        let category = ModelData.categoryIndex(of: values[row], edges: edges)
                        matrix[row * width + starts[index] + category] = 1
                    }
                case .continuous:
                    guard let mixture = mixtures[index] else { return }
                    encodeContinuous(
                        values, mixture: mixture, start: starts[index], into: matrix,
                        random: &stream)
                }
            }
        }
        return output
    }

    /// The position of every column's first span in an encoded row.
    var columnStarts: [Int] {
        var starts: [Int] = []
        var offset = 0
        for column in columns {
            starts.append(offset)
            switch column {
            case .discrete(let edges): offset += edges.count
            case .continuous(let means, _): offset += 1 + means.count
            }
        }
        return starts
    }

    /// Writes `[v, one-hot(mode)]` of every value of one continuous column.
    private func encodeContinuous(
        _ values: [Double], mixture: VariationalMixture, start: Int,
        into matrix: DisjointSlots<Float>, random: inout RandomSource
    ) {
        let terms = PosteriorTerms(mixture)
        let active = mixture.activeComponents
        let means = active.map { mixture.means[$0] }
        let scales = active.map { 4 * mixture.standardDeviations[$0] }
        var posterior = [Double](repeating: 0, count: mixture.componentCount)
        var cumulative = [Double](repeating: 0, count: active.count)

        posterior.withUnsafeMutableBufferPointer { probabilities in
            for (row, value) in values.enumerated() {
                terms.evaluate(at: value, into: probabilities)
                var total = 0.0
                for (slot, component) in active.enumerated() {
                    total += probabilities[component] + Self.posteriorFloor
                    cumulative[slot] = total
                }
                let target = random.uniform() * total
                var mode = 0
                while mode < active.count - 1 && cumulative[mode] <= target { mode += 1 }

                let scaled = (value - means[mode]) / scales[mode]
                let clipped =
                    scaled.isNaN ? 0 : min(max(scaled, -Self.scalarLimit), Self.scalarLimit)
                matrix[row * width + start] = Float(clipped)
                matrix[row * width + start + 1 + mode] = 1
            }
        }
    }

    /// Decodes network rows (`rows × width`) into model data with the fitted names, edges and
    /// uniform-code flags (a column is a uniform code exactly when it has edges).
    ///
    /// A continuous column takes its scalar clipped to [−1, 1] (NaN read as 0), the mode of
    /// the largest entry of its choice block, and gives `4 σ_k v + μ_k`; a discrete column
    /// gives the middle code of its largest entry's category. NaN entries never win a choice.
    ///
    /// - Precondition: `rows` is a matrix of ``width`` columns.
    public func decode(_ rows: Tensor) -> ModelData {
        precondition(
            rows.rank == 2 && rows.columns == width,
            "ModeEncoding.decode: shape \(rows.shape), expected [rows, \(width)]")
        let count = rows.shape[0]
        var decoded: [[Double]] = []
        var edgeLists: [[Double]?] = []
        var spanIndex = 0
        rows.withUnsafeBufferPointer { matrix in
            for column in columns {
                switch column {
                case .discrete(let edges):
                    let block = spans[spanIndex].range
                    spanIndex += 1
                    decoded.append(
                        (0..<count).map { row in
                            let category = Self.largest(in: matrix, row: row * width, block)
                            return ModelData.middleCode(ofCategory: category, edges: edges)
                        })
                    edgeLists.append(edges)
                case .continuous(let means, let deviations):
                    let scalar = spans[spanIndex].range.lowerBound
                    let block = spans[spanIndex + 1].range
                    spanIndex += 2
                    decoded.append(
                        (0..<count).map { row in
                            let raw = Double(matrix[row * width + scalar])
                            let v = raw.isNaN ? 0 : min(max(raw, -1), 1)
                            let mode = Self.largest(in: matrix, row: row * width, block)
                            return 4 * deviations[mode] * v + means[mode]
                        })
                    edgeLists.append(nil)
                }
            }
        }
        return ModelData(
            names: names, columns: decoded, rowCount: count,
            isUniformCode: edgeLists.map { $0 != nil }, categoryEdges: edgeLists)
    }

    /// The offset within `block` of its largest non-NaN entry in the row starting at `row`
    /// (the first on ties, 0 when all are NaN).
    private static func largest(
        in matrix: UnsafeBufferPointer<Float>, row: Int, _ block: Range<Int>
    ) -> Int {
        var best = 0
        var bestValue = -Float.infinity
        for (offset, position) in block.enumerated() where matrix[row + position] > bestValue {
            best = offset
            bestValue = matrix[row + position]
        }
        return best
    }
}
