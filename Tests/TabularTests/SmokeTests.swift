import Foundation
import TestSupport
import Testing

@testable import Tabular

@Test func smoke() throws {
    let url = Fixtures.url("datasets/flights-head300.csv")
    let table = try CSVReader().read(contentsOf: url)
    for column in table.columns {
        print(column.name, column.kind, column.missingCount)
        if case .datetime(let d) = column.data { print(d.format, d.seconds.prefix(3)) }
        if case .number(let d) = column.data { print(d.holdsIntegers, d.decimals) }
    }
    let text = CSVWriter().string(table)
    let original = try String(contentsOf: url, encoding: .utf8)
    print(text.prefix(400))
    #expect(text == original)
}
