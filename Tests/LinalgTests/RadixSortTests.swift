// LinalgTests: the radix sort of doubles agrees with the standard library's sort.

import Linalg
import Testing

@Suite("Radix sort")
struct RadixSortTests {
    @Test(arguments: [0, 1, 2, 100, 2_048, 50_000])
    func agreesWithTheStandardSort(count: Int) {
        var random = RandomSource(seed: 11)
        let values = (0..<count).map { index -> Double in
            switch index % 4 {
            case 0: return (random.uniformOpen() - 0.5) * 1e6
            case 1: return (random.uniformOpen() * 100).rounded() / 10
            case 2: return -random.uniformOpen() * 1e-300
            default: return Double(index % 7) - 3
            }
        }
        #expect(RadixSort.sorted(values) == values.sorted())
    }

    @Test func extremesAndSignedZeros() {
        let extremes: [Double] = [
            .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude, -0.0,
            .infinity, -.infinity,
        ]
        let values = extremes + [Double](repeating: 0, count: RadixSort.threshold)
        let sorted = RadixSort.sorted(values)
        #expect(sorted.first == -.infinity && sorted[1] == -.greatestFiniteMagnitude)
        #expect(sorted.last == .infinity && sorted[sorted.count - 2] == .greatestFiniteMagnitude)
        #expect(sorted[sorted.count - 3] == .leastNonzeroMagnitude)
        #expect(sorted == values.sorted())
    }
}
