// Reports: scatter plots of two numerical columns, with optional least-squares lines.

/// One set of points of a ``ScatterChart`` and, optionally, its fitted line.
struct ScatterSeries {
    /// The series' name in the legend.
    var name: String
    /// The colour of its points and line.
    var color: String
    /// The x values (same length as `ys`).
    var xs: [Double]
    /// The y values.
    var ys: [Double]
    /// The line `y = slope · x + intercept` to draw, or `nil`.
    var line: (slope: Double, intercept: Double)?
}

/// Points of one or more series on shared axes.
struct ScatterChart: Picture {
    /// The series, drawn in order (later ones on top).
    var series: [ScatterSeries]
    /// The data bounds of the x axis (shared with the neighbouring panel).
    var xBounds: ClosedRange<Double>
    /// The data bounds of the y axis.
    var yBounds: ClosedRange<Double>
    /// The x axis title.
    var xTitle: String
    /// The y axis title.
    var yTitle: String
    /// The picture's title, for screen readers.
    var title: String
    /// The dot diameter in pixels.
    var dotSize: Double = 3.5
    /// The dot opacity.
    var dotOpacity: Double = 0.5

    /// Draws the SVG picture at the end of `sink`.
    ///
    /// - Complexity: O(p) for p points in all series.
    func draw(into sink: ByteSink) {
        let area = PlotArea(left: 66, top: 28, width: 300, height: 240)
        var canvas = SVGCanvas(
            width: area.right + 16, height: area.bottom + 44, title: title, into: sink)
        let x = LinearScale(
            low: xBounds.lowerBound, high: xBounds.upperBound, range: (area.left, area.right))
        let y = LinearScale(
            low: yBounds.lowerBound, high: yBounds.upperBound, range: (area.bottom, area.top))

        let entries = series.map { (name: $0.name, color: $0.color) }
        canvas.legend(entries, x: area.left, y: 14)
        canvas.xAxis(x, area: area, title: xTitle)
        canvas.yAxis(y, area: area, title: yTitle)
        for item in series {
            canvas.dots(
                xs: item.xs, ys: item.ys, x: x, y: y, color: item.color, size: dotSize,
                opacity: dotOpacity)
        }
        for item in series {
            if let line = item.line { drawLine(&canvas, line, color: item.color, x: x, y: y) }
        }
        canvas.finish()
    }

    /// Draws the line across the x domain, clipped to the y domain, with a white halo so it
    /// stands out over points of its own colour.
    private func drawLine(
        _ canvas: inout SVGCanvas, _ line: (slope: Double, intercept: Double), color: String,
        x: LinearScale, y: LinearScale
    ) {
        guard line.slope.isFinite, line.intercept.isFinite else { return }
        var (x1, x2) = (x.domain.lowerBound, x.domain.upperBound)
        if line.slope != 0 {
            let atLow = (y.domain.lowerBound - line.intercept) / line.slope
            let atHigh = (y.domain.upperBound - line.intercept) / line.slope
            x1 = max(x1, min(atLow, atHigh))
            x2 = min(x2, max(atLow, atHigh))
        }
        guard x1 < x2 else { return }
        let (y1, y2) = (line.slope * x1 + line.intercept, line.slope * x2 + line.intercept)
        canvas.line(x1: x(x1), y1: y(y1), x2: x(x2), y2: y(y2), stroke: "#fff", width: 5)
        canvas.line(x1: x(x1), y1: y(y1), x2: x(x2), y2: y(y2), stroke: color, width: 2.5)
    }
}
