// Linalg: the seedable, splittable random generator (xoshiro256** seeded by SplitMix64).

/// A deterministic random generator with no global state: the same seed gives the same
/// stream on every machine.
///
/// The core is xoshiro256** (Blackman and Vigna, "Scrambled linear pseudorandom number
/// generators", ACM TOMS 47, 2021): 256 bits of state, period 2²⁵⁶ − 1, written here from
/// the published recurrence. Seeds are expanded into the state by SplitMix64 (Steele, Lea
/// and Flood, OOPSLA 2014), which never yields the all-zero state.
///
/// Independent streams come from ``split()`` (advances this generator, returns a child) and
/// ``derived(label:)`` (leaves this generator alone; the child depends only on the state and
/// the label), so that each column or model part gets its own stream from one seed.
///
/// Draws are in `RandomSource+Distributions.swift` and `RandomSource+Sampling.swift`.
public struct RandomSource: RandomNumberGenerator, Sendable, Equatable {
    @usableFromInline var state0: UInt64
    @usableFromInline var state1: UInt64
    @usableFromInline var state2: UInt64
    @usableFromInline var state3: UInt64

    /// The second normal of the last polar-method pair, not yet returned.
    var spareNormal: Double?

    /// A generator whose whole stream is determined by `seed`.
    public init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        state0 = mixer.next()
        state1 = mixer.next()
        state2 = mixer.next()
        state3 = mixer.next()
        spareNormal = nil
    }

    /// A generator started from raw xoshiro256** state words (for checking published test
    /// vectors); the words must not all be zero.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state != (0, 0, 0, 0), "the all-zero state is a fixed point of xoshiro")
        (state0, state1, state2, state3) = state
        spareNormal = nil
    }

    /// The next 64 random bits (xoshiro256**).
    ///
    /// Inlinable, so that filling a large buffer from another module costs no call per draw.
    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state1 &* 5, by: 7) &* 9
        let shifted = state1 << 17

        state2 ^= state0
        state3 ^= state1
        state1 ^= state2
        state0 ^= state3
        state2 ^= shifted
        state3 = rotateLeft(state3, by: 45)

        return result
    }

    /// A new, independent generator; this one advances by one draw.
    ///
    /// Calling `split()` repeatedly gives a deterministic sequence of distinct children.
    public mutating func split() -> RandomSource {
        RandomSource(seed: next() ^ 0x6A09_E667_F3BC_C909)
    }

    /// A generator for the part named `label`, derived without advancing this one.
    ///
    /// The same state and label always give the same child; different labels give
    /// unrelated streams (the label's FNV-1a hash is mixed with all 256 bits of state).
    public func derived(label: String) -> RandomSource {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in label.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return derived(hash: hash)
    }

    /// A generator for the part numbered `index`, derived without advancing this one.
    public func derived(index: Int) -> RandomSource {
        derived(hash: SplitMix64.mix(UInt64(bitPattern: Int64(index)) ^ 0x5851_F42D_4C95_7F2D))
    }

    private func derived(hash: UInt64) -> RandomSource {
        var seed = SplitMix64.mix(hash ^ state0)
        seed = SplitMix64.mix(seed ^ state1)
        seed = SplitMix64.mix(seed ^ state2)
        seed = SplitMix64.mix(seed ^ state3)
        return RandomSource(seed: seed)
    }

    @inlinable
    func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }
}

/// SplitMix64: a 64-bit counter passed through a bijective mixer; used to seed xoshiro.
struct SplitMix64 {
    var state: UInt64

    /// The next output: the counter advances by the golden-ratio increment, then is mixed.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser (a bijection of 64-bit words).
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
