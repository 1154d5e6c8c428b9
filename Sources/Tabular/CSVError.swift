// Tabular: everything that can be wrong with a CSV file, said so a person can fix it.

/// A problem reading or writing a CSV file. Each description names the file, the line and
/// column where it applies, what was found and how to fix it.
public enum CSVError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file exists but could not be read; `reason` says why and what to do.
    case unreadable(path: String, reason: String)
    /// The file holds no bytes, or only a byte-order mark and blank lines.
    case emptyFile(file: String)
    /// The file holds NUL bytes, so it is binary rather than text.
    case notText(file: String, byteOffset: Int)
    /// The bytes at `byteOffset` (counted from 0) on `line` are not UTF-8.
    case invalidUTF8(file: String, line: Int, byteOffset: Int)
    /// A quoted field that opened on `line` in field `column` never closes.
    case unterminatedQuote(file: String, line: Int, column: Int)
    /// Text follows the closing quote of a quoted field, before the delimiter.
    case textAfterClosingQuote(file: String, line: Int, column: Int)
    /// Rows with a different number of fields from the header; `rows` lists the first few
    /// (line, field count) and `total` counts them all.
    case fieldCountMismatch(file: String, expected: Int, rows: [BadRow], total: Int)
    /// Header fields that are empty; positions count from 1.
    case emptyColumnNames(file: String, positions: [Int])
    /// Names that appear more than once in the header.
    case duplicateColumnNames(file: String, names: [String])
    /// The first line looks like data (every field is a number or a date), not a header.
    case missingHeader(file: String, firstLine: [String])
    /// The file could not be written; `reason` says why and what to do.
    case unwritable(path: String, reason: String)
    /// A table appended to a stream writer has different columns from the header.
    case columnsDiffer(path: String, expected: [String], found: [String])

    /// A row whose field count differs from the header's.
    public struct BadRow: Sendable, Hashable {
        /// The line the row starts on, counting from 1.
        public var line: Int
        /// How many fields it has.
        public var fieldCount: Int

        /// Creates a description of a bad row.
        public init(line: Int, fieldCount: Int) {
            self.line = line
            self.fieldCount = fieldCount
        }
    }

    /// A sentence or two that names the problem, where it is and the fix.
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            "\(path): no such file; check the path"
        case .unreadable(let path, let reason):
            "\(path): cannot be read: "
                + FileProblem.withFix(reason, orElse: "check the path and its permissions")
        case .emptyFile(let file):
            "\(file): the file is empty; a CSV file needs a header line naming the columns"
        case .notText(let file, let offset):
            "\(file): byte \(offset) is a NUL byte, so this is a binary file, not CSV text; "
                + "export the data as CSV (UTF-8)"
        case .invalidUTF8(let file, let line, let offset):
            "\(file):\(line): the bytes at offset \(offset) are not valid UTF-8; "
                + "save the file as UTF-8"
        case .unterminatedQuote(let file, let line, let column):
            "\(file):\(line): the quoted field in column \(column) opens here but never "
                + "closes; add the closing quote (write a quote inside a field as \"\")"
        case .textAfterClosingQuote(let file, let line, let column):
            "\(file):\(line): column \(column) has text after its closing quote; put the whole "
                + "field inside the quotes, writing a quote inside it as \"\""
        case .fieldCountMismatch(let file, let expected, let rows, let total):
            fieldCountDescription(file: file, expected: expected, rows: rows, total: total)
        case .emptyColumnNames(let file, let positions):
            "\(file):1: column" + (positions.count == 1 ? " " : "s ")
                + positions.map(String.init).joined(separator: ", ")
                + " of the header have no name; give every column a name"
        case .duplicateColumnNames(let file, let names):
            "\(file):1: the header repeats "
                + names.map { "'\($0)'" }.joined(separator: ", ")
                + "; give every column a distinct name"
        case .missingHeader(let file, let firstLine):
            "\(file):1: the first line (" + firstLine.prefix(5).joined(separator: ", ")
                + (firstLine.count > 5 ? ", ..." : "")
                + ") looks like data, not column names; add a header line naming the columns"
        case .unwritable(let path, let reason):
            "\(path): cannot be written: "
                + FileProblem.withFix(reason, orElse: "check the folder and the free space")
        case .columnsDiffer(let path, let expected, let found):
            "\(path): the table has columns " + found.joined(separator: ", ")
                + " but the file was started with " + expected.joined(separator: ", ")
                + "; append tables with the same columns in the same order"
        }
    }

    private func fieldCountDescription(file: String, expected: Int, rows: [BadRow], total: Int)
        -> String
    {
        let first = rows.first.map { "\(file):\($0.line): " } ?? "\(file): "
        let listed = rows.map { "line \($0.line) has \($0.fieldCount)" }.joined(separator: ", ")
        let more = total > rows.count ? " and \(total - rows.count) more rows differ" : ""
        return first + "the header has \(expected) fields but " + listed + more
            + "; give every row as many fields as the header (quote fields that contain "
            + "the delimiter)"
    }
}
