// NeuralCore: named tensors (parameters, buffers, optimizer state) and loading them back.

/// An ordered list of named tensors: a layer's parameters and buffers, or an optimizer's
/// state (PyTorch's `state_dict`). It encodes to bytes with ``encoded()``; the layout is
/// described in ``init(decoding:)``.
public struct StateDictionary: Sendable, Equatable {
    /// One named tensor.
    public struct Entry: Sendable, Equatable {
        /// The name, for example `0.fc.weight` or `exp_avg.3`.
        public let name: String

        /// The values.
        public let tensor: Tensor

        /// An entry.
        public init(name: String, tensor: Tensor) {
            self.name = name
            self.tensor = tensor
        }
    }

    /// The entries, in order.
    public let entries: [Entry]

    /// A dictionary of `entries`.
    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// The tensor named `name`, or `nil`.
    public subscript(name: String) -> Tensor? {
        entries.first { $0.name == name }?.tensor
    }

    /// The tensors named in `expected`, in that order, after checking their shapes.
    ///
    /// - Throws: ``StateError`` listing every missing name and every wrong shape.
    func tensors(matching expected: [(String, [Int])]) throws(StateError) -> [Tensor] {
        var problems: [StateError.Problem] = []
        var found: [Tensor] = []
        for (name, shape) in expected {
            guard let tensor = self[name] else {
                problems.append(.missing(name: name))
                continue
            }
            if tensor.shape != shape {
                problems.append(.shapeMismatch(name: name, expected: shape, found: tensor.shape))
            }
            found.append(tensor)
        }
        if !problems.isEmpty { throw StateError(problems: problems) }
        return found
    }
}

extension Layer {
    /// The parameters and buffers of this layer, by name.
    public func stateDictionary() -> StateDictionary {
        StateDictionary(namedState.map { .init(name: $0.name, tensor: $0.parameter.value) })
    }

    /// Replaces this layer's parameters and buffers by those in `state`. Nothing is changed
    /// unless every name is present with the right shape.
    ///
    /// - Throws: ``StateError`` listing every missing name and every wrong shape.
    public func load(_ state: StateDictionary) throws(StateError) {
        let targets = namedState
        let tensors = try state.tensors(matching: targets.map { ($0.name, $0.parameter.shape) })
        for (target, tensor) in zip(targets, tensors) {
            target.parameter.value = tensor
        }
    }
}

/// Saved state that does not fit: missing names, wrong shapes, or bytes that are not a
/// state dictionary. Every problem found is listed.
public struct StateError: Error, CustomStringConvertible, Equatable {
    /// One thing wrong with saved state.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The state has no tensor with this name.
        case missing(name: String)
        /// The tensor has another shape than the model's.
        case shapeMismatch(name: String, expected: [Int], found: [Int])
        /// The bytes end before the layout says they should, at this offset.
        case truncated(offset: Int)
        /// The bytes do not start with the magic number `FXNC`.
        case notAStateDictionary
        /// The layout version is newer than this library reads.
        case unsupportedVersion(UInt32)
        /// An entry declares a rank above 2 or a name that is not UTF-8.
        case malformedEntry(index: Int, reason: String)
        /// Bytes follow the last entry.
        case trailingBytes(count: Int)

        /// What is wrong and what to do.
        public var description: String {
            switch self {
            case .missing(let name):
                return "no tensor named '\(name)'; save the state from the same architecture"
            case .shapeMismatch(let name, let expected, let found):
                return "'\(name)' has shape \(found), the model needs \(expected); "
                    + "the state comes from a network of other sizes"
            case .truncated(let offset):
                return "the bytes end at offset \(offset) in the middle of an entry; "
                    + "the file is truncated"
            case .notAStateDictionary:
                return "the bytes do not start with 'FXNC'; this is not a saved state"
            case .unsupportedVersion(let version):
                return "layout version \(version) is newer than version 1 that this library "
                    + "reads; update the library"
            case .malformedEntry(let index, let reason):
                return "entry \(index) is malformed (\(reason)); the file is corrupted"
            case .trailingBytes(let count):
                return "\(count) bytes follow the last entry; the file is corrupted"
            }
        }
    }

    /// Every problem found.
    public let problems: [Problem]

    /// An error listing `problems`.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// The problems, one after the other.
    public var description: String {
        "saved state does not fit: " + problems.map(\.description).joined(separator: "; ")
    }
}
