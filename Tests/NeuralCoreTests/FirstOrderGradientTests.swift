// NeuralCoreTests: every differentiable operation against central finite differences.

import Linalg
import NeuralCore
import Testing

/// One operation to check: its inputs and how it maps them to an output.
struct GradientCase: Sendable, CustomStringConvertible {
    let description: String
    let inputs: [Tensor]
    let step: Float
    let function: @Sendable ([Variable]) -> Variable

    init(
        _ name: String, _ inputs: [Tensor], step: Float = 1e-2,
        _ function: @escaping @Sendable ([Variable]) -> Variable
    ) {
        description = name
        self.inputs = inputs
        self.step = step
        self.function = function
    }
}

let elementwiseCases: [GradientCase] = [
    GradientCase("add, same shape", [sample([3, 4]), sample([3, 4], seed: 2)]) { $0[0] + $0[1] },
    GradientCase("add, row broadcast", [sample([3, 4]), sample([4], seed: 2)]) { $0[0] + $0[1] },
    GradientCase("sub, column broadcast", [sample([3, 4]), sample([3, 1], seed: 2)]) {
        $0[0] - $0[1]
    },
    GradientCase("mul, scalar broadcast", [sample([3, 4]), sample([], seed: 2)]) {
        $0[0] * $0[1]
    },
    GradientCase("mul, [1, n] by [m, 1]", [sample([1, 4]), sample([3, 1], seed: 2)]) {
        $0[0] * $0[1]
    },
    GradientCase("div", [sample([3, 4]), sample([3, 4], 0.5...2, seed: 2)]) { $0[0] / $0[1] },
    GradientCase("negate and constants", [sample([2, 3])]) { 2 - (-$0[0] * 3 + 1) / 2 },
    GradientCase("exp", [sample([2, 3])]) { $0[0].exp() },
    GradientCase("log", [sample([2, 3], 0.5...2)]) { $0[0].log() },
    GradientCase("squareRoot", [sample([2, 3], 0.5...2)]) { $0[0].squareRoot() },
    GradientCase("pow 3", [sample([2, 3])]) { $0[0].pow(3) },
    GradientCase("pow 0.5", [sample([2, 3], 0.5...2)]) { $0[0].pow(0.5) },
    GradientCase("squared", [sample([2, 3])]) { $0[0].squared() },
    GradientCase("abs", [awayFromZero([2, 3])]) { $0[0].abs() },
    GradientCase("clamped", [awayFromZero([3, 3])]) { $0[0].clamped(to: -0.5...0.5) },
    GradientCase("relu", [awayFromZero([3, 3])]) { $0[0].relu() },
    GradientCase("leakyRelu 0.2", [awayFromZero([3, 3])]) { $0[0].leakyRelu(slope: 0.2) },
    GradientCase("tanh", [sample([2, 3], -2...2)]) { $0[0].tanh() },
    GradientCase("sigmoid", [sample([2, 3], -2...2)]) { $0[0].sigmoid() },
    GradientCase("select", [sample([2, 3]), sample([2, 3], seed: 2)]) {
        Variable.select(Tensor(shape: [2, 3], scalars: [1, 0, 1, 0, 0, 1]), $0[0], $0[1])
    },
]

