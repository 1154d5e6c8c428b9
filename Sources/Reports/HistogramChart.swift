// Reports: a histogram of a numerical column, real beside synthetic on shared bins.

import Metrics

/// Real and synthetic shares per bin, side by side within each bin, with each side's mean
/// drawn as a dashed line.
struct HistogramChart: Picture {
    /// The shared bins and counts.
    var histogram: HistogramBins
    /// The real mean (NaN draws no line).
    var realMean: Double
    /// The synthetic mean.
    var syntheticMean: Double
    /// The axis title (the column name).
    var axisTitle: String
    /// The picture's title, for screen readers.
    var title: String
    /// Writes tick labels and bin edges (dates for datetime columns); `nil` for numbers.
    var format: ((Double) -> String)?

    /// Draws the SVG picture at the end of `sink`.
    func draw(into sink: ByteSink) {
        let area = PlotArea(left: 64, top: 30, width: 440, height: 200)
        var canvas = SVGCanvas(
            width: area.right + 24, height: area.bottom + 44, title: title, into: sink)
        let edges = histogram.edges
        let low = edges.first ?? 0
        let high = edges.last ?? 1
        let x = LinearScale(low: low, high: high, range: (area.left, area.right))
        let realShares = Self.shares(histogram.real)
        let syntheticShares = Self.shares(histogram.synthetic)
        let top = max(realShares.max() ?? 0, syntheticShares.max() ?? 0)
        let y = LinearScale(low: 0, high: max(top, 0.01), range: (area.bottom, area.top))

        canvas.legend(
            [("Real", Palette.real), ("Synthetic", Palette.synthetic), ("Means (dashed)", "#888")],
            x: area.left, y: 16)
        canvas.yAxis(y, area: area, title: "Share of rows")
        canvas.xAxis(x, area: area, title: axisTitle, grid: false, format: format)
        // Each edge's label is written once and shared by the tooltips of the bins beside it.
        let labels = edges.map { Markup.escape(label($0)) }
        for bin in 0..<max(0, edges.count - 1) {
            let left = x(edges[bin])
            let width = x(edges[bin + 1]) - left
            let range = (labels[bin], labels[bin + 1])
            drawBar(
                &canvas, x: left + 1, width: width / 2 - 1, share: realShares[bin], y: y,
                color: Palette.real, tooltip: (range, ": real "))
            drawBar(
                &canvas, x: left + width / 2, width: width / 2 - 1,
                share: syntheticShares[bin], y: y, color: Palette.synthetic,
                tooltip: (range, ": synthetic "))
        }
        drawMean(&canvas, realMean, x: x, area: area, color: Palette.real)
        drawMean(&canvas, syntheticMean, x: x, area: area, color: Palette.synthetic)
        canvas.finish()
    }

    private func label(_ value: Double) -> String {
        format?(value) ?? NumberText.short(value)
    }

    /// Draws one bar; its tooltip reads "low to high: side share", from escaped edge labels.
    private func drawBar(
        _ canvas: inout SVGCanvas, x: Double, width: Double, share: Double, y: LinearScale,
        color: String, tooltip: (range: (String, String), side: StaticString)
    ) {
        guard share > 0 else { return }
        let top = y(share)
        canvas.rect(x: x, y: top, width: width, height: y.range.0 - top, fill: color) { sink in
            sink.append(text: tooltip.range.0)
            sink.append(" to ")
            sink.append(text: tooltip.range.1)
            sink.append(tooltip.side)
            sink.append(percent: share)
        }
    }

    private func drawMean(
        _ canvas: inout SVGCanvas, _ mean: Double, x: LinearScale, area: PlotArea, color: String
    ) {
        guard mean.isFinite else { return }
        let position = x(mean)
        canvas.line(
            x1: position, y1: area.top, x2: position, y2: area.bottom, stroke: "#fff", width: 4)
        canvas.line(
            x1: position, y1: area.top, x2: position, y2: area.bottom, stroke: color, width: 2,
            dashed: true)
    }

    /// Each count's share of the total (zero shares when the total is zero).
    static func shares(_ counts: [Int]) -> [Double] {
        let total = Double(counts.reduce(0, +))
        return counts.map { total > 0 ? Double($0) / total : 0 }
    }
}
