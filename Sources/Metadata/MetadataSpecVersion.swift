// Metadata: the versions of the reference's metadata format.

/// The versions of the reference's metadata format (`METADATA_SPEC_VERSION`).
public enum MetadataSpecVersion: String, Sendable, CaseIterable {
    /// The current multi-table format of SDV 2.0 (also used for one table).
    case v2 = "V2"
    /// The multi-table format of SDV 1.x.
    case multiTableV1 = "MULTI_TABLE_V1"
    /// Another spelling of ``multiTableV1``.
    case v1 = "V1"
    /// The single-table format of SDV 1.x: the table object at the top level.
    case singleTableV1 = "SINGLE_TABLE_V1"

    /// Whether the file holds the table object at the top level instead of under `tables`.
    public var isSingleTable: Bool { self == .singleTableV1 }
}
