// Synthesizers: writing a fitted marginal into a model file and reading it back.

extension Marginal {
    /// Writes the marginal: a tag byte, then its parameters.
    public func encode(to writer: inout ModelWriter) {
        switch self {
        case .degenerate(let value):
            writer.append(raw: [0])
            writer.write([value])
        case .normal(let loc, let scale):
            writer.append(raw: [1])
            writer.write([loc, scale])
        case .beta(let a, let b, let loc, let scale):
            writer.append(raw: [2])
            writer.write([a, b, loc, scale])
        case .truncatedNormal(let a, let b, let loc, let scale):
            writer.append(raw: [3])
            writer.write([a, b, loc, scale])
        case .uniform(let loc, let scale):
            writer.append(raw: [4])
            writer.write([loc, scale])
        case .gamma(let a, let loc, let scale):
            writer.append(raw: [5])
            writer.write([a, loc, scale])
        case .kernelDensity(let density):
            writer.append(raw: [6])
            writer.write([density.start, density.step, density.bandwidth])
            writer.write(density.cumulative)
        case .reorderedUniform(let order):
            writer.append(raw: [7])
            writer.write(order.edges)
            writer.write(order.order.map(Double.init))
        }
    }

    /// Reads a marginal written by ``encode(to:)``.
    ///
    /// - Throws: ``ModelFileError/malformed(_:)`` for an unknown tag, a wrong parameter count
    ///   or parameters no fit could produce.
    public static func decode(from reader: inout ModelReader) throws(ModelFileError) -> Marginal {
        let tag = try reader.readTag()
        let p = try reader.readDoubles()
        if tag == 7 { return try reordered(edges: p, from: &reader) }
        let expected = [0: 1, 1: 2, 2: 4, 3: 4, 4: 2, 5: 3, 6: 3]
        guard let count = expected[Int(tag)] else {
            throw .malformed("unknown marginal tag \(tag)")
        }
        guard p.count == count else {
            throw .malformed("marginal tag \(tag) has \(p.count) parameters, not \(count)")
        }
        let marginal: Marginal
        switch tag {
        case 0: marginal = .degenerate(value: p[0])
        case 1: marginal = .normal(loc: p[0], scale: p[1])
        case 2: marginal = .beta(a: p[0], b: p[1], loc: p[2], scale: p[3])
        case 3: marginal = .truncatedNormal(a: p[0], b: p[1], loc: p[2], scale: p[3])
        case 4: marginal = .uniform(loc: p[0], scale: p[1])
        case 5: marginal = .gamma(a: p[0], loc: p[1], scale: p[2])
        default:
            let table = try reader.readDoubles()
            guard table.count >= 2, p[1] > 0 else {
                throw .malformed("a kernel density table has \(table.count) points")
            }
            marginal = .kernelDensity(
                KernelDensity(start: p[0], step: p[1], cumulative: table, bandwidth: p[2]))
        }
        guard marginal.isUsable else {
            throw .malformed("marginal parameters \(p) are not finite or not positive")
        }
        return marginal
    }

    /// Reads the order of a ``reorderedUniform(_:)`` marginal after its edges.
    private static func reordered(
        edges: [Double], from reader: inout ModelReader
    ) throws(ModelFileError) -> Marginal {
        let stored = try reader.readDoubles()
        let order = stored.compactMap { Int(exactly: $0) }
        let increasing = zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 }
        guard !edges.isEmpty, edges.last == 1, increasing, order.count == edges.count,
            Set(order) == Set(edges.indices)
        else {
            throw .malformed(
                "a category order has \(edges.count) edges and order \(stored.prefix(10))")
        }
        return .reorderedUniform(CategoryOrder(edges: edges, order: order))
    }
}
