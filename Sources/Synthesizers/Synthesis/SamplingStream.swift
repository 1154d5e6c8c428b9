// Synthesizers: the position of a synthesizer's sampling stream, small enough to save.

import Linalg

/// The sampling stream of a fitted synthesizer: a seed and the number of chunks drawn so far.
///
/// Chunk `k` draws from `RandomSource(seed: seed ^ salt).derived(index: k)`, so the whole
/// position is two words that a model file saves and restores exactly. (Linalg's
/// `RandomSource` does not expose its state words, so the stream is kept as a counter rather
/// than as a saved generator.)
struct SamplingStream: Sendable, Equatable {
    /// The seed the stream starts from.
    var seed: UInt64
    /// How many chunks have been drawn.
    var chunksDrawn: UInt64

    /// Mixed into the seed so that the sampling stream differs from the fit's stream.
    static let salt: UInt64 = 0x5EED_5A3B_1E00_0000

    /// A stream at its start.
    init(seed: UInt64, chunksDrawn: UInt64 = 0) {
        self.seed = seed
        self.chunksDrawn = chunksDrawn
    }

    /// The generator of the next chunk; advances the stream by one chunk.
    mutating func nextChunk() -> RandomSource {
        let root = RandomSource(seed: seed ^ Self.salt)
        let chunk = root.derived(index: Int(truncatingIfNeeded: chunksDrawn))
        chunksDrawn &+= 1
        return chunk
    }
}
