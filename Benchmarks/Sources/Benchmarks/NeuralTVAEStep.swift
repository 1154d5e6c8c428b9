// Benchmarks: the networks and the training step of TVAE, for `tvae-step`.

import Linalg
import NeuralCore

/// TVAE's encoder and decoder at the contract's sizes, and one training step.
final class NeuralTVAEStep: @unchecked Sendable {
    let batch = 500
    let encoder: Sequential
    let meanHead: Linear
    let logVarianceHead: Linear
    let decoder: Sequential
    let sigma: Parameter
    let optimizer: Adam
    let realRows: Tensor
    var generator: RandomSource
    var context: LayerContext

    init(seed: UInt64) throws {
        generator = RandomSource(seed: seed)
        encoder = Sequential([
            Linear(inputs: 150, outputs: 128, using: &generator), ReLU(),
            Linear(inputs: 128, outputs: 128, using: &generator), ReLU(),
        ])
        meanHead = Linear(inputs: 128, outputs: 128, using: &generator)
        logVarianceHead = Linear(inputs: 128, outputs: 128, using: &generator)
        decoder = Sequential([
            Linear(inputs: 128, outputs: 128, using: &generator), ReLU(),
            Linear(inputs: 128, outputs: 128, using: &generator), ReLU(),
            Linear(inputs: 128, outputs: 150, using: &generator),
        ])
        sigma = Parameter(Tensor(repeating: 0.1, shape: [150]))
        let parameters =
            encoder.parameters + meanHead.parameters + logVarianceHead.parameters
            + decoder.parameters + [sigma]
        optimizer = try Adam(parameters: parameters, weightDecay: 1e-5)
        realRows = BenchmarkLayout.randomRows(batch, using: &generator)
        context = LayerContext(isTraining: true, seed: seed &+ 1)
    }

    /// Encode, sample, decode, score, update, clamp σ.
    func run() -> [String: Double] {
        let real = Variable(realRows)
        let features = encoder(real, context: &context)
        let mean = meanHead(features, context: &context)
        let logVariance = logVarianceHead(features, context: &context)
        let embedding = reparameterizedSample(
            mean: mean, logVariance: logVariance, using: &generator)
        let reconstruction = decoder(embedding, context: &context)

        let loss =
            reconstructionLoss(reconstruction, real) * (2 / Float(batch))
            + gaussianKLDivergence(mean: mean, logVariance: logVariance) * (1 / Float(batch))
        optimizer.zeroGradients()
        loss.backward()
        optimizer.step()
        sigma.value = sigma.value.clamped(to: 0.01...1)
        return ["loss": Double(loss.value.scalar)]
    }

    private func reconstructionLoss(_ reconstruction: Variable, _ real: Variable) -> Variable {
        let scalarLoss = tanhGaussianLoss(
            decoded: reconstruction, targets: real.value, columns: BenchmarkLayout.scalarColumns,
            sigma: sigma.variable)
        let targets = real.value * (1 - BenchmarkLayout.scalarMask(rows: 1))
        let categoryLoss = crossEntropy(
            logits: reconstruction, segments: BenchmarkLayout.softmaxSegments, targets: targets
        ).sum()
        return scalarLoss + categoryLoss
    }
}
