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

/// Dispatches the generic kernels of ``Matrix`` to the BLAS routine of the right precision.
///
/// The pointer casts are sound because `precision` names the one type each branch rebinds to;
/// in optimised builds the branch not taken disappears at specialisation.
enum Kernels<Scalar: MatrixScalar> {
    /// `C ← alpha · op(A) · op(B) + beta · C`, row-major; sizes already checked.
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Scalar, a: UnsafePointer<Scalar>, lda: Int,
        b: UnsafePointer<Scalar>, ldb: Int,
        beta: Scalar, c: UnsafeMutablePointer<Scalar>, ldc: Int
    ) {
        switch Scalar.precision {
        case .single:
            BLAS.sgemm(
                transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                alpha: Float(alpha), a: cast(a), lda: lda, b: cast(b), ldb: ldb,
                beta: Float(beta), c: cast(c), ldc: ldc)
        case .double:
            BLAS.dgemm(
                transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                alpha: Double(alpha), a: cast(a), lda: lda, b: cast(b), ldb: ldb,
                beta: Double(beta), c: cast(c), ldc: ldc)
        }
    }

    /// `y ← alpha · op(A) · x + beta · y` with `A` of size `m × n`, row-major.
    static func gemv(
        transpose: Bool, m: Int, n: Int, alpha: Scalar, a: UnsafePointer<Scalar>, lda: Int,
        x: UnsafePointer<Scalar>, beta: Scalar, y: UnsafeMutablePointer<Scalar>
    ) {
        switch Scalar.precision {
        case .single:
            BLAS.sgemv(
                transpose: transpose, m: m, n: n, alpha: Float(alpha), a: cast(a), lda: lda,
                x: cast(x), beta: Float(beta), y: cast(y))
        case .double:
            BLAS.dgemv(
                transpose: transpose, m: m, n: n, alpha: Double(alpha), a: cast(a), lda: lda,
                x: cast(x), beta: Double(beta), y: cast(y))
        }
    }

    /// The upper triangle of `C ← alpha · op(A) · op(A)ᵀ + beta · C`, row-major.
    static func syrk(
        transpose: Bool, n: Int, k: Int, alpha: Scalar, a: UnsafePointer<Scalar>, lda: Int,
        beta: Scalar, c: UnsafeMutablePointer<Scalar>, ldc: Int
    ) {
        switch Scalar.precision {
        case .single:
            BLAS.ssyrk(
                transpose: transpose, n: n, k: k, alpha: Float(alpha), a: cast(a), lda: lda,
                beta: Float(beta), c: cast(c), ldc: ldc)
        case .double:
            BLAS.dsyrk(
                transpose: transpose, n: n, k: k, alpha: Double(alpha), a: cast(a), lda: lda,
                beta: Double(beta), c: cast(c), ldc: ldc)
        }
    }

    private static func cast<T>(_ pointer: UnsafePointer<Scalar>) -> UnsafePointer<T> {
        precondition(MemoryLayout<T>.size == MemoryLayout<Scalar>.size, "layout mismatch")
        return UnsafeRawPointer(pointer).assumingMemoryBound(to: T.self)
    }

    private static func cast<T>(
        _ pointer: UnsafeMutablePointer<Scalar>
    ) -> UnsafeMutablePointer<T> {
        precondition(MemoryLayout<T>.size == MemoryLayout<Scalar>.size, "layout mismatch")
        return UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: T.self)
    }
}
