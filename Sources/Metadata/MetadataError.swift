// Metadata: what can be wrong with a metadata file.

import JSONFormat
import Tabular

/// One thing wrong with a metadata file or value: where it is and what is wrong.
public struct MetadataProblem: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is, as a path into the JSON such as
    /// `tables["t"].columns["age"].range_max` (`$` is the whole file).
    public var location: String

    /// What is wrong and how to fix it.
    public var message: String

    /// Creates a problem.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    /// The location and the message.
    public var description: String { "\(location): \(message)" }
}

/// A metadata file that cannot be read, written or used.
public enum MetadataError: Error, Equatable, CustomStringConvertible {
    /// The text is not JSON; the parse error gives the line and column.
    case notJSON(source: String, JSONParseError)
    /// The JSON is not valid metadata; every problem found is listed.
    case invalid(source: String, problems: [MetadataProblem])
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file could not be written.
    case unwritable(path: String, reason: String)
    /// The file exists and overwriting was not allowed.
    case fileExists(path: String)

    /// The problems, when the error is ``invalid(source:problems:)``; else empty.
    public var problems: [MetadataProblem] {
        if case .invalid(_, let problems) = self { return problems }
        return []
    }

    /// A paragraph naming the file, each problem and its fix.
    public var description: String {
        switch self {
        case .notJSON(let source, let error):
            return "\(source) is not JSON: \(error); metadata files are JSON objects"
        case .invalid(let source, let problems):
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            return "\(source) is not valid metadata (\(count)):\n"
                + problems.map { "  - \($0)" }.joined(separator: "\n")
        case .unreadable(let path, let reason):
            return "cannot read '\(path)': "
                + FileProblem.withFix(reason, orElse: "check the path and its permissions")
        case .unwritable(let path, let reason):
            return "cannot write '\(path)': "
                + FileProblem.withFix(reason, orElse: "check the folder and the free space")
        case .fileExists(let path):
            return "'\(path)' already exists; choose another path or allow overwriting"
        }
    }
}
