// Synthesizers: one fitted reversible transformer, whichever kind the column needed.

import Linalg
import Tabular

/// The fitted transformer of one column.
public enum ColumnTransformer: Sendable, Equatable {
    /// A numerical column.
    case numerical(NumericalTransformer)
    /// A categorical, boolean or ordinal column.
    case uniform(UniformEncoder)
    /// A datetime column.
    case datetime(DatetimeTransformer)
    /// An identifier column (generated, not modelled).
    case identifier(IdentifierGenerator)
    /// A personal-information column (generated, not modelled).
    case personal(PersonalGenerator)

    /// Whether the column has a model column (generated columns have none).
    public var isModelled: Bool {
        switch self {
        case .numerical, .uniform, .datetime: true
        case .identifier, .personal: false
        }
    }

    /// Fits the transformer a column's role calls for.
    ///
    /// - Throws: ``SynthesizerError/invalidData(_:)`` for an ordinal value outside its order.
    static func fitting(
        _ column: Column, role: ColumnRole, isKey: Bool, options: TransformOptions,
        random: inout RandomSource
    ) throws(SynthesizerError) -> ColumnTransformer {
        switch (role, column.data) {
        case (.numerical, .number(let numbers)):
            return .numerical(NumericalTransformer(fitting: numbers, options: options))
        case (.datetime, .datetime(let datetimes)):
            return .datetime(DatetimeTransformer(fitting: datetimes, options: options))
        case (.ordinal(let order), _):
            return .uniform(try UniformEncoder(fitting: column, order: order, ordered: true))
        case (.identifier, _):
            return .identifier(IdentifierGenerator(fitting: column, random: &random))
        case (.personal(let kind), _):
            return .personal(PersonalGenerator(fitting: column, kind: kind, isUnique: isKey))
        default:
            return .uniform(try UniformEncoder(fitting: column, order: nil, ordered: false))
        }
    }

    /// The model values of a column (only for modelled transformers).
    func transform(_ column: Column, random: inout RandomSource) -> [Double] {
        switch (self, column.data) {
        case (.numerical(let transformer), .number(let numbers)):
            return transformer.transform(numbers)
        case (.datetime(let transformer), .datetime(let datetimes)):
            return transformer.transform(datetimes)
        case (.uniform(let encoder), _):
            return encoder.transform(column, random: &random)
        default:
            preconditionFailure("ColumnTransformer.transform: \(column.kind) does not fit \(self)")
        }
    }

    /// The column back from model values (`nil` for generated columns) for `count` rows.
    func reverse(
        _ values: [Double]?, count: Int, name: String, cursor: inout UInt64,
        random: inout RandomSource
    ) -> Column {
        switch self {
        case .numerical(let transformer):
            let numbers = transformer.reverse(values ?? [], random: &random)
            return Column(name: name, numbers: numbers)
        case .datetime(let transformer):
            return Column(
                name: name, data: .datetime(transformer.reverse(values ?? [], random: &random)))
        case .uniform(let encoder):
            return encoder.reverse(values ?? [], name: name)
        case .identifier(let generator):
            return generator.generate(count: count, name: name, cursor: &cursor, random: &random)
        case .personal(let generator):
            return generator.generate(count: count, name: name, cursor: &cursor, random: &random)
        }
    }
}
