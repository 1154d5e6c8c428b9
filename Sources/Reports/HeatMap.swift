// Reports: a lower-triangular heat map of one value per pair of columns, with a colour key.

/// A colour scale from values to colours, by linear interpolation between stops.
struct ColorRamp {
    /// The value of each stop, increasing.
    var values: [Double]
    /// The colour of each stop, as (red, green, blue) in 0...255.
    var colors: [(Double, Double, Double)]

    /// Scores from 0 (poor) to 1 (good): light yellow to dark blue (sequential, readable in
    /// grey and with colour-vision deficiencies).
    static let score = ColorRamp(
        values: [0, 0.5, 0.75, 1],
        colors: [(254, 240, 217), (253, 204, 138), (103, 169, 207), (8, 69, 148)])

    /// Correlations from −1 to 1: orange through white to blue (diverging).
    static let correlation = ColorRamp(
        values: [-1, 0, 1], colors: [(213, 94, 0), (247, 247, 247), (0, 114, 178)])

    /// The colour of `value` as `#rrggbb`, clamped to the ends; light grey for NaN.
    func color(_ value: Double) -> String {
        let sink = ByteSink(capacity: 8)
        write(value, into: sink)
        return sink.text
    }

    /// Appends the colour of `value` as ``color(_:)`` writes it, without a `String`.
    func write(_ value: Double, into sink: ByteSink) {
        guard value.isFinite, let first = values.first, let last = values.last else {
            return sink.append("#dddddd")
        }
        let clamped = min(last, max(first, value))
        var index = 0
        while index < values.count - 2, clamped > values[index + 1] { index += 1 }
        let span = values[index + 1] - values[index]
        let t = span > 0 ? (clamped - values[index]) / span : 0
        let (a, b) = (colors[index], colors[index + 1])
        sink.append(
            red: a.0 + (b.0 - a.0) * t, green: a.1 + (b.1 - a.1) * t, blue: a.2 + (b.2 - a.2) * t)
    }

    /// Whether text on `value`'s colour should be white (the colour is dark).
    func isDark(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        let hexText = color(value).dropFirst()
        guard let rgb = Int(hexText, radix: 16) else { return false }
        let luminance =
            0.299 * Double(rgb >> 16) + 0.587 * Double((rgb >> 8) & 255)
            + 0.114 * Double(rgb & 255)
        return luminance < 130
    }

}

/// Pairs of columns as cells below the diagonal: row `i`, column `j < i` (or `j ≤ i` with
/// the diagonal), each cell coloured by its value, with a colour key beside.
struct HeatMap: Picture {
    /// The column names, in order along both sides.
    var labels: [String]
    /// The value of the pair `(i, j)`, `i > j` (and `i == j` when `showsDiagonal`); NaN for
    /// pairs without a value (drawn grey).
    var value: (Int, Int) -> Double
    /// Whether cells on the diagonal are drawn.
    var showsDiagonal: Bool
    /// The colour scale.
    var ramp: ColorRamp
    /// The picture's title, for screen readers.
    var title: String
    /// What the values are, for the colour key and tooltips.
    var valueName: String

    /// Draws the SVG picture at the end of `sink`.
    ///
    /// - Complexity: O(n²) cells for n labels.
    func draw(into sink: ByteSink) {
        let count = labels.count
        let cell = count > 40 ? 11.0 : (count > 20 ? 14 : (count > 10 ? 18 : 30))
        let labelSpace = min(170, 14 + 6 * Double(labels.map(\.count).max() ?? 4))
        let fontSize = count > 40 ? 8.5 : 10
        let side = Double(max(1, showsDiagonal ? count : count - 1))
        let area = PlotArea(left: labelSpace, top: 12, width: cell * side, height: cell * side)
        var canvas = SVGCanvas(
            width: area.right + 80, height: area.bottom + labelSpace, title: title, into: sink)

        drawLabels(&canvas, area: area, cell: cell, fontSize: fontSize, space: labelSpace)
        drawCells(&canvas, area: area, cell: cell)
        drawKey(&canvas, x: area.right + 16, top: area.top, height: min(200, max(120, area.height)))
        canvas.finish()
    }

    /// The rows drawn (all, or all but the first without the diagonal).
    private var rows: Range<Int> {
        let start = showsDiagonal ? 0 : 1
        return start..<max(start, labels.count)
    }

    /// The columns drawn (all, or all but the last without the diagonal).
    private var columns: Range<Int> { 0..<max(0, showsDiagonal ? labels.count : labels.count - 1) }

