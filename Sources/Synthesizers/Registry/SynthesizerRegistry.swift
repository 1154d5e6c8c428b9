// Synthesizers: the registry of synthesizers by name, with descriptions and parameter schemas.

/// A registered synthesizer: its name, a one-line description, its parameter schema, and how
/// to make it unfitted from parameters or fitted from a model file.
public struct SynthesizerEntry: Sendable {
    /// The name, e.g. `gaussian-copula`.
    public let name: String
    /// One line saying what it is.
    public let summary: String
    /// Its parameters.
    public let schema: ParameterSchema
    /// Makes an unfitted synthesizer from checked parameter values.
    public let make: @Sendable (ParameterValues) throws -> any Synthesizer
    /// Reads a fitted synthesizer's model numbers (written by ``Synthesizer/encodeModel(to:)``).
    public let decode: @Sendable (ParameterValues, inout ModelReader) throws -> any Synthesizer

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - name: The name; matched ignoring case, with `-` and `_` alike.
    ///   - summary: One line for listings.
    ///   - parameters: The parameter specifications.
    ///   - make: Makes an unfitted synthesizer.
    ///   - decode: Reads a fitted one; throw ``ModelFileError`` for damaged data.
    public init(
        name: String,
        summary: String,
        parameters: [ParameterSpecification],
        make: @escaping @Sendable (ParameterValues) throws -> any Synthesizer,
        decode: @escaping @Sendable (ParameterValues, inout ModelReader) throws -> any Synthesizer
    ) {
        self.name = name
        self.summary = summary
        self.schema = ParameterSchema(synthesizer: name, specifications: parameters)
        self.make = make
        self.decode = decode
    }
}

/// The synthesizers known by name. A value: start from ``standard`` and ``register(_:)`` more.
public struct SynthesizerRegistry: Sendable {
    /// The entries, in registration order.
    public private(set) var entries: [SynthesizerEntry]

    /// Creates a registry with the given entries.
    public init(entries: [SynthesizerEntry] = []) {
        self.entries = entries
    }

    /// The synthesizers this module provides: `gaussian-copula`, the `fast-ml` preset, `ctgan`,
    /// `tvae` and `copula-gan`.
    public static let standard = SynthesizerRegistry(entries: [
        GaussianCopula.entry, GaussianCopula.fastMLEntry, CTGAN.entry, TVAE.entry,
        CopulaGAN.entry,
    ])

    /// Adds an entry, replacing one with the same (normalised) name.
    public mutating func register(_ entry: SynthesizerEntry) {
        let key = Self.key(entry.name)
        entries.removeAll { Self.key($0.name) == key }
        entries.append(entry)
    }

    /// The entry called `name`, ignoring case and treating `-` and `_` alike.
    ///
    /// - Throws: ``SynthesizerError/unknownSynthesizer(name:known:)`` listing the names.
    public func entry(named name: String) throws(SynthesizerError) -> SynthesizerEntry {
        let key = Self.key(name)
        guard let entry = entries.first(where: { Self.key($0.name) == key }) else {
            throw .unknownSynthesizer(name: name, known: entries.map(\.name))
        }
        return entry
    }

    static func key(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "_", with: "-")
    }
}
