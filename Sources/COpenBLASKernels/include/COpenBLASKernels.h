// COpenBLASKernels: makes OpenBLAS use the widest kernels the processor runs.
//
// OpenBLAS builds for several processors pick their kernels from the processor's model number
// when the library loads. A processor newer than the library (Debian 12's OpenBLAS 0.3.21 on
// an Emerald Rapids Xeon, say) is not recognised, and the library falls back to its oldest
// kernels, four times slower at single-precision products. This target checks the processor's
// instruction sets before `main` runs and, when OpenBLAS chose kernels narrower than those it
// supports, selects them again as `OPENBLAS_CORETYPE` would. A value of `OPENBLAS_CORETYPE`
// set by the user is always left alone.

#ifndef FACSIMILE_COPENBLASKERNELS_H
#define FACSIMILE_COPENBLASKERNELS_H

/// What happened at load, in one sentence: the kernels chosen again, or why they were kept.
const char *facsimile_openblas_kernel_note(void);

/// 1 when the kernels were chosen again at load, 0 when OpenBLAS's own choice was kept.
int facsimile_openblas_kernels_reselected(void);

/// The kernel family the processor supports at best: "SkylakeX" (AVX-512), "Haswell" (AVX2
/// and FMA), or NULL for an older processor or one that is not x86-64.
const char *facsimile_openblas_best_kernels(void);

#endif
