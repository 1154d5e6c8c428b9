// Metrics: Cramér's V, the strength of association in a contingency table.

/// Cramér's V of the real table of a pair: the reference's association measure for the
/// Column Pair Trends threshold (Cramér, *Mathematical Methods of Statistics*, 1946).
///
/// Over the `R × C` table of counts `O` of the categories that occur (missing is a category):
///
/// ```
/// E_ij = r_i c_j / n              (row and column totals r, c; n rows)
/// χ²   = Σ_ij (O_ij − E_ij)² / E_ij   (no continuity correction)
/// V    = sqrt( χ² / (n · (min(R, C) − 1)) )
/// ```
///
/// V is undefined (NaN) for an empty table or when `min(R, C) < 2`.
public enum CramersV {
    /// Cramér's V of a contingency table given as rows of counts.
    ///
    /// - Parameter table: `R` rows of `C` non-negative counts; rows and columns that are all
    ///   zero are ignored.
    public static func of(_ table: [[Int]]) -> Double {
        var cells: [CodedColumns.Cell] = []
        let width = (table.map(\.count).max() ?? 0) + 1
        for (i, row) in table.enumerated() {
            for (j, count) in row.enumerated() where count > 0 {
                cells.append(.init(key: (i + 1) * width + j + 1, count: count))
            }
        }
        return of(cells, width: width)
    }

    /// Cramér's V of the joint table of two coded columns.
    static func of(_ cells: [CodedColumns.Cell], _ columns: CodedColumns) -> Double {
        of(cells, width: columns.width)
    }

    private static func of(_ cells: [CodedColumns.Cell], width: Int) -> Double {
        let height = (cells.map(\.key).max() ?? 0) / width + 1
        var rowTotals = [Int](repeating: 0, count: height)
        var columnTotals = [Int](repeating: 0, count: width)
        var total = 0
        for cell in cells {
            rowTotals[cell.key / width] += cell.count
            columnTotals[cell.key % width] += cell.count
            total += cell.count
        }
        let rows = rowTotals.count { $0 > 0 }
        let smaller = Swift.min(rows, columnTotals.count { $0 > 0 })
        guard total > 0, smaller >= 2 else { return .nan }

        let n = Double(total)
        var chiSquared = 0.0
        var observedColumnTotals = [Int](repeating: 0, count: height)
        for cell in cells {
            let row = cell.key / width
            let columnTotal = columnTotals[cell.key % width]
            let expected = Double(rowTotals[row]) * Double(columnTotal) / n
            let gap = Double(cell.count) - expected
            chiSquared += gap * gap / expected
            observedColumnTotals[row] += columnTotal
        }

        // Every empty cell contributes (0 − E)²/E = E; per row those E sum to
        // r_i · (n − Σ_{observed j} c_j) / n, an exact integer product.
        for (row, rowTotal) in rowTotals.enumerated() where rowTotal > 0 {
            let unobserved = total - observedColumnTotals[row]
            chiSquared += Double(rowTotal) * Double(unobserved) / n
        }
        return (chiSquared / (n * Double(smaller - 1))).squareRoot()
    }
}
