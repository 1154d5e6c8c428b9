// Synthesizers: reading fitted column transformers and plans back from model files.

import Tabular

extension ModelReader {
    mutating func readRange() throws(ModelFileError) -> ClosedRange<Double>? {
        guard try readBool() else { return nil }
        let bounds = try readDoubles()
        guard bounds.count == 2, bounds[0] <= bounds[1] else {
            throw .malformed("a range has bounds \(bounds)")
        }
        return bounds[0]...bounds[1]
    }

    mutating func readStorage() throws(ModelFileError) -> CategoryStorage {
        switch try readTag() {
        case 0: return .category
        case 1: return .text
        case 2:
            let words = try readStrings()
            guard words.count == 2 else {
                throw .malformed("a Boolean spelling has \(words.count) words")
            }
            return .boolean(BooleanSpelling(trueText: words[0], falseText: words[1]))
        case 3: return .number(holdsIntegers: try readBool(), decimals: try readInt())
        case let tag: throw .malformed("unknown column storage tag \(tag)")
        }
    }

    mutating func readCategory() throws(ModelFileError) -> CategoryValue {
        switch try readTag() {
        case 0: return .missing
        case 1: return .text(try readString())
        case 2: return .number(try readDouble())
        case 3: return .boolean(try readBool())
        case let tag: throw .malformed("unknown category tag \(tag)")
        }
    }

    mutating func readRole() throws(ModelFileError) -> ColumnRole {
        switch try readTag() {
        case 0: return .numerical
        case 1: return .categorical
        case 2: return .boolean
        case 3: return .ordinal(order: try readBool() ? try readStrings() : nil)
        case 4: return .datetime
        case 5: return .identifier
        case 6:
            let name = try readString()
            guard let kind = PersonalKind(rawValue: name) else {
                throw .malformed("unknown personal kind '\(name)'")
            }
            return .personal(kind)
        case let tag: throw .malformed("unknown column role tag \(tag)")
        }
    }

    mutating func readTransformer() throws(ModelFileError) -> ColumnTransformer {
        switch try readTag() {
        case 0:
            let numbers = try readDoubles()
            guard numbers.count == 2 else { throw .malformed("a numerical transformer is short") }
            return .numerical(
                NumericalTransformer(
                    fill: numbers[0], missingRate: numbers[1], range: try readRange(),
                    digits: try readOptionalInt(), holdsIntegers: try readBool(),
                    decimals: try readInt()))
        case 1:
            let count = try readCount()
            var categories: [CategoryValue] = []
            for _ in 0..<count { categories.append(try readCategory()) }
            let edges = try readDoubles()
            guard edges.count == count, count > 0 else {
                throw .malformed("an encoder has \(count) categories and \(edges.count) edges")
            }
            return .uniform(
                UniformEncoder(categories: categories, edges: edges, storage: try readStorage()))
        case 2:
            let numbers = try readDoubles()
            guard numbers.count == 2 else { throw .malformed("a datetime transformer is short") }
            return .datetime(
                DatetimeTransformer(
                    fill: numbers[0], missingRate: numbers[1], range: try readRange(),
                    unit: try readOptionalDouble(), format: try readDatetimeFormat()))
        case 3:
            return .identifier(try readIdentifier())
        case 4:
            let name = try readString()
            guard let kind = PersonalKind(rawValue: name) else {
                throw .malformed("unknown personal kind '\(name)'")
            }
            return .personal(
                PersonalGenerator(
                    kind: kind, excluded: Set(try readUInt64s()), missingRate: try readDouble(),
                    isUnique: try readBool(), storage: try readStorage()))
        case let tag:
            throw .malformed("unknown transformer tag \(tag)")
        }
    }

    private mutating func readIdentifier() throws(ModelFileError) -> IdentifierGenerator {
        let shape: IdentifierGenerator.Shape
        switch try readTag() {
        case 0: shape = .integer(lowest: try readDouble())
        case 1:
            shape = .pattern(
                try readStrings().map { code throws(ModelFileError) in try Self.characterClass(code)
                })
        case let tag: throw .malformed("unknown identifier shape tag \(tag)")
        }
        let numbers = try readUInt64s()
        guard numbers.count == 3, numbers[0] > 0 else {
            throw .malformed("an identifier generator is short")
        }
        return IdentifierGenerator(
            shape: shape, size: numbers[0], multiplier: numbers[1], offset: numbers[2],
            excluded: Set(try readUInt64s()), missingRate: try readDouble(),
            storage: try readStorage())
    }

    private static func characterClass(
        _ code: String
    ) throws(ModelFileError) -> IdentifierGenerator.CharacterClass {
        switch code {
        case "9": return .digit
        case "A": return .upper
        case "a": return .lower
        case "L": return .letter
        case "X": return .alphanumeric
        default:
            guard code.count == 2, code.first == "=", let character = code.last else {
                throw .malformed("unknown identifier character class '\(code)'")
            }
            return .literal(character)
        }
    }

    /// A datetime format: its pattern, how it spells the zero offset and its fraction digits.
    mutating func readDatetimeFormat() throws(ModelFileError) -> DatetimeFormat {
        let pattern = try readString()
        let spellingName = try readString()
        guard let spelling = DatetimeZoneSpelling(rawValue: spellingName) else {
            throw .malformed("unknown time-zone spelling '\(spellingName)'")
        }
        let digits = try readInt()
        guard (1...9).contains(digits) else {
            throw .malformed("a datetime format has \(digits) fraction digits, not 1 to 9")
        }
        return DatetimeFormat(pattern, zoneSpelling: spelling, fractionDigits: digits)
    }
}