let structuralCases: [GradientCase] = [
    GradientCase("matmul", [sample([3, 4]), sample([4, 2], seed: 2)]) {
        Variable.matmul($0[0], $0[1])
    },
    GradientCase("matmul Aᵀ·B", [sample([4, 3]), sample([4, 2], seed: 2)]) {
        Variable.matmul($0[0], $0[1], transposeLeft: true)
    },
    GradientCase("matmul A·Bᵀ", [sample([3, 4]), sample([2, 4], seed: 2)]) {
        Variable.matmul($0[0], $0[1], transposeRight: true)
    },
    GradientCase("matmul Aᵀ·Bᵀ", [sample([4, 3]), sample([2, 4], seed: 2)]) {
        Variable.matmul($0[0], $0[1], transposeLeft: true, transposeRight: true)
    },
    GradientCase("linear", [sample([3, 4]), sample([2, 4], seed: 2), sample([2], seed: 3)]) {
        Variable.linear($0[0], weight: $0[1], bias: $0[2])
    },
    GradientCase("transposed", [sample([2, 3])]) { $0[0].transposed() * $0[0].transposed() },
    GradientCase("reshaped", [sample([2, 6])]) { $0[0].reshaped(to: [4, 3]).squared() },
    GradientCase("concatenate columns", [sample([2, 3]), sample([2, 2], seed: 2)]) {
        Variable.concatenatingColumns([$0[0], $0[1], $0[0]]).squared()
    },
    GradientCase("columns", [sample([3, 5])]) { $0[0].columns(1..<4).squared() },
    GradientCase("gather and scatter columns", [sample([3, 5])]) {
        $0[0].gatheringColumns([4, 0, 4]).squared().scatteringColumns([1, 2, 1], width: 4)
    },
    GradientCase("sum", [sample([2, 3])]) { $0[0].squared().sum() },
    GradientCase("sum axis 0", [sample([3, 4])]) { $0[0].squared().sum(alongAxis: 0) },
    GradientCase("sum axis 1", [sample([3, 4])]) { $0[0].squared().sum(alongAxis: 1) },
    GradientCase("mean", [sample([2, 3])]) { $0[0].squared().mean() },
    GradientCase("mean axis 0", [sample([3, 4])]) { $0[0].squared().mean(alongAxis: 0) },
    GradientCase("max axis 1", [sample([3, 4])]) { $0[0].max(alongAxis: 1) },
    GradientCase("max axis 0", [sample([3, 4])]) { $0[0].max(alongAxis: 0) },
    GradientCase("max", [sample([3, 4])]) { $0[0].max() },
    GradientCase("l2Norm axis 1", [sample([3, 4])]) { $0[0].l2Norm(alongAxis: 1) },
    GradientCase("l2Norm axis 0", [sample([3, 4])]) { $0[0].l2Norm(alongAxis: 0) },
    GradientCase("broadcast and summed", [sample([1, 3])]) {
        $0[0].broadcast(toShape: [4, 3]).squared().summed(toShape: [3])
    },
]

let functionCases: [GradientCase] = [
    GradientCase("softmax", [sample([3, 4], -2...2)]) { softmax($0[0]) },
    GradientCase("logSoftmax", [sample([3, 4], -2...2)]) { logSoftmax($0[0]) },
    GradientCase("crossEntropy", [sample([3, 4], -2...2)]) {
        crossEntropy(logits: $0[0], targets: [2, 0, 3])
    },
    GradientCase("meanSquaredError", [sample([3, 2]), sample([3, 2], seed: 2)]) {
        meanSquaredError($0[0], $0[1])
    },
    GradientCase("gaussianKLDivergence", [sample([2, 3]), sample([2, 3], seed: 2)]) {
        gaussianKLDivergence(mean: $0[0], logVariance: $0[1])
    },
    GradientCase("reparameterizedSample", [sample([2, 3]), sample([2, 3], seed: 2)]) {
        var generator = RandomSource(seed: 11)
        return reparameterizedSample(mean: $0[0], logVariance: $0[1], using: &generator)
    },
    GradientCase("gumbelSoftmax soft", [sample([3, 4])]) {
        var generator = RandomSource(seed: 5)
        return gumbelSoftmax($0[0], temperature: 0.5, using: &generator)
    },
    GradientCase("segmented softmax", [sample([3, 7], -2...2)]) {
        softmax($0[0], segments: [0..<2, 3..<6])
    },
    GradientCase("segmented logSoftmax", [sample([3, 7], -2...2)]) {
        logSoftmax($0[0], segments: [1..<4, 4..<7])
    },
    GradientCase("segmented gumbelSoftmax", [sample([3, 6], -2...2)]) {
        var generator = RandomSource(seed: 5)
        return gumbelSoftmax($0[0], segments: [0..<3, 4..<6], temperature: 0.5, using: &generator)
    },
    GradientCase("segmented crossEntropy", [sample([2, 6], -2...2)]) {
        let targets = Tensor(rows: [[0, 1, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0]])
        return crossEntropy(logits: $0[0], segments: [0..<3, 3..<6], targets: targets)
    },
    GradientCase(
        "tanhGaussianLoss", [sample([3, 4], -2...2), sample([4], 0.5...1.5, seed: 2)]
    ) {
        tanhGaussianLoss(
            decoded: $0[0], targets: sample([3, 4], -0.9...0.9, seed: 3), columns: [0, 2, 3],
            sigma: $0[1])
    },
    GradientCase("batch norm in training", [sample([4, 3], -2...2), sample([3], 0.5...1.5)]) {
        let normalizer = BatchNorm1d(features: 3)
        var context = LayerContext(isTraining: true, seed: 1)
        return normalizer($0[0], context: &context) * $0[1]
    },
]

