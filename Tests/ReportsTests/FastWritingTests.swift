// ReportsTests: the fast writing paths against the slow, obvious ones: numbers written as bytes,
// pixel rounding, deduplicated dots, values sorted once, line fits and reused correlations.

import Foundation
import Linalg
import Metrics
import TestSupport
import Testing

@testable import Reports

@Suite struct FastWritingTests {
    /// Values of every magnitude a picture meets, from a fixed SplitMix-style sequence.
    static let values: [Double] = {
        var state: UInt64 = 12_345
        var result: [Double] = [0, -0.0, 0.04, -0.04, 0.05, 1, -1, 9.96, 99.95, 1e11, -1e11]
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(state >> 11) / Double(1 << 53)
            let magnitude = [1.0, 10, 1000, 1e6][Int(state % 4)]
            result.append((unit - 0.3) * magnitude)
        }
        return result
    }()

    @Test func coordinateBytesMatchTheStringFormatter() {
        for value in Self.values + [.nan, .infinity, 1e13, -1e13] {
            let sink = ByteSink()
            sink.append(coordinate: value)
            #expect(sink.text == NumberText.coordinate(value))
        }
    }

    @Test func coordinatesMatchPrintfAwayFromTies() {
        // printf rounds the exact binary value; the coordinate rounds value × 10 half away
        // from zero. They agree wherever value × 10 is not within 1e-6 of a half.
        for value in Self.values where abs(value) < 1e9 {
            let tenths = abs(value * 10)
            guard abs(tenths - tenths.rounded(.down) - 0.5) > 1e-6 else { continue }
            var expected = String(format: "%.1f", value)
            if expected.hasSuffix(".0") { expected.removeLast(2) }
            if expected == "-0" { expected = "0" }
            #expect(NumberText.coordinate(value) == expected, "value \(value)")
        }
    }

    @Test(arguments: 0...6)
    func fixedMatchesPrintfAwayFromTies(digits: Int) {
        // As above: printf and `fixed` differ only where value · 10^digits is within a hair
        // of a half; the sign of a value that rounds to zero is dropped by `fixed`.
        let scale = [1.0, 10, 100, 1e3, 1e4, 1e5, 1e6][digits]
        for value in Self.values where abs(value) < 1e8 {
            let scaled = abs(value * scale)
            guard abs(scaled - scaled.rounded(.down) - 0.5) > 1e-6 else { continue }
            var expected = String(format: "%.\(digits)f", value)
            if scaled.rounded() == 0 && expected.hasPrefix("-") { expected.removeFirst() }
            #expect(NumberText.fixed(value, digits) == expected, "value \(value)")
        }
    }

    @Test(arguments: 0...6)
    func fixedBytesMatchTheStringFormatter(digits: Int) {
        let sink = ByteSink()
        for value in Self.values + [.nan, .infinity, -.infinity, 1e13, -1e16, -0.0004] {
            let start = sink.count
            sink.append(fixed: value, digits: digits)
            let written = String(decoding: sink.bytes[start...], as: UTF8.self)
            #expect(written == NumberText.fixed(value, digits), "value \(value)")
        }
    }

    @Test func scoresPercentsAndColoursAsBytesMatchTheirStrings() {
        for value in Self.values.prefix(2000) + [.nan, 0.99995, -0.00049] {
            let scores = ByteSink()
            scores.append(score: value / 1000)
            #expect(scores.text == NumberText.score(value / 1000))
            let percents = ByteSink()
            percents.append(percent: value / 1000)
            #expect(percents.text == NumberText.percent(value / 1000))
        }
        #expect(ColorRamp.correlation.color(0) == "#f7f7f7")
        #expect(ColorRamp.correlation.color(-2) == "#d55e00")
        #expect(ColorRamp.score.color(1) == "#084594")
        #expect(ColorRamp.score.color(.nan) == "#dddddd")
    }

    @Test func shortTrimsTrailingZeros() {
        #expect(NumberText.short(2.5) == "2.5")
        #expect(NumberText.short(1200) == "1200")
        #expect(NumberText.short(-0.00012) == "-0.00012")
        #expect(NumberText.short(-0.0) == "0")
        #expect(NumberText.short(3.14159) == "3.142")
    }

    @Test(arguments: [0, 7, 10, 99, 100, 12_345, -1, -100, Int.max, Int.min])
    func integerBytesMatchTheStandardLibrary(value: Int) {
        let sink = ByteSink()
        sink.append(integer: value)
        #expect(sink.text == String(value))
    }

    @Test func nearestPixelMatchesRoundingAwayFromHalves() {
        for value in Self.values where abs(value) < 1e9 {
            guard abs(abs(value) - abs(value).rounded(.down) - 0.5) > 1e-9 else { continue }
            #expect(SVGCanvas.nearest(value) == Int(value.rounded()), "value \(value)")
        }
        #expect(SVGCanvas.nearest(2.5) == 3)
        #expect(SVGCanvas.nearest(-2.5) == -2)
    }

    @Test func dotsOnTheSamePixelAreWrittenOnce() throws {
        let scale = LinearScale(low: 0, high: 100, range: (0, 100), tickCount: 5)
        var canvas = SVGCanvas(width: 100, height: 100, title: "dots")
        canvas.dots(
            xs: [10, 10.2, 10.4, 50, .nan, 50, 120], ys: [20, 20.3, 19.8, 50, 5, 50.4, 30],
            x: scale, y: scale, color: "#000")
        let svg = canvas.finished().text
        let path = try #require(svg.split(separator: "d=\"").last?.split(separator: "\"").first)

        #expect(path == "M10 20h0M50 50h0M120 30h0")
        #expect(parseXML(svg).ok)
    }

    @Test(arguments: [0, 1, 2, 2930])
    func rowOrderIsTheLinalgShuffle(count: Int) {
        var random = RandomSource(seed: 7)

        #expect(RowSample.order(count: count, seed: 7) == random.shuffled(Array(0..<count)))
    }

    @Test func sinkGrowsAndHandsOverItsBytes() {
        let sink = ByteSink(capacity: 8)
        var expected = ""
        for index in 0..<500 {
            sink.append(text: "é\(index)")
            sink.append(",")
            sink.append(integer: -index)
            expected += "é\(index),\(-index)"
        }

        #expect(sink.text == expected)
        #expect(sink.bytes == Array(expected.utf8))
        #expect(sink.takeBytes() == Array(expected.utf8))
        #expect(sink.count == 0 && sink.text.isEmpty)
    }

    @Test func summaryByHand() {
        let summary = ValueSummary([4, .nan, 1, 3, 2, .nan])

        #expect(summary.present.sorted() == [1, 2, 3, 4])
        #expect(summary.missingCount == 2)
        #expect(summary.mean == 2.5)
        #expect(isClose(summary.standardDeviation, (5.0 / 3).squareRoot()))
        #expect(summary.median == 2.5)
        #expect(summary.minimum == 1 && summary.maximum == 4)
        #expect(ValueSummary([7]).median == 7)
        #expect(ValueSummary([7]).standardDeviation.isNaN)
        #expect(ValueSummary([.nan]).median.isNaN && ValueSummary([]).minimum.isNaN)
        #expect(ValueSummary([5, 1, 9]).median == 5)
        #expect(ValueSummary([-.infinity, 1, 2, .infinity]).median == 1.5)
    }

    @Test(arguments: [1, 2, 3, 10, 999, 1000])
    func summaryMatchesTheMetricsSummary(count: Int) {
        let values = Self.values.prefix(count).enumerated().map { $0 % 7 == 3 ? .nan : $1 }
        let ours = ValueSummary(values)
        let theirs = NumericSummary(values)

        #expect(ours.count == theirs.count && ours.missingCount == theirs.missingCount)
        // Sums in a different order: equal to within rounding of ~1000 terms.
        #expect(isClose(ours.mean, theirs.mean, absolute: 1e-9, relative: 1e-9))
        #expect(isClose(ours.standardDeviation, theirs.standardDeviation, relative: 1e-9))
        #expect(isClose(ours.median, theirs.quartiles[1], relative: 1e-15))
        #expect(ours.minimum == theirs.minimum && ours.maximum == theirs.maximum)
    }

    @Test(arguments: [1, 2, 3, 8, 100, 777])
    func selectionFindsEveryRank(count: Int) {
        // Many repeated values (rounded to tens) as well as distinct ones.
        let distinct: [Double] = Array(Self.values.prefix(count))
        let repeated: [Double] = distinct.map { ($0 / 10).rounded() }
        let constant = [Double](repeating: 3, count: count)
        let increasing: [Double] = (0..<count).map(Double.init)
        let decreasing: [Double] = increasing.reversed()
        for values in [distinct, repeated, constant, increasing, decreasing] {
            let sorted = values.sorted()
            for rank in sorted.indices {
                var scratch = values
                #expect(ValueSummary.select(&scratch, rank: rank) == sorted[rank])
                #expect(scratch[..<rank].allSatisfy { $0 <= sorted[rank] })
                #expect(scratch[rank...].allSatisfy { $0 >= sorted[rank] })
            }
        }
    }

    @Test func lineFitMatchesPairRegression() {
        let xs = Self.values.prefix(500).enumerated().map { $0 % 11 == 0 ? .nan : $1 }
        let ys = xs.indices.map { 3 * xs[$0] - 2 + Self.values[$0 + 600] / 10 }
            .enumerated().map { $0 % 13 == 0 ? .nan : $1 }
        let ours = LineFit(x: xs, y: ys)
        let theirs = PairRegression(x: xs, y: ys)

        #expect(ours.count == theirs.count)
        for (a, b) in [
            (ours.covariance, theirs.covariance), (ours.pearson, theirs.pearson),
            (ours.slope, theirs.slope), (ours.intercept, theirs.intercept),
        ] {
            #expect(isClose(a, b, absolute: 1e-9, relative: 1e-9))
        }
        #expect(LineFit(x: [1], y: [2]).covariance.isNaN)
        #expect(LineFit(x: [1, 1, 1], y: [1, 2, 3]).slope.isNaN)
    }

    @Test(arguments: [3, 7, 1001])
    func standardizedDotProductsArePearson(count: Int) throws {
        let xs = Array(Self.values.prefix(count))
        let ys = xs.indices.map { xs[$0] * 0.3 + Self.values[$0 + 2000] }
        let r = try #require(
            PairData.Standardized.pearson(.init(xs), .init(ys)))

        // Two ways of summing the same products: equal to within rounding.
        #expect(isClose(r, PairData.pearson(xs, ys), absolute: 1e-12, relative: 1e-9))
        #expect(PairData.Standardized.pearson(.init(xs + [.nan]), .init(ys + [1])) == nil)
        #expect(PairData.Standardized([4, 4, 4]).unit == nil)
    }

    @Test func rowOrderIsASeededPermutation() {
        let order = RowSample.order(count: 1000, seed: 9)

        #expect(order.sorted() == Array(0..<1000))
        #expect(order == RowSample.order(count: 1000, seed: 9))
        #expect(order != RowSample.order(count: 1000, seed: 10))
        #expect(RowSample.order(count: 0, seed: 1).isEmpty)
        #expect(RowSample.order(count: 1, seed: 1) == [0])
    }

    @Test func pairSamplesTakeCompleteRowsInOrder() {
        let xs: [Double] = [0, 1, .nan, 3, 4]
        let ys: [Double] = [10, 11, 12, .nan, 14]
        let sample = PageWriter.sample(xs, ys, order: [4, 3, 2, 1, 0], limit: 2)

        #expect(sample.0 == [4, 1])
        #expect(sample.1 == [14, 11])
    }

    @Test func reusedCorrelationsEqualPearsonOfCompleteRows() throws {
        let rendered = try RenderedPage(golden: "iris")
        let pairs = PairData(page: rendered.page)

        #expect(pairs.correlations.count == 6)
        for (key, value) in pairs.correlations {
            let x = try #require(pairs.values[pairs.continuous[key.first].name])
            let y = try #require(pairs.values[pairs.continuous[key.second].name])
            #expect(isClose(value.real, PairData.pearson(x.real, y.real), relative: 1e-9))
            #expect(
                isClose(value.synthetic, PairData.pearson(x.synthetic, y.synthetic), relative: 1e-9)
            )
        }
    }
}
