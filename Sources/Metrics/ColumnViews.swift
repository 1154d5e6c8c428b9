// Metrics: columns seen as numbers (continuous) or as shared category codes (discrete).

import Tabular

/// Nanoseconds in one second: datetimes are compared in nanoseconds since the epoch, the unit
/// the reference converts them to, so that histogram edges fall exactly where its edges do.
let nanosecondsPerSecond = 1e9

extension Column {
    /// A short name of the column's storage kind, for error messages.
    var kindDescription: String {
        switch data {
        case .number: "numbers"
        case .category: "categories"
        case .datetime: "datetimes"
        case .boolean: "true/false values"
        case .text: "text"
        }
    }

    /// The values as `Double`, NaN where missing: numbers as they are, datetimes in
    /// nanoseconds since the epoch.
    ///
    /// - Throws: ``MetricsError/wrongKind(column:expected:found:)`` for text, categories and
    ///   Booleans.
    func continuousValues() throws(MetricsError) -> [Double] {
        switch data {
        case .number(let column):
            return column.values.indices.map { column.isMissing[$0] ? .nan : column.values[$0] }
        case .datetime(let column):
            return column.seconds.indices.map {
                column.isMissing[$0] ? .nan : column.seconds[$0] * nanosecondsPerSecond
            }
        default:
            throw .wrongKind(column: name, expected: "numbers or datetimes", found: kindDescription)
        }
    }
}

/// One distinct value of a discrete column, comparable across the real and synthetic tables.
///
/// Numbers equal numbers and strings equal strings, never each other (the reference keeps the
/// number 1 and the text "1" apart as well).
enum DiscreteKey: Hashable {
    case number(Double)
    case text(String)
    case boolean(Bool)

    /// The value as text: integers without a decimal point, other numbers in full.
    var label: String {
        switch self {
        case .number(let value):
            value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
        case .text(let value): value
        case .boolean(let value): value ? "true" : "false"
        }
    }
}

/// The real and synthetic versions of a discrete column encoded with one shared dictionary.
///
/// Codes run from 0 to `levelCount - 1`; a missing entry holds ``missing`` (`-1`).
struct SharedCodes {
    /// The code of a missing entry.
    static let missing: Int32 = -1

    /// The real column's codes.
    var real: [Int32]

    /// The synthetic column's codes.
    var synthetic: [Int32]

    /// The number of distinct present values over both tables.
    var levelCount: Int

    /// The distinct present values as text, in code order.
    var labels: [String]

    /// Encodes two columns of the same name with one dictionary, in order of first appearance
    /// (real first).
    ///
    /// - Complexity: O(n) expected, n the rows of both tables.
    init(real: Column, synthetic: Column) {
        var dictionary: [DiscreteKey: Int32] = [:]
        self.real = Self.encode(real, into: &dictionary)
        self.synthetic = Self.encode(synthetic, into: &dictionary)
        self.levelCount = dictionary.count
        var labels = Array(repeating: "", count: dictionary.count)
        for (key, code) in dictionary { labels[Int(code)] = key.label }
        self.labels = labels
    }

    private static func code(_ key: DiscreteKey, in dictionary: inout [DiscreteKey: Int32]) -> Int32
    {
        if let code = dictionary[key] { return code }
        let code = Int32(dictionary.count)
        dictionary[key] = code
        return code
    }

    private static func encode(_ column: Column, into dictionary: inout [DiscreteKey: Int32])
        -> [Int32]
    {
        switch column.data {
        case .category(let values):
            let map = values.levels.map { code(.text($0), in: &dictionary) }
            return values.codes.map { $0 < 0 ? missing : map[Int($0)] }
        case .number(let values):
            return values.values.indices.map { row in
                values.isMissing[row] || values.values[row].isNaN
                    ? missing : code(.number(values.values[row] + 0), in: &dictionary)
            }
        case .datetime(let values):
            return values.seconds.indices.map { row in
                values.isMissing[row]
                    ? missing
                    : code(.number(values.seconds[row] * nanosecondsPerSecond), in: &dictionary)
            }
        case .boolean(let values):
            return values.values.indices.map { row in
                values.isMissing[row]
                    ? missing : code(.boolean(values.values[row]), in: &dictionary)
            }
        case .text(let values):
            return values.values.indices.map { row in
                values.isMissing[row] ? missing : code(.text(values.values[row]), in: &dictionary)
            }
        }
    }
}
