// Tabular: collecting one column's fields while a CSV file is read, deciding its kind.

/// Collects the fields of one column as numbers while every present field is a number, and
/// as interned strings from the first field that is not.
///
/// A column starts undecided (only missing fields so far). Its first present field makes it a
/// number column or a string column. A number column that meets a non-number is converted to
/// strings with the help of the reader, which re-reads the earlier fields' text. When the file
/// ends, ``finish(name:options:)`` turns strings into booleans, datetimes, categories or text.
struct ColumnBuilder {
    enum Mode {
        case undecided
        case number
        case strings
    }

    private(set) var mode = Mode.undecided
    private(set) var rowCount = 0
    private let missing: MissingTokens

    var values: [Double] = []
    var isMissing: [Bool] = []
    var holdsIntegers = true
    var decimals = 0

    var interner = ByteInterner()
    var codes: [Int32] = []

    init(missing: MissingTokens, expectedRows: Int) {
        self.missing = missing
        values.reserveCapacity(expectedRows)
        isMissing.reserveCapacity(expectedRows)
    }

    /// Adds the next field; returns `false`, adding nothing, when a number column meets a
    /// field that is not a number (call ``convertToStrings(fieldOfRow:)`` and add it again).
    @inline(__always)
    mutating func add(_ field: UnsafeBufferPointer<UInt8>, quoted: Bool) -> Bool {
        if missing.matches(field, quoted: quoted) {
            addMissing()
            return true
        }
        switch mode {
        case .number:
            guard let number = DecimalParser.parse(field) else { return false }
            append(number)
        case .strings:
            codes.append(interner.code(of: field))
        case .undecided:
            if let number = DecimalParser.parse(field) {
                mode = .number
                append(number)
            } else {
                mode = .strings
                codes = Array(repeating: CategoryColumn.missingCode, count: rowCount)
                values = []
                isMissing = []
                codes.append(interner.code(of: field))
            }
        }
        rowCount += 1
        return true
    }

    @inline(__always)
    private mutating func append(_ number: ParsedNumber) {
        values.append(number.value)
        isMissing.append(false)
        if !number.isInteger { holdsIntegers = false }
        if number.decimals > decimals { decimals = number.decimals }
    }

    @inline(__always)
    private mutating func addMissing() {
        switch mode {
        case .strings:
            codes.append(CategoryColumn.missingCode)
        case .number, .undecided:
            values.append(.nan)
            isMissing.append(true)
        }
        rowCount += 1
    }

    /// Turns a number column into a string column, interning the text of each earlier present
    /// field, which `fieldOfRow` gives back from the file.
    mutating func convertToStrings(
        fieldOfRow: (Int, (UnsafeBufferPointer<UInt8>) -> Void) -> Void
    ) {
        precondition(mode == .number, "ColumnBuilder: converting a \(mode) column to strings")
        var codes: [Int32] = []
        codes.reserveCapacity(values.count)
        for row in 0..<rowCount {
            if isMissing[row] {
                codes.append(CategoryColumn.missingCode)
            } else {
                fieldOfRow(row) { field in codes.append(interner.code(of: field)) }
            }
        }
        self.codes = codes
        values = []
        isMissing = []
        holdsIntegers = true
        decimals = 0
        mode = .strings
    }
}
