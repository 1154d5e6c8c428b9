// ReportsTests: numbers written for labels and coordinates.

import Testing

@testable import Reports

@Suite struct NumberTextTests {
    @Test func fixedRoundsAndPads() {
        #expect(NumberText.fixed(3.14159, 2) == "3.14")
        #expect(NumberText.fixed(-0.05, 1) == "-0.1")
        #expect(NumberText.fixed(2.5, 0) == "3")
        #expect(NumberText.fixed(1.005, 3) == "1.005")
        #expect(NumberText.fixed(0.04, 3) == "0.040")
        #expect(NumberText.fixed(-0.0001, 2) == "0.00")
        #expect(NumberText.fixed(.nan, 2) == "NaN")
    }

    @Test func shortKeepsFourSignificantDigits() {
        #expect(NumberText.short(1234.5678) == "1235")
        #expect(NumberText.short(5.8433) == "5.843")
        #expect(NumberText.short(0.5) == "0.5")
        #expect(NumberText.short(0.0026812) == "0.002681")
        #expect(NumberText.short(-0.123456) == "-0.1235")
        #expect(NumberText.short(12_345_678) == "1.23e7")
        #expect(NumberText.short(0.00001234) == "1.23e-5")
        #expect(NumberText.short(.nan) == "—")
    }

    @Test func percentAndTicks() {
        #expect(NumberText.percent(0.8734) == "87.3%")
        #expect(NumberText.percent(.nan) == "—")
        #expect(NumberText.tick(0.30000000000000004, step: 0.1) == "0.3")
        #expect(NumberText.tick(2000, step: 500) == "2000")
        #expect(NumberText.tick(-0.0, step: 0.5) == "0.0")
        #expect(NumberText.tick(-1e-17, step: 0.5) == "0.0")
    }

    @Test(arguments: [
        (12.34, "12.3"), (-12.36, "-12.4"), (-0.5, "-0.5"), (-0.04, "0"), (7.0, "7"),
        (0.05, "0.1"), (1e13, "10000000000000.0"),
    ])
    func coordinatesHaveOneDecimalAtMost(value: Double, expected: String) {
        #expect(NumberText.coordinate(value) == expected)
    }

    @Test func groupedCountsHaveThousandsSeparators() {
        #expect(NumberText.grouped(0) == "0")
        #expect(NumberText.grouped(999) == "999")
        #expect(NumberText.grouped(2930) == "2,930")
        #expect(NumberText.grouped(-1_234_567) == "-1,234,567")
    }
}
