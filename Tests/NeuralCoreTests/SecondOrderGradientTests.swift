// NeuralCoreTests: gradients of gradients, and the WGAN-GP penalty, checked two ways.

import Foundation
import Linalg
import NeuralCore
import Testing

/// `h(x) = Σᵢ ⟨vᵢ, ∂s/∂xᵢ⟩` with `s = Σ w ⊙ f(x)`: a scalar made of first derivatives, whose
/// gradient needs the second derivatives of `f`.
private func directionalGradient(
    _ inputs: [Variable], createGraph: Bool, _ function: ([Variable]) -> Variable
) -> Variable {
    let output = function(inputs)
    let weights = FiniteDifferences.weights(count: output.value.count).reshaped(to: output.shape)
    let scalar = (output * Variable(weights)).sum()
    let gradients = gradient(of: scalar, withRespectTo: inputs, createGraph: createGraph)
    return gradients.enumerated().map { index, gradient in
        let direction = FiniteDifferences.weights(
            count: gradient.value.count, seed: 20 + UInt64(index))
        return (gradient * Variable(direction.reshaped(to: gradient.shape))).sum()
    }.reduce(Variable(Tensor(0))) { $0 + $1 }
}

/// The analytic gradient of the directional gradient and its finite differences.
private func compareSecondOrder(
    _ inputs: [Tensor], _ function: ([Variable]) -> Variable
) -> (analytic: [[Double]], numeric: [[Double]]) {
    let variables = inputs.map { Variable($0, requiresGradient: true) }
    let scalar = directionalGradient(variables, createGraph: true, function)
    let analytic = gradient(of: scalar, withRespectTo: variables).map {
        $0.value.scalars.map(Double.init)
    }
    let numeric = FiniteDifferences.gradient(at: inputs) { values in
        let leaves = values.map { Variable($0, requiresGradient: true) }
        return Double(directionalGradient(leaves, createGraph: false, function).value.scalar)
    }
    return (analytic, numeric)
}

let secondOrderCases: [GradientCase] = [
    GradientCase("matmul then square", [sample([3, 4]), sample([4, 2], seed: 2)]) {
        Variable.matmul($0[0], $0[1]).squared()
    },
    GradientCase("matmul Aᵀ·Bᵀ products", [sample([4, 3]), sample([2, 4], seed: 2)]) {
        let product = Variable.matmul($0[0], $0[1], transposeLeft: true, transposeRight: true)
        return product * product.exp()
    },
    GradientCase(
        "linear through leakyRelu",
        [
            awayFromZero([3, 4]), sample([2, 4], seed: 2), sample([2], seed: 3),
        ]
    ) {
        Variable.linear($0[0], weight: $0[1], bias: $0[2]).leakyRelu(slope: 0.2).squared()
    },
    GradientCase("gaussianKLDivergence", [sample([2, 3]), sample([2, 3], seed: 2)]) {
        gaussianKLDivergence(mean: $0[0], logVariance: $0[1]) * $0[0].sum()
    },
    GradientCase(
        "tanhGaussianLoss", [sample([3, 4], -2...2), sample([4], 0.5...1.5, seed: 2)]
    ) {
        tanhGaussianLoss(
            decoded: $0[0], targets: sample([3, 4], -0.9...0.9, seed: 3), columns: [0, 2, 3],
            sigma: $0[1]) * $0[1].sum()
    },
    GradientCase("segmented crossEntropy", [sample([2, 6], -2...2)]) {
        let targets = Tensor(rows: [[0, 1, 0, 0, 0, 1], [0, 0, 1, 0, 0, 0]])
        return crossEntropy(logits: $0[0], segments: [0..<3, 3..<6], targets: targets)
            * $0[0].sum()
    },
    GradientCase("reparameterizedSample", [sample([2, 3]), sample([2, 3], seed: 2)]) {
        var generator = RandomSource(seed: 5)
        return reparameterizedSample(mean: $0[0], logVariance: $0[1], using: &generator)
            .squared()
    },
    GradientCase("dropout mask multiply", [sample([3, 4])]) {
        var generator = RandomSource(seed: 17)
        let mask = Tensor.randomBernoulli(shape: [3, 4], probability: 0.5, using: &generator)
        return ($0[0] * Variable(mask * 2)).squared() * $0[0]
    },
    GradientCase("sum, square, sqrt", [sample([3, 4])]) {
        ($0[0].squared().sum(alongAxis: 1) + 0.1).squareRoot()
    },
    GradientCase("l2Norm", [sample([3, 4])]) { ($0[0].l2Norm(alongAxis: 1) - 1).squared() },
    GradientCase("tanh, sigmoid, exp, log", [sample([2, 3], 0.5...1.5)]) {
        $0[0].tanh() * $0[0].sigmoid() + $0[0].exp() * $0[0].log()
    },
    GradientCase("div and pow", [sample([2, 3], 0.5...1.5), sample([2, 3], 0.5...1.5, seed: 4)]) {
        $0[0] / $0[1] + $0[0].pow(2.5)
    },
    GradientCase("softmax and logSoftmax", [sample([2, 4], -2...2)]) {
        softmax($0[0]) * logSoftmax($0[0])
    },
    GradientCase("segmented softmax and logSoftmax", [sample([2, 6], -2...2)]) {
        softmax($0[0], segments: [0..<2, 3..<6]) * logSoftmax($0[0], segments: [1..<5])
    },
    GradientCase("fused batch norm", [sample([4, 3], -2...2), sample([3], 0.5...1.5, seed: 6)]) {
        let normalizer = BatchNorm1d(features: 3)
        var context = LayerContext(isTraining: true, seed: 1)
        return (normalizer($0[0], context: &context) * $0[1]).squared()
    },
    GradientCase("columns, concatenate, transpose", [sample([3, 4])]) {
        let joined = Variable.concatenatingColumns([$0[0].columns(1..<3), $0[0]])
        return Variable.matmul(joined, joined.transposed()).squared()
    },
    GradientCase("mean along axes and broadcasting", [sample([3, 4]), sample([4], seed: 5)]) {
        let centered = $0[0] - $0[0].mean(alongAxis: 0)
        return (centered * $0[1]).squared().mean(alongAxis: 1) * $0[0].mean()
    },
]

@Suite("Second-order gradients match finite differences of first-order gradients")
struct SecondOrderGradientTests {
    @Test(arguments: secondOrderCases)
    func matchesFiniteDifferences(_ testCase: GradientCase) {
        let (analytic, numeric) = compareSecondOrder(testCase.inputs, testCase.function)
        #expect(
            allClose(analytic, numeric, absolute: 5e-3, relative: 5e-3),
            "\(analytic) vs \(numeric)")
    }

    @Test func gradientWithoutCreateGraphIsConstant() {
        let x = Variable(sample([2, 2]), requiresGradient: true)
        let first = gradient(of: x.pow(3).sum(), withRespectTo: [x])[0]
        #expect(!first.requiresGradient)
        let recorded = gradient(of: x.pow(3).sum(), withRespectTo: [x], createGraph: true)[0]
        #expect(recorded.requiresGradient)
        // d/dx Σ 3x² = 6x.
        let second = gradient(of: recorded.sum(), withRespectTo: [x])[0]
        #expect(
            allClose(
                [second.value.scalars.map(Double.init)],
                [x.value.scalars.map { 6 * Double($0) }], absolute: 1e-5, relative: 1e-5))
    }
}
