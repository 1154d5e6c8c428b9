// Reports: the picture and the numbers of one column: a histogram for numbers and dates, bars
// for categories.

import Metrics
import Tabular

extension PageWriter {
    /// Writes a numerical or datetime column's histogram and summary table.
    mutating func writeNumericColumn(real: Column, synthetic: Column) {
        guard let (realValues, syntheticValues) = plottedValues(real.name) else {
            output += "<p class=\"note\">No picture: the column holds "
            output += real.kindInWords + " in the real table and "
            output += synthetic.kindInWords + " in the synthetic one, not "
            output += "numbers or dates.</p>"
            return
        }
        // One grid of the present values gives both medians and the bulk's quantiles, without
        // sorting or selecting among all the values.
        var statistics = (
            real: ValueSummary(realValues, median: .nan),
            synthetic: ValueSummary(syntheticValues, median: .nan)
        )
        let grid = Self.grid(statistics.real, statistics.synthetic)
        statistics.real.median = grid.median(side: 0)
        statistics.synthetic.median = grid.median(side: 1)
        let format = Self.valueFormat(real)
        let drawn = DrawnHistogram(
            real: statistics.real, synthetic: statistics.synthetic, grid: grid,
            binCount: page.options.histogramBins)
        output += "<div class=\"chart\">"
        output += HistogramChart(
            histogram: drawn.histogram, realMean: statistics.real.mean,
            syntheticMean: statistics.synthetic.mean, axisTitle: real.name,
            title: "Distribution of \(real.name), real beside synthetic",
            format: Self.tickFormat(real)
        )
        if let range = drawn.clippedRange {
            output += "<p class=\"note\">Drawn from " + Markup.escape(format(range.lowerBound))
            output += " to " + Markup.escape(format(range.upperBound)) + " (the 0.5% to 99.5% "
            output += "range of both tables); " + NumberText.percent(drawn.realOutside)
            output += " of real and " + NumberText.percent(drawn.syntheticOutside)
            output += " of synthetic values lie beyond and are counted in the end bins.</p>"
        }
        output += "</div>"
        let rows: [(String, (ValueSummary) -> String)] = [
            ("Values", { String($0.count) }), ("Missing", { String($0.missingCount) }),
            ("Mean", { format($0.mean) }), ("Standard deviation", { Self.spread(real, $0) }),
            ("Minimum", { format($0.minimum) }),
            ("Median", { format($0.median) }),
            ("Maximum", { format($0.maximum) }),
        ]
        let cells = rows.map { row in
            [
                HTMLCell.text(row.0), .number(row.1(statistics.real)),
                .number(row.1(statistics.synthetic)),
            ]
        }
        HTMLTable(
            caption: "Summary of \(real.name)", headers: ["", "Real", "Synthetic"],
            rows: cells
        ).write(to: &output)
    }

    /// The quantile grid of two summaries' present values, over their extremes when these are
    /// finite (no value is infinite then, so the grid's own pass for them is spared).
    ///
    /// The grid has about √(32 n) bins for n values: the histogram reads every bin, and looks
    /// into the values of the few bins across its 21 edges, so the two costs balance there.
    private static func grid(_ real: ValueSummary, _ synthetic: ValueSummary) -> QuantileGrid {
        let total = Double(real.count + synthetic.count)
        let bins = min(4096, max(64, Int((total * 32).squareRoot())))
        let extremes = [real.minimum, real.maximum, synthetic.minimum, synthetic.maximum]
        let present = extremes.filter { !$0.isNaN }
        guard present.allSatisfy(\.isFinite) else {
            return QuantileGrid([real.present, synthetic.present], binCount: bins)
        }
        let low = present.min() ?? .infinity
        let high = present.max() ?? -.infinity
        return QuantileGrid(
            [real.present, synthetic.present], low: low, high: high, binCount: bins)
    }

    /// Writes a categorical or Boolean column's bars and share table.
    mutating func writeCategoryColumn(real: Column, synthetic: Column) {
        let statistics = CategoryCounts(real: real, synthetic: synthetic)
        let shown = Self.topCategories(statistics, limit: page.options.maxCategories)
        let realShares = statistics.realFrequencies
        let syntheticShares = statistics.syntheticFrequencies
        output += "<div class=\"chart\">"
        output += CategoryChart(
            categories: shown.map { statistics.categories[$0] },
            real: shown.map { realShares[$0] }, synthetic: shown.map { syntheticShares[$0] },
            title: "Category shares of \(real.name), real beside synthetic"
        )
        let hidden = statistics.categories.count - shown.count
        if hidden > 0 {
            let rest = Set(0..<statistics.categories.count).subtracting(shown)
            let realRest = rest.reduce(0) { $0 + (realShares[$1].isNaN ? 0 : realShares[$1]) }
            let synthRest = rest.reduce(0) {
                $0 + (syntheticShares[$1].isNaN ? 0 : syntheticShares[$1])
            }
            output += "<p class=\"note\">\(hidden) less frequent categories are not drawn: "
            output += NumberText.percent(realRest) + " of real and "
            output += NumberText.percent(synthRest) + " of synthetic values.</p>"
        }
        output += "</div>"
        let cells: [[HTMLCell]] =
            [
                [
                    .text("Categories"), .number(String(statistics.real.count { $0 > 0 })),
                    .number(String(statistics.synthetic.count { $0 > 0 })),
                ],
                [
                    .text("Mode"), .text(statistics.realMode ?? "—"),
                    .text(statistics.syntheticMode ?? "—"),
                ],
                [
                    .text("Missing"), .number(String(statistics.realMissing)),
                    .number(String(statistics.syntheticMissing)),
                ],
            ]
            + shown.map { index in
                [
                    .text(statistics.categories[index]),
                    .number(NumberText.percent(realShares[index])),
                    .number(NumberText.percent(syntheticShares[index])),
                ]
            }
        HTMLTable(
            caption: "Summary of \(real.name) (shares of present values)",
            headers: ["", "Real", "Synthetic"], rows: cells
        ).write(to: &output)
    }

    /// The indices of the `limit` categories most frequent in both tables together, most
    /// frequent first (ties in order of first appearance).
    static func topCategories(_ statistics: CategoryCounts, limit: Int) -> [Int] {
        let count = statistics.categories.count
        let real = statistics.realFrequencies
        let synthetic = statistics.syntheticFrequencies
        let weight = { (index: Int) -> Double in
            [real[index], synthetic[index]].filter(\.isFinite).reduce(0, +)
        }
        let ranked = (0..<count).map { ($0, weight($0)) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        return ranked.prefix(limit).map(\.0)
    }

    /// Writes a value of `column` for people: dates in the column's format, numbers short.
    static func valueFormat(_ column: Column) -> (Double) -> String {
        guard case .datetime(let dates) = column.data else { return NumberText.short }
        return { $0.isFinite ? dates.format.string(from: $0) : "—" }
    }

    /// Writes tick values of `column`'s axis: days for datetimes, `nil` (the default) else.
    static func tickFormat(_ column: Column) -> ((Double) -> String)? {
        guard column.kind == .datetime else { return nil }
        let day = DatetimeFormat("%Y-%m-%d")
        return { day.string(from: $0) }
    }

    private static func spread(_ column: Column, _ summary: ValueSummary) -> String {
        guard column.kind == .datetime else { return NumberText.short(summary.standardDeviation) }
        return NumberText.short(summary.standardDeviation / 86_400) + " days"
    }
}
