// NeuralCore: the cross-entropy of column segments in one pass forward and one back, the
// reconstruction loss of TVAE and the conditional loss of CTGAN.

import CVectorKernels

/// The cross-entropy of each row over column segments, `Σ_segments Σ t · (log Σ eˣ − x)`,
/// and what its gradient needs: each segment's softmax.
///
/// Forward, one pass per row finds each segment's log-sum-exp and the loss; the softmax is
/// kept, so the gradient, `g · (Σt · softmax − t)` in each segment, takes one pass with no
/// exponential. The composed form (log-softmax, product with the targets, row sums) takes
/// four passes forward and three back, and the exponentials twice.
struct SegmentedCrossEntropy {
    /// The loss of each row, `[rows, 1]`.
    let losses: Tensor
    /// Each segment's softmax in its columns (other columns are scratch, never read).
    let probabilities: Tensor
    let targets: Tensor
    let segments: [Range<Int>]

    /// Computes the losses of `logits` against `targets` (same shape, rank 2).
    init(logits: Tensor, segments: [Range<Int>], targets: Tensor) {
        let (rows, columns) = (logits.shape[0], logits.shape[1])
        let used = segments.filter { !$0.isEmpty }
        let losses = Tensor(uninitializedShape: [rows, 1])
        let probabilities = Tensor(uninitializedShape: logits.shape)
        let (x, t) = (logits.buffer.base, targets.buffer.base)
        let (loss, p) = (losses.buffer.base, probabilities.buffer.base)
        let grain = Swift.max(1, Parallel.elementwiseGrain / 8 / Swift.max(columns, 1))
        Parallel.forEachRange(count: rows, grain: grain) { range in
            var largest = [Float](repeating: 0, count: used.count)
            largest.withUnsafeMutableBufferPointer { largest in
                for row in range {
                    let offset = row * columns
                    loss[row] = Self.forward(
                        x + offset, t + offset, into: p + offset, columns: columns,
                        segments: used, largest: largest)
                }
            }
        }
        self.losses = losses
        self.probabilities = probabilities
        self.targets = targets
        self.segments = used
    }

    /// One row: writes each segment's softmax into `p` and returns the row's loss
    /// (`largest` is scratch, one value per segment).
    private static func forward(
        _ x: UnsafeMutablePointer<Float>, _ t: UnsafeMutablePointer<Float>,
        into p: UnsafeMutablePointer<Float>, columns: Int, segments: [Range<Int>],
        largest: UnsafeMutableBufferPointer<Float>
    ) -> Float {
        p.update(repeating: 0, count: columns)
        for (position, segment) in segments.enumerated() {
            var top = -Float.infinity
            for column in segment { top = Swift.max(top, x[column]) }
            largest[position] = top
            for column in segment { p[column] = x[column] - top }
        }
        facsimile_exp_in_place(p, columns)

        var total: Float = 0
        for (position, segment) in segments.enumerated() {
            var sum: Float = 0
            for column in segment { sum += p[column] }
            let logSum = largest[position] + VectorMath.log(sum)
            let scale = 1 / sum
            for column in segment {
                total += t[column] * (logSum - x[column])
                p[column] *= scale
            }
        }
        return total
    }

    /// The gradient with respect to the logits for `gradient`, the incoming `[rows, 1]`
    /// gradient of the losses.
    func logitsGradient(_ gradient: Tensor) -> Tensor {
        let (rows, columns) = (probabilities.shape[0], probabilities.shape[1])
        let result = Tensor(zeros: probabilities.shape)
        let (g, p, t) = (gradient.buffer.base, probabilities.buffer.base, targets.buffer.base)
        let target = result.buffer.base
        let segments = segments
        let grain = Swift.max(1, Parallel.elementwiseGrain / Swift.max(columns, 1))
        Parallel.forEachRange(count: rows, grain: grain) { range in
            for row in range {
                let (offset, weight) = (row * columns, g[row])
                for segment in segments {
                    var mass: Float = 0
                    for column in segment { mass += t[offset + column] }
                    for column in segment {
                        let index = offset + column
                        target[index] = weight * (mass * p[index] - t[index])
                    }
                }
            }
        }
        return result
    }
}

/// The summed cross-entropy of each row over the segments: `−Σ targets ⊙ logSoftmax`, with
/// `targets` one-hot inside the segments that count and zero elsewhere (a zero segment adds
/// nothing, which is how CTGAN's conditional loss keeps only the selected column).
///
/// Computed in one fused pass (`SegmentedCrossEntropy`); when the backward pass records a
/// graph of its own, the gradient is built from differentiable operations instead.
///
/// - Returns: a `[rows, 1]` variable.
public func crossEntropy(
    logits: Variable, segments: [Range<Int>], targets: Tensor
) -> Variable {
    precondition(
        targets.shape == logits.shape && logits.shape.count == 2,
        "crossEntropy: targets \(targets.shape) for logits \(logits.shape)")
    let columns = logits.shape[1]
    precondition(
        segments.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= columns },
        "crossEntropy: a segment of \(segments) lies outside \(columns) columns")
    let fused = SegmentedCrossEntropy(
        logits: logits.value, segments: segments, targets: targets)
    return Variable.record(fused.losses, [logits]) { gradient, _ in
        guard GradientMode.isEnabled else {
            return [Variable(fused.logitsGradient(gradient.value))]
        }
        return recordedPullback([logits], gradient) { inputs in
            -(logSoftmax(inputs[0], segments: segments) * Variable(targets)).sum(alongAxis: 1)
        }
    }
}
