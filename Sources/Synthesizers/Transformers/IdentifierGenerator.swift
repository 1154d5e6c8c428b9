// Synthesizers: new unique identifiers of the same shape as the real ones.

import Foundation
import Linalg
import Tabular

/// Generates identifiers that are unique across a whole sampling stream and never equal to a
/// training identifier.
///
/// - Integer identifiers: values above the training maximum, in a scrambled order, within the
///   same number of digits while room remains (the space is at least a million values wide).
/// - Text identifiers: strings following the training values' pattern position by position
///   (a fixed character, a digit, an upper- or lower-case letter, a letter or an alphanumeric),
///   learned from the most common length; training values are excluded by their 64-bit hash,
///   so the model file holds hashes of the real identifiers, never the identifiers.
///
/// The k-th value of the stream is an affine permutation `(a·k + c) mod size` of the pattern's
/// space, so uniqueness holds for up to `size` values without remembering the values drawn.
public struct IdentifierGenerator: Sendable, Equatable {
    /// What the identifiers look like.
    public enum Shape: Sendable, Equatable {
        /// Integers starting at `lowest`.
        case integer(lowest: Double)
        /// Text, one character class per position.
        case pattern([CharacterClass])
    }

    /// The characters a position of a text pattern may hold.
    public enum CharacterClass: Sendable, Equatable {
        /// Always this character.
        case literal(Character)
        /// 0-9.
        case digit
        /// A-Z.
        case upper
        /// a-z.
        case lower
        /// A-Z and a-z.
        case letter
        /// 0-9, A-Z and a-z.
        case alphanumeric

        var alphabet: [Character] {
            switch self {
            case .literal(let character): [character]
            case .digit: Array("0123456789")
            case .upper: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            case .lower: Array("abcdefghijklmnopqrstuvwxyz")
            case .letter: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
            case .alphanumeric:
                Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
            }
        }
    }

    /// The shape of the identifiers.
    public var shape: Shape
    /// The number of distinct values the shape allows (capped at 2^62).
    public var size: UInt64
    /// The multiplier of the permutation, coprime with ``size``.
    public var multiplier: UInt64
    /// The offset of the permutation.
    public var offset: UInt64
    /// 64-bit hashes of the training values (text shapes only).
    public var excluded: Set<UInt64>
    /// The fraction of training rows that were missing (0 for keys).
    public var missingRate: Double
    /// How the column was stored.
    public var storage: CategoryStorage

    /// Creates a generator from stored parts (for loading a model file).
    public init(
        shape: Shape, size: UInt64, multiplier: UInt64, offset: UInt64,
        excluded: Set<UInt64>, missingRate: Double, storage: CategoryStorage
    ) {
        self.shape = shape
        self.size = max(1, size)
        self.multiplier = multiplier
        self.offset = offset
        self.excluded = excluded
        self.missingRate = missingRate
        self.storage = storage
    }

    /// Learns the shape of a column's identifiers; `random` picks the permutation.
    init(fitting column: Column, random: inout RandomSource) {
        let read = CategoryCodes(column)
        let missing = read.codes.count { read.values[Int($0)] == .missing }
        missingRate = read.codes.isEmpty ? 0 : Double(missing) / Double(read.codes.count)
        storage = read.storage
        let numbers = read.values.compactMap { value -> Double? in
            if case .number(let number) = value { return number }
            return nil
        }
        let texts = read.values.compactMap { value -> String? in
            if case .text(let text) = value { return text }
            return nil
        }
        if case .number = read.storage {
            let maximum = (numbers.max() ?? -1).rounded(.down)
            let lowest = maximum + 1
            let digits = Double(String(Int(max(1, abs(lowest)))).count)
            let room = pow(10, digits) - lowest
            shape = .integer(lowest: lowest)
            size = UInt64(max(room, 1_000_000, Double(numbers.count) * 10))
            excluded = []
        } else {
            let classes = Self.pattern(of: texts)
            shape = .pattern(classes)
            size = Self.size(of: classes)
            excluded = Set(texts.map(Self.hash))
        }
        multiplier = Self.coprime(to: size, random: &random)
        offset = random.next() % size
    }

    /// The class of every position of the most common length; a constant non-digit
    /// character is kept as a literal (a prefix such as `U_`), digits always vary.
    static func pattern(of texts: [String]) -> [CharacterClass] {
        let lengths = Dictionary(grouping: texts.map(\.count), by: { $0 }).mapValues(\.count)
        let length = lengths.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 6
        let samples = texts.filter { $0.count == length }.map(Array.init)
        guard !samples.isEmpty, length > 0 else {
            return Array(repeating: .alphanumeric, count: 6)
        }
        return (0..<length).map { position in
            classify(Set(samples.map { $0[position] }))
        }
    }

    private static func classify(_ characters: Set<Character>) -> CharacterClass {
        let ascii = characters.allSatisfy(\.isASCII)
        if ascii, characters.allSatisfy(\.isNumber) { return .digit }
        if characters.count == 1, let only = characters.first {
            return .literal(only)
        }
        if ascii, characters.allSatisfy(\.isUppercase) { return .upper }
        if ascii, characters.allSatisfy(\.isLowercase) { return .lower }
        if ascii, characters.allSatisfy(\.isLetter) { return .letter }
        return .alphanumeric
    }

    static func size(of classes: [CharacterClass]) -> UInt64 {
        var size: UInt64 = 1
        for characterClass in classes {
            let (product, overflow) = size.multipliedReportingOverflow(
                by: UInt64(characterClass.alphabet.count))
            size = overflow || product > 1 << 62 ? 1 << 62 : product
        }
        return size
    }

    static func coprime(to size: UInt64, random: inout RandomSource) -> UInt64 {
        guard size > 2 else { return 1 }
        var candidate = (random.next() % (size - 1)) + 1
        while gcd(candidate, size) != 1 { candidate = candidate % (size - 1) + 1 }
        return candidate
    }

    private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        b == 0 ? a : gcd(b, a % b)
    }

    /// FNV-1a over the UTF-8 bytes.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return hash
    }

    private func permuted(_ index: UInt64) -> UInt64 {
        (multiplier.multipliedFullWidth(by: index % size).low % size &+ offset) % size
    }

    /// The text of pattern index `value`, most significant position first.
    private func text(_ classes: [CharacterClass], _ value: UInt64) -> String {
        var remaining = value
        var characters: [Character] = []
        for characterClass in classes.reversed() {
            let alphabet = characterClass.alphabet
            characters.append(alphabet[Int(remaining % UInt64(alphabet.count))])
            remaining /= UInt64(alphabet.count)
        }
        return String(characters.reversed())
    }

    /// `count` new identifiers, continuing the stream at `cursor` (advanced past what is used).
    func generate(
        count: Int, name: String, cursor: inout UInt64, random: inout RandomSource
    ) -> Column {
        storage.generatedColumn(
            named: name, count: count, missingRate: missingRate, random: &random
        ) { _ in next(cursor: &cursor) }
    }

    private func next(cursor: inout UInt64) -> CategoryValue {
        switch shape {
        case .integer(let lowest):
            defer { cursor &+= 1 }
            return .number(lowest + Double(permuted(cursor)))
        case .pattern(let classes):
            for _ in 0..<1000 {
                let candidate = text(classes, permuted(cursor))
                cursor &+= 1
                if !excluded.contains(Self.hash(candidate)) { return .text(candidate) }
            }
            cursor &+= 1
            return .text("id-\(cursor)")
        }
    }
}
