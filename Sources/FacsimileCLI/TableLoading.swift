// FacsimileCLI: reading the CSV files named on the command line.

import Facsimile
import Foundation

/// Reads the CSV files the commands are given, with the delimiter the user chose.
enum TableLoading {
    /// Reads the CSV file at `path`.
    ///
    /// - Throws: ``CSVError`` naming the file, line and column of what is wrong.
    static func read(_ path: String, delimiter: Character? = nil) throws -> Table {
        let options = CSVReadOptions(delimiter: delimiter)
        return try CSVReader(options: options).read(contentsOf: URL(fileURLWithPath: path))
    }

    /// The table name used in metadata for the file at `path`: its name without extension.
    static func tableName(_ path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty ? "table" : name
    }
}

/// The `--delimiter` option: one of `,` `;` `|` or tab.
enum DelimiterOption {
    /// The delimiters a user may name, with the words they may use for them.
    static let accepted: [String: Character] = [
        ",": ",", "comma": ",", ";": ";", "semicolon": ";", "|": "|", "pipe": "|",
        "tab": "\t", "\\t": "\t", "\t": "\t",
    ]

    /// The delimiter named by `text`, or `nil` (detect) when the option was not given.
    ///
    /// - Throws: ``CommandError`` when `text` names no accepted delimiter.
    static func parse(_ text: String?) throws -> Character? {
        guard let text else { return nil }
        guard let delimiter = accepted[text.lowercased()] else {
            throw CommandError(
                "--delimiter '\(text)' is not a delimiter Facsimile reads; "
                    + "use one of , ; | or tab")
        }
        return delimiter
    }
}

/// A bad value given to a command (exit status 1), with the fix.
struct CommandError: Error, CustomStringConvertible {
    /// What is wrong and how to fix it.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