    /// Draws the cells of every row. Cells with a value are drawn one by one, each with its
    /// tooltip; a run of neighbouring cells without one is drawn as one grey shape with one
    /// tooltip (a wide table's score map is mostly grey: ames has 2,398 such cells of 2,556).
    private func drawCells(_ canvas: inout SVGCanvas, area: PlotArea, cell: Double) {
        let writesValues = cell >= 30
        let shift = showsDiagonal ? 0 : 1
        let names = labels.map(Markup.escape)
        let valueName = Markup.escape(valueName)
        let rowParts = names.map { $0 + " × " }
        let columnParts = names.map { $0 + ": " + valueName + " " }
        for row in rows {
            let y = area.top + Double(row - shift) * cell
            var run: Range<Int>?
            for column in 0...row where column < row || showsDiagonal {
                let number = value(row, column)
                guard number.isFinite else {
                    run = (run?.lowerBound ?? column)..<(column + 1)
                    continue
                }
                if let empty = run {
                    drawEmptyRun(&canvas, row: row, columns: empty, y: y, area: area, cell: cell)
                    run = nil
                }
                let x = area.left + Double(column) * cell
                canvas.cell(
                    x: x, y: y, size: cell - 1, value: number, ramp: ramp,
                    tooltip: (rowParts[row], columnParts[column]))
                if writesValues {
                    canvas.text(
                        NumberText.fixed(number, 2), x: x + cell / 2 - 0.5, y: y + cell / 2 + 3,
                        anchor: .middle, size: 9, fill: ramp.isDark(number) ? "#fff" : "#222")
                }
            }
            if let empty = run {
                drawEmptyRun(&canvas, row: row, columns: empty, y: y, area: area, cell: cell)
            }
        }
    }

    /// Draws the cells of `row` at `columns`, which have no value, as one grey shape whose
    /// tooltip names the pairs.
    private func drawEmptyRun(
        _ canvas: inout SVGCanvas, row: Int, columns: Range<Int>, y: Double, area: PlotArea,
        cell: Double
    ) {
        let first = area.left + Double(columns.lowerBound) * cell
        var tooltip = labels[row] + " × " + labels[columns.lowerBound]
        if columns.count > 1 {
            tooltip += " … " + labels[columns.upperBound - 1]
            tooltip += " (\(columns.count) pairs): no " + valueName
        } else {
            tooltip += ": " + valueName + " —"
        }
        canvas.squares(
            x: first, y: y, count: columns.count, step: cell, size: cell - 1,
            fill: ramp.color(.nan), tooltip: tooltip)
    }

    private func drawLabels(
        _ canvas: inout SVGCanvas, area: PlotArea, cell: Double, fontSize: Double, space: Double
    ) {
        let limit = Int((space - 10) / (fontSize * 0.6))
        let shift = showsDiagonal ? 0 : 1
        for row in rows {
            let short = Markup.truncate(labels[row], to: limit)
            let middle = Double(row - shift) * cell + cell / 2
            canvas.text(
                short, x: area.left - 4, y: area.top + middle + fontSize * 0.35, anchor: .end,
                size: fontSize)
        }
        for column in columns {
            let short = Markup.truncate(labels[column], to: limit)
            let middle = Double(column) * cell + cell / 2
            canvas.text(
                short, x: area.left + middle + fontSize * 0.35, y: area.bottom + 4, anchor: .end,
                size: fontSize, rotate: -90)
        }
    }

    private func drawKey(_ canvas: inout SVGCanvas, x: Double, top: Double, height: Double) {
        guard let low = ramp.values.first, let high = ramp.values.last else { return }
        let steps = 40
        for step in 0..<steps {
            let share = Double(step) / Double(steps)
            let value = high - share * (high - low)
            canvas.rect(
                x: x, y: top + share * height, width: 14, height: height / Double(steps) + 0.5,
                fill: ramp.color(value))
        }
        canvas.text(NumberText.short(high), x: x + 18, y: top + 8, size: 10)
        canvas.text(NumberText.short(low), x: x + 18, y: top + height, size: 10)
        canvas.text(
            valueName, x: x + 7, y: top + height + 16, anchor: .middle, size: 10)
        canvas.rect(x: x, y: top + height + 24, width: 14, height: 10, fill: ramp.color(.nan))
        canvas.text("none", x: x + 18, y: top + height + 33, size: 10)
    }
}
