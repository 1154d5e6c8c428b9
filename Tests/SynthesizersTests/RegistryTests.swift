// SynthesizersTests: the registry, parameter schemas and their errors.

import Testing

@testable import Synthesizers

@Suite("Registry and parameters")
struct RegistryTests {
    @Test func namesMatchIgnoringCaseAndSeparators() throws {
        let registry = SynthesizerRegistry.standard
        let names = ["gaussian-copula", "fast-ml", "ctgan", "tvae", "copula-gan"]
        #expect(registry.entries.map(\.name) == names)
        #expect(try registry.entry(named: "Gaussian_Copula").name == "gaussian-copula")
        #expect(try registry.entry(named: "FAST-ML").name == "fast-ml")
        #expect(try registry.entry(named: "Copula_GAN").name == "copula-gan")
        #expect(throws: SynthesizerError.unknownSynthesizer(name: "par", known: names)) {
            try registry.entry(named: "par")
        }
    }

    @Test func schemaListsEveryParameterWithDefaults() throws {
        let schema = try SynthesizerRegistry.standard.entry(named: "gaussian-copula").schema
        #expect(
            schema.specifications.map(\.flag) == [
                "--enforce-min-max-values", "--enforce-rounding", "--default-distribution",
                "--numerical-distributions",
            ])
        let defaults = schema.defaults
        #expect(defaults["default_distribution"] == .choice("beta"))
        #expect(defaults["enforce_rounding"] == .boolean(true))
        let fast = try SynthesizerRegistry.standard.entry(named: "fast-ml").schema.defaults
        #expect(fast["default_distribution"] == .choice("norm"))
        #expect(fast["enforce_rounding"] == .boolean(false))
        #expect(fast["enforce_min_max_values"] == .boolean(true))
    }

    @Test func settingsFromTheCommandLineAreConverted() throws {
        let schema = try SynthesizerRegistry.standard.entry(named: "gaussian-copula").schema
        let values = try schema.parse([
            ("--default-distribution", "Truncnorm"), ("enforce-min-max-values", "false"),
            ("numerical_distributions", "age=gamma"), ("--numerical-distributions", "x=y=norm"),
        ])
        #expect(values["default_distribution"] == .choice("truncnorm"))
        #expect(values["enforce_min_max_values"] == .boolean(false))
        #expect(
            values.perColumn("numerical_distributions") == [
                "age": .choice("gamma"), "x=y": .choice("norm"),
            ])
        let copula = GaussianCopula(parameters: values)
        #expect(copula.defaultDistribution == .truncnorm)
        #expect(copula.numericalDistributions == ["age": .gamma, "x=y": .norm])
        #expect(!copula.enforceMinMaxValues)
    }

    @Test func badSettingsNameTheFix() throws {
        let schema = try SynthesizerRegistry.standard.entry(named: "gaussian-copula").schema
        #expect(
            throws: SynthesizerError.unknownParameter(
                name: "--epochs", synthesizer: "gaussian-copula",
                known: schema.specifications.map(\.flag))
        ) {
            try schema.parse([("--epochs", "10")])
        }
        do {
            _ = try schema.parse([("default-distribution", "t")])
            Issue.record("accepted 't'")
        } catch {
            #expect(
                error.description.contains("norm, beta, truncnorm, uniform, gamma, gaussian_kde"))
            #expect(error.description.contains("'default_distribution' cannot be 't'"))
        }
        #expect(throws: SynthesizerError.self) {
            try schema.parse([("enforce-rounding", "maybe")])
        }
        #expect(throws: SynthesizerError.self) {
            try schema.parse([("numerical-distributions", "gamma")])
        }
    }

    @Test func aPerColumnSettingMustNameAColumn() throws {
        var synthesizer = try TableSynthesizer(
            named: "gaussian-copula", settings: [("numerical-distributions", "height=gamma")])
        let table = try smallTable()
        #expect(
            throws: SynthesizerError.unknownColumn(
                parameter: "numerical_distributions", column: "height", available: ["x", "y"])
        ) {
            try synthesizer.fit(table, plan: .inferred(from: table))
        }
    }

    @Test func misspeltNamesGetTheNearestSuggested() throws {
        let names = SynthesizerRegistry.standard.entries.map(\.name)
        let synthesizer = SynthesizerError.unknownSynthesizer(name: "CTGN", known: names)
        #expect(synthesizer.description.contains("'CTGN' (did you mean ctgan?); choose one of"))

        let schema = try SynthesizerRegistry.standard.entry(named: "ctgan").schema
        let flags = schema.specifications.map(\.flag)
        let parameter = SynthesizerError.unknownParameter(
            name: "embeding_dim", synthesizer: "ctgan", known: flags)
        #expect(parameter.description.contains("'embeding_dim' (did you mean --embedding-dim?)"))

        let column = SynthesizerError.unknownColumn(
            parameter: "numerical_distributions", column: "Sepal.Lenght",
            available: ["Sepal.Length", "Species"])
        #expect(column.description.contains("have (did you mean 'Sepal.Length'?); the columns"))
    }

    @Test func farOffNamesGetNoSuggestion() throws {
        let flags = try SynthesizerRegistry.standard.entry(named: "ctgan").schema
            .specifications.map(\.flag)
        let parameter = SynthesizerError.unknownParameter(
            name: "bogus", synthesizer: "ctgan", known: flags)
        #expect(parameter.description.hasPrefix("synthesizer 'ctgan' has no parameter 'bogus';"))
        let names = SynthesizerRegistry.standard.entries.map(\.name)
        let synthesizer = SynthesizerError.unknownSynthesizer(name: "par", known: names)
        #expect(!synthesizer.description.contains("did you mean"))
    }
}
