// Metrics: the names of the metrics the reports use.

/// A metric a report row was computed with; the raw value is the reference's name.
public enum MetricKind: String, Sendable, Hashable, CaseIterable {
    /// ``KSComplement``.
    case ksComplement = "KSComplement"
    /// ``TVComplement``.
    case tvComplement = "TVComplement"
    /// ``CorrelationSimilarity``.
    case correlationSimilarity = "CorrelationSimilarity"
    /// ``ContingencySimilarity``.
    case contingencySimilarity = "ContingencySimilarity"
    /// ``BoundaryAdherence``.
    case boundaryAdherence = "BoundaryAdherence"
    /// ``CategoryAdherence``.
    case categoryAdherence = "CategoryAdherence"
    /// ``KeyUniqueness``.
    case keyUniqueness = "KeyUniqueness"
    /// ``DatetimeFormatAdherence``.
    case datetimeFormatAdherence = "DatetimeFormatAdherence"
    /// ``RegexFormatAdherence``.
    case regexFormatAdherence = "RegexFormatAdherence"
    /// ``TableStructure``.
    case tableStructure = "TableStructure"
}

/// The mean of the scores that are numbers; NaN when there are none.
func meanOfDefined(_ scores: [Double]) -> Double {
    let defined = scores.filter { !$0.isNaN }
    guard !defined.isEmpty else { return .nan }
    return defined.reduce(0, +) / Double(defined.count)
}
