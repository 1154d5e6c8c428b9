// SynthesizersTests: the beta fit: shapes against scipy, support ends by minimum distance.

import Foundation
import Linalg
import TestSupport
import Testing

@testable import Synthesizers

// Expected figures: scipy 1.17.1. A candidate's shapes are
// `stats.beta.fit(x, floc=loc, fscale=scale)`; the chosen margins come from a Python mirror
// of `BetaFit.fit` (same checkpoints, grid, starting margins, sweeps and required gain) whose
// candidates are scored with `stats.beta.cdf`.
@Suite("Beta fit")
struct BetaFitTests {
    @Test func shapesMatchScipyOnAFixedSupport() throws {
        let values = try fixtureNumbers("beta4000.txt")
        let summary = Summary(values)
        // The support 1 % of the range beyond the data at both ends.
        let loc = 2.9836385364152846
        let scale = 8.826728208151135
        #expect(isClose(summary.minimum - summary.range / 100, loc, absolute: 1e-12))
        let shapes = try #require(
            BetaFit.shapes(SortedSample(values), summary, loc: loc, scale: scale))
        // scipy's solver stops near 1e-5 relative.
        #expect(isClose(shapes.a, 1.9542947490004683, absolute: 0, relative: 1e-4))
        #expect(isClose(shapes.b, 3.941314014050815, absolute: 0, relative: 1e-4))
    }

    @Test func aSmallGainKeepsTheStartingSupport() throws {
        let values = try fixtureNumbers("beta4000.txt")
        // Mirror: the best margins, 0.003 below and 0.1 above, bring the distance from
        // 0.01499582686412615 to 0.007592236224007509, a gain of 0.468 / √n: under the 0.5
        // required, so the fit keeps 1 % at both ends.
        expect(
            Marginal.fitting(.beta, to: values),
            a: 1.9542947490004683, b: 3.941314014050815,
            loc: 2.9836385364152846, scale: 8.826728208151135)
    }

    @Test func aJShapedColumnKeepsItsLowerEndAtTheData() {
        // Beta(0.5, 1) quantiles at (i − ½)/n: its density is unbounded at 0.
        let values = (1...2_000).map { index in
            let u = (Double(index) - 0.5) / 2_000
            return u * u
        }
        // Mirror: lower margin 1e-4, upper 0.01; distance 0.0581 → 0.0081, a gain of 2.24 / √n.
        expect(
            Marginal.fitting(.beta, to: values),
            a: 0.5202247902181024, b: 1.0626396129430928,
            loc: -9.988750000000001e-05, scale: 1.00959495)
    }

    @Test func aColumnOfManyZerosKeepsItsLowerEndFarBelow() {
        // Half zeros, half evenly spread on (0, 1): clipping the mass below 0 rebuilds the atom.
        let values =
            [Double](repeating: 0, count: 1_000)
            + (1...1_000).map { (Double($0) - 0.5) / 1_000 }
        // Mirror: lower margin 0.1, upper 1e-4; distance 0.3078 → 0.2896, a gain of 0.82 / √n.
        expect(
            Marginal.fitting(.beta, to: values),
            a: 0.7456683628151048, b: 1.3488960951795086,
            loc: -0.09995000000000001, scale: 1.09954995)
    }

    @Test func theChosenSupportIsNoFartherThanTheStartingOne() throws {
        for name in ["beta4000.txt", "gamma5000.txt"] {
            let values = try fixtureNumbers(name)
            let sample = SortedSample(values)
            let summary = Summary(values)
            #expect(BetaFit.margins[BetaFit.startingIndex] == 0.01)
            let search = BetaFit.Search(sample: sample, summary: summary)
            let start = try #require(
                search.candidate(lower: BetaFit.startingIndex, upper: BetaFit.startingIndex))
            let fitted = Marginal.fitting(.beta, to: values)
            let distance = sample.clippedDistance { fitted.cdf($0) }.distance
            #expect(distance <= start.distance, "\(name)")
            guard case .beta(_, _, let loc, let scale) = fitted else {
                Issue.record("\(name): beta fit fell back")
                continue
            }
            // The ends lie on the grid: between 1e-4 and 10 % of the range outside the data
            // (up to rounding).
            let widest = 0.1 * summary.range * (1 + 1e-12)
            #expect(loc < summary.minimum && loc >= summary.minimum - widest)
            let top = loc + scale
            #expect(top > summary.maximum && top <= summary.maximum + widest)
        }
    }

    @Test func twoDistinctValuesStillFit() {
        let fitted = Marginal.fitting(.beta, to: [1, 1, 1, 2])
        #expect(fitted.family == .beta)
        #expect(fitted.cdf(1.5).isFinite)
    }

    private func expect(
        _ fitted: Marginal, a: Double, b: Double, loc: Double, scale: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard case .beta(let fittedA, let fittedB, let fittedLoc, let fittedScale) = fitted else {
            Issue.record("beta fit fell back", sourceLocation: sourceLocation)
            return
        }
        #expect(isClose(fittedLoc, loc, absolute: 1e-12), sourceLocation: sourceLocation)
        #expect(isClose(fittedScale, scale, absolute: 1e-12), sourceLocation: sourceLocation)
        // scipy's solver stops near 1e-5 relative.
        #expect(isClose(fittedA, a, absolute: 0, relative: 1e-4), sourceLocation: sourceLocation)
        #expect(isClose(fittedB, b, absolute: 0, relative: 1e-4), sourceLocation: sourceLocation)
    }
}

@Suite("Sorted samples")
struct SortedSampleTests {
    @Test func distinctValuesAndCounts() {
        let sample = SortedSample([3, 1, 2, 2, 3, 3])
        #expect(sample.values == [1, 2, 3])
        #expect(sample.counts == [1, 2, 3])
        #expect(sample.checkpoints.map(\.value) == [1, 2, 3])
        let sixths: [Double] = [0, 1, 3, 6].map { $0 / 6 }
        #expect(sample.checkpoints.map(\.below) == Array(sixths[0..<3]))
        #expect(sample.checkpoints.map(\.atOrBelow) == Array(sixths[1...]))
    }

    @Test func checkpointsAreBoundedAndKeepTheEnds() {
        let sample = SortedSample((0..<10_000).map { Double($0) })
        #expect(sample.checkpoints.count == SortedSample.checkpointLimit)
        #expect(sample.checkpoints.first?.value == 0)
        #expect(sample.checkpoints.last?.value == 9_999)
        #expect(sample.checkpoints.last?.atOrBelow == 1)
    }

    @Test func clippedDistanceCountsTheAtomsAtTheEnds() {
        // Sample {1, 2, 2, 3}; Uniform(0, 4) clipped to [1, 3] has atoms of ¼ at 1 and at 3.
        let sample = SortedSample([1, 2, 2, 3])
        let uniform = Marginal.uniform(loc: 0, scale: 4)
        // At 2: model ½ against ¼ below and ¾ at or below; at 1 and 3 the atoms match.
        #expect(sample.clippedDistance { uniform.cdf($0) }.distance == 0.25)
        // Uniform(1, 3) has no atoms: at 1 it jumps 0 → 0, against ¼.
        let inside = Marginal.uniform(loc: 1, scale: 2)
        #expect(sample.clippedDistance { inside.cdf($0) }.distance == 0.25)
    }
}
