// Reports: the plot area of a chart, its axes with ticks and grid lines, and its legend.

/// The rectangle inside a picture where data is drawn, and the margins around it.
struct PlotArea {
    /// The left edge of the plot area, in pixels.
    var left: Double
    /// The top edge.
    var top: Double
    /// The width.
    var width: Double
    /// The height.
    var height: Double

    /// The right edge.
    var right: Double { left + width }
    /// The bottom edge.
    var bottom: Double { top + height }
}

/// Colours of the page: the Okabe–Ito palette, safe for the common colour-vision deficiencies.
enum Palette {
    /// Real data: blue.
    static let real = "#0072B2"
    /// Synthetic data: orange.
    static let synthetic = "#E69F00"
    /// Bars scored by KSComplement: bluish green.
    static let ksComplement = "#009E73"
    /// Bars scored by TVComplement: reddish purple.
    static let tvComplement = "#CC79A7"
    /// Axes and ticks.
    static let axis = "#555"
    /// Grid lines.
    static let grid = "#e3e3e3"
}

extension SVGCanvas {
    /// Draws the horizontal axis of `scale` along the bottom of `area`, with vertical grid
    /// lines, tick labels (written by `format` when given) and a title under them.
    mutating func xAxis(
        _ scale: LinearScale, area: PlotArea, title: String, grid: Bool = true,
        format: ((Double) -> String)? = nil
    ) {
        for tick in scale.ticks {
            let x = scale(tick)
            if grid { line(x1: x, y1: area.top, x2: x, y2: area.bottom, stroke: Palette.grid) }
            line(x1: x, y1: area.bottom, x2: x, y2: area.bottom + 4, stroke: Palette.axis)
            let label = format?(tick) ?? scale.tickLabel(tick)
            text(label, x: x, y: area.bottom + 16, anchor: .middle, size: 10)
        }
        line(x1: area.left, y1: area.bottom, x2: area.right, y2: area.bottom, stroke: Palette.axis)
        let label = Markup.truncate(title, to: Int(area.width / 6.5))
        text(label, x: area.left + area.width / 2, y: area.bottom + 32, anchor: .middle)
    }

    /// Draws the vertical axis of `scale` along the left of `area`, with horizontal grid
    /// lines, tick labels and a rotated title.
    mutating func yAxis(_ scale: LinearScale, area: PlotArea, title: String, grid: Bool = true) {
        for tick in scale.ticks {
            let y = scale(tick)
            if grid { line(x1: area.left, y1: y, x2: area.right, y2: y, stroke: Palette.grid) }
            line(x1: area.left - 4, y1: y, x2: area.left, y2: y, stroke: Palette.axis)
            text(scale.tickLabel(tick), x: area.left - 7, y: y + 3.5, anchor: .end, size: 10)
        }
        line(x1: area.left, y1: area.top, x2: area.left, y2: area.bottom, stroke: Palette.axis)
        let label = Markup.truncate(title, to: Int(area.height / 6.5))
        let x = area.left - 46
        text(label, x: x, y: area.top + area.height / 2, anchor: .middle, rotate: -90)
    }

    /// Draws a row of coloured swatches with their names, starting at `(x, y)`.
    mutating func legend(_ entries: [(name: String, color: String)], x: Double, y: Double) {
        var cursor = x
        for entry in entries {
            rect(x: cursor, y: y - 9, width: 11, height: 11, fill: entry.color)
            text(entry.name, x: cursor + 15, y: y, size: 11)
            cursor += 15 + Double(entry.name.count) * 6.5 + 14
        }
    }
}
