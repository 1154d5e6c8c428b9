// ReportsTests: the plotting pieces: scales and ticks, escaping, colour ramps, row samples,
// drawn histograms, and the SVG they make.

import Foundation
import Metrics
import TestSupport
import Testing

@testable import Reports

@Suite struct PlottingTests {
    @Test(arguments: [
        (0.7, 1.0), (1.3, 2.0), (2.1, 5.0), (7.0, 10.0), (0.034, 0.05), (430.0, 500.0),
    ])
    func niceStepsAreOneTwoOrFiveTimesAPowerOfTen(rough: Double, expected: Double) {
        #expect(isClose(LinearScale.niceStep(rough), expected))
    }

    @Test func scaleWidensToRoundTicksAndMapsLinearly() {
        let scale = LinearScale(low: 4.3, high: 7.9, range: (0, 400), tickCount: 5)

        #expect(scale.domain == 4.0...8.0)
        #expect(scale.ticks.map(scale.tickLabel) == ["4", "5", "6", "7", "8"])
        #expect(scale(4) == 0)
        #expect(scale(6) == 200)
        #expect(scale(8) == 400)
    }

    @Test func invertedRangeServesYAxes() {
        let scale = LinearScale(low: 0, high: 0.23, range: (200, 0), tickCount: 5)

        #expect(
            scale.ticks.map(scale.tickLabel) == [
                "0.00", "0.05", "0.10", "0.15", "0.20",
                "0.25",
            ])
        #expect(scale(0) == 200)
        #expect(isClose(scale(0.25), 0))
    }

    @Test func degenerateDomainsStillDraw() {
        let constant = LinearScale(low: 5, high: 5, range: (0, 100))
        let empty = LinearScale(low: .nan, high: .infinity, range: (0, 100))

        #expect(constant.domain.lowerBound < 5 && constant.domain.upperBound > 5)
        #expect(empty.domain == 0...1)
        #expect(constant.ticks.count >= 2)
    }

    @Test func escapingCoversMarkupQuotesAndControlCharacters() {
        #expect(Markup.escape("plain") == "plain")
        #expect(Markup.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;")
        #expect(Markup.escape("x\u{1}y") == "x\u{FFFD}y")
        #expect(Markup.escape("tab\tnew\nline") == "tab\tnew\nline")
        #expect(Markup.escape("名前 ☃ é") == "名前 ☃ é")
        #expect(Markup.truncate("abcdefgh", to: 5) == "abcd…")
        #expect(Markup.truncate("abc", to: 5) == "abc")
    }

    @Test func colourRampsHitTheirStopsAndGreyForNaN() {
        #expect(ColorRamp.correlation.color(-1) == "#d55e00")
        #expect(ColorRamp.correlation.color(0) == "#f7f7f7")
        #expect(ColorRamp.correlation.color(1) == "#0072b2")
        #expect(ColorRamp.correlation.color(5) == "#0072b2")
        #expect(ColorRamp.score.color(.nan) == "#dddddd")
        #expect(ColorRamp.score.isDark(1))
        #expect(!ColorRamp.score.isDark(0))
    }

    @Test func longTailsFoldIntoTheEndBins() {
        let bulk = (0..<1000).map { Double($0 % 100) }
        let drawn = DrawnHistogram(real: bulk + [100_000], synthetic: bulk, binCount: 10)

        let range = try? #require(drawn.clippedRange)
        #expect(range == 0...99)
        #expect(drawn.histogram.edges.first == 0 && drawn.histogram.edges.last == 99)
        #expect(drawn.histogram.real.reduce(0, +) == 1001)
        #expect(drawn.histogram.real.last == 101)
        #expect(isClose(drawn.realOutside, 1 / 1001))
        #expect(drawn.syntheticOutside == 0)
    }

    @Test func compactDataKeepsItsFullRange() {
        let values = [1.0, 2, 3, 4, .nan]
        let drawn = DrawnHistogram(real: values, synthetic: [2, 3], binCount: 3)

        #expect(drawn.clippedRange == nil)
        #expect(drawn.histogram.edges == [1, 2, 3, 4])
        #expect(drawn.histogram.real == [1, 1, 2])
        #expect(drawn.histogram.synthetic == [0, 1, 1])
    }

    @Test func scatterDotsCostAFewBytesEachAndParse() throws {
        let xs = (0..<100).map(Double.init)
        let chart = ScatterChart(
            series: [
                ScatterSeries(
                    name: "Real", color: Palette.real, xs: xs, ys: xs.map { 2 * $0 },
                    line: (2, 0))
            ],
            xBounds: 0...99, yBounds: 0...198, xTitle: "x <in>", yTitle: "y & z", title: "t")
        let svg = chart.svg().text

        #expect(parseXML(svg).ok)
        #expect(svg.components(separatedBy: "h0").count - 1 == 100)
        #expect(svg.contains("x &lt;in&gt;"))
        #expect(svg.contains("y &amp; z"))
        #expect(svg.utf8.count < 100 * 12 + 6000)
    }

    @Test func heatMapDrawsOneCellPerPairBelowTheDiagonal() {
        let labels = ["a", "b", "c", "d"]
        let withoutDiagonal = HeatMap(
            labels: labels, value: { Double($0 + $1) / 10 }, showsDiagonal: false, ramp: .score,
            title: "scores", valueName: "score"
        ).svg().text
        let withDiagonal = HeatMap(
            labels: labels, value: { _, _ in 0.5 }, showsDiagonal: true, ramp: .correlation,
            title: "correlations", valueName: "correlation"
        ).svg().text

        #expect(parseXML(withoutDiagonal).ok && parseXML(withDiagonal).ok)
        #expect(withoutDiagonal.components(separatedBy: "<title>a × ").count - 1 == 0)
        #expect(withoutDiagonal.components(separatedBy: ": score ").count - 1 == 6)
        #expect(withDiagonal.components(separatedBy: ": correlation ").count - 1 == 10)
        #expect(withoutDiagonal.contains("<title>d × c: score 0.500</title>"))
    }

    @Test func heatMapDrawsARunOfCellsWithoutAValueAsOneShape() {
        // Row d: a and b have no value, c has one; row c: a alone has none.
        let map = HeatMap(
            labels: ["a", "b", "c", "d"],
            value: { row, column in
                (row, column) == (3, 2) || (row, column) == (2, 1) ? 0.75 : (row == 1 ? 0.5 : .nan)
            },
            showsDiagonal: false, ramp: .score, title: "scores", valueName: "score"
        ).svg().text

        #expect(parseXML(map).ok)
        #expect(map.contains("<title>d × a … b (2 pairs): no score</title>"))
        #expect(map.contains("<title>c × a: score —</title>"))
        #expect(map.contains("<title>d × c: score 0.750</title>"))
        #expect(map.contains("<title>b × a: score 0.500</title>"))
        // Two squares in one path for row d, one for row c.
        #expect(map.components(separatedBy: "<path d=\"").count - 1 == 2)
        #expect(map.components(separatedBy: "z").count - 1 >= 3)
    }

    @Test func heatMapCorrelationsAgreeWithTheMetricsRegression() {
        let xs: [Double] = [1, 2, 3, 4, 5, .nan, 7, 8]
        let ys: [Double] = [2, 1, 4, 3, 7, 9, .nan, 8]
        let reference = PairRegression(x: xs, y: ys).pearson

        // Both sum the same deviations over the same six complete rows; 1e-12 covers the
        // different order of the sums.
        #expect(isClose(PairData.pearson(xs, ys), reference))
        #expect(isClose(PairData.pearson([1, 2, 3], [2, 4, 6]), 1))
        #expect(PairData.pearson([1, 1, 1], [1, 2, 3]).isNaN)
        #expect(PairData.pearson([1], [1]).isNaN)
    }
}
