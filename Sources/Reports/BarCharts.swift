// Reports: horizontal bar charts: one score per column, and category shares real beside synthetic.

/// One bar of a ``ScoreBarChart``.
struct ScoreBar {
    /// The row's label (a column name).
    var label: String
    /// The score in [0, 1]; NaN draws no bar and writes "—".
    var score: Double
    /// The bar's colour.
    var color: String
    /// The text shown on hover.
    var tooltip: String
}

/// A horizontal bar per row on a 0–1 axis, with the value written at the end of each bar.
struct ScoreBarChart: Picture {
    /// The bars, top to bottom.
    var bars: [ScoreBar]
    /// The legend entries drawn above the chart.
    var legend: [(name: String, color: String)]
    /// The picture's title, for screen readers.
    var title: String
    /// The axis title.
    var axisTitle: String

    /// Draws the SVG picture at the end of `sink`.
    func draw(into sink: ByteSink) {
        let labelWidth = min(200, 20 + 6.2 * Double(bars.map(\.label.count).max() ?? 4))
        let area = PlotArea(
            left: labelWidth, top: 30, width: 520, height: Double(max(1, bars.count)) * 18)
        var canvas = SVGCanvas(
            width: area.right + 60, height: area.bottom + 44, title: title, into: sink)
        let scale = LinearScale(low: 0, high: 1, range: (area.left, area.right), tickCount: 5)

        canvas.legend(legend, x: area.left, y: 16)
        canvas.xAxis(scale, area: area, title: axisTitle)
        for (index, bar) in bars.enumerated() {
            let y = area.top + Double(index) * 18
            let label = Markup.truncate(bar.label, to: Int((labelWidth - 12) / 6.2))
            canvas.text(label, x: area.left - 6, y: y + 13, anchor: .end, size: 11)
            if !bar.score.isNaN {
                let width = scale(min(1, max(0, bar.score))) - area.left
                canvas.rect(
                    x: area.left, y: y + 3, width: width, height: 13, fill: bar.color,
                    tooltip: bar.tooltip)
            }
            let end = bar.score.isNaN ? area.left : scale(min(1, max(0, bar.score)))
            canvas.text(NumberText.score(bar.score), x: end + 4, y: y + 13, size: 10)
        }
        canvas.finish()
    }
}

/// Category shares of a column: for each category a real bar above a synthetic bar.
struct CategoryChart: Picture {
    /// The category labels, top to bottom.
    var categories: [String]
    /// The real share of each category.
    var real: [Double]
    /// The synthetic share of each category.
    var synthetic: [Double]
    /// The picture's title, for screen readers.
    var title: String

    /// Draws the SVG picture at the end of `sink`.
    func draw(into sink: ByteSink) {
        let longest = Double(categories.map(\.count).max() ?? 4)
        let labelWidth = min(180, 20 + 6.2 * longest)
        let rowHeight = 22.0
        let area = PlotArea(
            left: labelWidth, top: 30, width: 420,
            height: Double(max(1, categories.count)) * rowHeight)
        var canvas = SVGCanvas(
            width: area.right + 56, height: area.bottom + 44, title: title, into: sink)
        let top = max(real.filter(\.isFinite).max() ?? 0, synthetic.filter(\.isFinite).max() ?? 0)
        let scale = LinearScale(low: 0, high: max(top, 0.01), range: (area.left, area.right))

        canvas.legend(
            [("Real", Palette.real), ("Synthetic", Palette.synthetic)], x: area.left, y: 16)
        canvas.xAxis(scale, area: area, title: "Share of present values")
        for (index, category) in categories.enumerated() {
            let y = area.top + Double(index) * rowHeight
            let label = Markup.truncate(category, to: Int((labelWidth - 12) / 6.2))
            canvas.text(label, x: area.left - 6, y: y + 15, anchor: .end, size: 11)
            let name = Markup.escape(category)
            bar(
                &canvas, scale, y: y + 2, share: value(real, index), color: Palette.real,
                tooltip: (name, ": real "))
            bar(
                &canvas, scale, y: y + 11, share: value(synthetic, index),
                color: Palette.synthetic, tooltip: (name, ": synthetic "))
        }
        canvas.finish()
    }

    private func value(_ shares: [Double], _ index: Int) -> Double {
        shares.indices.contains(index) ? shares[index] : .nan
    }

    /// Draws one bar; its tooltip reads "category side share", from the escaped category.
    private func bar(
        _ canvas: inout SVGCanvas, _ scale: LinearScale, y: Double, share: Double,
        color: String, tooltip: (category: String, side: StaticString)
    ) {
        guard share.isFinite else { return }
        let width = scale(share) - scale.range.0
        canvas.rect(x: scale.range.0, y: y, width: width, height: 8, fill: color) { sink in
            sink.append(text: tooltip.category)
            sink.append(tooltip.side)
            sink.append(percent: share)
        }
    }
}
