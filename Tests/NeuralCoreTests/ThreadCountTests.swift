// NeuralCoreTests: results do not depend on the thread count; the fast kernels stay exact.

import Linalg
import NeuralCore
import Testing

/// Runs `body` with ``ComputeThreads/count`` set to `threads`, then restores it.
private func withThreads<R>(_ threads: Int, _ body: () throws -> R) rethrows -> R {
    let previous = ComputeThreads.count
    ComputeThreads.count = threads
    defer { ComputeThreads.count = previous }
    return try body()
}

/// Two Adam steps of a network wide enough that every kernel is split across threads
/// (products of 512 × 320 × 320 multiply-adds, elementwise work on 163,840 values), with batch
/// norm, dropout, a residual block, leaky ReLU, and segmented Gumbel-softmax and
/// cross-entropy; returns the parameters and the losses.
private func trainWide(seed: UInt64) throws -> (StateDictionary, [Float]) {
    var generator = RandomSource(seed: seed)
    let network = Sequential([
        Residual(inputs: 64, outputs: 256, using: &generator), LeakyReLU(slope: 0.2),
        Dropout(probability: 0.5), Linear(inputs: 320, outputs: 320, using: &generator),
    ])
    let optimizer = try Adam(parameters: network.parameters, learningRate: 0.01)
    var context = LayerContext(isTraining: true, seed: seed)
    let segments = stride(from: 0, to: 320, by: 10).map { $0..<($0 + 10) }
    let targets = Tensor.oneHot((0..<512).map { ($0 * 7) % 320 }, classes: 320)
    var losses: [Float] = []
    for _ in 0..<2 {
        let input = Variable(Tensor.randomNormal(shape: [512, 64], using: &generator))
        let logits = network(input, context: &context)
        let soft = gumbelSoftmax(
            logits, segments: segments, temperature: 0.2, using: &generator)
        let loss =
            crossEntropy(logits: logits, segments: segments, targets: targets).mean()
            + soft.squared().mean() + logits.exp().mean()
        optimizer.zeroGradients()
        loss.backward()
        optimizer.step()
        losses.append(loss.value.scalar)
    }
    return (network.stateDictionary(), losses)
}

@Suite("Thread count")
struct ThreadCountTests {
    /// The same seed gives bit-identical parameters and losses on one thread and on two.
    @Test func trainingIsBitIdenticalAcrossThreadCounts() throws {
        let single = try withThreads(1) { try trainWide(seed: 5) }
        let double = try withThreads(2) { try trainWide(seed: 5) }
        let triple = try withThreads(3) { try trainWide(seed: 5) }
        #expect(single.0 == double.0 && single.1 == double.1)
        #expect(single.0 == triple.0 && single.1 == triple.1)
    }

    /// Matrix products split into blocks of rows or of columns equal the unsplit product
    /// bit for bit, with and without transposes and bias.
    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func splitProductsAreBitIdentical(transposes: (Bool, Bool)) {
        let (left, right) = transposes
        for (m, n, k) in [(300, 70, 200), (50, 900, 120), (257, 263, 129)] {
            let a = sample(left ? [k, m] : [m, k], seed: 1)
            let b = sample(right ? [n, k] : [k, n], seed: 2)
            let product = { Tensor.matmul(a, b, transposeLeft: left, transposeRight: right) }
            #expect(withThreads(1, product) == withThreads(2, product))
        }
        let input = sample([500, 130], seed: 3)
        let weight = sample([256, 130], seed: 4)
        let bias = sample([256], seed: 5)
        let linear = { Tensor.linear(input, weight: weight, bias: bias) }
        #expect(withThreads(1, linear) == withThreads(2, linear))
    }

    /// A parameter whose value is still shared (here with a copy kept by the caller) is
    /// updated into new storage: the copy keeps the old values, and the update is the same
    /// as an in-place one.
    @Test func adamLeavesSharedValuesAlone() throws {
        let shared = Parameter(sample([40_000], seed: 6))
        let alone = Parameter(sample([40_000], seed: 6))
        let kept = shared.value
        for parameter in [shared, alone] {
            let optimizer = try Adam(parameters: [parameter], learningRate: 0.1)
            parameter.variable.squared().sum().backward()
            optimizer.step()
        }
        #expect(kept == sample([40_000], seed: 6))
        #expect(shared.value == alone.value && shared.value != kept)
    }
}
