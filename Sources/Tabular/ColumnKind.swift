// Tabular: the kinds of values a column can hold.

/// The storage kind of a column: what the values are, before any statistical meaning is given
/// to them.
///
/// Kinds are about representation only. Whether a column of numbers is a measurement, an
/// ordered category or a key is decided later, by the `Metadata` module's sdtypes.
public enum ColumnKind: String, Sendable, CaseIterable, Hashable {
    /// Real numbers, stored as `Double`, remembering whether the source held integers.
    case number
    /// A small set of repeated strings, stored once each and referenced by code.
    case category
    /// Points in time, stored as seconds since the Unix epoch, with the text format they came in.
    case datetime
    /// `true` and `false`, remembering how the source spelled them.
    case boolean
    /// Free text such as identifiers and keys, where nearly every value is different.
    case text
}
