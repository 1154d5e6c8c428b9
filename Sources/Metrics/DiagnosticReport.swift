// Metrics: the Diagnostic Report, Data Validity and Data Structure, as the reference scores them.

import Tabular

/// Whether the synthetic table is valid against the real one: the reference's Diagnostic
/// Report.
///
/// - **Data Validity**: one row per column and metric, in schema order: numerical columns by
///   ``BoundaryAdherence``; datetime columns by ``BoundaryAdherence`` and, when a format is
///   declared, ``DatetimeFormatAdherence``; categorical and Boolean columns by
///   ``CategoryAdherence``; an id or other column by ``KeyUniqueness`` when it is the primary
///   or an alternate key (a composite key gets one row first, on all its columns), and an id
///   column with a declared pattern by ``RegexFormatAdherence``. The property is the mean of
///   the defined scores.
/// - **Data Structure**: ``TableStructure``.
///
/// ```
/// score = mean of the properties that are numbers
/// ```
public struct DiagnosticReport: Sendable {
    /// One row of a property's details.
    public struct Detail: Sendable, Hashable {
        /// The column (a composite key's names joined by ", "); `nil` for Data Structure.
        public var column: String?
        /// The metric that scored it.
        public var metric: MetricKind
        /// The score in [0, 1], NaN when undefined or failed.
        public var score: Double
        /// Why the metric failed, or `nil`.
        public var error: String?
    }

    /// The Data Validity rows.
    public let dataValidity: [Detail]
    /// The Data Structure row (one, TableStructure).
    public let dataStructure: [Detail]
    /// The mean of the defined Data Validity scores; NaN when none is defined.
    public let dataValidityScore: Double
    /// The TableStructure score.
    public let dataStructureScore: Double

    /// Checks `synthetic` against `real`.
    ///
    /// - Throws: ``MetricsError`` when the tables' columns differ from each other or from the
    ///   schema, or a table is empty. Failures of single metrics do not throw.
    /// - Complexity: O(c · n) expected for c columns and n rows.
    public init(real: Table, synthetic: Table, schema: EvaluationSchema) throws(MetricsError) {
        let input = try EvaluationInput(real: real, synthetic: synthetic, schema: schema)
        dataValidity = Self.validity(input)
        let datetimes = Set(schema.columns.filter { $0.type == .datetime }.map(\.name))
        let structure = TableStructure.score(
            real: real, synthetic: synthetic, datetimeColumns: datetimes)
        dataStructure = [Detail(column: nil, metric: .tableStructure, score: structure)]
        dataValidityScore = meanOfDefined(dataValidity.map(\.score))
        dataStructureScore = structure
    }

    /// The overall score: the mean of the property scores that are numbers.
    public var score: Double { meanOfDefined([dataValidityScore, dataStructureScore]) }

    /// Each property's rows, in the reference's order (the `details` object of the JSON
    /// contract): `("Data Validity", rows)`, `("Data Structure", rows)`.
    public var details: [(name: String, rows: [Detail])] {
        [("Data Validity", dataValidity), ("Data Structure", dataStructure)]
    }

    /// The properties in the reference's order: `("Data Validity", s)`,
    /// `("Data Structure", s)`.
    public var properties: [(name: String, score: Double)] {
        [("Data Validity", dataValidityScore), ("Data Structure", dataStructureScore)]
    }

    private static func validity(_ input: EvaluationInput) -> [Detail] {
        let key = input.schema.primaryKey
        var rows: [Detail] = []
        if key.count > 1 {
            let columns = key.map { input.columns($0).synthetic }
            rows.append(
                Detail(
                    column: key.joined(separator: ", "), metric: .keyUniqueness,
                    score: KeyUniqueness.score(synthetic: columns)))
        }
        for column in input.schema.columns {
            let isKey = key == [column.name] || input.schema.alternateKeys.contains(column.name)
            for metric in metrics(for: column, isKey: isKey) {
                rows.append(detail(metric, column, input))
            }
        }
        return rows
    }

    private static func metrics(for column: EvaluatedColumn, isKey: Bool) -> [MetricKind] {
        switch column.type {
        case .numerical: [.boundaryAdherence]
        case .datetime:
            column.datetimeFormat == nil
                ? [.boundaryAdherence] : [.boundaryAdherence, .datetimeFormatAdherence]
        case .categorical, .boolean: [.categoryAdherence]
        case .id:
            (isKey ? [.keyUniqueness] : [])
                + (column.regexFormat == nil ? [] : [.regexFormatAdherence])
        case .other: isKey ? [.keyUniqueness] : []
        }
    }

    private static func detail(
        _ metric: MetricKind, _ column: EvaluatedColumn, _ input: EvaluationInput
    ) -> Detail {
        let name = column.name
        let (real, synthetic) = input.columns(name)
        let declared = column.declaredRange
        do throws(MetricsError) {
            let score: Double =
                switch metric {
                case .boundaryAdherence:
                    try BoundaryAdherence.score(
                        real: real, synthetic: synthetic, declared: declared)
                case .datetimeFormatAdherence:
                    try DatetimeFormatAdherence.score(
                        synthetic: synthetic, format: column.datetimeFormat ?? "")
                case .categoryAdherence:
                    CategoryAdherence.score(
                        real: real, synthetic: synthetic, declared: declared)
                case .regexFormatAdherence:
                    try RegexFormatAdherence.score(
                        synthetic: synthetic, pattern: column.regexFormat ?? "")
                default:
                    KeyUniqueness.score(synthetic: [synthetic])
                }
            return Detail(column: name, metric: metric, score: score)
        } catch {
            return Detail(column: name, metric: metric, score: .nan, error: error.description)
        }
    }
}
