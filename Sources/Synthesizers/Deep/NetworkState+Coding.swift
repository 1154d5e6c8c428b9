// Synthesizers: a network's parameters and buffers inside a model file.

import NeuralCore

extension ModelWriter {
    /// Writes a network's state (parameters and buffers) as one block of bytes.
    mutating func write(_ state: StateDictionary) {
        write(bytes: state.encoded())
    }
}

extension ModelReader {
    /// Reads a network's state written by ``ModelWriter/write(_:)-(StateDictionary)``.
    ///
    /// - Parameter network: What the state belongs to, for the error message.
    /// - Throws: ``ModelFileError/malformed(_:)`` when the block is not a network state.
    mutating func readNetworkState(of network: String) throws(ModelFileError) -> StateDictionary {
        let bytes = try readBytes()
        do {
            return try StateDictionary(decoding: bytes)
        } catch {
            throw .malformed("the \(network)'s weights cannot be read: \(error)")
        }
    }
}

extension Layer {
    /// Loads a state that was checked when its model file was read.
    ///
    /// - Precondition: the state fits this network (names and shapes).
    func loadChecked(_ state: StateDictionary, network: String) {
        do {
            try load(state)
        } catch {
            preconditionFailure("the \(network)'s saved state does not fit it: \(error)")
        }
    }

    /// Whether `state` fits this network.
    func accepts(_ state: StateDictionary) -> Bool {
        let expected = namedState
        return expected.count == state.entries.count
            && expected.allSatisfy { state[$0.name]?.shape == $0.parameter.shape }
    }
}
