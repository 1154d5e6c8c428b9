// Metrics: the quality and diagnostic reports as JSON, in the shape of the command contract.

import JSONFormat

extension QualityReport {
    /// The report as the JSON object of `facsimile evaluate --json` (its `quality` member),
    /// which is also the shape of the reference's figures in the golden `report.json` files.
    ///
    /// Undefined numbers are `null`. A row whose metric failed carries an `error` member.
    public var jsonValue: JSONValue {
        .object([
            "score": .number(score).definedOrNull,
            "properties": .object(
                JSONObject(properties.map { ($0.name, JSONValue.number($0.score).definedOrNull) })),
            "real_correlation_threshold": .number(options.correlationThreshold),
            "real_association_threshold": .number(options.associationThreshold),
            "column_shapes": .array(columnShapes.map(\.jsonValue)),
            "column_pair_trends": .array(columnPairTrends.map(\.jsonValue)),
        ])
    }
}

extension QualityReport.ColumnShape {
    /// One `column_shapes` row.
    public var jsonValue: JSONValue {
        var object: JSONObject = [
            "column": .string(column),
            "metric": .string(metric.rawValue),
            "score": .number(score).definedOrNull,
        ]
        if let error { object["error"] = .string(error) }
        return .object(object)
    }
}

extension QualityReport.ColumnPairTrend {
    /// One `column_pair_trends` row.
    public var jsonValue: JSONValue {
        var object: JSONObject = [
            "column_1": .string(column1),
            "column_2": .string(column2),
            "metric": .string(metric.rawValue),
            "score": .number(score).definedOrNull,
            "real_correlation": .number(realCorrelation).definedOrNull,
            "synthetic_correlation": .number(syntheticCorrelation).definedOrNull,
            "real_association": .number(realAssociation).definedOrNull,
            "meets_threshold": .bool(meetsThreshold),
        ]
        if let error { object["error"] = .string(error) }
        return .object(object)
    }
}

extension DiagnosticReport {
    /// The report as the `diagnostic` member of `facsimile evaluate --json`.
    public var jsonValue: JSONValue {
        .object([
            "score": .number(score).definedOrNull,
            "properties": .object(
                JSONObject(properties.map { ($0.name, JSONValue.number($0.score).definedOrNull) })),
            "details": .object(
                JSONObject(details.map { ($0.name, JSONValue.array($0.rows.map(\.jsonValue))) })),
        ])
    }
}

extension DiagnosticReport.Detail {
    /// One row of a property's details; rows about the whole table have no `column`.
    public var jsonValue: JSONValue {
        var object = JSONObject()
        if let column { object["column"] = .string(column) }
        object["metric"] = .string(metric.rawValue)
        object["score"] = JSONValue.number(score).definedOrNull
        if let error { object["error"] = .string(error) }
        return .object(object)
    }
}

extension JSONValue {
    /// `null` in place of a NaN or infinite number; every other value unchanged.
    fileprivate var definedOrNull: JSONValue {
        if case .number(let number) = self, !number.isFinite { return .null }
        return self
    }
}
