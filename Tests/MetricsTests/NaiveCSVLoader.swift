// MetricsTests: a TEMPORARY CSV and metadata loader for the golden fixtures only.
//
// TEMPORARY: this stands in for the Tabular CSV reader and the Metadata module, which are being
// written at the same time; it will be replaced by them at merge. It only understands what the
// golden files hold: commas without quotes, empty fields as missing, numbers when every present
// value parses as a Double, and ISO instants `yyyy-mm-ddThh:mm:ss` followed by `Z` or `±hhmm`
// for the columns the metadata declares as datetimes.

import Foundation
import Metrics
import Tabular

/// Reads the golden fixtures (see the file header: temporary, test only).
enum NaiveCSVLoader {
    /// A problem reading a fixture.
    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads a CSV file; columns named in `datetimeColumns` are parsed as ISO instants.
    static func table(at url: URL, datetimeColumns: Set<String> = []) throws -> Table {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard !lines.isEmpty else { throw LoadError(description: "\(url.path): empty file") }
        let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false)
            .map(String.init)
        var fields = Array(repeating: [Substring](), count: header.count)
        for (number, line) in lines.enumerated() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count == header.count else {
                throw LoadError(
                    description: "\(url.path) line \(number + 2): \(cells.count) fields")
            }
            for (index, cell) in cells.enumerated() { fields[index].append(cell) }
        }
        let columns = try zip(header, fields).map { name, cells in
            try column(name, cells, isDatetime: datetimeColumns.contains(name))
        }
        return try Table(columns: columns)
    }

    private static func column(_ name: String, _ cells: [Substring], isDatetime: Bool) throws
        -> Column
    {
        if isDatetime {
            let seconds = try cells.map { $0.isEmpty ? Double.nan : try instant(String($0)) }
            return Column(
                name: name,
                data: .datetime(
                    DatetimeColumn(seconds: seconds, format: .init("%Y-%m-%dT%H:%M:%S%z"))))
        }
        let numbers = cells.map { $0.isEmpty ? Double.nan : Double(String($0)) }
        if numbers.allSatisfy({ $0 != nil }) {
            let values = numbers.map { $0 ?? .nan }
            let integers = cells.allSatisfy { !$0.contains(".") && !$0.contains("e") }
            return Column(
                name: name,
                numbers: NumberColumn(
                    values: values, isMissing: cells.map(\.isEmpty), holdsIntegers: integers))
        }
        return Column(
            name: name,
            categories: CategoryColumn(values: cells.map { $0.isEmpty ? nil : String($0) }))
    }

    /// Seconds since the epoch of `yyyy-mm-ddThh:mm:ss` followed by `Z` or `±hhmm`.
    static func instant(_ text: String) throws -> Double {
        let scalars = Array(text.utf8)
        func number(_ range: Range<Int>) throws -> Int {
            guard range.upperBound <= scalars.count,
                let value = Int(String(decoding: scalars[range], as: UTF8.self))
            else { throw LoadError(description: "bad instant '\(text)'") }
            return value
        }
        let days = daysFromCivil(
            year: try number(0..<4), month: try number(5..<7), day: try number(8..<10))
        var seconds = days * 86_400 + (try number(11..<13)) * 3600 + (try number(14..<16)) * 60
        seconds += try number(17..<19)
        if scalars.count >= 24, scalars[19] == UInt8(ascii: "+") || scalars[19] == UInt8(ascii: "-")
        {
            let offset = (try number(20..<22)) * 3600 + (try number(22..<24)) * 60
            seconds -= scalars[19] == UInt8(ascii: "+") ? offset : -offset
        }
        return Double(seconds)
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The schema of a `SINGLE_TABLE_V1` metadata file: sdtypes folded into report roles,
    /// in the file's column order.
    static func schema(at url: URL) throws -> EvaluationSchema {
        let data = try Data(contentsOf: url)
        let names = try orderedColumnNames(data)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let columns = root["columns"] as? [String: [String: Any]]
        else { throw LoadError(description: "\(url.path): no 'columns' object") }
        let described = try names.map { name -> EvaluatedColumn in
            guard let sdtype = columns[name]?["sdtype"] as? String else {
                throw LoadError(description: "\(url.path): column '\(name)' has no sdtype")
            }
            let meta = columns[name] ?? [:]
            return EvaluatedColumn(
                name: name, type: role(sdtype),
                datetimeFormat: meta["datetime_format"] as? String,
                declaredRange: try declaredRange(meta))
        }
        let key = (root["primary_key"] as? String).map { [$0] } ?? []
        return EvaluationSchema(columns: described, primaryKey: key)
    }

    /// The metadata's `range_*` entries; datetime bounds are ISO instants.
    private static func declaredRange(_ meta: [String: Any]) throws -> DeclaredRange? {
        func bound(_ key: String) throws -> Double? {
            if let text = meta[key] as? String { return try instant(text) }
            return meta[key] as? Double
        }
        let values = (meta["range_values"] as? [Any])?.map { value -> String in
            guard let number = value as? Double else { return "\(value)" }
            return number.rounded() == number ? String(Int64(number)) : "\(number)"
        }
        let range = DeclaredRange(
            minimum: try bound("range_min"), maximum: try bound("range_max"), values: values,
            allowsMissing: meta["range_is_nullable"] as? Bool)
        return range == DeclaredRange() ? nil : range
    }

    private static func role(_ sdtype: String) -> EvaluatedColumnType {
        switch sdtype {
        case "numerical": .numerical
        case "datetime": .datetime
        case "categorical", "ordinal": .categorical
        case "boolean": .boolean
        case "id": .id
        default: .other
        }
    }

    /// The keys of the `columns` object in file order (JSONSerialization forgets the order).
    private static func orderedColumnNames(_ data: Data) throws -> [String] {
        let text = String(decoding: data, as: UTF8.self)
        var names: [String] = []
        var depth = 0
        var inColumns = false
        var lines = text.split(separator: "\n")[...]
        while let line = lines.popFirst() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !inColumns {
                inColumns = trimmed.hasPrefix("\"columns\"")
                depth = inColumns ? 1 : 0
                continue
            }
            if depth == 1, trimmed.hasPrefix("\""), trimmed.hasSuffix("{"),
                let end = trimmed.dropFirst().firstIndex(of: "\"")
            {
                names.append(String(trimmed[trimmed.index(after: trimmed.startIndex)..<end]))
            }
            depth +=
                trimmed.count { $0 == "{" || $0 == "[" } - trimmed.count { $0 == "}" || $0 == "]" }
            if depth <= 0 { break }
        }
        return names
    }
}
