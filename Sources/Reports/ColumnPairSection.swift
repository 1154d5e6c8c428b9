// Reports: the Column Pair Trends section: heat maps of pair scores and correlations, and the
// table of every pair.

import Metrics

extension PageWriter {
    /// Writes the Column Pair Trends section.
    mutating func writeColumnPairTrends() {
        let pairs = PairData(page: page) { plottedValues($0) }
        output += "<section id=\"column-pair-trends\"><h2>Column Pair Trends</h2><p>How closely "
        output += "the relation of each pair of columns is kept: CorrelationSimilarity (1 − half "
        output += "the difference of the Pearson correlations) for two numerical or datetime "
        output += "columns, ContingencySimilarity (1 − the total variation distance of the "
        output += "two-way frequency tables) otherwise. Grey cells have no score: the pair's real "
        output += "relation is below the threshold, or the score is undefined.</p>"
        // The heat maps, the table and each pair's plots are made side by side.
        let plan = PairPlotPlan(pairs: pairs, page: page)
        writeParts(count: 4 + plan.chosen.count) { writer, part in
            switch part {
            case 0: writer.writeScoreHeatMap(pairs)
            case 1: writer.writeCorrelationHeatMaps(pairs)
            case 2: writer.writePairTable(pairs)
            case 3: writer.writePairPlotsIntroduction(pairs, plan)
            default: writer.writePairPlot(pairs, plan, index: part - 4)
            }
        }
        output += "</section>"
    }

    private mutating func writeScoreHeatMap(_ pairs: PairData) {
        guard pairs.columns.count > 1 else {
            output += "<p class=\"note\">Fewer than two scored columns: no pairs.</p>"
            return
        }
        output += "<h3>Pair scores</h3>"
        let trends = page.quality.columnPairTrends
        let counted = trends.count(where: \.meetsThreshold)
        if counted < trends.count {
            output += "<p>\(counted) of \(trends.count) pairs meet the thresholds and have a "
            output += "score; the other cells are grey. The classic variant scores every pair.</p>"
        }
        output += "<div class=\"figure\">"
        output += HeatMap(
            labels: pairs.columns.map(\.name),
            value: { pairs.score($0, $1) }, showsDiagonal: false,
            ramp: .score, title: "Column Pair Trends score of every pair of columns",
            valueName: "score"
        )
        output += "</div>"
    }

    private mutating func writeCorrelationHeatMaps(_ pairs: PairData) {
        guard pairs.continuous.count > 1 else { return }
        output += "<h3>Correlations of the numerical columns</h3><p>Pearson correlation of "
        output += "every pair of numerical and datetime columns, in the real table (left) and "
        output += "the synthetic table (right).</p><div class=\"side\">"
        for side in ["real", "synthetic"] {
            let isReal = side == "real"
            output += "<div class=\"figure\"><h4>" + (isReal ? "Real" : "Synthetic") + "</h4>"
            output += HeatMap(
                labels: pairs.continuous.map(\.name),
                value: { i, j in
                    guard i != j else { return 1 }
                    let key = PairData.PairKey(first: min(i, j), second: max(i, j))
                    guard let pair = pairs.correlations[key] else { return .nan }
                    return isReal ? pair.real : pair.synthetic
                }, showsDiagonal: true, ramp: .correlation,
                title: "Pearson correlations in the \(side) table", valueName: "correlation"
            )
            output += "</div>"
        }
        output += "</div>"
    }

    private mutating func writePairTable(_ pairs: PairData) {
        let trends = page.quality.columnPairTrends
        let pairCount = NumberText.grouped(trends.count)
        output += "<details><summary>Every pair as a table (\(pairCount))</summary>"
        HTMLTable.open(
            caption: "Column Pair Trends",
            headers: [
                "Column 1", "Column 2", "Metric", "Score", "Real correlation",
                "Synthetic correlation", "Real Cramér's V", "Counts", "Note",
            ], to: &output)
        // Thousands of rows: written cell by cell, numbers straight into the page's bytes, and
        // each name escaped once (rows come in the order of the pairs, checked by name).
        let names = pairs.columns.map { Markup.escape($0.name) }
        let escaped = { (name: String, position: Int) -> String in
            position < names.count && name == pairs.columns[position].name
                ? names[position] : Markup.escape(name)
        }
        var expected = (0, 1)
        let sink = output.sink
        for row in trends {
            sink.append("<tr><td>")
            sink.append(text: escaped(row.column1, expected.0))
            sink.append("</td><td>")
            sink.append(text: escaped(row.column2, expected.1))
            expected =
                expected.1 + 1 < names.count
                ? (expected.0, expected.1 + 1) : (expected.0 + 1, expected.0 + 2)
            sink.append("</td><td>")
            sink.append(text: row.metric.rawValue)
            sink.append("</td><td class=\"num\">")
            sink.append(score: row.score)
            sink.append("</td><td class=\"num\">")
            sink.append(score: row.realCorrelation)
            sink.append("</td><td class=\"num\">")
            sink.append(score: row.syntheticCorrelation)
            sink.append("</td><td class=\"num\">")
            sink.append(score: row.realAssociation)
            sink.append(row.meetsThreshold ? "</td><td>yes</td><td>" : "</td><td>no</td><td>")
            sink.append(text: Markup.escape(row.error ?? ""))
            sink.append("</td></tr>")
        }
        HTMLTable.close(to: &output)
        output += "</details>"
    }

}
