// Synthesizers: writing a fitted mode encoding into a model file and reading it back.

extension ModeEncoding {
    /// The tag of a continuous column in the model file.
    private static let continuousTag: UInt8 = 0

    /// The tag of a discrete column in the model file.
    private static let discreteTag: UInt8 = 1

    /// Writes the encoding: the column count, then per column its name, a tag and either its
    /// full mixture (weights, means, deviations, posterior terms) or its category edges.
    ///
    /// The spans, the width and the active modes follow from these, so they are not stored.
    public func encode(to writer: inout ModelWriter) {
        writer.write(names.count)
        for (index, name) in names.enumerated() {
            writer.write(name)
            if let mixture = mixtures[index] {
                writer.append(raw: [Self.continuousTag])
                writer.write(mixture.weights)
                writer.write(mixture.means)
                writer.write(mixture.standardDeviations)
                writer.write(mixture.posteriorLogWeights)
            } else if case .discrete(let edges) = columns[index] {
                writer.append(raw: [Self.discreteTag])
                writer.write(edges)
            }
        }
    }

    /// Reads an encoding written by ``encode(to:)``.
    ///
    /// - Throws: ``ModelFileError/malformed(_:)`` when the data ends early, a tag is unknown,
    ///   a mixture's arrays differ in length, a parameter is not finite, a deviation is not
    ///   positive, no component is active, or category edges are empty, not finite or decreasing.
    public static func decoded(
        from reader: inout ModelReader
    ) throws(ModelFileError) -> ModeEncoding {
        let count = try reader.readCount(elementSize: 9)
        var names: [String] = []
        var mixtures: [VariationalMixture?] = []
        var edgeLists: [[Double]?] = []
        for _ in 0..<count {
            let name = try reader.readString()
            names.append(name)
            switch try reader.readTag() {
            case continuousTag:
                mixtures.append(try readMixture(from: &reader, column: name))
                edgeLists.append(nil)
            case discreteTag:
                mixtures.append(nil)
                edgeLists.append(try readEdges(from: &reader, column: name))
            case let tag:
                throw .malformed("mode encoding of column '\(name)' has unknown tag \(tag)")
            }
        }
        return ModeEncoding(names: names, mixtures: mixtures, edges: edgeLists)
    }

    private static func readMixture(
        from reader: inout ModelReader, column: String
    ) throws(ModelFileError) -> VariationalMixture {
        let weights = try reader.readDoubles()
        let means = try reader.readDoubles()
        let deviations = try reader.readDoubles()
        let terms = try reader.readDoubles()
        guard !weights.isEmpty,
            [means.count, deviations.count, terms.count].allSatisfy({ $0 == weights.count })
        else {
            throw .malformed(
                "the mixture of column '\(column)' has \(weights.count) weights, "
                    + "\(means.count) means, \(deviations.count) deviations, "
                    + "\(terms.count) posterior terms")
        }
        let mixture = VariationalMixture(
            weights: weights, means: means, standardDeviations: deviations,
            posteriorLogWeights: terms)
        guard mixture.isFinite, weights.allSatisfy({ $0 >= 0 }) else {
            throw .malformed(
                "the mixture of column '\(column)' has unusable parameters: weights \(weights), "
                    + "means \(means), deviations \(deviations)")
        }
        return mixture
    }

    private static func readEdges(
        from reader: inout ModelReader, column: String
    ) throws(ModelFileError) -> [Double] {
        let edges = try reader.readDoubles()
        let increasing = zip(edges, edges.dropFirst()).allSatisfy { $0 <= $1 }
        guard !edges.isEmpty, edges.allSatisfy(\.isFinite), increasing else {
            throw .malformed("the category edges of column '\(column)' are \(edges)")
        }
        return edges
    }
}
