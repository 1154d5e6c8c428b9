// Metrics: sorting Doubles in linear time by their bit patterns.

/// A least-significant-digit radix sort of `Double`s, byte by byte.
///
/// Each value's bits are mapped to an unsigned key whose order is the numeric order (flip all
/// bits of negatives, the sign bit of the rest), then the keys are sorted by eight counting
/// passes, skipping the bytes where every key agrees. −0.0 sorts before +0.0, which compare
/// equal anyway.
enum RadixSort {
    /// `values` sorted ascending; the values must not be NaN.
    ///
    /// - Complexity: O(n) time and memory.
    static func sorted(_ values: [Double]) -> [Double] {
        guard values.count > 64 else { return values.sorted() }
        var keys = values.map { key($0) }
        var scratch = keys
        var counts = [Int](repeating: 0, count: 256)
        for shift in stride(from: 0, to: 64, by: 8) {
            let first = (keys[0] >> UInt64(shift)) & 0xFF
            guard keys.contains(where: { ($0 >> UInt64(shift)) & 0xFF != first }) else {
                continue
            }
            for index in counts.indices { counts[index] = 0 }
            for key in keys { counts[Int((key >> UInt64(shift)) & 0xFF)] += 1 }
            var total = 0
            for index in counts.indices {
                let count = counts[index]
                counts[index] = total
                total += count
            }
            for key in keys {
                let bucket = Int((key >> UInt64(shift)) & 0xFF)
                scratch[counts[bucket]] = key
                counts[bucket] += 1
            }
            swap(&keys, &scratch)
        }
        return keys.map { value($0) }
    }

    private static func key(_ value: Double) -> UInt64 {
        let bits = value.bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    private static func value(_ key: UInt64) -> Double {
        Double(bitPattern: key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key)
    }
}
