// Reports: the writer of the evaluation page: the document around the sections, and the summary.

import Metrics
import Tabular

/// Writes one ``EvaluationPage`` into a single string, section by section.
struct PageWriter {
    /// The page being written.
    let page: EvaluationPage
    /// The HTML written so far.
    var output = PageText(capacity: 1 << 20)
    /// Each continuous column's values as numbers (real, synthetic), read once for the column
    /// picture and reused by the pair pictures.
    private var plotted: [String: (real: [Double], synthetic: [Double])] = [:]

    /// Tables with at most this many scored columns show every column's picture open.
    static let openColumnLimit = 8

    /// Starts a writer; the output is reserved generously to avoid regrowth.
    init(page: EvaluationPage) {
        self.page = page
    }

    /// A writer for one independent part of the page (see ``PageParts``): the same page and
    /// column values read so far, and an output of its own.
    private init(
        page: EvaluationPage, plotted: [String: (real: [Double], synthetic: [Double])]
    ) {
        self.page = page
        self.plotted = plotted
        output = PageText(capacity: 1 << 14)
    }

    /// Appends the parts made by `write` for `0..<count`, each by a writer of its own,
    /// concurrently, in order.
    mutating func writeParts(
        count: Int, _ write: @escaping @Sendable (inout PageWriter, Int) -> Void
    ) {
        let (page, plotted) = (page, plotted)
        let parts = PageParts.make(count: count) { index in
            var writer = PageWriter(page: page, plotted: plotted)
            write(&writer, index)
            return writer.output.takeBytes()
        }
        for part in parts {
            part.withUnsafeBufferPointer { output.sink.append($0) }
        }
    }

    /// The values of column `name` in both tables as numbers (NaN where missing, datetimes in
    /// seconds), read on first use; `nil` when a table lacks the column or it does not hold
    /// numbers or dates.
    mutating func plottedValues(_ name: String) -> (real: [Double], synthetic: [Double])? {
        if let known = plotted[name] { return known }
        guard let real = page.real[name]?.plottedValues,
            let synthetic = page.synthetic[name]?.plottedValues
        else { return nil }
        plotted[name] = (real, synthetic)
        return (real, synthetic)
    }

    /// The complete document.
    mutating func document() -> PageText {
        writeHead()
        writeSummary()
        writePreview()
        writeColumnShapes()
        writeColumnPairTrends()
        writeDiagnostic()
        output += "<footer><p>Made by Facsimile. This file is self-contained: it loads nothing "
        output += "from the network or from other files.</p></footer></main>"
        output += "<script>" + PageStyle.script + "</script></body></html>\n"
        return output
    }

    private mutating func writeHead() {
        let title = Markup.escape(page.options.title)
        output += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        output += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        output += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        output += "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        output += "<title>" + title + "</title><style>" + PageStyle.css + "</style></head>"
        output += "<body><main><header><h1>" + title + "</h1><p class=\"lede\">"
        output += tableDescription(page.options.realName, page.real, color: Palette.real)
        output += " compared with "
        output += tableDescription(
            page.options.syntheticName, page.synthetic,
            color: Palette.synthetic)
        output += ".</p><nav aria-label=\"Sections\"><a href=\"#summary\">Scores</a>"
        output += "<a href=\"#preview\">Preview</a><a href=\"#column-shapes\">Column Shapes</a>"
        output += "<a href=\"#column-pair-trends\">Column Pair Trends</a>"
        if page.diagnostic != nil { output += "<a href=\"#diagnostic\">Diagnostic</a>" }
        output += "</nav></header>"
    }

    private func tableDescription(_ name: String, _ table: Table, color: String) -> String {
        "<span class=\"swatch\" style=\"background:" + color + "\"></span><strong>"
            + Markup.escape(name) + "</strong> (" + NumberText.grouped(table.rowCount) + " rows × "
            + String(table.columnCount) + " columns)"
    }

    private mutating func writeSummary() {
        let quality = page.quality
        output += "<section id=\"summary\"><h2>Scores</h2><div class=\"cards\">"
        card("Overall quality", quality.score, main: true)
        card("Column Shapes", quality.columnShapesScore, main: false)
        card("Column Pair Trends", quality.columnPairTrendsScore, main: false)
        if let diagnostic = page.diagnostic {
            card("Diagnostic", diagnostic.score, main: false)
        }
        output += "</div><p>" + Markup.escape(summarySentence()) + "</p><p>"
        output += Markup.escape(thresholdSentence()) + "</p></section>"
    }

