// Linalg: the only file in the package that calls C (CBLAS and LAPACKE through COpenBLAS, and
// the kernel check of COpenBLASKernels).
//
// Every function here takes raw pointers and row-major leading dimensions, checks nothing the
// callers have not already checked, and returns LAPACK's `info` code untouched. The typed,
// checked API lives in the other files of this module.

import COpenBLAS
import COpenBLASKernels

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin, unchecked entry points into OpenBLAS and LAPACKE, for the modules of this package.
///
/// All matrices are row-major. `transposeA` and `transposeB` select `op(X) = Xᵀ`.
package enum BLAS {
    /// `C ← alpha · op(A) · op(B) + beta · C` in single precision.
    @inlinable
    package static func sgemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float, a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_sgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
            transposeB ? CblasTrans : CblasNoTrans,
            blasint(m), blasint(n), blasint(k), alpha, a, blasint(lda), b, blasint(ldb),
            beta, c, blasint(ldc)
        )
    }

    /// `C ← alpha · op(A) · op(B) + beta · C` in double precision.
    @inlinable
    package static func dgemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Double, a: UnsafePointer<Double>, lda: Int,
        b: UnsafePointer<Double>, ldb: Int,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        cblas_dgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
            transposeB ? CblasTrans : CblasNoTrans,
            blasint(m), blasint(n), blasint(k), alpha, a, blasint(lda), b, blasint(ldb),
            beta, c, blasint(ldc)
        )
    }

    /// `y ← alpha · op(A) · x + beta · y` in single precision; `A` is `m × n`.
    @inlinable
    package static func sgemv(
        transpose: Bool, m: Int, n: Int, alpha: Float, a: UnsafePointer<Float>, lda: Int,
        x: UnsafePointer<Float>, beta: Float, y: UnsafeMutablePointer<Float>
    ) {
        cblas_sgemv(
            CblasRowMajor, transpose ? CblasTrans : CblasNoTrans, blasint(m), blasint(n),
            alpha, a, blasint(lda), x, 1, beta, y, 1
        )
    }

    /// `y ← alpha · op(A) · x + beta · y` in double precision; `A` is `m × n`.
    @inlinable
    package static func dgemv(
        transpose: Bool, m: Int, n: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int,
        x: UnsafePointer<Double>, beta: Double, y: UnsafeMutablePointer<Double>
    ) {
        cblas_dgemv(
            CblasRowMajor, transpose ? CblasTrans : CblasNoTrans, blasint(m), blasint(n),
            alpha, a, blasint(lda), x, 1, beta, y, 1
        )
    }

    /// The upper triangle of `C ← alpha · op(A) · op(A)ᵀ + beta · C` in double precision, with
    /// `C` of order `n` and `op(A)` of size `n × k` (`transpose` makes it `Aᵀ · A`).
    @inlinable
    package static func dsyrk(
        transpose: Bool, n: Int, k: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        cblas_dsyrk(
            CblasRowMajor, CblasUpper, transpose ? CblasTrans : CblasNoTrans,
            blasint(n), blasint(k), alpha, a, blasint(lda), beta, c, blasint(ldc)
        )
    }

    /// The upper triangle of `C ← alpha · op(A) · op(A)ᵀ + beta · C` in single precision, with
    /// `C` of order `n` and `op(A)` of size `n × k` (`transpose` makes it `Aᵀ · A`).
    @inlinable
    package static func ssyrk(
        transpose: Bool, n: Int, k: Int, alpha: Float, a: UnsafePointer<Float>, lda: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_ssyrk(
            CblasRowMajor, CblasUpper, transpose ? CblasTrans : CblasNoTrans,
            blasint(n), blasint(k), alpha, a, blasint(lda), beta, c, blasint(ldc)
        )
    }

    /// `y ← alpha · x + y` in single precision over `count` elements.
    @inlinable
    package static func saxpy(
        count: Int, alpha: Float, x: UnsafePointer<Float>, y: UnsafeMutablePointer<Float>
    ) {
        cblas_saxpy(blasint(count), alpha, x, 1, y, 1)
    }

    /// The number of threads OpenBLAS uses for one call (`OPENBLAS_NUM_THREADS`, or the
    /// number of processors when that is unset).
    package static var threadCount: Int { Int(openblas_get_num_threads()) }

    /// The family of kernels OpenBLAS runs on this processor (`SkylakeX`, `Haswell`, ...).
    package static var kernelName: String { String(cString: openblas_get_corename()) }

    /// The widest kernel family this processor supports (`SkylakeX` for AVX-512, `Haswell` for
    /// AVX2 with FMA), or `nil` on an older or non-x86 processor.
    package static var bestKernelName: String? {
        facsimile_openblas_best_kernels().map { String(cString: $0) }
    }

    /// Whether the kernels were chosen again at load because OpenBLAS did not recognise the
    /// processor and fell back to old ones; ``kernelNote`` says what happened.
    package static var kernelsWereReselected: Bool {
        facsimile_openblas_kernels_reselected() != 0
    }

    /// One sentence on how OpenBLAS's kernels were chosen in this process.
    package static var kernelNote: String { String(cString: facsimile_openblas_kernel_note()) }

    /// Sets the number of threads OpenBLAS uses for each later call.
    package static func setThreadCount(_ count: Int) {
        openblas_set_num_threads(Int32(count))
    }

    /// Cholesky factorisation in place (lower triangle `L` with `A = L·Lᵀ`), row-major.
    /// Returns LAPACK's `info`: 0 on success, `i > 0` when the leading minor of order `i` is
    /// not positive definite.
    package static func dpotrf(n: Int, a: UnsafeMutablePointer<Double>, lda: Int) -> Int {
        Int(
            LAPACKE_dpotrf(
                LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "L")), Int32(n), a,
                Int32(lda)))
    }

    /// Eigenvalues (ascending, into `w`) and eigenvectors (columns of `a`, in place) of a
    /// symmetric matrix given by its upper triangle, by divide and conquer. Returns `info`.
    package static func dsyevd(
        n: Int, a: UnsafeMutablePointer<Double>, lda: Int, w: UnsafeMutablePointer<Double>
    ) -> Int {
        Int(
            LAPACKE_dsyevd(
                LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "V")), Int8(UInt8(ascii: "U")),
                Int32(n), a, Int32(lda), w))
    }

    /// Solves `A · X = B` by LU with partial pivoting; `a` is overwritten by the factors and
    /// `b` (`n × nrhs`) by the solution. Returns `info` (`i > 0`: `U[i][i]` is exactly zero).
    package static func dgesv(
        n: Int, nrhs: Int, a: UnsafeMutablePointer<Double>, lda: Int,
        b: UnsafeMutablePointer<Double>, ldb: Int
    ) -> Int {
        var pivots = [Int32](repeating: 0, count: max(1, n))
        return Int(
            LAPACKE_dgesv(
                LAPACK_ROW_MAJOR, Int32(n), Int32(nrhs), a,
                Int32(lda), &pivots, b, Int32(ldb)))
    }
}

/// The few functions of the C mathematics library that this module trusts as they are.
///
/// glibc's `erf` and `erfc` are correct to within one unit in the last place; `lgamma_r` is
/// the reentrant log-gamma (the plain `lgamma` writes the global `signgam`, a data race).
package enum LibM {
    /// The error function, from the C library.
    @inlinable
    package static func erf(_ x: Double) -> Double {
        #if canImport(Glibc)
            Glibc.erf(x)
        #else
            Darwin.erf(x)
        #endif
    }

    /// The complementary error function `1 - erf(x)`, from the C library.
    @inlinable
    package static func erfc(_ x: Double) -> Double {
        #if canImport(Glibc)
            Glibc.erfc(x)
        #else
            Darwin.erfc(x)
        #endif
    }

    /// `log |Γ(x)|`, from the reentrant C function.
    package static func logGamma(_ x: Double) -> Double {
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }
}
