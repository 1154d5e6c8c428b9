// NeuralCoreTests: Adam and SGD by hand, hyper-parameter checks, and learning small tasks.

import Foundation
import Linalg
import NeuralCore
import Testing

/// One step of `loss = Σ θ²` (gradient 2θ) with `optimizer`.
private func quadraticStep(_ parameter: Parameter, _ optimizer: some Optimizer) {
    optimizer.zeroGradients()
    parameter.variable.squared().sum().backward()
    optimizer.step()
}

@Suite("Optimizers")
struct OptimizerTests {
    /// Adam on θ² from θ = 1 (η = 0.1, β = (0.9, 0.999), λ = 0.5), followed by hand:
    /// step 1: g = 2θ + λθ = 2.5, m = 0.25, v = 0.00625, m̂ = 2.5, v̂ = 6.25, θ = 1 − 0.1 = 0.9;
    /// later steps from the same recurrences in Double.
    @Test func adamMatchesHandComputedSteps() throws {
        let parameter = Parameter(Tensor([1]))
        let optimizer = try Adam(parameters: [parameter], learningRate: 0.1, weightDecay: 0.5)
        var (theta, m, v) = (1.0, 0.0, 0.0)
        for step in 1...4 {
            quadraticStep(parameter, optimizer)
            let gradient = 2 * theta + 0.5 * theta
            m = 0.9 * m + 0.1 * gradient
            v = 0.999 * v + 0.001 * gradient * gradient
            let correctedM = m / (1 - pow(0.9, Double(step)))
            let correctedV = v / (1 - pow(0.999, Double(step)))
            theta -= 0.1 * correctedM / (correctedV.squareRoot() + 1e-8)
            if step == 1 { #expect(abs(theta - 0.9) < 1e-7) }
            #expect(abs(Double(parameter.value[0]) - theta) < 1e-6, "step \(step)")
        }
    }

    /// A large parameter (split across threads, with a vector tail) follows Adam's formula in
    /// Float bit for bit, updated in place and, while the old values are still held, into
    /// fresh storage.
    @Test(arguments: [false, true])
    func adamUpdatesEveryValueByTheFormula(keepingOldValues: Bool) throws {
        let count = 40_003
        let start = (0..<count).map { Float($0 % 201) / 50 - 2 }
        let parameter = Parameter(Tensor(start))
        let optimizer = try Adam(
            parameters: [parameter], learningRate: 0.01, beta1: 0.5, beta2: 0.9,
            weightDecay: 1e-3)
        var theta = start
        var (m, v) = ([Float](repeating: 0, count: count), [Float](repeating: 0, count: count))
        for step in 1...3 {
            let held = keepingOldValues ? parameter.value : nil
            let before = theta
            quadraticStep(parameter, optimizer)
            // Adam works out its step constants in Double from its Float settings.
            let (rate, beta2) = (Double(Float(0.01)), Double(Float(0.9)))
            let stepSize = Float(rate / (1 - pow(0.5, Double(step))))
            let inverseCorrection = 1 / Float((1 - pow(beta2, Double(step))).squareRoot())
            for i in 0..<count {
                let g = (2 * theta[i]) + Float(1e-3) * theta[i]
                m[i] = m[i] + (g - m[i]) * (1 - 0.5)
                v[i] = 0.9 * v[i] + (1 - 0.9) * g * g
                theta[i] -= stepSize * m[i] / (v[i].squareRoot() * inverseCorrection + 1e-8)
            }
            let differing = zip(parameter.value.scalars, theta).filter {
                $0.bitPattern != $1.bitPattern
            }
            #expect(differing.isEmpty, "step \(step): \(differing.count) values differ")
            if let held { #expect(held.scalars == before, "the held values were overwritten") }
        }
    }

    /// SGD with momentum 0.9 and η = 0.1 on θ² from 1: b = 2, θ = 0.8; then g = 1.6,
    /// b = 0.9·2 + 1.6 = 3.4, θ = 0.8 − 0.34 = 0.46.
    @Test func sgdWithMomentumMatchesHandComputedSteps() throws {
        let parameter = Parameter(Tensor([1]))
        let optimizer = try SGD(parameters: [parameter], learningRate: 0.1, momentum: 0.9)
        quadraticStep(parameter, optimizer)
        #expect(abs(parameter.value[0] - 0.8) < 1e-6)
        quadraticStep(parameter, optimizer)
        #expect(abs(parameter.value[0] - 0.46) < 1e-6)
    }

    @Test func parametersWithoutGradientsAreLeftAlone() throws {
        let used = Parameter(Tensor([1]))
        let unused = Parameter(Tensor([5]))
        let optimizer = try Adam(parameters: [used, unused], weightDecay: 0.1)
        quadraticStep(used, optimizer)
        #expect(unused.value == Tensor([5]) && used.value != Tensor([1]))
    }

    @Test func invalidHyperparametersAreReportedTogether() {
        #expect(throws: HyperparameterError.self) {
            try Adam(parameters: [], learningRate: -1, beta1: 1.5)
        }
        do {
            _ = try Adam(parameters: [], learningRate: -1, beta1: 1.5, weightDecay: .nan)
        } catch {
            #expect(error.problems.map(\.name) == ["learningRate", "beta1", "weightDecay"])
            #expect(error.description.contains("learningRate is -1.0; it must be at least 0"))
        }
        #expect(throws: HyperparameterError.self) {
            try SGD(parameters: [], learningRate: 0.1, momentum: -0.5)
        }
    }

