// Benchmarks: reading and writing the flights table as CSV.

import Foundation
import Tabular

extension BenchmarkCatalog {
    /// `csv-read-flights` and `csv-write-flights`.
    static let csv: [Benchmark] = [
        Benchmark(
            name: "csv-read-flights",
            summary: "read flights.csv (336,776 x 19) with type inference"
        ) { context in
            let url = context.dataset("flights")
            let baseline = CSVBenchmarkSupport.residentBytes()
            return {
                let table = try CSVReader().read(contentsOf: url)
                return [
                    "rows": Double(table.rowCount),
                    "columns": Double(table.columnCount),
                    "table_bytes": Double(CSVBenchmarkSupport.memoryBytes(of: table)),
                    "baseline_resident_bytes": Double(baseline),
                ]
            }
        },
        Benchmark(
            name: "csv-write-flights",
            summary: "write the flights table as CSV to the scratch folder"
        ) { context in
            let table = try CSVReader().read(contentsOf: context.dataset("flights"))
            let output = context.scratchDirectory.appendingPathComponent("flights.csv")
            return {
                try CSVWriter().write(table, to: output)
                let size = try FileManager.default.attributesOfItem(atPath: output.path)[.size]
                return [
                    "rows": Double(table.rowCount),
                    "bytes": Double((size as? NSNumber)?.intValue ?? 0),
                ]
            }
        },
    ]
}

/// Helpers for the CSV benchmarks.
enum CSVBenchmarkSupport {
    /// The process's resident memory now (`VmRSS`), before the timed work.
    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (line.split(separator: " ").compactMap { Int($0) }.first ?? 0) * 1024
        }
        return 0
    }

    /// The bytes a table's column storage holds: 8 per number or instant, 1 per missing flag
    /// or Boolean, 4 per category code plus the levels, the UTF-8 of text values.
    static func memoryBytes(of table: Table) -> Int {
        table.columns.reduce(0) { total, column in
            switch column.data {
            case .number(let numbers): total + numbers.count * 9
            case .datetime(let datetimes): total + datetimes.count * 9
            case .boolean(let booleans): total + booleans.count * 2
            case .category(let categories):
                total + categories.count * 4 + categories.levels.reduce(0) { $0 + $1.utf8.count }
            case .text(let texts):
                total + texts.count * 17 + texts.values.reduce(0) { $0 + $1.utf8.count }
            }
        }
    }
}
