// Tabular: a hash table that gives each distinct byte string a small integer code.

/// Assigns codes 0, 1, 2, ... to distinct byte strings in order of first appearance, storing
/// each distinct string once in one contiguous arena.
///
/// Open addressing with linear probing over a power-of-two table kept at most half full.
struct ByteInterner {
    /// The bytes of every distinct string, one after another.
    private(set) var arena: [UInt8] = []

    /// Where each string starts in ``arena``; one more entry than strings (the end).
    private(set) var offsets: [Int] = [0]

    /// Each slot holds a code + 1, or 0 when empty.
    private var slots: [Int32]

    /// The stored hash of each code, to skip byte comparisons on collisions.
    private var hashes: [UInt64] = []

    /// Creates an empty interner.
    init() {
        slots = Array(repeating: 0, count: 64)
    }

    /// The number of distinct strings.
    var count: Int { offsets.count - 1 }

    /// The code of `text`, adding it when it is new.
    ///
    /// - Complexity: O(`text.count`) on average.
    @inline(__always)
    mutating func code(of text: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(text)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            let code = Int(stored - 1)
            if hashes[code] == hash, matches(code, text) { return Int32(code) }
            slot = (slot + 1) & mask
        }

        let code = Int32(count)
        slots[slot] = code + 1
        hashes.append(hash)
        arena.append(contentsOf: text)
        offsets.append(arena.count)
        if count * 2 > slots.count { grow() }
        return code
    }

    /// The bytes of the string with `code`.
    func bytes(of code: Int) -> ArraySlice<UInt8> {
        arena[offsets[code]..<offsets[code + 1]]
    }

    /// Every distinct string, in code order.
    func strings() -> [String] {
        (0..<count).map { String(decoding: bytes(of: $0), as: UTF8.self) }
    }

    /// Every distinct string as bytes, in code order.
    func byteStrings() -> [[UInt8]] {
        (0..<count).map { Array(bytes(of: $0)) }
    }

    private func matches(_ code: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[code]
        let length = offsets[code + 1] - start
        guard length == text.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            for index in 0..<length where stored[start + index] != text[index] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for code in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[code]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code + 1)
        }
    }

    /// FNV-1a over the bytes, then a final mix so the low bits spread well.
    @inline(__always)
    private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        hash ^= hash >> 29
        hash &*= 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
