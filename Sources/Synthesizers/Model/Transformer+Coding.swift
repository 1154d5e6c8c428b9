// Synthesizers: writing fitted column transformers and plans into model files and back.

import Tabular

extension ModelWriter {
    mutating func write(_ range: ClosedRange<Double>?) {
        write(range != nil)
        if let range { write([range.lowerBound, range.upperBound]) }
    }

    mutating func write(_ storage: CategoryStorage) {
        switch storage {
        case .category: append(raw: [0])
        case .text: append(raw: [1])
        case .boolean(let spelling):
            append(raw: [2])
            write([spelling.trueText, spelling.falseText])
        case .number(let holdsIntegers, let decimals):
            append(raw: [3])
            write(holdsIntegers)
            write(decimals)
        }
    }

    mutating func write(_ value: CategoryValue) {
        switch value {
        case .missing: append(raw: [0])
        case .text(let text):
            append(raw: [1])
            write(text)
        case .number(let number):
            append(raw: [2])
            write(number)
        case .boolean(let flag):
            append(raw: [3])
            write(flag)
        }
    }

    mutating func write(_ role: ColumnRole) {
        switch role {
        case .numerical: append(raw: [0])
        case .categorical: append(raw: [1])
        case .boolean: append(raw: [2])
        case .ordinal(let order):
            append(raw: [3])
            write(order != nil)
            if let order { write(order) }
        case .datetime: append(raw: [4])
        case .identifier: append(raw: [5])
        case .personal(let kind):
            append(raw: [6])
            write(kind.rawValue)
        }
    }

    mutating func write(_ transformer: ColumnTransformer) {
        switch transformer {
        case .numerical(let numerical):
            append(raw: [0])
            write([numerical.fill, numerical.missingRate])
            write(numerical.range)
            write(numerical.digits)
            write(numerical.holdsIntegers)
            write(numerical.decimals)
        case .uniform(let encoder):
            append(raw: [1])
            write(encoder.categories.count)
            for category in encoder.categories { write(category) }
            write(encoder.edges)
            write(encoder.storage)
        case .datetime(let datetime):
            append(raw: [2])
            write([datetime.fill, datetime.missingRate])
            write(datetime.range)
            write(datetime.unit)
            write(datetime.format.pattern)
            write(datetime.format.zoneSpelling.rawValue)
            write(datetime.format.fractionDigits)
        case .identifier(let generator):
            append(raw: [3])
            write(generator)
        case .personal(let generator):
            append(raw: [4])
            write(generator.kind.rawValue)
            write(generator.excluded.sorted())
            write(generator.missingRate)
            write(generator.isUnique)
            write(generator.storage)
        }
    }

    private mutating func write(_ generator: IdentifierGenerator) {
        switch generator.shape {
        case .integer(let lowest):
            append(raw: [0])
            write(lowest)
        case .pattern(let classes):
            append(raw: [1])
            write(classes.map(Self.code))
        }
        write([generator.size, generator.multiplier, generator.offset])
        write(generator.excluded.sorted())
        write(generator.missingRate)
        write(generator.storage)
    }

    private static func code(_ characterClass: IdentifierGenerator.CharacterClass) -> String {
        switch characterClass {
        case .literal(let character): "=" + String(character)
        case .digit: "9"
        case .upper: "A"
        case .lower: "a"
        case .letter: "L"
        case .alphanumeric: "X"
        }
    }
}
