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
    convenience init(_ column: Column, escaper: FieldEscaper) {
        switch column.data {
        case .number(let numbers):
            self.init(
                numbers.holdsIntegers ? .integers : .decimals, escaper: escaper,
                numbers: numbers.values, isMissing: numbers.isMissing,
                decimals: max(1, numbers.decimals))
        case .category(let categories):
            self.init(
                .levels, escaper: escaper, levels: categories.levels.map(escaper.escaped),
                codes: categories.codes)
        case .boolean(let booleans):
            let spelling = [booleans.spelling.falseText, booleans.spelling.trueText]
            let codes = zip(booleans.values, booleans.isMissing).map { value, isMissing in
                isMissing ? CategoryColumn.missingCode : (value ? 1 : 0)
            }
            self.init(
                .levels, escaper: escaper, levels: spelling.map(escaper.escaped), codes: codes)
        case .datetime(let datetimes):
            self.init(
                .datetimes, escaper: escaper, numbers: datetimes.seconds,
                isMissing: datetimes.isMissing, format: CompiledDatetimeFormat(datetimes.format))
        case .text(let texts):
            self.init(.text, escaper: escaper, isMissing: texts.isMissing, texts: texts.values)
        }
    }

    private init(
        _ kind: Kind,
        escaper: FieldEscaper,
        numbers: [Double] = [],
        isMissing: [Bool] = [],
        decimals: Int = 0,
        levels: [[UInt8]] = [],
        codes: [Int32] = [],
        format: CompiledDatetimeFormat? = nil,
        texts: [String] = []
    ) {
        self.kind = kind
        self.escaper = escaper
        self.numbers = numbers
        self.isMissing = isMissing
        self.decimals = decimals
        self.levels = levels
        self.codes = codes
        self.format = format
        self.texts = texts
    }

    /// Appends the fields of `rows` to `arena`, one after another, recording where each ends
    /// in `ends[first...]`; a missing value appends `missingText`.
    ///
    /// One pass per column and block, over unsafe views of the column's storage, keeps the
    /// inner loops free of reference counting.
    func appendFields(
        _ rows: Range<Int>,
        to arena: inout [UInt8],
        ends: inout [Int],
        first: Int,
        missingText: [UInt8]
    ) {
        ends.withUnsafeMutableBufferPointer { ends in
            isMissing.withUnsafeBufferPointer { mask in
                var slot = first
                var repeated = RepeatedDatetime()
                for row in rows {
                    if kind == .datetimes, !mask[row], repeated.seconds == numbers[row] {
                        arena.append(contentsOf: repeated.text)
                    } else if kind == .datetimes, !mask[row] {
                        let start = arena.count
                        _ = append(row: row, mask: mask, to: &arena)
                        repeated = RepeatedDatetime(
                            seconds: numbers[row], text: Array(arena[start...]))
                    } else if !append(row: row, mask: mask, to: &arena) {
                        arena.append(contentsOf: missingText)
                    }
                    ends[slot] = arena.count
                    slot += 1
                }
            }
        }
    }

    /// Appends the field of `row`; returns `false` (appending nothing) when it is missing.
    @inline(__always)
    private func append(row: Int, mask: UnsafeBufferPointer<Bool>, to output: inout [UInt8])
        -> Bool
    {
        switch kind {
        case .integers:
            guard !mask[row] else { return false }
            DecimalFormatter.appendInteger(numbers[row], to: &output)
        case .decimals:
            guard !mask[row] else { return false }
            DecimalFormatter.appendDecimal(numbers[row], decimals: decimals, to: &output)
        case .levels:
            let code = codes[row]
            guard code != CategoryColumn.missingCode else { return false }
            levels[Int(code)].withUnsafeBufferPointer { output.append(contentsOf: $0) }
        case .datetimes:
            guard !mask[row] else { return false }
            let value = numbers[row]
            if let format, value.isFinite {
                format.append(value, to: &output)
            } else {
                DecimalFormatter.appendShortest(value, to: &output)
            }
        case .text:
            guard !mask[row] else { return false }
            escaper.append(texts[row], to: &output)
        }
        return true
    }
}

/// The last datetime written and its text: consecutive rows often hold the same instant
/// (flights share their scheduled hour), which is then copied rather than formatted again.
private struct RepeatedDatetime {
    var seconds = Double.nan
    var text: [UInt8] = []
}
