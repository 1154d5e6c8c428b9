// SynthesizersTests: whole CTGAN training steps computed by ctgan on PyTorch
// (Tests/Fixtures/neural/ctgan-step.json, written by make_ctgan_step.py beside it), and the
// pieces that feed its random quantities to NeuralCore.

import Foundation
import NeuralCore
import TestSupport

@testable import Synthesizers

/// The fixture: initial weights, then per iteration (a critic step, then a generator step) the
/// step's random inputs and PyTorch's results.
struct CTGANStepFixture: Decodable {
    /// The sizes and the encoded row's spans; the last span is the one discrete column, the
    /// condition.
    struct Setup: Decodable {
        struct Span: Decodable {
            let start: Int
            let end: Int
            let isScalar: Bool
        }
        let batch: Int
        let embedding: Int
        let pack: Int
        let hidden: Int
        let spans: [Span]

        var width: Int { spans.last?.end ?? 0 }
        var discreteSpan: Range<Int> { (spans.last?.start ?? 0)..<width }
        var outputSpans: [OutputSpan] {
            spans.map {
                OutputSpan(range: $0.start..<$0.end, kind: $0.isScalar ? .scalar : .choice)
            }
        }
    }

    /// The random quantities of one step, as the script drew them.
    struct Inputs: Decodable {
        /// `[batch, embedding]` generator noise.
        let noise: [[Double]]
        /// The selected category of the one discrete column, per row.
        let categories: [Int]
        /// `[batch, width]` Gumbel noise, zero in scalar columns.
        let gumbel: [[Double]]
        /// `[batch / pac, hidden]` 0/1 masks by dropout layer ("2", "5"), one per critic pass.
        let masks: [String: [[[Double]]]]
        /// The critic step's row permutation (`perm` in `CTGAN.fit`).
        let permutation: [Int]?
        /// The critic step's real rows, already matching the permuted conditions.
        let real: [[Double]]?
        /// The penalty's mixing weight per pack.
        let alpha: [Double]?
    }

    struct Networks: Decodable {
        let generator: [String: [Double]]
        let critic: [String: [Double]]
    }

    struct CriticStep: Decodable {
        let inputs: Inputs
        let fakeActivated: [Double]
        let wasserstein: Double
        let penalty: Double
        let gradients: [String: [Double]]
        let parameters: [String: [Double]]
    }

    struct GeneratorStep: Decodable {
        let inputs: Inputs
        let raw: [Double]
        let activated: [Double]
        let crossEntropy: Double
        let loss: Double
        let gradients: [String: [Double]]
        let parameters: [String: [Double]]
        let buffers: [String: [Double]]
    }

    struct Iteration: Decodable {
        let criticStep: CriticStep
        let generatorStep: GeneratorStep
    }

    let setup: Setup
    let initial: Networks
    let iterations: [Iteration]

    static func load(_ name: String = "ctgan-step.json") throws -> CTGANStepFixture {
        let data = try Data(contentsOf: Fixtures.url("neural/\(name)"))
        return try JSONDecoder().decode(CTGANStepFixture.self, from: data)
    }
}

extension Tensor {
    /// Rows of Doubles rounded to Float, as `torch.tensor(…, dtype=float32)` rounds them.
    init(fixture rows: [[Double]]) {
        self.init(
            shape: [rows.count, rows.first?.count ?? 0],
            scalars: rows.flatMap { $0.map(Float.init) })
    }
}

/// `Dropout(probability: 0.5)` whose masks are given: each pass through the layer takes the
/// next one. The product is the one ``Dropout`` forms, `input · (mask / keep)`.
final class GivenDropout: Layer {
    var masks: [Tensor]

    init(masks: [Tensor]) {
        self.masks = masks
    }

    func callAsFunction(_ input: Variable, context: inout LayerContext) -> Variable {
        precondition(!masks.isEmpty, "GivenDropout: no mask left for this pass")
        let mask = masks.removeFirst()
        precondition(mask.shape == input.shape, "GivenDropout: mask \(mask.shape), \(input.shape)")
        return input * Variable(mask * (1 / 0.5))
    }

    var namedParameters: [(name: String, parameter: Parameter)] { [] }
}

/// ``SpanActivation/callAsFunction(_:random:)`` with the Gumbel noise given: the body of
/// `gumbelSoftmax(_:segments:temperature:using:)` with its drawn noise replaced by `gumbel`.
func activated(_ raw: Variable, _ activation: SpanActivation, gumbel: Tensor) -> Variable {
    var inside = [Float](repeating: 0, count: raw.shape[1])
    for segment in activation.choiceSpans { for column in segment { inside[column] = 1 } }
    let noise = gumbel * Tensor(inside)
    let scale = Tensor(inside.map { $0 == 0 ? 1 : 1 / Float(0.2) })
    let soft = softmax((raw + Variable(noise)) * Variable(scale), segments: activation.choiceSpans)
    let squashed = raw.gatheringColumns(activation.scalarColumns).tanh()
    return soft * Variable(activation.choiceMask)
        + squashed.scatteringColumns(activation.scalarColumns, width: activation.width)
}

/// The largest absolute and relative differences of `actual` from `expected`; the relative
/// one over values at least 1e-6 in size (smaller ones are rounding residue of zero).
struct Discrepancy: CustomStringConvertible {
    var absolute = 0.0
    var relative = 0.0

    init(_ actual: [Float], _ expected: [Double]) {
        precondition(actual.count == expected.count, "Discrepancy: \(actual.count) values")
        for (a, e) in zip(actual.map(Double.init), expected) {
            absolute = max(absolute, abs(a - e))
            relative = max(relative, abs(a - e) / max(abs(e), 1e-6))
        }
    }

    /// Whether every value lies within `absolute + relative · |expected|`.
    static func holds(
        _ actual: [Float], _ expected: [Double], absolute: Double, relative: Double
    ) -> Bool {
        actual.count == expected.count
            && zip(actual.map(Double.init), expected).allSatisfy {
                abs($0 - $1) <= absolute + relative * abs($1)
            }
    }

    var description: String {
        "max abs \(absolute.formatted(.number.precision(.significantDigits(2)))), "
            + "max rel \(relative.formatted(.number.precision(.significantDigits(2))))"
    }
}
