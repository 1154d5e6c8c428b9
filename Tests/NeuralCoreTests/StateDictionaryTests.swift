// NeuralCoreTests: saving parameters and optimizer state as bytes, and loading them back.

import Linalg
import NeuralCore
import Testing

@Suite("StateDictionary")
struct StateDictionaryTests {
    /// One entry named "a" holding [1, −2]: every byte of the layout, written out by hand.
    @Test func layoutOfATinyDictionary() {
        let state = StateDictionary([.init(name: "a", tensor: Tensor([1, -2]))])
        let expected: [UInt8] = [
            0x46, 0x58, 0x4E, 0x43,  // "FXNC"
            1, 0, 0, 0,  // version
            1, 0, 0, 0,  // one entry
            1, 0, 0, 0, 0x61,  // name "a"
            1, 0, 0, 0,  // rank 1
            2, 0, 0, 0, 0, 0, 0, 0,  // extent 2
            0x00, 0x00, 0x80, 0x3F,  // 1.0
            0x00, 0x00, 0x00, 0xC0,  // −2.0
        ]
        #expect(state.encoded() == expected)
    }

    @Test func layerStateRoundTripsThroughBytes() throws {
        var generator = RandomSource(seed: 1)
        let source = Residual(inputs: 3, outputs: 2, using: &generator)
        var context = LayerContext(isTraining: true, seed: 0)
        _ = source(Variable(Tensor(rows: [[1, 2, 3], [0, 1, -1]])), context: &context)
        let bytes = source.stateDictionary().encoded()

        let target = Residual(inputs: 3, outputs: 2, using: &generator)
        #expect(target.stateDictionary() != source.stateDictionary())
        try target.load(StateDictionary(decoding: bytes))
        #expect(target.stateDictionary() == source.stateDictionary())
        #expect(target.batchNorm.runningMean.value == source.batchNorm.runningMean.value)
    }

    @Test func scalarsEmptyTensorsAndUnicodeNamesRoundTrip() throws {
        let state = StateDictionary([
            .init(name: "étape", tensor: Tensor(3)),
            .init(name: "空", tensor: Tensor(zeros: [0, 4])),
            .init(name: "", tensor: Tensor(rows: [[1, 2], [3, 4]])),
        ])
        #expect(try StateDictionary(decoding: state.encoded()) == state)
        #expect(try StateDictionary(decoding: StateDictionary([]).encoded()).entries.isEmpty)
    }

    /// Resuming from saved optimizer state continues exactly as the uninterrupted run.
    @Test func adamStateResumesIdentically() throws {
        let original = Parameter(Tensor([1, -1]))
        let optimizer = try Adam(parameters: [original], learningRate: 0.1)
        func step(_ parameter: Parameter, _ optimizer: Adam) {
            optimizer.zeroGradients()
            (parameter.variable.pow(3)).sum().backward()
            optimizer.step()
        }
        step(original, optimizer)
        step(original, optimizer)
        let saved = try StateDictionary(decoding: optimizer.state().encoded())

        let resumed = Parameter(original.value)
        let restored = try Adam(parameters: [resumed], learningRate: 0.1)
        try restored.load(saved)
        step(original, optimizer)
        step(resumed, restored)
        #expect(resumed.value == original.value)
    }

    @Test func everyTruncationIsReportedNotTrapped() {
        let bytes = StateDictionary([
            .init(name: "w", tensor: Tensor(rows: [[1, 2]])), .init(name: "b", tensor: Tensor(1)),
        ]).encoded()
        for length in 0..<bytes.count {
            #expect(throws: StateError.self) {
                try StateDictionary(decoding: Array(bytes[0..<length]))
            }
        }
    }

    @Test func foreignNewerAndPaddedBytesAreRejected() {
        var bytes = StateDictionary([.init(name: "x", tensor: Tensor([1]))]).encoded()
        #expect(throws: StateError(problems: [.notAStateDictionary])) {
            try StateDictionary(decoding: Array("PK\u{3}\u{4}rest".utf8))
        }
        #expect(throws: StateError(problems: [.trailingBytes(count: 1)])) {
            try StateDictionary(decoding: bytes + [0])
        }
        bytes[4] = 2
        #expect(throws: StateError(problems: [.unsupportedVersion(2)])) {
            try StateDictionary(decoding: bytes)
        }
    }

    @Test func loadingIntoAnotherArchitectureNamesEveryProblem() {
        var generator = RandomSource(seed: 1)
        let small = Linear(inputs: 2, outputs: 3, using: &generator)
        let large = Linear(inputs: 4, outputs: 3, using: &generator)
        let before = large.weight.value
        do {
            try large.load(StateDictionary([.init(name: "weight", tensor: small.weight.value)]))
            Issue.record("loading should have failed")
        } catch {
            #expect(
                error.problems == [
                    .shapeMismatch(name: "weight", expected: [3, 4], found: [3, 2]),
                    .missing(name: "bias"),
                ])
            #expect(error.description.contains("'weight' has shape [3, 2]"))
        }
        #expect(large.weight.value == before)
    }
}
