// MetadataTests: learning the decimal places numbers are rounded to.

import Metadata
import Testing

@Suite("Rounding digits")
struct RoundingDigitsTests {
    @Test(
        "the reference's examples and edge cases",
        arguments: [
            ([1.25, 2.5, 4.75], Int?.some(2)),
            ([1, 2, 3], 0),
            ([0.1 + 0.2, 1], nil),
            ([123_456.789, 1.5], 3),
            ([1e-7, 2e-7], 7),
            ([], nil),
            ([.nan, .infinity], nil),
            ([.nan, 2.5], 1),
            ([0, 0], 0),
            ([-3.125], 3),
            ([1e300], 0),
            ([1e15 + 0.5], nil),
            ([0.1234567890123456], nil),
            ([0.123456789012345], 15),
        ]
    )
    func learn(values: [Double], expected: Int?) {
        #expect(RoundingDigits.learn(from: values) == expected)
    }

    @Test("rounding multiplies, rounds half to even and divides, as numpy does")
    func round() {
        #expect(RoundingDigits.round(2.5, decimals: 0) == 2)
        #expect(RoundingDigits.round(3.5, decimals: 0) == 4)
        #expect(RoundingDigits.round(1.005, decimals: 2) == 1.0)
        #expect(RoundingDigits.round(0.125, decimals: 2) == 0.12)
    }
}
