// TabularTests: random tables of every kind survive writing and reading unchanged.

import Foundation
import Testing

@testable import Tabular

/// SplitMix64: a small seeded generator, so every failing table can be made again.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Makes random tables whose every column reads back as the same kind: string columns hold at
/// least one word (so they are not numbers or dates), text columns are distinct and long
/// enough, and categories repeat.
struct RandomTableMaker {
    var generator: SeededGenerator

    static let pieces = [
        "a", "Zürich", "名前", "say \"hi\"", "x,y", "two\nlines", "crlf\r\n", " lead", "trail ",
        "NA", "null", "1", "2013-01-01", "true", "🙂", "semi;colon", "tab\there", "\"",
    ]

    mutating func table(rows: Int) -> Table {
        let kinds: [ColumnKind] = [.number, .number, .category, .datetime, .boolean, .text]
        var columns: [Column] = []
        for (index, kind) in kinds.enumerated() {
            let name = ["n int", "n dec", "Größe", "when", "flag", "note, \"quoted\""][index]
            columns.append(Column(name: name, data: data(kind, index: index, rows: rows)))
        }
        columns.append(Column(name: "extreme", numbers: extremes(rows: rows)))
        return (try? Table(columns: columns)) ?? .empty
    }

    private mutating func data(_ kind: ColumnKind, index: Int, rows: Int) -> ColumnData {
        let missing = (0..<rows).map { row in
            row > 0 && Int.random(in: 0..<5, using: &generator) == 0
        }
        switch kind {
        case .number where index == 0:
            let values = (0..<rows).map { _ in
                Double(Int.random(in: -1_000_000...1_000_000, using: &generator))
            }
            return .number(NumberColumn(values: values, isMissing: missing, holdsIntegers: true))
        case .number:
            let values = (0..<rows).map { _ in
                Double(Int.random(in: -99_999...99_999, using: &generator)) / 1000
            }
            return .number(NumberColumn(values: values, isMissing: missing, decimals: 3))
        case .category:
            let levels = ["word"] + Self.pieces
            let values: [String?] = (0..<rows).map { row in
                row == 0 ? "word" : (missing[row] ? nil : levels.randomElement(using: &generator))
            }
            return .category(CategoryColumn(values: values))
        case .datetime:
            let seconds = (0..<rows).map { _ in
                Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &generator))
            }
            let format = DatetimeFormat("%Y-%m-%dT%H:%M:%S%z", zoneSpelling: .zulu)
            return .datetime(DatetimeColumn(seconds: seconds, isMissing: missing, format: format))
        case .boolean:
            let values = (0..<rows).map { _ in Bool.random(using: &generator) }
            let spelling = BooleanSpelling(trueText: "True", falseText: "False")
            return .boolean(BooleanColumn(values: values, isMissing: missing, spelling: spelling))
        case .text:
            let values: [String?] = (0..<rows).map { row in
                missing[row]
                    ? nil : "\(row) " + Self.pieces.shuffled(using: &generator).prefix(3).joined()
            }
            return .text(TextColumn(values: values))
        }
    }

    /// Doubles at the edges: subnormals, the largest finite, infinities, negative zero, pi.
    private mutating func extremes(rows: Int) -> NumberColumn {
        let specials: [Double] = [
            5e-324, -2.2250738585072014e-308, .greatestFiniteMagnitude, -.infinity, .infinity,
            -0.0, .pi, 1e21, 1e-7, 123_456_789.123_456_78, 0.1 + 0.2, 9_007_199_254_740_993,
        ]
        let values = (0..<rows).map { row in
            row < specials.count ? specials[row] : Double(bitPattern: generator.next() >> 2)
        }
        return NumberColumn(values: values, isMissing: values.map { _ in false }, decimals: 1)
    }
}

@Suite("Round trips")
struct RoundTripTests {
    @Test(arguments: [1, 2, 3, 40, 500])
    func randomTablesSurviveWritingAndReading(rows: Int) throws {
        var maker = RandomTableMaker(generator: SeededGenerator(seed: UInt64(rows) * 7919))
        let table = maker.table(rows: rows)
        let text = CSVWriter().string(table)
        let reread = try readCSV(text)

        #expect(reread.columnNames == table.columnNames)
        for (written, read) in zip(table.columns, reread.columns) {
            expectSame(written, read, rows: rows)
        }
        #expect(CSVWriter().string(reread) == text)
    }

    /// Compares a written and a read column. Numbers are compared bit for bit; the decimals a
    /// decimal column remembers are what the text showed, which the writer may have widened.
    private func expectSame(_ written: Column, _ read: Column, rows: Int) {
        switch (written.data, read.data) {
        case (.number(let left), .number(let right)):
            #expect(bitwiseEqual(left.values, right.values), "column \(written.name)")
            #expect(left.isMissing == right.isMissing)
            #expect(left.holdsIntegers == right.holdsIntegers)
            if left.holdsIntegers { #expect(right.decimals == 0) }
        case (.text(let left), .category(let right)) where rows <= 20:
            #expect(left.values.indices.allSatisfy { left[$0] == right[$0] })
        default:
            #expect(written == read, "column \(written.name)")
        }
    }

    @Test func emptyAndConstantTablesRoundTrip() throws {
        let header = try readCSV("a,b\n")
        #expect(try readCSV(CSVWriter().string(header)) == header)
        let constant = try readCSV("a,b\n1,x\n1,x\n1,x\n")
        #expect(try readCSV(CSVWriter().string(constant)) == constant)
    }
}