@Suite("First-order gradients match central finite differences")
struct FirstOrderGradientTests {
    @Test(arguments: elementwiseCases + structuralCases + functionCases)
    func matchesFiniteDifferences(_ testCase: GradientCase) {
        let (analytic, numeric) = FiniteDifferences.compare(
            testCase.inputs, step: testCase.step, testCase.function)
        #expect(allClose(analytic, numeric), "\(analytic) vs \(numeric)")
    }

    @Test func hardGumbelSoftmaxIsOneHotWithTheSoftGradient() {
        let logits = Variable(sample([4, 5]), requiresGradient: true)
        var first = RandomSource(seed: 9)
        var second = RandomSource(seed: 9)
        let hard = gumbelSoftmax(logits, temperature: 0.3, hard: true, using: &first)
        let soft = gumbelSoftmax(logits, temperature: 0.3, hard: false, using: &second)

        for row in 0..<4 {
            let values = (0..<5).map { hard.value[row, $0] }
            #expect(values.filter { $0 == 1 }.count == 1 && values.reduce(0, +) == 1)
        }
        let weights = Variable(sample([4, 5], seed: 4))
        let hardGradient = gradient(of: (hard * weights).sum(), withRespectTo: [logits])[0]
        let softGradient = gradient(of: (soft * weights).sum(), withRespectTo: [logits])[0]
        #expect(hardGradient.value == softGradient.value)
    }

    @Test func normOfAZeroRowHasZeroGradient() {
        let x = Variable(Tensor(rows: [[0, 0], [3, 4]]), requiresGradient: true)
        let norms = x.l2Norm(alongAxis: 1)
        #expect(norms.value == Tensor(shape: [2, 1], scalars: [0, 5]))
        let slope = gradient(of: norms.sum(), withRespectTo: [x])[0]
        #expect(slope.value == Tensor(rows: [[0, 0], [0.6, 0.8]]))
    }

    @Test func backwardOnlyForSomeParametersLeavesTheOthersAlone() {
        let first = Parameter(Tensor([2]))
        let second = Parameter(Tensor([3]))
        let loss = (first.variable * second.variable).sum()
        loss.backward(onlyFor: [first])
        #expect(first.gradient == Tensor([3]) && second.gradient == nil)
        loss.backward()
        #expect(first.gradient == Tensor([6]) && second.gradient == Tensor([2]))
    }

    @Test func unrelatedInputGetsZeroGradient() {
        let used = Variable(sample([2, 2]), requiresGradient: true)
        let unused = Variable(sample([3]), requiresGradient: true)
        let gradients = gradient(of: used.squared().sum(), withRespectTo: [used, unused])
        #expect(gradients[1].value == Tensor(zeros: [3]))
        #expect(gradients[0].value == used.value * 2)
    }

    @Test func sharedSubexpressionAccumulatesBothPaths() {
        let x = Variable(Tensor([3]), requiresGradient: true)
        let y = x * x
        let z = y * x + y
        // z = x³ + x², dz/dx = 3x² + 2x = 27 + 6 at x = 3.
        #expect(gradient(of: z.sum(), withRespectTo: [x])[0].value == Tensor([33]))
    }
}
