// Synthesizers: the condition vectors CTGAN generates with.

import Linalg
import NeuralCore

/// Condition vectors for generation: for each row, a discrete column uniformly, then one of
/// its categories by its training frequency (the paper's choice; the reference draws by the
/// log-frequency probabilities, which over-produces rare categories). The frequencies are the
/// widths of the categories' code intervals, so a loaded model needs no training data.
struct GenerationConditions {
    /// The interval edges of each discrete column, in encoding order.
    let edges: [[Double]]
    /// Where each discrete column starts in the condition vector.
    let offsets: [Int]
    /// The condition vector's width (0 without discrete columns).
    let width: Int

    /// The conditions of an encoding's discrete columns.
    init(encoding: ModeEncoding) {
        edges = encoding.columns.compactMap { column in
            if case .discrete(let edges) = column { return edges }
            return nil
        }
        var offsets: [Int] = []
        var width = 0
        for column in edges {
            offsets.append(width)
            width += column.count
        }
        self.offsets = offsets
        self.width = width
    }

    /// `count` one-hot condition rows.
    ///
    /// - Precondition: there is at least one discrete column.
    func draw(_ count: Int, random: inout RandomSource) -> Tensor {
        precondition(!edges.isEmpty, "GenerationConditions.draw: no discrete column")
        var scalars = [Float](repeating: 0, count: count * width)
        for row in 0..<count {
            let column = random.uniformInt(below: edges.count)
            let category = ModelData.categoryIndex(of: random.uniform(), edges: edges[column])
            scalars[row * width + offsets[column] + category] = 1
        }
        return Tensor(shape: [count, width], scalars: scalars)
    }
}
