// FacsimileCLI: `facsimile inspect`: what a CSV file holds and what Facsimile detects in it.

import Facsimile
import Foundation

/// `facsimile inspect DATA.csv [--delimiter C] [--json] [--metadata-out METADATA.json]`.
enum InspectCommand: Command {
    static let specification = CommandSpecification(
        name: "inspect",
        summary: "Read a CSV file and show its columns with their detected sdtypes.",
        operands: ["DATA.csv"],
        options: [
            .value("delimiter", "C", help: "the field delimiter: , ; | or tab (default: detected)"),
            .flag("json", help: "print the detected metadata as SDV-compatible JSON"),
            .value("metadata-out", "METADATA.json", help: "write the detected metadata to a file"),
        ],
        discussion: """
            For each column, inspect prints its sdtype (what the column means: numerical,
            categorical, ordinal, datetime, id, email, ...), the share of missing values, the
            number of distinct values and an example. The metadata file it writes is the one
            'facsimile fit --metadata' reads, and the Python Synthetic Data Vault reads it too.
            """
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let path = arguments.operands[0]
        let delimiter = try DelimiterOption.parse(arguments.value("delimiter"))
        if let output = arguments.value("metadata-out") {
            try OutputPath.check(output, option: "metadata-out")
        }
        let table = try TableLoading.read(path, delimiter: delimiter)
        let metadata = MetadataDocument(
            detectingFrom: table, tableName: TableLoading.tableName(path))

        if let output = arguments.value("metadata-out") {
            try metadata.write(to: URL(fileURLWithPath: output), overwrite: true)
        }
        if arguments.has("json") {
            console.writeOutput(metadata.jsonText())
        } else {
            console.print(
                InspectionSummary(table: table, metadata: metadata.tables[0], source: path).text)
            if let output = arguments.value("metadata-out") {
                console.print("\nmetadata written to \(output)")
            }
        }
    }
}
