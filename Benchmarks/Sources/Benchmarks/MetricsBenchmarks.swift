// Benchmarks: `evaluate-<dataset>`, the Quality and Diagnostic Reports of a golden pair.

import Foundation
import Metrics
import Tabular

extension BenchmarkCatalog {
    /// One benchmark per golden dataset: both reports of the reference's synthetic sample
    /// against the real table, with the metadata the reference detected.
    static let metrics: [Benchmark] = [
        "iris", "penguins", "credit", "ames", "diamonds", "flights",
    ].map { name in
        Benchmark(
            name: "evaluate-\(name)",
            summary: "QualityReport + DiagnosticReport of the golden \(name) pair"
        ) { context in
            let folder = context.dataDirectory.deletingLastPathComponent()
                .appendingPathComponent("golden/quality/\(name)")
            let pair = try GoldenPairLoader.load(folder)
            return {
                let quality = try QualityReport(
                    real: pair.real, synthetic: pair.synthetic, schema: pair.schema)
                let diagnostic = try DiagnosticReport(
                    real: pair.real, synthetic: pair.synthetic, schema: pair.schema)
                return [
                    "rows": Double(pair.real.rowCount),
                    "columns": Double(pair.real.columnCount),
                    "pairs": Double(quality.columnPairTrends.count),
                    "quality_score": quality.score,
                    "diagnostic_score": diagnostic.score,
                ]
            }
        }
    }
}

/// TEMPORARY: reads a golden folder (real.csv, synthetic.csv, metadata.json) until the Tabular
/// CSV reader and the Metadata module are merged. It understands only what the golden files
/// hold: unquoted commas, empty fields as missing, numbers when every present value parses,
/// and ISO instants (`Z` or `±hhmm`) in the columns the metadata declares as datetimes.
enum GoldenPairLoader {
    struct Pair: Sendable {
        var real: Table
        var synthetic: Table
        var schema: EvaluationSchema
    }

    static func load(_ folder: URL) throws -> Pair {
        let schema = try schema(folder.appendingPathComponent("metadata.json"))
        let datetimes = Set(schema.columns.filter { $0.type == .datetime }.map(\.name))
        return Pair(
            real: try table(folder.appendingPathComponent("real.csv"), datetimes),
            synthetic: try table(folder.appendingPathComponent("synthetic.csv"), datetimes),
            schema: schema)
    }

    private static func table(_ url: URL, _ datetimes: Set<String>) throws -> Table {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n")[...]
        guard let first = lines.popFirst() else {
            throw BenchmarkError(description: "\(url.path) is empty")
        }
        let header = first.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var cells = Array(repeating: [Substring](), count: header.count)
        for line in lines {
            for (index, cell) in line.split(separator: ",", omittingEmptySubsequences: false)
                .enumerated() where index < header.count
            {
                cells[index].append(cell)
            }
        }
        return try Table(
            columns: zip(header, cells).map { name, values in
                column(name, values, isDatetime: datetimes.contains(name))
            })
    }

    private static func column(_ name: String, _ cells: [Substring], isDatetime: Bool) -> Column {
        if isDatetime {
            let seconds = cells.map { $0.isEmpty ? Double.nan : instant($0) }
            let format = DatetimeFormat("%Y-%m-%dT%H:%M:%S%z")
            return Column(
                name: name, data: .datetime(DatetimeColumn(seconds: seconds, format: format)))
        }
        let numbers = cells.map { $0.isEmpty ? Double.nan : Double($0) }
        if !numbers.contains(where: { $0 == nil }) {
            let integers = !cells.contains { $0.contains(".") || $0.contains("e") }
            return Column(
                name: name,
                numbers: NumberColumn(
                    values: numbers.map { $0 ?? .nan }, isMissing: cells.map(\.isEmpty),
                    holdsIntegers: integers))
        }
        return Column(
            name: name,
            categories: CategoryColumn(values: cells.map { $0.isEmpty ? nil : String($0) }))
    }

    /// Seconds since the epoch of `yyyy-mm-ddThh:mm:ss` then `Z` or `±hhmm`; NaN if malformed.
    private static func instant(_ text: Substring) -> Double {
        let bytes = Array(text.utf8)
        func field(_ range: Range<Int>) -> Int? {
            range.upperBound <= bytes.count
                ? Int(String(decoding: bytes[range], as: UTF8.self)) : nil
        }
        guard let year = field(0..<4), let month = field(5..<7), let day = field(8..<10),
            let hour = field(11..<13), let minute = field(14..<16), let second = field(17..<19)
        else { return .nan }
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let days =
            era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            - 719_468
        var seconds = ((days * 24 + hour) * 60 + minute) * 60 + second
        if bytes.count >= 24, bytes[19] == UInt8(ascii: "+") || bytes[19] == UInt8(ascii: "-"),
            let offsetHours = field(20..<22), let offsetMinutes = field(22..<24)
        {
            let offset = offsetHours * 3600 + offsetMinutes * 60
            seconds += bytes[19] == UInt8(ascii: "+") ? -offset : offset
        }
        return Double(seconds)
    }

    private static func schema(_ url: URL) throws -> EvaluationSchema {
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let columns = root["columns"] as? [String: [String: Any]]
        else { throw BenchmarkError(description: "\(url.path) has no 'columns' object") }
        let described = orderedKeys(data).compactMap { name -> EvaluatedColumn? in
            guard let sdtype = columns[name]?["sdtype"] as? String else { return nil }
            let roles: [String: EvaluatedColumnType] = [
                "numerical": .numerical, "datetime": .datetime, "categorical": .categorical,
                "ordinal": .categorical, "boolean": .boolean, "id": .id,
            ]
            return EvaluatedColumn(
                name: name, type: roles[sdtype] ?? .other,
                datetimeFormat: columns[name]?["datetime_format"] as? String)
        }
        return EvaluationSchema(
            columns: described, primaryKey: (root["primary_key"] as? String).map { [$0] } ?? [])
    }

    /// The column names of an indented metadata file, in file order (two-space indent,
    /// as Python's `json.dump(indent=2)` writes it).
    private static func orderedKeys(_ data: Data) -> [String] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard line.hasPrefix("    \""), !line.hasPrefix("     "), line.hasSuffix("{") else {
                return nil
            }
            let body = line.dropFirst(5)
            return body.firstIndex(of: "\"").map { String(body[..<$0]) }
        }
    }
}