    /// XOR with a 2-8-1 tanh network, mean squared error and Adam: all four outputs within
    /// 0.1 of their targets after 400 steps (from a fixed seed).
    @Test func multilayerPerceptronFitsXOR() throws {
        var generator = RandomSource(seed: 4)
        let network = Sequential([
            Linear(inputs: 2, outputs: 8, using: &generator), Tanh(),
            Linear(inputs: 8, outputs: 1, using: &generator),
        ])
        let optimizer = try Adam(parameters: network.parameters, learningRate: 0.05)
        let inputs = Variable(Tensor(rows: [[0, 0], [0, 1], [1, 0], [1, 1]]))
        let targets = Variable(Tensor(shape: [4, 1], scalars: [0, 1, 1, 0]))
        var context = LayerContext(isTraining: true, seed: 0)
        for _ in 0..<400 {
            optimizer.zeroGradients()
            meanSquaredError(network(inputs, context: &context), targets).backward()
            optimizer.step()
        }
        let predictions = network(inputs, context: &context).value.scalars
        #expect(zip(predictions, [0, 1, 1, 0]).allSatisfy { abs($0 - $1) < 0.1 }, "\(predictions)")
    }

    /// y = 3·x₁ − 2·x₂ + 1 on 32 fixed points, plain SGD: the weights and bias converge to the
    /// generating values within 1e-3.
    @Test func linearRegressionConverges() throws {
        var generator = RandomSource(seed: 6)
        let model = Linear(inputs: 2, outputs: 1, using: &generator)
        let optimizer = try SGD(parameters: model.parameters, learningRate: 0.1)
        let x = Tensor.randomUniform(shape: [32, 2], in: -1...1, using: &generator)
        let y = Tensor.matmul(x, Tensor(rows: [[3], [-2]])) + 1
        var context = LayerContext(isTraining: true, seed: 0)
        for _ in 0..<500 {
            optimizer.zeroGradients()
            meanSquaredError(model(Variable(x), context: &context), Variable(y)).backward()
            optimizer.step()
        }
        let weights = model.weight.value.scalars
        #expect(abs(weights[0] - 3) < 1e-3 && abs(weights[1] + 2) < 1e-3)
        #expect(abs((model.bias?.value[0] ?? 0) - 1) < 1e-3)
    }
}
