// Tabular: writing the values of one column as CSV fields.

/// Writes one column's values as CSV field bytes, with everything that can be prepared once
/// (escaped levels, compiled formats) prepared up front.
enum ColumnEncoder {
    case integers([Double], isMissing: [Bool])
    case decimals([Double], isMissing: [Bool], decimals: Int)
    case levels([[UInt8]], codes: [Int32])
    case datetimes([Double], isMissing: [Bool], format: CompiledDatetimeFormat)
    case text([String], isMissing: [Bool], FieldEscaper)

    /// Prepares the encoder for `column`.
    init(_ column: Column, escaper: FieldEscaper) {
        switch column.data {
        case .number(let numbers):
            self =
                numbers.holdsIntegers
                ? .integers(numbers.values, isMissing: numbers.isMissing)
                : .decimals(
                    numbers.values, isMissing: numbers.isMissing,
                    decimals: max(1, numbers.decimals))
        case .category(let categories):
            self = .levels(categories.levels.map(escaper.escaped), codes: categories.codes)
        case .boolean(let booleans):
            let levels = [booleans.spelling.falseText, booleans.spelling.trueText]
            let codes = zip(booleans.values, booleans.isMissing).map { value, isMissing in
                isMissing ? CategoryColumn.missingCode : (value ? 1 : 0)
            }
            self = .levels(levels.map(escaper.escaped), codes: codes)
        case .datetime(let datetimes):
            self = .datetimes(
                datetimes.seconds, isMissing: datetimes.isMissing,
                format: CompiledDatetimeFormat(datetimes.format))
        case .text(let texts):
            self = .text(texts.values, isMissing: texts.isMissing, escaper)
        }
    }

    /// Appends the field of `row`; returns `false` (appending nothing) when it is missing.
    @inline(__always)
    func append(row: Int, to output: inout [UInt8]) -> Bool {
        switch self {
        case .integers(let values, let isMissing):
            guard !isMissing[row] else { return false }
            DecimalFormatter.appendInteger(values[row], to: &output)
        case .decimals(let values, let isMissing, let decimals):
            guard !isMissing[row] else { return false }
            DecimalFormatter.appendDecimal(values[row], decimals: decimals, to: &output)
        case .levels(let levels, let codes):
            let code = codes[row]
            guard code != CategoryColumn.missingCode else { return false }
            output.append(contentsOf: levels[Int(code)])
        case .datetimes(let seconds, let isMissing, let format):
            guard !isMissing[row] else { return false }
            let value = seconds[row]
            if value.isFinite {
                format.append(value, to: &output)
            } else {
                DecimalFormatter.appendShortest(value, to: &output)
            }
        case .text(let values, let isMissing, let escaper):
            guard !isMissing[row] else { return false }
            escaper.append(values[row], to: &output)
        }
        return true
    }
}
