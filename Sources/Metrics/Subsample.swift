// Metrics: drawing rows without replacement, and the small seeded generator that draws them.

/// Rows drawn at random without replacement.
enum Subsample {
    /// `count` distinct row indices out of `rowCount`, by a partial Fisher–Yates shuffle.
    static func rows(
        _ count: Int, of rowCount: Int, _ generator: inout some RandomNumberGenerator
    ) -> [Int] {
        precondition(
            (0...rowCount).contains(count), "Subsample: \(count) rows out of \(rowCount)")
        var indices = Array(0..<rowCount)
        for position in 0..<count {
            let pick = Int.random(in: position..<rowCount, using: &generator)
            indices.swapAt(position, pick)
        }
        return Array(indices.prefix(count))
    }
}

/// SplitMix64 (Steele, Lea and Flood, *Fast splittable pseudorandom number generators*, 2014):
/// a small, fast generator, fully determined by its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator whose stream is fixed by `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
