// Metrics: ContingencySimilarity, how close the joint frequencies of two discrete columns are.

import Tabular

/// The similarity of the joint (contingency) frequencies of two discrete columns.
///
/// A missing value is a category of its own. With `p` the share of rows in each cell:
///
/// ```
/// score = 1 − ½ Σ_{cells of real ∪ synthetic} | p_real(cell) − p_synthetic(cell) |
/// ```
///
/// With an association threshold `t > 0` the real table's Cramér's V is computed first (see
/// ``CramersV``); when it is undefined or `V ≤ t` the pair is not scored (score NaN), as the
/// reference's current Quality Report does.
public enum ContingencySimilarity {
    /// The metric's name in reports.
    public static let name = "ContingencySimilarity"

    /// The score and the real association behind it.
    public struct Breakdown: Sendable, Hashable {
        /// The similarity, or NaN when the real association is undefined or too weak.
        public var score: Double
        /// Cramér's V of the real pair, NaN when the threshold is 0 (not computed).
        public var realAssociation: Double
    }

    /// Compares two discrete columns (categories, Booleans, numbers or text as categories).
    ///
    /// - Parameters:
    ///   - real: The pair's two columns in the real table.
    ///   - synthetic: The same two columns in the synthetic table.
    ///   - associationThreshold: Cramér's V of the real pair must exceed it to be scored.
    public static func breakdown(
        real: (Column, Column),
        synthetic: (Column, Column),
        associationThreshold: Double = 0
    ) throws(MetricsError) -> Breakdown {
        let first = SharedCodes(real: real.0, synthetic: synthetic.0)
        let second = SharedCodes(real: real.1, synthetic: synthetic.1)
        return try breakdown(
            real: CodedColumns(first.real, first.levelCount, second.real, second.levelCount),
            synthetic: CodedColumns(
                first.synthetic, first.levelCount, second.synthetic, second.levelCount),
            associationThreshold: associationThreshold)
    }

    /// Compares two already encoded pairs.
    static func breakdown(
        real: CodedColumns, synthetic: CodedColumns, associationThreshold: Double
    ) throws(MetricsError) -> Breakdown {
        guard (0...1).contains(associationThreshold) else {
            throw .badParameter(
                name: "real association threshold", value: "\(associationThreshold)",
                allowed: "in [0, 1]")
        }
        let realCells = real.cellCounts()
        var association = Double.nan
        if associationThreshold > 0 {
            association = CramersV.of(realCells, real)
            guard !association.isNaN, association > associationThreshold else {
                return Breakdown(score: .nan, realAssociation: association)
            }
        }
        let syntheticCells = synthetic.cellCounts()
        let variation = totalVariation(
            realCells, real.rowCount, syntheticCells, synthetic.rowCount)
        return Breakdown(score: 1 - 0.5 * variation, realAssociation: association)
    }

    /// `Σ |p − q|` over the union of the cells of two sorted cell lists.
    private static func totalVariation(
        _ first: [CodedColumns.Cell], _ firstRows: Int,
        _ second: [CodedColumns.Cell], _ secondRows: Int
    ) -> Double {
        let firstTotal = Double(firstRows)
        let secondTotal = Double(secondRows)
        var sum = 0.0
        var i = 0
        var j = 0
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && first[i].key < second[j].key) {
                sum += Double(first[i].count) / firstTotal
                i += 1
            } else if i == first.count || second[j].key < first[i].key {
                sum += Double(second[j].count) / secondTotal
                j += 1
            } else {
                sum += abs(
                    Double(first[i].count) / firstTotal - Double(second[j].count) / secondTotal)
                i += 1
                j += 1
            }
        }
        return sum
    }
}

/// Two columns of codes, `-1` for missing, with the number of codes of each.
struct CodedColumns {
    /// One cell of the joint table and its row count.
    struct Cell {
        /// `(a + 1) · (levelsB + 1) + (b + 1)`: the cell's position, missing values first.
        var key: Int
        var count: Int
    }

    var a: [Int32]
    var levelsA: Int
    var b: [Int32]
    var levelsB: Int

    init(_ a: [Int32], _ levelsA: Int, _ b: [Int32], _ levelsB: Int) {
        precondition(a.count == b.count, "CodedColumns: \(a.count) and \(b.count) rows")
        self.a = a
        self.levelsA = levelsA
        self.b = b
        self.levelsB = levelsB
    }

    var rowCount: Int { a.count }

    /// The width of one row of the joint table (the codes of `b` plus missing).
    var width: Int { levelsB + 1 }

    /// The non-empty cells, sorted by key.
    ///
    /// - Complexity: O(n + cells) with a dense table when it is small, O(n log n) otherwise.
    func cellCounts() -> [Cell] {
        let cellCount = (levelsA + 1) * width
        if cellCount <= Swift.max(1 << 16, 2 * rowCount) {
            var counts = Array(repeating: 0, count: cellCount)
            for row in 0..<rowCount {
                counts[Int(a[row] + 1) * width + Int(b[row] + 1)] += 1
            }
            return counts.indices.compactMap {
                counts[$0] > 0 ? Cell(key: $0, count: counts[$0]) : nil
            }
        }
        var keys = (0..<rowCount).map { Int(a[$0] + 1) * width + Int(b[$0] + 1) }
        keys.sort()
        var cells: [Cell] = []
        for key in keys {
            if let last = cells.last, last.key == key {
                cells[cells.count - 1].count += 1
            } else {
                cells.append(Cell(key: key, count: 1))
            }
        }
        return cells
    }

    /// The rows at `rows`, in that order.
    func gathering(_ rows: [Int]) -> CodedColumns {
        CodedColumns(rows.map { a[$0] }, levelsA, rows.map { b[$0] }, levelsB)
    }
}
