// Tabular: writing the values of one column as CSV fields.

/// Writes one column's values as CSV field bytes, with everything that can be prepared once
/// (escaped levels, compiled formats) prepared up front.
///
/// A final class with constant storage, so the per-field call retains nothing.
final class ColumnEncoder {
    private enum Kind {
        case integers
        case decimals
        case levels
        case datetimes
        case text
    }

    private let kind: Kind
    private let numbers: [Double]
    private let isMissing: [Bool]
    private let decimals: Int
    private let levels: [[UInt8]]
    private let codes: [Int32]
    private let format: CompiledDatetimeFormat?
    private let texts: [String]
    private let escaper: FieldEscaper

    /// Prepares the encoder for `column`.
    init(_ column: Column, escaper: FieldEscaper) {
        var kind = Kind.integers
        var numbers: [Double] = []
        var isMissing: [Bool] = []
        var decimals = 0
        var levels: [[UInt8]] = []
        var codes: [Int32] = []
        var format: CompiledDatetimeFormat?
        var texts: [String] = []
        switch column.data {
        case .number(let column):
            kind = column.holdsIntegers ? .integers : .decimals
            (numbers, isMissing, decimals) = (column.values, column.isMissing, max(1, column.decimals))
        case .category(let column):
            kind = .levels
            (levels, codes) = (column.levels.map(escaper.escaped), column.codes)
        case .boolean(let column):
            kind = .levels
            let spelling = [column.spelling.falseText, column.spelling.trueText]
            levels = spelling.map(escaper.escaped)
            codes = zip(column.values, column.isMissing).map { value, isMissing in
                isMissing ? CategoryColumn.missingCode : (value ? 1 : 0)
            }
        case .datetime(let column):
            kind = .datetimes
            (numbers, isMissing) = (column.seconds, column.isMissing)
            format = CompiledDatetimeFormat(column.format)
        case .text(let column):
            kind = .text
            (texts, isMissing) = (column.values, column.isMissing)
        }
        (self.kind, self.numbers, self.isMissing, self.decimals) = (kind, numbers, isMissing, decimals)
        (self.levels, self.codes, self.format, self.texts) = (levels, codes, format, texts)
        self.escaper = escaper
    }

    /// Appends the fields of `rows` to `arena`, one after another, recording where each ends
    /// in `ends[first...]`; a missing value appends `missingText`.
    ///
    /// One pass per column and block keeps the inner loops free of reference counting.
    func appendFields(
        _ rows: Range<Int>,
        to arena: inout [UInt8],
        ends: inout [Int],
        first: Int,
        missingText: [UInt8]
    ) {
        var slot = first
        for row in rows {
            if !append(row: row, to: &arena) { arena.append(contentsOf: missingText) }
            ends[slot] = arena.count
            slot += 1
        }
    }

    /// Appends the field of `row`; returns `false` (appending nothing) when it is missing.
    @inline(__always)
    private func append(row: Int, to output: inout [UInt8]) -> Bool {
        switch kind {
        case .integers:
            guard !isMissing[row] else { return false }
            DecimalFormatter.appendInteger(numbers[row], to: &output)
        case .decimals:
            guard !isMissing[row] else { return false }
            DecimalFormatter.appendDecimal(numbers[row], decimals: decimals, to: &output)
        case .levels:
            let code = codes[row]
            guard code != CategoryColumn.missingCode else { return false }
            output.append(contentsOf: levels[Int(code)])
        case .datetimes:
            guard !isMissing[row] else { return false }
            let value = numbers[row]
            if let format, value.isFinite {
                format.append(value, to: &output)
            } else {
                DecimalFormatter.appendShortest(value, to: &output)
            }
        case .text:
            guard !isMissing[row] else { return false }
            escaper.append(texts[row], to: &output)
        }
        return true
    }
}
