// TabularTests: numbers read from bytes equal Double(String); numbers written read back.

import Testing

@testable import Tabular

@Suite("Number text")
struct NumberTextTests {
    static func parse(_ text: String) -> ParsedNumber? {
        Array(text.utf8).withUnsafeBufferPointer { DecimalParser.parse($0) }
    }

    @Test(arguments: [
        "0", "-0", "+7", "007", "1.", ".5", "-.5", "1e5", "1E+05", "2.5e-3", "123456789012345",
        "1234567890123456789", "9007199254740993", "0.1", "0.30000000000000004",
        "1e22", "1e23", "1e-22", "1e-23", "4.9e-324", "1.7976931348623157e308", "1e400",
        "0.000000000000000000000000000001", "3.14159265358979323846264338327950288",
    ])
    func agreesWithTheStandardLibrary(text: String) throws {
        let parsed = try #require(Self.parse(text))
        let expected = try #require(Double(text))
        #expect(parsed.value.bitPattern == expected.bitPattern, "\(text)")
    }

    @Test func randomDecimalsAgreeWithTheStandardLibrary() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...20, using: &generator)
            var text = Bool.random(using: &generator) ? "-" : ""
            text += String(
                (0..<digits).map { _ in "0123456789".randomElement(using: &generator) ?? "0" })
            let point = Int.random(in: 0...digits, using: &generator)
            if point < digits {
                text.insert(".", at: text.index(text.endIndex, offsetBy: -point))
            }
            if Int.random(in: 0..<4, using: &generator) == 0 {
                text += "e\(Int.random(in: -30...30, using: &generator))"
            }
            let parsed = try #require(Self.parse(text), "\(text)")
            let expected = try #require(Double(text), "\(text)")
            #expect(parsed.value.bitPattern == expected.bitPattern, "\(text)")
        }
    }

    @Test func integersAndDecimalsAreTold() throws {
        let integer = try #require(Self.parse("-42"))
        #expect(integer.isInteger && integer.decimals == 0)
        let decimal = try #require(Self.parse("3.140"))
        #expect(!decimal.isInteger && decimal.decimals == 3)
        let exponent = try #require(Self.parse("1.5e-3"))
        #expect(!exponent.isInteger && exponent.decimals == 4)
        #expect(Self.parse("1e3")?.decimals == 0)
    }

    @Test(arguments: [
        "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", " 1", "1 ", "0x10", "1_000",
        "nan", "1,5", "--1", "infinit", "∞",
    ])
    func nonNumbersAreRejected(text: String) {
        #expect(Self.parse(text) == nil)
    }

    @Test func infinityInAnyCase() {
        #expect(Self.parse("inf")?.value == .infinity)
        #expect(Self.parse("-Infinity")?.value == -.infinity)
        #expect(Self.parse("+INF")?.value == .infinity)
    }

    @Test func randomDoublesWriteAndReadBackExactly() throws {
        var generator = SeededGenerator(seed: 7)
        var output: [UInt8] = []
        for index in 0..<20_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            output.removeAll()
            if index % 2 == 0 {
                DecimalFormatter.appendShortest(value, to: &output)
            } else {
                DecimalFormatter.appendDecimal(value, decimals: index % 7 + 1, to: &output)
            }
            let reread = output.withUnsafeBufferPointer { DecimalParser.parse($0)?.value }
            #expect(reread?.bitPattern == value.bitPattern, "\(value)")
        }
    }

    @Test func fixedDecimalsPadWithZeros() {
        var output: [UInt8] = []
        for value in [1.5, -0.1, 0, 2.25, 1e6] {
            DecimalFormatter.appendDecimal(value, decimals: 3, to: &output)
            output.append(UInt8(ascii: " "))
        }
        #expect(String(decoding: output, as: UTF8.self) == "1.500 -0.100 0.000 2.250 1000000.000 ")
    }

    @Test func theInternerGivesCodesInOrderOfFirstAppearance() {
        var interner = ByteInterner()
        var codes: [Int32] = []
        let words = (0..<1000).map { "w\($0 % 300)" }
        for word in words {
            codes.append(Array(word.utf8).withUnsafeBufferPointer { interner.code(of: $0) })
        }
        #expect(interner.count == 300)
        #expect(codes == (0..<1000).map { Int32($0 % 300) })
        #expect(interner.strings().prefix(3) == ["w0", "w1", "w2"])
    }
}
