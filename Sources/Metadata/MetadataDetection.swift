// Metadata: detecting sdtypes, the primary key and ranges from a table.

import JSONFormat
import Tabular

extension TableMetadata {
    /// Detects metadata from a table, following the reference's rules (SDV 2.0
    /// `detect_from_dataframes`) with its known defects fixed; `Detection.md` lists every rule
    /// and every deviation.
    ///
    /// In short, per column in order: a name that implies personal information (`email`,
    /// `city`, `phone_number`, ...) or an identifier (a token `id`) decides the sdtype;
    /// otherwise Booleans are categorical, datetimes datetime (with the column's format),
    /// numbers ordinal when there are more than 5 rows, all whole and at most
    /// min(round(n / 10), 10) distinct values, else numerical; strings categorical. The first
    /// column that could be a key becomes the primary key with sdtype `id`. Then ranges are
    /// recorded: `range_is_nullable`, `range_min`/`range_max`, `decimal_places`, and
    /// `range_values` (sorted for numeric ordinals) or `high_cardinality`.
    ///
    /// - Parameters:
    ///   - table: The data.
    ///   - name: The table's name.
    /// - Complexity: O(rows × columns), plus sorting distinct numbers.
    public init(detectingFrom table: Table, name: String = "table") {
        var columns: [ColumnMetadata] = []
        var profiles: [ColumnProfile] = []
        var candidates: [KeyCandidate] = []

        for (index, column) in table.columns.enumerated() {
            let profile = ColumnProfile(column: column)
            let (metadata, candidate) = Self.detectSemanticType(column, profile: profile)
            columns.append(metadata)
            profiles.append(profile)
            if let candidate { candidates.append(KeyCandidate(index: index, isPII: candidate)) }
        }

        let keyIndex = Self.choosePrimaryKey(candidates, columns: &columns)
        for index in columns.indices where index != keyIndex {
            Self.detectRanges(&columns[index], profile: profiles[index], data: table.columns[index])
        }
        self.init(
            name: name,
            columns: columns,
            primaryKey: keyIndex.map { [columns[$0].name] } ?? []
        )
    }

    /// A column that could be the primary key; PII ones only when no other exists.
    private struct KeyCandidate {
        var index: Int
        var isPII: Bool
    }

    /// The sdtype of one column, and whether it is a key candidate (`true`: a PII candidate).
    private static func detectSemanticType(
        _ column: Column,
        profile: ColumnProfile
    ) -> (ColumnMetadata, Bool?) {
        let unique = profile.isUniqueWithoutMissing
        if let named = ColumnNameRules.semanticType(forColumnName: column.name) {
            let metadata = ColumnMetadata(
                name: column.name,
                sdtype: named,
                pii: named.isPII ? true : nil
            )
            return (metadata, unique ? named.isPII : nil)
        }

        let n = profile.count
        let sdtype: SemanticType
        var isCandidate = false
        switch column.kind {
        case .boolean:
            sdtype = .categorical
        case .datetime:
            sdtype = .datetime
        case .number:
            let limit = min(Int((Double(n) / 10).rounded(.toNearestOrEven)), 10)
            let isOrdinal = n > 5 && profile.allWhole && profile.distinctCount >= 1
                && profile.distinctCount <= limit
            sdtype = isOrdinal ? .ordinal : .numerical
            isCandidate = n > 5 && unique && profile.allWhole && profile.allNonNegative
        case .category, .text:
            sdtype = .categorical
            isCandidate = n > 5 && unique
        }
        return (ColumnMetadata(name: column.name, sdtype: sdtype), isCandidate ? false : nil)
    }

    /// Makes the first non-PII candidate (else the first PII candidate) the primary key;
    /// a non-PII key gets sdtype `id`. Returns the key's column index.
    private static func choosePrimaryKey(
        _ candidates: [KeyCandidate],
        columns: inout [ColumnMetadata]
    ) -> Int? {
        if let plain = candidates.first(where: { !$0.isPII }) {
            columns[plain.index].sdtype = .id
            columns[plain.index].pii = nil
            return plain.index
        }
        return candidates.first?.index
    }
}

extension MetadataDocument {
    /// A document holding the metadata detected from one table; see
    /// ``TableMetadata/init(detectingFrom:name:)``.
    public init(detectingFrom table: Table, tableName: String = "table") {
        self.init(table: TableMetadata(detectingFrom: table, name: tableName))
    }
}
