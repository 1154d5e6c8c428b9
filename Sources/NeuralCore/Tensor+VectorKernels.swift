// NeuralCore: elementwise passes that run a CVectorKernels loop over each thread's range.

import CVectorKernels

extension Tensor {
    /// A C loop over one tensor, given the input, the output and the count of each range.
    typealias UnaryLoop = (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void

    /// A C loop over two tensors of one shape.
    typealias BinaryLoop = (
        UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int
    ) -> Void

    /// A C loop over three tensors of one shape.
    typealias TernaryLoop = (
        UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>,
        UnsafeMutablePointer<Float>, Int
    ) -> Void

    /// `loop` over `a` into a new tensor, split across threads as the fused passes are.
    static func vectorKernel(_ a: Tensor, _ loop: UnaryLoop) -> Tensor {
        let result = Tensor(uninitializedShape: a.shape)
        let (source, target) = (a.buffer.base, result.buffer.base)
        Parallel.forEachRange(count: a.count, grain: fusedGrain) { range in
            loop(source + range.lowerBound, target + range.lowerBound, range.count)
        }
        return result
    }

    /// `loop` over `a` and `b` (same shape) into a new tensor.
    static func vectorKernel(_ a: Tensor, _ b: Tensor, _ loop: BinaryLoop) -> Tensor {
        precondition(a.shape == b.shape, "Tensor.vectorKernel: shapes \(a.shape), \(b.shape)")
        let result = Tensor(uninitializedShape: a.shape)
        let (first, second, target) = (a.buffer.base, b.buffer.base, result.buffer.base)
        Parallel.forEachRange(count: a.count, grain: fusedGrain) { range in
            let start = range.lowerBound
            loop(first + start, second + start, target + start, range.count)
        }
        return result
    }

    /// `loop` over `a`, `b` and `c` (same shape) into a new tensor.
    static func vectorKernel(
        _ a: Tensor, _ b: Tensor, _ c: Tensor, _ loop: TernaryLoop
    ) -> Tensor {
        precondition(
            a.shape == b.shape && b.shape == c.shape,
            "Tensor.vectorKernel: shapes \(a.shape), \(b.shape), \(c.shape)")
        let result = Tensor(uninitializedShape: a.shape)
        let (first, second, third) = (a.buffer.base, b.buffer.base, c.buffer.base)
        let target = result.buffer.base
        Parallel.forEachRange(count: a.count, grain: fusedGrain) { range in
            let start = range.lowerBound
            loop(first + start, second + start, third + start, target + start, range.count)
        }
        return result
    }
}
