// Synthesizers: the seeded, splittable random generator every fit and sample draws from.

import Foundation

/// A seeded random generator (xoshiro256** seeded through SplitMix64) that can be split into
/// independent streams and saved as four words.
///
/// Fitting and sampling take one explicitly; nothing in the module uses global random state.
/// Internal to this module's needs until the Linalg module's `RandomSource` lands; the state
/// is small and saved in model files so a loaded model continues the same stream.
public struct SeededRandom: RandomNumberGenerator, Sendable, Equatable {
    /// The four state words.
    public private(set) var state: (UInt64, UInt64, UInt64, UInt64)

    /// Creates a generator from a seed; equal seeds give equal streams.
    public init(seed: UInt64) {
        var mixer = seed
        state = (
            Self.splitMix(&mixer), Self.splitMix(&mixer), Self.splitMix(&mixer),
            Self.splitMix(&mixer)
        )
    }

    /// Restores a generator from saved state words (not all zero).
    public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        let allZero = state.0 | state.1 | state.2 | state.3 == 0
        self.state = allZero ? (1, 2, 3, 4) : state
    }

    /// Whether two generators are in the same state.
    public static func == (lhs: SeededRandom, rhs: SeededRandom) -> Bool {
        lhs.state == rhs.state
    }

    private static func splitMix(_ value: inout UInt64) -> UInt64 {
        value &+= 0x9E37_79B9_7F4A_7C15
        var mixed = value
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, by: 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotate(state.3, by: 45)
        return result
    }

    private func rotate(_ value: UInt64, by amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }

    /// An independent generator for stream `stream`, derived from this one without advancing it.
    ///
    /// Used to give every column its own stream, so that one column's draws do not shift another's.
    public func split(_ stream: UInt64) -> SeededRandom {
        var mixer = state.0 ^ (state.2 &* 0x9E37_79B9_7F4A_7C15) ^ (stream &* 0xD1B5_4A32_D192_ED03)
        _ = Self.splitMix(&mixer)
        return SeededRandom(seed: Self.splitMix(&mixer) ^ state.3)
    }

    /// A uniform draw in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform draw in the open interval (0, 1).
    public mutating func openUniform() -> Double {
        (Double(next() >> 12) + 0.5) * 0x1.0p-52
    }

    /// A standard normal draw (Box–Muller, both halves used through a cached pair is avoided so
    /// the state stays four words: one normal per two uniforms).
    public mutating func normal() -> Double {
        let radius = (-2 * log(openUniform())).squareRoot()
        return radius * cos(2 * Double.pi * uniform())
    }

    /// Fills `buffer` with standard normal draws, using both Box–Muller outputs.
    public mutating func fillNormal(_ buffer: inout [Double]) {
        var index = 0
        while index + 1 < buffer.count {
            let radius = (-2 * log(openUniform())).squareRoot()
            let angle = 2 * Double.pi * uniform()
            buffer[index] = radius * cos(angle)
            buffer[index + 1] = radius * sin(angle)
            index += 2
        }
        if index < buffer.count { buffer[index] = normal() }
    }

    /// A uniform integer in `0..<bound`; `bound` must be positive.
    public mutating func integer(below bound: Int) -> Int {
        precondition(bound > 0, "SeededRandom.integer(below:): bound \(bound) is not positive")
        return Int(next(upperBound: UInt64(bound)))
    }
}
