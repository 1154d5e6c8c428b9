// Reports: the Column Shapes section: the score bar chart, the column index, and one
// collapsed picture per column, real beside synthetic.

import Metrics
import Tabular

extension PageWriter {
    /// Writes the Column Shapes section.
    mutating func writeColumnShapes() {
        let shapes = page.quality.columnShapes
        output += "<section id=\"column-shapes\"><h2>Column Shapes</h2><p>How closely each "
        output += "column's distribution is kept: KSComplement (1 − the Kolmogorov–Smirnov "
        output += "statistic) for numerical and datetime columns, TVComplement (1 − the total "
        output += "variation distance) for categorical and Boolean ones. Open a column below "
        output += "for its picture.</p>"
        output += ScoreBarChart(
            bars: shapes.map(Self.bar), legend: Self.metricLegend,
            title: "Column Shapes score of each column", axisTitle: "Score"
        )
        shapeTable(shapes)
        writeColumnIndex()
        writeColumnPictures()
        output += "</section>"
    }

    private static let metricLegend = [
        (name: "KSComplement", color: Palette.ksComplement),
        (name: "TVComplement", color: Palette.tvComplement),
    ]

    private static func bar(_ shape: QualityReport.ColumnShape) -> ScoreBar {
        let color = shape.metric == .ksComplement ? Palette.ksComplement : Palette.tvComplement
        var tooltip =
            shape.column + ": " + shape.metric.rawValue + " " + NumberText.score(shape.score)
        if let error = shape.error { tooltip += " (" + error + ")" }
        return ScoreBar(label: shape.column, score: shape.score, color: color, tooltip: tooltip)
    }

    private mutating func shapeTable(_ shapes: [QualityReport.ColumnShape]) {
        let rows = shapes.map { shape in
            [
                HTMLCell.text(shape.column), .text(shape.metric.rawValue),
                .number(NumberText.score(shape.score)), .text(shape.error ?? ""),
            ]
        }
        output += "<details><summary>Scores as a table</summary>"
        HTMLTable(
            caption: "Column Shapes", headers: ["Column", "Metric", "Score", "Note"],
            rows: rows
        ).write(to: &output)
        output += "</details>"
    }

    private mutating func writeColumnIndex() {
        let scores = Dictionary(
            page.quality.columnShapes.map { ($0.column, $0.score) }, uniquingKeysWith: { a, _ in a }
        )
        output += "<h3>Columns</h3><div class=\"index\"><label class=\"filter\" hidden>Filter "
        output += "columns <input type=\"search\" data-filter=\"column-list\"></label>"
        output += "<ul id=\"column-list\" class=\"column-list\">"
        for (index, column) in page.schema.columns.enumerated() {
            let name = Markup.escape(column.name)
            output += "<li data-name=\"" + Markup.escape(column.name.lowercased()) + "\">"
            if column.type.isScored {
                output += "<a href=\"#column-" + String(index) + "\">" + name + "</a> <span "
                output += "class=\"small\">" + NumberText.score(scores[column.name] ?? .nan)
                output += "</span>"
            } else {
                output += name + " <span class=\"small\">(" + column.type.rawValue
                output += ", not scored)</span>"
            }
            output += "</li>"
        }
        output += "</ul></div>"
    }

    /// Writes every scored column's picture, several at once. The numbers of continuous
    /// columns are read first, once, for these pictures and for the pair pictures after them.
    private mutating func writeColumnPictures() {
        let scored = page.schema.columns.enumerated().filter { $0.element.type.isScored }
        for (_, column) in scored where column.type.isContinuous {
            _ = plottedValues(column.name)
        }
        writeParts(count: scored.count) { writer, part in
            writer.writeColumn(scored[part].element, index: scored[part].offset)
        }
    }

    private mutating func writeColumn(_ column: EvaluatedColumn, index: Int) {
        let shape = page.quality.columnShapes.first { $0.column == column.name }
        let scored = page.schema.columns.count(where: \.type.isScored)
        output += "<details class=\"column\" id=\"column-" + String(index) + "\""
        output += scored <= PageWriter.openColumnLimit ? " open><summary>" : "><summary>"
        output += Markup.escape(column.name) + " <span class=\"small\">" + column.type.rawValue
        if let shape {
            output += " · " + shape.metric.rawValue + " " + NumberText.score(shape.score)
        }
        output += "</span></summary><div class=\"figure\">"
        guard let real = page.real[column.name], let synthetic = page.synthetic[column.name]
        else {
            output += "<p class=\"note\">This column is missing from one of the tables.</p>"
            output += "</div></details>"
            return
        }
        if column.type.isContinuous {
            writeNumericColumn(real: real, synthetic: synthetic)
        } else {
            writeCategoryColumn(real: real, synthetic: synthetic)
        }
        output += "</div></details>"
    }
}
