// Synthesizers: CTGAN's generator and critic, built from NeuralCore layers.

import Linalg
import NeuralCore

/// The two networks of CTGAN (Xu et al., "Modeling Tabular Data using Conditional GAN",
/// NeurIPS 2019).
enum CTGANNetworks {
    /// The generator: residual blocks `x ↦ [ReLU(BatchNorm(Linear(x))), x]` of the given widths
    /// (so each block widens its input), then a linear layer to the encoded row width.
    ///
    /// - Parameters:
    ///   - inputs: Noise size plus condition width.
    ///   - dimensions: The widths of the residual blocks.
    ///   - outputs: The encoded row width.
    static func generator(
        inputs: Int, dimensions: [Int], outputs: Int, random: inout RandomSource
    ) -> Sequential {
        var layers: [any Layer] = []
        var width = inputs
        for dimension in dimensions {
            layers.append(Residual(inputs: width, outputs: dimension, using: &random))
            width += dimension
        }
        layers.append(Linear(inputs: width, outputs: outputs, using: &random))
        return Sequential(layers)
    }

    /// The critic: `pack` rows joined into one input, then `Linear → LeakyReLU(0.2) →
    /// Dropout(0.5)` per hidden width, then a linear layer to one score (no sigmoid: a
    /// Wasserstein critic).
    ///
    /// - Parameters:
    ///   - rowWidth: The width of one row (encoded row plus condition).
    ///   - pack: Rows judged together (`pac`).
    ///   - dimensions: The hidden widths.
    static func critic(
        rowWidth: Int, pack: Int, dimensions: [Int], random: inout RandomSource
    ) -> Sequential {
        var layers: [any Layer] = []
        var width = rowWidth * pack
        for dimension in dimensions {
            layers.append(Linear(inputs: width, outputs: dimension, using: &random))
            layers.append(LeakyReLU(slope: 0.2))
            layers.append(Dropout(probability: 0.5))
            width = dimension
        }
        layers.append(Linear(inputs: width, outputs: 1, using: &random))
        return Sequential(layers)
    }
}

/// CTGAN's output activation: `tanh` on each scalar span, Gumbel-softmax with temperature 0.2
/// (soft) on each choice span (mode indicators and categories), the same in training and
/// sampling.
struct SpanActivation {
    /// The choice spans.
    let choiceSpans: [Range<Int>]
    /// The scalar columns.
    let scalarColumns: [Int]
    /// The encoded row width.
    let width: Int
    /// 1 in choice columns, 0 in scalar columns, shape `[1, width]`.
    let choiceMask: Tensor

    /// The activation of an encoding's spans.
    init(spans: [OutputSpan], width: Int) {
        choiceSpans = spans.filter { $0.kind == .choice }.map(\.range)
        scalarColumns = spans.filter { $0.kind == .scalar }.map(\.range.lowerBound)
        self.width = width
        var mask = [Float](repeating: 1, count: width)
        for column in scalarColumns { mask[column] = 0 }
        choiceMask = Tensor(shape: [1, width], scalars: mask)
    }

    /// The activated rows of raw generator output.
    func callAsFunction(_ raw: Variable, random: inout RandomSource) -> Variable {
        let soft = gumbelSoftmax(raw, segments: choiceSpans, temperature: 0.2, using: &random)
        guard !scalarColumns.isEmpty else { return soft }
        let squashed = raw.gatheringColumns(scalarColumns).tanh()
        return soft * Variable(choiceMask) + squashed.scatteringColumns(scalarColumns, width: width)
    }
}
