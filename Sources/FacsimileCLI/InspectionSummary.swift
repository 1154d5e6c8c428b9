// FacsimileCLI: the readable summary `facsimile inspect` prints.

import Facsimile

/// The text `facsimile inspect` prints: the table's size, then a line per column with its
/// sdtype, share of missing values, number of distinct values and an example value.
struct InspectionSummary {
    /// The table that was read.
    let table: Table

    /// The metadata detected from it.
    let metadata: TableMetadata

    /// The file it came from, as the user named it.
    let source: String

    /// The summary, ready to print.
    var text: String {
        let header = ["column", "sdtype", "missing", "distinct", "example"]
        let rows = table.columns.enumerated().map { index, column in
            row(for: column, metadata: metadata.columns[index])
        }
        let widths = header.indices.map { field in
            ([header] + rows).map { $0[field].count }.max() ?? 0
        }

        var lines = [
            "\(source): \(table.rowCount) rows, \(table.columnCount) columns",
            "",
            format(header, widths: widths),
        ]
        lines += rows.map { format($0, widths: widths) }
        lines.append("")
        lines.append(
            "primary key: "
                + (metadata.primaryKey.isEmpty
                    ? "none" : metadata.primaryKey.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }

    private func row(for column: Column, metadata: ColumnMetadata) -> [String] {
        let missingShare =
            table.rowCount == 0
            ? 0 : Double(column.missingCount) / Double(table.rowCount)
        var sdtype = metadata.sdtype.rawValue
        if let format = metadata.datetimeFormat { sdtype += " (\(format))" }
        return [
            column.name,
            sdtype,
            percentage(missingShare),
            String(ValueText.distinctCount(column)),
            ValueText.example(column).map(shortened) ?? "-",
        ]
    }

    private func format(_ fields: [String], widths: [Int]) -> String {
        let leftAligned = [0, 1, 4]
        let cells = fields.enumerated().map { index, field in
            let padding = String(repeating: " ", count: max(0, widths[index] - field.count))
            return leftAligned.contains(index) ? field + padding : padding + field
        }
        return cells.joined(separator: "  ").trimmingTrailingSpaces()
    }

    private func percentage(_ share: Double) -> String {
        let tenths = (share * 1000).rounded()
        return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
    }

    private func shortened(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(37)) + "..."
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
