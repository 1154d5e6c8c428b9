// Synthesizers: plausible invented personal values (e-mails, names, addresses, ...).

import Foundation
import Linalg
import Tabular

/// Generates personal values of one kind from built-in vocabularies and patterns, keeping the
/// training missing rate, never returning a training value (checked by 64-bit hash), and
/// unique across the stream when the column is a key (a running number is woven in).
public struct PersonalGenerator: Sendable, Equatable {
    /// The kind of value.
    public var kind: PersonalKind
    /// 64-bit hashes of the training values.
    public var excluded: Set<UInt64>
    /// The fraction of training rows that were missing.
    public var missingRate: Double
    /// Whether values must be unique (the column is a key).
    public var isUnique: Bool
    /// How the column was stored.
    public var storage: CategoryStorage

    /// Creates a generator from stored parts (for loading a model file).
    public init(
        kind: PersonalKind, excluded: Set<UInt64>, missingRate: Double, isUnique: Bool,
        storage: CategoryStorage
    ) {
        self.kind = kind
        self.excluded = excluded
        self.missingRate = missingRate
        self.isUnique = isUnique
        self.storage = storage
    }

    /// Learns the missing rate and the values to avoid from a column.
    init(fitting column: Column, kind: PersonalKind, isUnique: Bool) {
        let read = CategoryCodes(column)
        let missing = read.codes.count { read.values[Int($0)] == .missing }
        missingRate = read.codes.isEmpty ? 0 : Double(missing) / Double(read.codes.count)
        excluded = Set(read.values.compactMap { $0.text }.map(IdentifierGenerator.hash))
        self.kind = kind
        self.isUnique = isUnique
        storage = read.storage == .category ? .category : .text
    }

    /// `count` values, continuing the stream at `cursor` (used for uniqueness).
    func generate(
        count: Int, name: String, cursor: inout UInt64, random: inout RandomSource
    ) -> Column {
        storage.generatedColumn(
            named: name, count: count, missingRate: missingRate, random: &random
        ) { random in
            var value = ""
            for attempt in 0..<100 {
                value = make(random: &random, serial: isUnique || attempt > 10 ? cursor : nil)
                if !excluded.contains(IdentifierGenerator.hash(value)) { break }
            }
            cursor &+= 1
            return .text(value)
        }
    }

    private func make(random: inout RandomSource, serial: UInt64?) -> String {
        let suffix = serial.map { String($0) } ?? ""
        func pick(_ words: [String]) -> String { words[random.uniformInt(below: words.count)] }
        func digits(_ count: Int) -> String {
            String((0..<count).map { _ in Character(String(random.uniformInt(below: 10))) })
        }
        typealias Words = PersonalVocabulary
        switch kind {
        case .email:
            let local = "\(pick(Words.firstNames)).\(pick(Words.lastNames))".lowercased()
            return local + (serial == nil ? digits(2) : suffix) + "@" + pick(Words.domains)
        case .phoneNumber:
            return "(\(digits(3))) 555-\(digits(4))" + (serial.map { " x\($0)" } ?? "")
        case .name:
            return "\(pick(Words.firstNames)) \(pick(Words.lastNames))" + tail(suffix)
        case .firstName:
            return pick(Words.firstNames) + tail(suffix)
        case .lastName:
            return pick(Words.lastNames) + tail(suffix)
        case .address, .streetAddress:
            let street =
                "\(random.uniformInt(below: 9899) + 100) \(pick(Words.streets)) "
                + pick(Words.streetKinds) + tail(suffix)
            guard kind == .address else { return street }
            return "\(street), \(pick(Words.cities)), \(pick(Words.states)) \(digits(5))"
        case .city:
            return pick(Words.cities) + tail(suffix)
        case .state:
            return pick(Words.states) + tail(suffix)
        case .country:
            return pick(Words.countries) + tail(suffix)
        case .countryCode:
            return pick(Words.countryCodes) + suffix
        case .postcode:
            return digits(5) + suffix
        case .ssn:
            return "9\(digits(2))-\(digits(2))-\(digits(4))" + tail(suffix)
        case .ipv4Address:
            return "192.0.2.\(random.uniformInt(below: 256))" + (serial.map { ":\($0)" } ?? "")
        case .company:
            return "\(pick(Words.companyWords)) \(pick(Words.companySuffixes))" + tail(suffix)
        case .licensePlate:
            let letters = (0..<3).map { _ in
                String(Character(UnicodeScalar(UInt8(65 + random.uniformInt(below: 26)))))
            }
            return letters.joined() + "-" + digits(4) + suffix
        case .other:
            let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz")
            let code = String(
                (0..<6).map { _ in alphabet[random.uniformInt(below: alphabet.count)] })
            return "pii-" + code + suffix
        }
    }

    private func tail(_ suffix: String) -> String {
        suffix.isEmpty ? "" : " " + suffix
    }
}
