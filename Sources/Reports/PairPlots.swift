// Reports: scatter and regression plots of the numerical pairs with the strongest real
// correlation, real beside synthetic.

import Metrics

/// The pairs the page plots, strongest real correlation first, and the rows drawn of each
/// table (the same random sample for every pair).
struct PairPlotPlan: Sendable {
    /// The pairs plotted, in order.
    let chosen: [PairData.PairKey]
    /// The number of numerical pairs, plotted or not.
    let total: Int
    /// A seeded random order of the rows of each table.
    let orders: (real: [Int], synthetic: [Int])

    /// The plan for `page`'s pairs.
    init(pairs: PairData, page: EvaluationPage) {
        total = pairs.correlations.count
        chosen = total > 0 ? pairs.strongestPairs(limit: page.options.maxPairPlots) : []
        let seed = page.options.seed
        orders = (
            real: total > 0 ? RowSample.order(count: page.real.rowCount, seed: seed) : [],
            synthetic: total > 0
                ? RowSample.order(count: page.synthetic.rowCount, seed: seed &+ 1) : []
        )
    }
}

extension PageWriter {
    /// Writes the introduction to the pair plots: what is drawn, and an index of the pairs
    /// (nothing without numerical pairs).
    mutating func writePairPlotsIntroduction(_ pairs: PairData, _ plan: PairPlotPlan) {
        let (chosen, total) = (plan.chosen, plan.total)
        guard total > 0 else { return }

        let pairCount = NumberText.grouped(total)
        output += "<h3>Numerical pairs</h3><p>"
        if chosen.count < total {
            output += "Scatter and regression plots for the \(chosen.count) of \(pairCount) "
            output += "pairs of numerical columns with the strongest real correlation (to keep "
            output += "the page quick to make and to open; every pair's correlations are in the "
            output += "heat maps and the table above). To draw every pair, run "
            output += "<code>facsimile evaluate</code> with <code>--pair-plots all</code> "
            output += "(or set <code>maxPairPlots</code> of "
            output += "<code>EvaluationPage.Options</code> to \(total) or more). "
        } else {
            output += "Scatter and regression plots for all \(pairCount) pairs of numerical "
            output += "columns. "
        }
        let points = NumberText.grouped(page.options.maxScatterPoints)
        output += "Each scatter plot shows at most \(points) rows of each table, drawn at random "
        output += "(seeded).</p>"
        output += "<div class=\"index\"><label class=\"filter\" hidden>Filter pairs <input "
        output += "type=\"search\" data-filter=\"pair-list\"></label>"
        output += "<ul id=\"pair-list\" class=\"column-list\">"
        for (index, key) in chosen.enumerated() {
            let name = pairName(pairs, key)
            output += "<li data-name=\"" + Markup.escape(name.lowercased()) + "\"><a href=\"#pair-"
            output += String(index) + "\">" + Markup.escape(name) + "</a></li>"
        }
        output += "</ul></div>"
    }

    /// Writes the plots of the plan's pair `index`: scatter and regression, real beside
    /// synthetic.
    mutating func writePairPlot(_ pairs: PairData, _ plan: PairPlotPlan, index: Int) {
        writePair(pairs, plan.chosen[index], index: index, orders: plan.orders)
    }

    private func pairName(_ pairs: PairData, _ key: PairData.PairKey) -> String {
        pairs.continuous[key.first].name + " × " + pairs.continuous[key.second].name
    }

    private mutating func writePair(
        _ pairs: PairData, _ key: PairData.PairKey, index: Int,
        orders: (real: [Int], synthetic: [Int])
    ) {
        guard let relation = pairs.relation(key),
            let x = pairs.values[pairs.continuous[key.first].name],
            let y = pairs.values[pairs.continuous[key.second].name]
        else { return }
        let (xName, yName) = (pairs.continuous[key.first].name, pairs.continuous[key.second].name)
        output += "<details class=\"pair\" id=\"pair-" + String(index) + "\""
        output += index == 0 ? " open><summary>" : "><summary>"
        output += Markup.escape(pairName(pairs, key)) + " <span class=\"small\">r real "
        output += NumberText.score(relation.real.pearson) + ", synthetic "
        output += NumberText.score(relation.synthetic.pearson) + "</span></summary>"
        output += "<div class=\"side\">"

        let bounds = (x: Self.bounds(x.real, x.synthetic), y: Self.bounds(y.real, y.synthetic))
        let limit = page.options.maxScatterPoints
        let real = Self.sample(x.real, y.real, order: orders.real, limit: limit)
        let synthetic = Self.sample(x.synthetic, y.synthetic, order: orders.synthetic, limit: limit)
        let panels = [
            ("Real", Palette.real, real, relation.real),
            ("Synthetic", Palette.synthetic, synthetic, relation.synthetic),
        ]
        for (name, color, points, regression) in panels {
            output += "<figure>"
            output += ScatterChart(
                series: [ScatterSeries(name: name, color: color, xs: points.0, ys: points.1)],
                xBounds: bounds.x, yBounds: bounds.y, xTitle: xName, yTitle: yName,
                title: "\(name) rows: \(yName) against \(xName)"
            )
            output += "<figcaption>" + name + ": covariance "
            output += Markup.escape(NumberText.short(regression.covariance)) + "</figcaption>"
            output += "</figure>"
        }
        writeRegression(relation, bounds: bounds, names: (xName, yName), points: (real, synthetic))
        output += "</div></details>"
    }