    private mutating func card(_ name: String, _ score: Double, main: Bool) {
        output += main ? "<div class=\"card main\">" : "<div class=\"card\">"
        output += "<div class=\"value\">" + NumberText.percent(score) + "</div>"
        output += "<div class=\"name\">" + Markup.escape(name) + "</div></div>"
    }

    private func summarySentence() -> String {
        let quality = page.quality
        var text = "The overall quality score, \(NumberText.percent(quality.score)), is the mean "
        text +=
            "of two properties: Column Shapes (\(NumberText.percent(quality.columnShapesScore)))"
        text += " says how closely each column's distribution in the synthetic table follows the "
        text += "real one (KSComplement for numbers and dates, TVComplement for categories), and "
        text += "Column Pair Trends (\(NumberText.percent(quality.columnPairTrendsScore))) how "
        text += "closely the relation of each pair of columns is kept (correlation for two "
        text += "numerical columns, contingency tables otherwise). 100% is a perfect match."
        if let diagnostic = page.diagnostic {
            text += " The diagnostic score, \(NumberText.percent(diagnostic.score)), checks "
            text += "validity instead of similarity: synthetic values within the real ranges "
            text += "and categories, unique keys, and the same columns as the real table; it "
            text += "should be 100%."
        }
        return text
    }

    private func thresholdSentence() -> String {
        let options = page.quality.options
        let pairs = page.quality.columnPairTrends
        let counted = pairs.count(where: \.meetsThreshold)
        if options.correlationThreshold <= 0 && options.associationThreshold <= 0 {
            return "Thresholds: classic variant (both thresholds 0, as in the original "
                + "application): all \(NumberText.grouped(pairs.count)) scored pairs count towards "
                + "Column Pair Trends (\(NumberText.grouped(counted)) have a score)."
        }
        return "Thresholds: current variant: a pair counts towards Column Pair Trends only when "
            + "its real relation is strong enough to matter: absolute correlation above "
            + NumberText.short(options.correlationThreshold) + " for two numerical columns, "
            + "Cramér's V above " + NumberText.short(options.associationThreshold)
            + " otherwise. \(NumberText.grouped(counted)) of \(NumberText.grouped(pairs.count))"
            + " pairs count. The classic variant "
            + "(thresholds 0) counts every pair."
    }

    private mutating func writePreview() {
        let rows = page.options.previewRows
        output += "<section id=\"preview\"><h2>Preview</h2>"
        output += "<p>The first \(rows) rows of each table.</p>"
        previewTable(page.real, caption: page.options.realName)
        previewTable(page.synthetic, caption: page.options.syntheticName)
        output += "</section>"
    }

    private mutating func previewTable(_ table: Table, caption: String) {
        let count = min(page.options.previewRows, table.rowCount)
        let rows = (0..<count).map { row in
            table.columns.map { column -> HTMLCell in
                guard let text = column.displayText(row: row) else {
                    return .markup("<span class=\"missing\">missing</span>")
                }
                if case .number = column.data { return .number(text) }
                return .text(Markup.truncate(text, to: 60))
            }
        }
        HTMLTable(caption: caption, headers: table.columnNames, rows: rows, className: "preview")
            .write(to: &output)
    }

    private mutating func writeDiagnostic() {
        guard let diagnostic = page.diagnostic else { return }
        output += "<section id=\"diagnostic\"><h2>Diagnostic</h2><p>Data Validity "
        output += NumberText.percent(diagnostic.dataValidityScore) + ", Data Structure "
        output += NumberText.percent(diagnostic.dataStructureScore) + ".</p>"
        let rows = (diagnostic.dataValidity + diagnostic.dataStructure).map { detail in
            [
                HTMLCell.text(detail.column ?? "(table)"), .text(detail.metric.rawValue),
                .number(NumberText.score(detail.score)), .text(detail.error ?? ""),
            ]
        }
        output += "<details><summary>Every check (\(rows.count))</summary>"
        HTMLTable(
            caption: "Diagnostic details", headers: ["Column", "Metric", "Score", "Note"],
            rows: rows
        ).write(to: &output)
        output += "</details></section>"
    }
}
