// Synthesizers: the condition vectors CTGAN generates with.

import Linalg
import NeuralCore

/// Condition vectors for generation: the discrete columns take turns, and each column's rows
/// take its categories in proportion to their training frequencies (the paper's choice; the
/// reference draws by the log-frequency probabilities, which over-produces rare categories).
/// The frequencies are the widths of the categories' code intervals, so a loaded model needs
/// no training data.
///
/// The draw is stratified rather than independent: within a batch a category's count differs
/// from its expected count by less than one row per column turn, where independent draws
/// would miss by about its square root (for 150 rows of three equal categories, by 7 rows).
/// The rows are shuffled, so the output is in no particular order.
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

    /// `count` one-hot condition rows: the columns in turn from a random first one, each
    /// column's categories by systematic sampling (one uniform offset, then evenly spaced
    /// points through the category intervals), and the rows shuffled.
    ///
    /// - Precondition: there is at least one discrete column.
    func draw(_ count: Int, random: inout RandomSource) -> Tensor {
        precondition(!edges.isEmpty, "GenerationConditions.draw: no discrete column")
        let first = random.uniformInt(below: edges.count)
        var rowsOfColumn = [Int](repeating: count / edges.count, count: edges.count)
        for turn in 0..<(count % edges.count) { rowsOfColumn[(first + turn) % edges.count] += 1 }

        var slots: [Int] = []
        slots.reserveCapacity(count)
        for (column, rows) in rowsOfColumn.enumerated() where rows > 0 {
            let offset = random.uniform()
            for index in 0..<rows {
                let point = (offset + Double(index)) / Double(rows)
                let category = ModelData.categoryIndex(of: point, edges: edges[column])
                slots.append(offsets[column] + category)
            }
        }

        var scalars = [Float](repeating: 0, count: count * width)
        for (row, slot) in random.shuffled(slots).enumerated() {
            scalars[row * width + slot] = 1
        }
        return Tensor(shape: [count, width], scalars: scalars)
    }
}
