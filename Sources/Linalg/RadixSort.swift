// Linalg: sorting doubles in linear time by their bit patterns (KS statistics, beta fits).

/// Sorting of finite doubles by their bit patterns, least significant digit first.
///
/// Mapping each double to an unsigned key (flip every bit of a negative number, set the sign
/// bit of a positive one) makes unsigned order the numeric order, so six counting passes of
/// 11 bits sort the keys; a pass whose digit is the same for every key is skipped. On the
/// 53,940 carats of diamonds this takes about a third of the standard library's stable sort.
package enum RadixSort {
    /// Below this many values the standard sort is used (the digit tables would dominate).
    package static let threshold = 2_048

    private static let digitBits = 11
    private static let digitCount = 6

    /// `values` in ascending order (no NaN; infinities sort to the ends; −0 comes before +0,
    /// which compare equal anyway).
    ///
    /// - Complexity: O(n) with six passes (O(n log n) below ``threshold``).
    package static func sorted(_ values: [Double]) -> [Double] {
        guard values.count >= threshold else { return values.sorted() }
        var keys = values.map { value in
            let bits = value.bitPattern
            return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
        }
        var offsets = histograms(keys)
        var buffer = [UInt64](repeating: 0, count: keys.count)
        for pass in 0..<digitCount {
            guard cumulate(&offsets, pass: pass, total: keys.count) else { continue }
            scatter(keys, into: &buffer, offsets: &offsets, pass: pass)
            swap(&keys, &buffer)
        }
        return keys.map { key in
            Double(bitPattern: key >> 63 == 1 ? key & ~(1 << 63) : ~key)
        }
    }

    /// The counts of every digit value in every pass, pass after pass.
    private static func histograms(_ keys: [UInt64]) -> [Int] {
        let size = 1 << digitBits
        var counts = [Int](repeating: 0, count: size * digitCount)
        counts.withUnsafeMutableBufferPointer { counts in
            for key in keys {
                for pass in 0..<digitCount {
                    counts[pass * size + digit(key, pass)] += 1
                }
            }
        }
        return counts
    }

    /// Turns the counts of `pass` into starting offsets; `false` if one digit value holds
    /// every key (the pass would not move anything).
    private static func cumulate(_ offsets: inout [Int], pass: Int, total: Int) -> Bool {
        let size = 1 << digitBits
        var sum = 0
        var moves = true
        for index in (pass * size)..<((pass + 1) * size) {
            let count = offsets[index]
            if count == total { moves = false }
            offsets[index] = sum
            sum += count
        }
        return moves
    }

    /// Moves `keys` into `buffer` in the order of their digit of `pass`, stably.
    private static func scatter(
        _ keys: [UInt64], into buffer: inout [UInt64], offsets: inout [Int], pass: Int
    ) {
        let base = pass * (1 << digitBits)
        keys.withUnsafeBufferPointer { keys in
            buffer.withUnsafeMutableBufferPointer { buffer in
                offsets.withUnsafeMutableBufferPointer { offsets in
                    for key in keys {
                        let slot = base + digit(key, pass)
                        buffer[offsets[slot]] = key
                        offsets[slot] += 1
                    }
                }
            }
        }
    }

    private static func digit(_ key: UInt64, _ pass: Int) -> Int {
        Int(truncatingIfNeeded: (key >> UInt64(pass * digitBits)) & ((1 << digitBits) - 1))
    }
}
