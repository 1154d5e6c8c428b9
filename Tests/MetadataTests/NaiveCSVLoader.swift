// MetadataTests: TEMPORARY test-only CSV loader, until the Tabular CSV reader is merged.

import Foundation
import Tabular

/// TEMPORARY: a deliberately naive CSV loader for the fixture files, to be replaced by the
/// Tabular module's CSV reader when it lands.
///
/// It splits lines on commas with no quoting (the fixtures it reads have no quotes), treats
/// empty fields and `NA` as missing, makes a number column when every present field parses as
/// a `Double`, a datetime column when every present field looks like `2013-01-01T10:00:00Z`
/// (format `%Y-%m-%dT%H:%M:%S%z`), and a category column otherwise.
enum NaiveCSVLoader {
    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    /// The table in the file at `url`, keeping at most `rowLimit` data rows.
    static func load(_ url: URL, rowLimit: Int = .max) throws -> Table {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        guard !lines.isEmpty else { return Table.empty }
        let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false)
        let rows = lines.prefix(rowLimit).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        var columns: [Column] = []
        for (index, name) in header.enumerated() {
            let fields: [String?] = try rows.enumerated().map { rowIndex, row in
                guard row.indices.contains(index) else {
                    throw LoadError(description: "row \(rowIndex + 2) has \(row.count) fields")
                }
                let field = row[index]
                return field.isEmpty || field == "NA" ? nil : field
            }
            columns.append(Column(name: String(name), data: columnData(fields)))
        }
        return try Table(columns: columns)
    }

    private static func columnData(_ fields: [String?]) -> ColumnData {
        let present = fields.compactMap { $0 }
        if present.allSatisfy({ Double($0) != nil }) {
            let integers = present.allSatisfy { !$0.contains(where: { ".eE".contains($0) }) }
            let decimals = present.map { $0.split(separator: ".").dropFirst().first?.count ?? 0 }
            return .number(
                NumberColumn(
                    values: fields.map { $0.flatMap(Double.init) ?? .nan },
                    isMissing: fields.map { $0 == nil },
                    holdsIntegers: integers,
                    decimals: decimals.max() ?? 0
                )
            )
        }
        if present.allSatisfy({ isoSeconds($0) != nil }) {
            return .datetime(
                DatetimeColumn(
                    seconds: fields.map { $0.flatMap(isoSeconds) ?? .nan },
                    isMissing: fields.map { $0 == nil },
                    format: DatetimeFormat("%Y-%m-%dT%H:%M:%S%z")
                )
            )
        }
        return .category(CategoryColumn(values: fields))
    }

    /// Seconds since the epoch of `yyyy-mm-ddThh:mm:ssZ`, parsed by hand.
    static func isoSeconds(_ text: String) -> Double? {
        let characters = Array(text)
        guard characters.count == 20, characters[4] == "-", characters[7] == "-",
            characters[10] == "T", characters[13] == ":", characters[16] == ":",
            characters[19] == "Z"
        else { return nil }
        func number(_ range: Range<Int>) -> Int? { Int(String(characters[range])) }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
        else { return nil }
        let days = daysFromEpoch(year: year, month: month, day: day)
        return Double(((days * 24 + hour) * 60 + minute) * 60 + second)
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date.
    static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            - 719_468
    }
}
