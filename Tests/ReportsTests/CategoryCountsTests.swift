// ReportsTests: category counts from codes against the Metrics statistics they stand in for.

import Foundation
import Metrics
import Tabular
import TestSupport
import Testing

@testable import Reports

@Suite struct CategoryCountsTests {
    @Test(arguments: ["iris", "credit", "ames"])
    func goldenColumnsMatchTheMetricsStatistics(name: String) throws {
        let folder = Fixtures.url("golden/\(name)")
        let real = try CSVReader().read(contentsOf: folder.appendingPathComponent("real.csv"))
        let synthetic = try CSVReader().read(
            contentsOf: folder.appendingPathComponent("synthetic.csv"))
        var compared = 0
        for column in real.columns {
            guard case .category = column.data, let other = synthetic[column.name] else {
                continue
            }
            let ours = CategoryCounts(real: column, synthetic: other)
            let theirs = CategoryColumnStatistics(real: column, synthetic: other)

            #expect(ours.categories == theirs.categories, "\(column.name)")
            #expect(ours.real == theirs.real && ours.synthetic == theirs.synthetic)
            #expect(ours.realMissing == theirs.realMissing)
            #expect(ours.syntheticMissing == theirs.syntheticMissing)
            #expect(ours.realMode == theirs.realMode && ours.syntheticMode == theirs.syntheticMode)
            compared += 1
        }
        #expect(compared > 0)
    }

    @Test func aColumnWithoutValuesAndOneWithManyMatchTheMetricsStatistics() {
        let empty = Column(name: "c", data: .category(CategoryColumn(values: [nil, nil, nil])))
        let full = Column(
            name: "c", data: .category(CategoryColumn(values: ["b", nil, "a", "b", "c", "a"])))
        for (real, synthetic) in [(empty, full), (full, empty), (empty, empty)] {
            let ours = CategoryCounts(real: real, synthetic: synthetic)
            let theirs = CategoryColumnStatistics(real: real, synthetic: synthetic)

            #expect(ours.categories == theirs.categories)
            #expect(ours.real == theirs.real && ours.synthetic == theirs.synthetic)
            #expect(ours.realMissing == theirs.realMissing)
            #expect(ours.syntheticMissing == theirs.syntheticMissing)
        }
        #expect(CategoryCounts(real: full, synthetic: empty).categories == ["b", "a", "c"])
    }

    @Test(arguments: ["credit", "ames"])
    func goldenNumberColumnsMatchTheMetricsStatistics(name: String) throws {
        let folder = Fixtures.url("golden/\(name)")
        let real = try CSVReader().read(contentsOf: folder.appendingPathComponent("real.csv"))
        let synthetic = try CSVReader().read(
            contentsOf: folder.appendingPathComponent("synthetic.csv"))
        var compared = 0
        for column in real.columns {
            guard case .number = column.data, let other = synthetic[column.name] else {
                continue
            }
            let ours = CategoryCounts(real: column, synthetic: other)
            let theirs = CategoryColumnStatistics(real: column, synthetic: other)

            #expect(ours.categories == theirs.categories, "\(column.name)")
            #expect(ours.real == theirs.real && ours.synthetic == theirs.synthetic)
            #expect(ours.realMissing == theirs.realMissing)
            #expect(ours.syntheticMissing == theirs.syntheticMissing)
            compared += 1
        }
        #expect(compared > 0)
    }

    @Test func wholeNumberCodesAreCountedLikeMetricsDoes() {
        let real = Column(
            name: "n", data: .number(NumberColumn(values: [3, -2, 3, 0, 7], isMissing: nil)))
        let synthetic = Column(
            name: "n",
            data: .number(
                NumberColumn(values: [9, 3, -0.0, 1], isMissing: [false, false, false, true])))
        let ours = CategoryCounts(real: real, synthetic: synthetic)
        let theirs = CategoryColumnStatistics(real: real, synthetic: synthetic)

        #expect(ours.categories == ["3", "-2", "0", "7", "9"])
        #expect(ours.categories == theirs.categories)
        #expect(ours.real == [2, 1, 1, 1, 0] && ours.synthetic == [1, 0, 1, 0, 1])
        #expect(ours.real == theirs.real && ours.synthetic == theirs.synthetic)
        #expect(ours.syntheticMissing == 1 && theirs.syntheticMissing == 1)
    }

    @Test func levelsAreMatchedByLabelInOrderOfFirstAppearance() {
        let real = Column(
            name: "c", data: .category(CategoryColumn(values: ["b", nil, "a", "b", "ü"])))
        let synthetic = Column(
            name: "c",
            data: .category(CategoryColumn(levels: ["z", "a", "b", "q"], codes: [1, 0, -1, 0, 2])))
        let counts = CategoryCounts(real: real, synthetic: synthetic)

        #expect(counts.categories == ["b", "a", "ü", "a", "z"].uniqued())
        #expect(counts.real == [2, 1, 1, 0])
        #expect(counts.synthetic == [1, 1, 0, 2])
        #expect(counts.realMissing == 1 && counts.syntheticMissing == 1)
        #expect(counts.realMode == "b" && counts.syntheticMode == "z")
        #expect(counts.realFrequencies == [0.5, 0.25, 0.25, 0])
    }

    @Test func emptyColumnsHaveNoModeAndUndefinedShares() {
        let empty = Column(name: "e", data: .category(CategoryColumn(values: [nil, nil])))
        let counts = CategoryCounts(real: empty, synthetic: empty)

        #expect(counts.categories.isEmpty && counts.realMode == nil)
        #expect(counts.realMissing == 2)
    }
}

extension Array where Element == String {
    /// The elements without repeats, in order of first appearance.
    fileprivate func uniqued() -> [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}
