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
        to arena: inout ByteSink,
        ends: inout [Int],
        first: Int,
        missingText: [UInt8]
    ) {
        var slot = first
        let (numbers, isMissing, decimals) = (self.numbers, self.isMissing, self.decimals)
        switch kind {
        case .integers, .decimals:
            let isInteger = kind == .integers
            for row in rows {
                if isMissing[row] {
                    arena.appendBytes(missingText)
                } else if isInteger {
                    DecimalFormatter.appendInteger(numbers[row], to: &arena)
                } else {
                    DecimalFormatter.appendDecimal(numbers[row], decimals: decimals, to: &arena)
                }
                ends[slot] = arena.count
                slot += 1
            }
        case .levels:
            let (codes, levels) = (self.codes, self.levels)
            for row in rows {
                let code = codes[row]
                let text = code == CategoryColumn.missingCode ? missingText : levels[Int(code)]
                arena.appendBytes(text)
                ends[slot] = arena.count
                slot += 1
            }
        case .datetimes:
            var repeated = RepeatedDatetime()
            for row in rows {
                if isMissing[row] {
                    arena.appendBytes(missingText)
                } else if repeated.seconds == numbers[row] {
                    arena.appendBytes(repeated.text)
                } else {
                    let start = arena.count
                    appendDatetime(numbers[row], to: &arena)
                    let text = Array(UnsafeBufferPointer(rebasing: arena.bytes[start...]))
                    repeated = RepeatedDatetime(seconds: numbers[row], text: text)
                }
                ends[slot] = arena.count
                slot += 1
            }
        case .text:
            let texts = self.texts
            for row in rows {
                if isMissing[row] {
                    arena.appendBytes(missingText)
                } else {
                    escaper.append(texts[row], to: &arena)
                }
                ends[slot] = arena.count
                slot += 1
            }
        }
    }

    private func appendDatetime(_ seconds: Double, to output: inout ByteSink) {
        if let format, seconds.isFinite {
            format.append(seconds, to: &output)
        } else {
            DecimalFormatter.appendShortest(seconds, to: &output)
        }
    }
}

/// The last datetime written and its text: consecutive rows often hold the same instant
/// (flights share their scheduled hour), which is then copied rather than formatted again.
private struct RepeatedDatetime {
    var seconds = Double.nan
    var text: [UInt8] = []
}
