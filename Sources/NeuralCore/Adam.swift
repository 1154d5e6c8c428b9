// NeuralCore: the Adam optimizer with coupled (L2) weight decay, as torch.optim.Adam.

import CVectorKernels
import Foundation

/// Adam (Kingma and Ba, 2015) with L2 weight decay added to the gradient, exactly as
/// PyTorch's `torch.optim.Adam(weight_decay=…)` (not AdamW's decoupled decay):
///
/// ```
/// g ← g + λ·θ
/// m ← β₁·m + (1 − β₁)·g          v ← β₂·v + (1 − β₂)·g²
/// θ ← θ − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
/// ```
public final class Adam: Optimizer {
    /// The parameters updated, in order.
    public let parameters: [Parameter]

    /// η, the step size.
    public let learningRate: Float

    /// β₁, the decay of the first moment.
    public let beta1: Float

    /// β₂, the decay of the second moment.
    public let beta2: Float

    /// ε, added to the denominator.
    public let epsilon: Float

    /// λ, the L2 weight decay.
    public let weightDecay: Float

    private var steps: [Int]
    private var firstMoments: [Tensor]
    private var secondMoments: [Tensor]

    /// An optimizer over `parameters` (PyTorch's defaults: η = 1e-3, β = (0.9, 0.999),
    /// ε = 1e-8, λ = 0).
    ///
    /// - Throws: ``HyperparameterError`` when η < 0, β outside [0, 1), ε < 0 or λ < 0.
    public init(
        parameters: [Parameter], learningRate: Float = 1e-3, beta1: Float = 0.9,
        beta2: Float = 0.999, epsilon: Float = 1e-8, weightDecay: Float = 0
    ) throws(HyperparameterError) {
        try HyperparameterError.validate([
            ("learningRate", learningRate, learningRate >= 0, "at least 0"),
            ("beta1", beta1, beta1 >= 0 && beta1 < 1, "in [0, 1)"),
            ("beta2", beta2, beta2 >= 0 && beta2 < 1, "in [0, 1)"),
            ("epsilon", epsilon, epsilon >= 0, "at least 0"),
            ("weightDecay", weightDecay, weightDecay >= 0, "at least 0"),
        ])
        self.parameters = parameters
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        steps = Array(repeating: 0, count: parameters.count)
        firstMoments = parameters.map { Tensor(zeros: $0.shape) }
        secondMoments = parameters.map { Tensor(zeros: $0.shape) }
    }

    /// One Adam update of every parameter with a gradient.
    ///
    /// All the parameters' values form one parallel loop, so that a network of many small
    /// layers (none worth splitting alone) still updates on every thread.
    public func step() {
        var updates: [AdamUpdate] = []
        var total = 0
        for index in parameters.indices {
            guard let gradient = parameters[index].gradient else { continue }
            steps[index] += 1
            updates.append(prepare(index, gradient: gradient, start: total))
            total += gradient.count
        }

        Parallel.forEachRange(count: total, grain: 16_384) { range in
            for update in updates { update.run(overlapping: range) }
        }

        for update in updates where update.target !== update.source {
            let parameter = parameters[update.index]
            parameter.value = Tensor(shape: parameter.value.shape, buffer: update.target)
        }
    }

    /// The update of parameter `index`, its values numbered from `start` in the step's loop.
    private func prepare(_ index: Int, gradient: Tensor, start: Int) -> AdamUpdate {
        let step = Double(steps[index])
        let stepSize = Float(Double(learningRate) / (1 - Foundation.pow(Double(beta1), step)))
        let correction = Float((1 - Foundation.pow(Double(beta2), step)).squareRoot())
        let parameter = parameters[index]
        firstMoments[index].makeUnique()
        secondMoments[index].makeUnique()
        // A value still shared with the last step's graph is updated into fresh storage in
        // the same pass, instead of being copied first and then updated in place.
        let unique = isKnownUniquelyReferenced(&parameter.value.buffer)
        let source = parameter.value.buffer
        return AdamUpdate(
            index: index, start: start, gradient: gradient, source: source,
            target: unique ? source : TensorBuffer(uninitializedCount: source.count),
            first: firstMoments[index].buffer, second: secondMoments[index].buffer,
            constants: facsimile_adam_constants(
                beta1: beta1, beta2: beta2, decay: weightDecay, epsilon: epsilon,
                step_size: stepSize, correction: correction))
    }

    /// `step.i`, `exp_avg.i` and `exp_avg_sq.i` for parameter `i`.
    public func state() -> StateDictionary {
        var entries: [StateDictionary.Entry] = []
        for index in parameters.indices {
            entries.append(.init(name: "step.\(index)", tensor: Tensor(Float(steps[index]))))
            entries.append(.init(name: "exp_avg.\(index)", tensor: firstMoments[index]))
            entries.append(.init(name: "exp_avg_sq.\(index)", tensor: secondMoments[index]))
        }
        return StateDictionary(entries)
    }

    /// Restores the moments and step counts.
    public func load(_ state: StateDictionary) throws(StateError) {
        let shapes = parameters.indices.flatMap { index in
            [
                ("step.\(index)", [Int]()), ("exp_avg.\(index)", parameters[index].shape),
                ("exp_avg_sq.\(index)", parameters[index].shape),
            ]
        }
        let tensors = try state.tensors(matching: shapes)
        for index in parameters.indices {
            steps[index] = Int(tensors[3 * index].scalar)
            firstMoments[index] = tensors[3 * index + 1]
            secondMoments[index] = tensors[3 * index + 2]
        }
    }
}

/// One parameter's share of an Adam step: its storage and its constants for this step.
private struct AdamUpdate {
    /// The parameter's position in the optimizer.
    let index: Int
    /// Where its values start in the step's numbering of all values.
    let start: Int
    let gradient: Tensor
    /// The current values, and where the new ones go (the same buffer when it is unshared).
    let source: TensorBuffer
    let target: TensorBuffer
    let first: TensorBuffer
    let second: TensorBuffer
    /// β₁, β₂, λ, ε, the step size and the bias correction √(1 − β₂ᵗ).
    let constants: facsimile_adam_constants

    /// Updates the values of this parameter that fall in `range` of the step's numbering, with
    /// the C loop of `CVectorKernels` (compiled for the widest vectors the processor has; the
    /// arithmetic of ``Adam``'s formula, in its order, without fused multiply-add).
    func run(overlapping range: Range<Int>) {
        let lower = max(range.lowerBound, start) - start
        let upper = min(range.upperBound, start + gradient.count) - start
        guard lower < upper else { return }
        let count = upper - lower
        let gradients = gradient.buffer.base + lower
        let (firsts, seconds) = (first.base + lower, second.base + lower)
        if target === source {
            facsimile_adam_update_in_place(
                gradients, firsts, seconds, source.base + lower, count, constants)
        } else {
            facsimile_adam_update(
                gradients, firsts, seconds, source.base + lower, target.base + lower, count,
                constants)
        }
    }
}
