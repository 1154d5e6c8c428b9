// Linalg: the element types a matrix may hold, and how each reaches BLAS.

/// The precision of a ``MatrixScalar``, which selects the BLAS routine (`s…` or `d…`).
public enum MatrixPrecision: Sendable, Equatable {
    /// IEEE 754 binary32 (`Float`), for neural networks.
    case single

    /// IEEE 754 binary64 (`Double`), for statistics and the copula.
    case double
}

/// An element type of ``Matrix``: `Float` or `Double`.
///
/// Only these two conform; the BLAS kernels exist for nothing else. A conformance elsewhere
/// would have to name one of the two precisions and share its memory layout.
public protocol MatrixScalar: BinaryFloatingPoint, Sendable {
    /// Which BLAS precision this type uses.
    static var precision: MatrixPrecision { get }
}

extension Float: MatrixScalar {
    /// Single precision.
    public static var precision: MatrixPrecision { .single }
}

extension Double: MatrixScalar {
    /// Double precision.
    public static var precision: MatrixPrecision { .double }
}

/// The BLAS calls behind the generic kernels of ``Matrix``, chosen by precision.
///
/// Not generic, so that the inlinable generic entry points of `Matrix` specialise in their
/// callers and reach BLAS without looking up generic metadata on every call. Scalars travel
/// as `Double` (exact for `Float`), elements as raw pointers of the named precision.
@usableFromInline
enum Kernels {
    /// `value` as a `Double`, by bit copy for `Double` and exact widening for `Float` (the
    /// generic `BinaryFloatingPoint` conversion is slow where it is not specialised).
    @inlinable
    static func widened<Scalar: MatrixScalar>(_ value: Scalar) -> Double {
        switch Scalar.precision {
        case .double: unsafeBitCast(value, to: Double.self)
        case .single: Double(unsafeBitCast(value, to: Float.self))
        }
    }

    /// `C ← alpha · op(A) · op(B) + beta · C`, row-major; sizes already checked.
    @usableFromInline
    static func gemm(
        _ precision: MatrixPrecision, transposeA: Bool, transposeB: Bool, m: Int, n: Int,
        k: Int, alpha: Double, a: UnsafeRawPointer, lda: Int, b: UnsafeRawPointer, ldb: Int,
        beta: Double, c: UnsafeMutableRawPointer, ldc: Int
    ) {
        switch precision {
        case .single:
            BLAS.sgemm(
                transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                alpha: Float(alpha), a: a.assumingMemoryBound(to: Float.self), lda: lda,
                b: b.assumingMemoryBound(to: Float.self), ldb: ldb, beta: Float(beta),
                c: c.assumingMemoryBound(to: Float.self), ldc: ldc)
        case .double:
            BLAS.dgemm(
                transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                alpha: alpha, a: a.assumingMemoryBound(to: Double.self), lda: lda,
                b: b.assumingMemoryBound(to: Double.self), ldb: ldb, beta: beta,
                c: c.assumingMemoryBound(to: Double.self), ldc: ldc)
        }
    }

    /// `y ← alpha · op(A) · x + beta · y` with `A` of size `m × n`, row-major.
    @usableFromInline
    static func gemv(
        _ precision: MatrixPrecision, transpose: Bool, m: Int, n: Int, alpha: Double,
        a: UnsafeRawPointer, lda: Int, x: UnsafeRawPointer, beta: Double,
        y: UnsafeMutableRawPointer
    ) {
        switch precision {
        case .single:
            BLAS.sgemv(
                transpose: transpose, m: m, n: n, alpha: Float(alpha),
                a: a.assumingMemoryBound(to: Float.self), lda: lda,
                x: x.assumingMemoryBound(to: Float.self), beta: Float(beta),
                y: y.assumingMemoryBound(to: Float.self))
        case .double:
            BLAS.dgemv(
                transpose: transpose, m: m, n: n, alpha: alpha,
                a: a.assumingMemoryBound(to: Double.self), lda: lda,
                x: x.assumingMemoryBound(to: Double.self), beta: beta,
                y: y.assumingMemoryBound(to: Double.self))
        }
    }

    /// The upper triangle of `C ← alpha · op(A) · op(A)ᵀ + beta · C`, row-major.
    static func syrk(
        _ precision: MatrixPrecision, transpose: Bool, n: Int, k: Int, alpha: Double,
        a: UnsafeRawPointer, lda: Int, beta: Double, c: UnsafeMutableRawPointer, ldc: Int
    ) {
        switch precision {
        case .single:
            BLAS.ssyrk(
                transpose: transpose, n: n, k: k, alpha: Float(alpha),
                a: a.assumingMemoryBound(to: Float.self), lda: lda, beta: Float(beta),
                c: c.assumingMemoryBound(to: Float.self), ldc: ldc)
        case .double:
            BLAS.dsyrk(
                transpose: transpose, n: n, k: k, alpha: alpha,
                a: a.assumingMemoryBound(to: Double.self), lda: lda, beta: beta,
                c: c.assumingMemoryBound(to: Double.self), ldc: ldc)
        }
    }
}
