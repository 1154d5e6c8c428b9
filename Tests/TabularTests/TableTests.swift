// TabularTests: selecting columns and rows of a Table, and its errors.

import Testing

@testable import Tabular

@Suite("Table")
struct TableTests {
    static func sample() throws -> Table {
        try readCSV("n,c,b\n1,x,true\n2,y,false\n3,x,\n4,,true\n")
    }

    @Test func selectingKeepsTheOrderGiven() throws {
        let table = try Self.sample()
        let selected = try table.selecting(["b", "n"])
        #expect(selected.columnNames == ["b", "n"])
        #expect(selected.rowCount == 4)
        #expect(selected["n"] == table["n"])
    }

    @Test func selectingAnUnknownColumnNamesTheChoices() throws {
        let table = try Self.sample()
        #expect(throws: TableError.unknownColumn("z", available: ["n", "c", "b"])) {
            try table.selecting(["n", "z"])
        }
    }

    @Test func rowsHeadAndGather() throws {
        let table = try Self.sample()
        #expect(table.rows(1..<3).numbers("n")?.values == [2, 3])
        #expect(table.rows(3..<10).rowCount == 1)
        #expect(table.head(2).numbers("n")?.values == [1, 2])
        #expect(table.head(0).rowCount == 0)
        #expect(table.head(99) == table)

        let gathered = table.rows(at: [3, 0, 0])
        #expect(gathered.numbers("n")?.values == [4, 1, 1])
        #expect(gathered.categories("c")?.codes == [-1, 0, 0])
        #expect(gathered.booleans("b")?.values == [true, true, true])
        #expect(table.rows(at: []).rowCount == 0)
    }

    @Test func missingCountsByKind() throws {
        let table = try Self.sample()
        #expect(table.columns.map(\.missingCount) == [0, 1, 1])
        #expect(table["b"]?.isMissing(at: 2) == true)
    }

    @Test func constructionChecksNamesAndLengths() {
        let one = Column(name: "a", numbers: NumberColumn(values: [1]))
        let two = Column(name: "b", numbers: NumberColumn(values: [1, 2]))
        #expect(throws: TableError.lengthMismatch(column: "b", count: 2, expected: 1)) {
            try Table(columns: [one, two])
        }
        #expect(throws: TableError.duplicateColumnName("a")) { try Table(columns: [one, one]) }
        let unnamed = Column(name: "", numbers: NumberColumn(values: [1]))
        #expect(throws: TableError.emptyColumnName(position: 2)) {
            try Table(columns: [one, unnamed])
        }
    }

    @Test func replacingAColumn() throws {
        let table = try Self.sample()
        let replacement = Column(name: "n2", numbers: NumberColumn(values: [9, 8, 7, 6]))
        let replaced = try table.replacingColumn(at: 0, with: replacement)
        #expect(replaced.columnNames == ["n2", "c", "b"])
        #expect(throws: TableError.duplicateColumnName("c")) {
            try table.replacingColumn(
                at: 0, with: Column(name: "c", numbers: NumberColumn(values: [1, 2, 3, 4])))
        }
    }

    @Test func theEmptyTable() {
        #expect(Table.empty.rowCount == 0 && Table.empty.columnCount == 0)
        #expect(Table.empty.head().columnNames.isEmpty)
    }
}
