// Synthesizers: what can be wrong with a model file, each with its own message.

import Tabular

/// A problem reading or writing a model file.
public enum ModelFileError: Error, Equatable, CustomStringConvertible {
    /// The file does not start with the model file's magic bytes.
    case notAModelFile(path: String)
    /// The file ends before its header or its declared length.
    case truncated(path: String, bytes: Int, expected: Int)
    /// The checksum stored in the file does not match its contents.
    case checksumMismatch(path: String, stored: UInt32, computed: UInt32)
    /// The file was written by a newer format version than this build reads.
    case newerVersion(path: String, found: Int, supported: Int)
    /// The contents are inconsistent (a detail of the damage, found while decoding).
    case malformed(String)
    /// The file names a synthesizer the registry does not know.
    case unknownSynthesizer(name: String, known: [String])
    /// The file could not be read or written.
    case io(path: String, reason: String)

    /// A sentence naming the file, the problem and the fix.
    public var description: String {
        switch self {
        case .notAModelFile(let path):
            "'\(path)' is not a Facsimile model file (its first bytes are not 'FCSMODEL'); "
                + "pass a file written by 'facsimile fit'"
        case .truncated(let path, let bytes, let expected):
            "model file '\(path)' is truncated: it has \(bytes) bytes but needs \(expected); "
                + "fit the model again or copy the complete file"
        case .checksumMismatch(let path, let stored, let computed):
            "model file '\(path)' is corrupted: its checksum is "
                + "\(hex(stored)) but its contents give \(hex(computed)); "
                + "fit the model again or copy an intact file"
        case .newerVersion(let path, let found, let supported):
            "model file '\(path)' uses format version \(found) but this build reads up to "
                + "version \(supported); upgrade Facsimile to load it"
        case .malformed(let detail):
            "the model data is damaged: \(detail); fit the model again"
        case .unknownSynthesizer(let name, let known):
            "the model file was written by synthesizer '\(name)', which is not registered; "
                + "known synthesizers: \(known.joined(separator: ", "))"
        case .io(let path, let reason):
            "cannot access model file '\(path)': "
                + FileProblem.withFix(
                    reason, orElse: "check the path, its permissions and the free space")
        }
    }
}

private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
}
