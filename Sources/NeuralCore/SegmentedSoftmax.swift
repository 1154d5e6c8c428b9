// NeuralCore: softmax over column segments of each row, the shape of CTGAN's and TVAE's
// encoded rows (one block of mode indicators or categories per column).

import Foundation

extension Tensor {
    /// A copy in which, in every row, each column segment is replaced by its softmax (or
    /// log-softmax); columns outside every segment are copied unchanged.
    func segmentedSoftmax(_ segments: [Range<Int>], logarithm: Bool) -> Tensor {
        precondition(rank == 2, "segmentedSoftmax: rank \(rank), expected 2")
        let columns = shape[1]
        precondition(
            segments.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= columns },
            "segmentedSoftmax: a segment of \(segments) lies outside \(columns) columns")
        let result = Tensor(uninitializedShape: shape)
        result.buffer.base.update(from: buffer.base, count: count)
        for row in 0..<shape[0] {
            let base = result.buffer.base + row * columns
            for segment in segments where !segment.isEmpty {
                Tensor.softmaxInPlace(base + segment.lowerBound, segment.count, logarithm)
            }
        }
        return result
    }

    private static func softmaxInPlace(
        _ values: UnsafeMutablePointer<Float>, _ count: Int, _ logarithm: Bool
    ) {
        var largest = -Float.infinity
        for index in 0..<count { largest = Swift.max(largest, values[index]) }
        var total: Float = 0
        if logarithm {
            for index in 0..<count { total += Foundation.exp(values[index] - largest) }
            let shift = largest + Foundation.log(total)
            for index in 0..<count { values[index] -= shift }
            return
        }
        for index in 0..<count {
            values[index] = Foundation.exp(values[index] - largest)
            total += values[index]
        }
        let scale = 1 / total
        for index in 0..<count { values[index] *= scale }
    }
}

/// Softmax over each column segment of each row; columns outside every segment pass through
/// unchanged. One call replaces a slice, a softmax and a concatenation per segment.
///
/// - Parameters:
///   - logits: a rank-2 variable.
///   - segments: disjoint column ranges.
public func softmax(_ logits: Variable, segments: [Range<Int>]) -> Variable {
    segmented(logits, segments, logarithm: false)
}

/// Log-softmax over each column segment of each row; other columns pass through unchanged.
public func logSoftmax(_ logits: Variable, segments: [Range<Int>]) -> Variable {
    segmented(logits, segments, logarithm: true)
}

/// Gumbel-softmax with temperature τ over each column segment of each row (soft samples, as
/// CTGAN's activation uses with τ = 0.2); other columns pass through unchanged.
public func gumbelSoftmax(
    _ logits: Variable, segments: [Range<Int>], temperature: Float,
    using generator: inout some RandomNumberGenerator
) -> Variable {
    precondition(temperature > 0, "gumbelSoftmax: temperature \(temperature) is not positive")
    let columns = logits.shape[1]
    var inside = [Float](repeating: 0, count: columns)
    for segment in segments { for column in segment { inside[column] = 1 } }
    let uniform = Tensor.randomUniform(shape: logits.shape, using: &generator)
    let noise = Tensor.zipWith(uniform, Tensor([Float](inside))) { value, flag in
        flag == 0 ? 0 : -Foundation.log(-Foundation.log(Swift.max(value, 1e-20)))
    }
    let scale = Tensor(inside.map { $0 == 0 ? 1 : 1 / temperature })
    return softmax((logits + Variable(noise)) * Variable(scale), segments: segments)
}

/// The summed cross-entropy of each row over the segments: `−Σ targets ⊙ logSoftmax`, with
/// `targets` one-hot inside the segments that count and zero elsewhere (a zero segment adds
/// nothing, which is how CTGAN's conditional loss keeps only the selected column).
///
/// - Returns: a `[rows, 1]` variable.
public func crossEntropy(
    logits: Variable, segments: [Range<Int>], targets: Tensor
) -> Variable {
    precondition(
        targets.shape == logits.shape,
        "crossEntropy: targets \(targets.shape) for logits \(logits.shape)")
    return -(logSoftmax(logits, segments: segments) * Variable(targets)).sum(alongAxis: 1)
}

private func segmented(_ logits: Variable, _ segments: [Range<Int>], logarithm: Bool)
    -> Variable
{
    let result = logits.value.segmentedSoftmax(segments, logarithm: logarithm)
    return Variable.record(result, [logits]) { gradient, _ in
        guard GradientMode.isEnabled else {
            return [Variable(segmentedPullback(gradient.value, result, segments, logarithm))]
        }
        return recordedPullback([logits], gradient) { inputs in
            composedSegmented(inputs[0], segments, logarithm: logarithm)
        }
    }
}

/// The same function from slices, softmaxes and a concatenation: slower, but made of
/// recorded operations, so that its gradient can be differentiated again.
private func composedSegmented(
    _ logits: Variable, _ segments: [Range<Int>], logarithm: Bool
) -> Variable {
    var parts: [Variable] = []
    var column = 0
    for segment in segments.sorted(by: { $0.lowerBound < $1.lowerBound }) {
        if segment.lowerBound > column { parts.append(logits.columns(column..<segment.lowerBound)) }
        let slice = logits.columns(segment)
        parts.append(logarithm ? logSoftmax(slice) : softmax(slice))
        column = segment.upperBound
    }
    if column < logits.shape[1] { parts.append(logits.columns(column..<logits.shape[1])) }
    return Variable.concatenatingColumns(parts)
}

private func segmentedPullback(
    _ gradient: Tensor, _ output: Tensor, _ segments: [Range<Int>], _ logarithm: Bool
) -> Tensor {
    let result = Tensor(uninitializedShape: gradient.shape)
    result.buffer.base.update(from: gradient.buffer.base, count: gradient.count)
    let columns = output.shape[1]
    for row in 0..<output.shape[0] {
        let g = gradient.buffer.base + row * columns
        let y = output.buffer.base + row * columns
        let target = result.buffer.base + row * columns
        for segment in segments {
            var inner: Float = 0
            for column in segment { inner += logarithm ? g[column] : g[column] * y[column] }
            for column in segment {
                target[column] =
                    logarithm
                    ? g[column] - Foundation.exp(y[column]) * inner
                    : y[column] * (g[column] - inner)
            }
        }
    }
    return result
}

/// The gradients of `Σ gradient ⊙ composed(inputs)` with respect to `inputs`, recorded: the
/// pullback of a fused operation when its backward pass must itself be differentiable. The
/// incoming gradient is a weight here, not a variable: its history is not followed.
func recordedPullback(
    _ inputs: [Variable], _ gradient: Variable, _ composed: ([Variable]) -> Variable
) -> [Variable?] {
    let output = composed(inputs)
    return NeuralCore.gradient(
        of: (output * gradient).sum(), withRespectTo: inputs, createGraph: true,
        through: gradient.node)
}