    private mutating func writeRegression(
        _ relation: PairData.PairRelation, bounds: (x: ClosedRange<Double>, y: ClosedRange<Double>),
        names: (String, String), points: (([Double], [Double]), ([Double], [Double]))
    ) {
        let few = { (sample: ([Double], [Double])) -> ([Double], [Double]) in
            (Array(sample.0.prefix(400)), Array(sample.1.prefix(400)))
        }
        let (real, synthetic) = (few(points.0), few(points.1))
        output += "<figure>"
        output += ScatterChart(
            series: [
                ScatterSeries(
                    name: "Real", color: Palette.real, xs: real.0, ys: real.1,
                    line: (relation.real.slope, relation.real.intercept)),
                ScatterSeries(
                    name: "Synthetic", color: Palette.synthetic, xs: synthetic.0,
                    ys: synthetic.1,
                    line: (relation.synthetic.slope, relation.synthetic.intercept)),
            ],
            xBounds: bounds.x, yBounds: bounds.y, xTitle: names.0, yTitle: names.1,
            title: "Least-squares lines of \(names.1) on \(names.0), real and synthetic",
            dotSize: 2.5, dotOpacity: 0.35
        )
        output += "<figcaption>Regression: real r " + NumberText.score(relation.real.pearson)
        output += ", R² " + NumberText.score(relation.real.rSquared) + "; synthetic r "
        output += NumberText.score(relation.synthetic.pearson) + ", R² "
        output += NumberText.score(relation.synthetic.rSquared) + "</figcaption></figure>"
        let rows = [relation.real, relation.synthetic].enumerated().map { side, line in
            [
                HTMLCell.text(side == 0 ? "Real" : "Synthetic"), .number(String(line.count)),
                .number(NumberText.short(line.covariance)), .number(NumberText.score(line.pearson)),
                .number(NumberText.short(line.slope)), .number(NumberText.short(line.intercept)),
                .number(NumberText.score(line.rSquared)),
            ]
        }
        HTMLTable(
            caption: "Linear relation of \(names.1) on \(names.0)",
            headers: ["", "Rows", "Covariance", "Pearson r", "Slope", "Intercept", "R²"],
            rows: rows
        ).write(to: &output)
    }

    /// At most `limit` complete rows of `(xs, ys)`, the first ones in `order` (a seeded random
    /// order of the table's rows), so any prefix of the result is itself a random sample.
    ///
    /// - Complexity: O(limit + skipped incomplete rows).
    static func sample(_ xs: [Double], _ ys: [Double], order: [Int], limit: Int)
        -> ([Double], [Double])
    {
        var (chosenX, chosenY) = ([Double](), [Double]())
        chosenX.reserveCapacity(min(limit, order.count))
        chosenY.reserveCapacity(min(limit, order.count))
        for row in order where row < xs.count && row < ys.count {
            guard chosenX.count < limit else { break }
            let (x, y) = (xs[row], ys[row])
            guard x.isFinite, y.isFinite else { continue }
            chosenX.append(x)
            chosenY.append(y)
        }
        return (chosenX, chosenY)
    }

    /// The smallest and largest finite values of two samples together (0...1 when none).
    static func bounds(_ first: [Double], _ second: [Double]) -> ClosedRange<Double> {
        var low = Double.infinity
        var high = -Double.infinity
        for value in first where value.isFinite {
            (low, high) = (min(low, value), max(high, value))
        }
        for value in second where value.isFinite {
            (low, high) = (min(low, value), max(high, value))
        }
        return low <= high ? low...high : 0...1
    }
}
