// NeuralCore: softmax over column segments of each row, the shape of CTGAN's and TVAE's
// encoded rows (one block of mode indicators or categories per column).

import CVectorKernels
import Foundation

extension Tensor {
    /// A copy in which, in every row, each column segment is replaced by its softmax (or
    /// log-softmax); columns outside every segment are copied unchanged.
    ///
    /// Rows are independent, so blocks of rows run on separate threads; the exponentials of a
    /// row are taken in one vectorised loop (CVectorKernels).
    func segmentedSoftmax(_ segments: [Range<Int>], logarithm: Bool) -> Tensor {
        precondition(rank == 2, "segmentedSoftmax: rank \(rank), expected 2")
        let columns = shape[1]
        precondition(
            segments.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= columns },
            "segmentedSoftmax: a segment of \(segments) lies outside \(columns) columns")
        let result = Tensor(uninitializedShape: shape)
        let (source, target) = (buffer.base, result.buffer.base)
        let used = segments.filter { !$0.isEmpty }
        let grain = Swift.max(1, Parallel.elementwiseGrain / 8 / Swift.max(columns, 1))
        Parallel.forEachRange(count: shape[0], grain: grain) { rows in
            var scratch = [Float](repeating: 0, count: columns)
            var totals = [Float](repeating: 1, count: used.count)
            scratch.withUnsafeMutableBufferPointer { exponentials in
                totals.withUnsafeMutableBufferPointer { sums in
                    guard let exponentials = exponentials.baseAddress,
                        let sums = sums.baseAddress
                    else { return }
                    for row in rows {
                        SegmentedRow(
                            source: source + row * columns, target: target + row * columns,
                            columns: columns, segments: used
                        ).softmax(logarithm: logarithm, exponentials, sums)
                    }
                }
            }
        }
        return result
    }
}

/// One row of a segmented softmax: its input, its output and its segments.
private struct SegmentedRow {
    let source: UnsafeMutablePointer<Float>
    let target: UnsafeMutablePointer<Float>
    let columns: Int
    let segments: [Range<Int>]

    /// Writes the row's (log-)softmax, using `exponentials` (`columns` values) and `sums`
    /// (one value per segment) as scratch.
    func softmax(
        logarithm: Bool, _ exponentials: UnsafeMutablePointer<Float>,
        _ sums: UnsafeMutablePointer<Float>
    ) {
        target.update(from: source, count: columns)
        for segment in segments {
            var largest = -Float.infinity
            for column in segment { largest = Swift.max(largest, source[column]) }
            for column in segment { target[column] = source[column] - largest }
        }
        facsimile_exp(target, exponentials, columns)
        for (position, segment) in segments.enumerated() {
            var total: Float = 0
            for column in segment { total += exponentials[column] }
            sums[position] = total
        }
        if logarithm {
            VectorMath.apply(sums, sums, count: segments.count) { VectorMath.log($0) }
            for (position, segment) in segments.enumerated() {
                let shift = sums[position]
                for column in segment { target[column] -= shift }
            }
            return
        }
        for (position, segment) in segments.enumerated() {
            let scale = 1 / sums[position]
            for column in segment { target[column] = exponentials[column] * scale }
        }
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
    let noise = Tensor.gumbelNoise(shape: logits.shape, using: &generator) * Tensor(inside)
    let scale = Tensor(inside.map { $0 == 0 ? 1 : 1 / temperature })
    return softmax((logits + Variable(noise)) * Variable(scale), segments: segments)
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
    let columns = output.shape[1]
    let grain = Swift.max(1, Parallel.elementwiseGrain / 4 / Swift.max(columns, 1))
    Parallel.forEachRange(count: output.shape[0], grain: grain) { rows in
        var scratch = [Float](repeating: 0, count: columns)
        scratch.withUnsafeMutableBufferPointer { probabilities in
            guard let probabilities = probabilities.baseAddress else { return }
            for row in rows {
                let g = gradient.buffer.base + row * columns
                let y = output.buffer.base + row * columns
                let target = result.buffer.base + row * columns
                target.update(from: g, count: columns)
                if logarithm {
                    facsimile_exp(y, probabilities, columns)
                } else {
                    probabilities.update(from: y, count: columns)
                }
                for segment in segments {
                    var inner: Float = 0
                    for column in segment { inner += logarithm ? g[column] : g[column] * y[column] }
                    for column in segment {
                        target[column] =
                            logarithm
                            ? g[column] - probabilities[column] * inner
                            : y[column] * (g[column] - inner)
                    }
                }
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
