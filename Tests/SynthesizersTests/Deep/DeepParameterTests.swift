// SynthesizersTests: every invalid parameter of the deep synthesizers is a clear error.

import Testing

@testable import Synthesizers

@Suite("Deep synthesizer parameters")
struct DeepParameterTests {
    @Test(arguments: [
        ("ctgan", "epochs", "0"), ("ctgan", "epochs", "-3"), ("ctgan", "epochs", "many"),
        ("ctgan", "generator_dim", "0,256"), ("ctgan", "generator_dim", "256,,256"),
        ("ctgan", "generator_dim", ""), ("ctgan", "discriminator_dim", "big"),
        ("ctgan", "generator_lr", "0"), ("ctgan", "discriminator_lr", "-1e-4"),
        ("ctgan", "generator_decay", "2"), ("ctgan", "batch_size", "0"),
        ("ctgan", "pac", "0"), ("ctgan", "discriminator_steps", "0"),
        ("ctgan", "log_frequency", "sometimes"), ("tvae", "loss_factor", "0"),
        ("tvae", "compress_dims", "128;128"), ("tvae", "l2scale", "-1"),
        ("tvae", "embedding_dim", "0"), ("copula-gan", "default_distribution", "cauchy"),
        ("copula-gan", "pac", "1000"),
    ])
    func anInvalidValueNamesTheParameterAndWhatIsAllowed(
        name: String, parameter: String, value: String
    ) {
        #expect {
            try TableSynthesizer(named: name, settings: [(parameter, value)])
        } throws: { error in
            guard
                case .invalidParameterValue(let named, let given, let expected) =
                    error as? SynthesizerError
            else { return false }
            return named == parameter && given == value && !expected.isEmpty
        }
    }

    @Test(arguments: ["ctgan", "copula-gan"])
    func aBatchThatIsNotAMultipleOfThePackSaysHowToFixIt(name: String) throws {
        let error = #expect(throws: SynthesizerError.self) {
            try TableSynthesizer(named: name, settings: [("batch_size", "55"), ("pac", "10")])
        }
        let text = try #require(error).description
        #expect(text.contains("batch_size") && text.contains("multiple of pac (10)"))
        #expect(text.contains("50") && text.contains("60"))
    }

    @Test func unknownParametersAreRefusedWithTheKnownNames() {
        #expect(throws: SynthesizerError.self) {
            try TableSynthesizer(named: "tvae", settings: [("pac", "10")])
        }
        #expect(throws: SynthesizerError.self) {
            try TableSynthesizer(named: "ctgan", settings: [("compress_dims", "64")])
        }
    }

    @Test func layerListsAndTheCompatibilityFlagAreAccepted() throws {
        let synthesizer = try TableSynthesizer(
            named: "ctgan",
            settings: [("generator-dim", " 64, 32 "), ("cuda", "false"), ("verbose", "yes")])
        let model = try #require(synthesizer.model as? CTGAN)
        #expect(model.settings.generatorDimensions == [64, 32])
        #expect(model.settings.verbose)
    }
}
