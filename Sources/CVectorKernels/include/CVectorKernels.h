// CVectorKernels: NeuralCore's exponential- and logarithm-heavy loops and its Adam update,
// built for the widest vectors the processor has.
//
// Swift code is compiled for any x86-64 processor, so its loops use 4-lane SSE vectors. These
// loops are the same arithmetic written in C and compiled three times (AVX-512, AVX2 and the
// baseline) with the best one picked when the program loads, where the platform supports it
// (Linux on x86-64); elsewhere they are compiled once. The exponential and logarithm are the
// same branch-free polynomials as NeuralCore's `VectorMath` (Cephes, Moshier 1992), with the
// same operations in the same order and no fused multiply-add, so every result is bit for bit
// what the Swift loops gave, on any processor.

#ifndef FACSIMILE_CVECTORKERNELS_H
#define FACSIMILE_CVECTORKERNELS_H

/// `y[i] = exp(x[i])` for `i < count`; `x` and `y` do not overlap.
void facsimile_exp(const float *x, float *y, long count);

/// `y[i] = log(x[i])` for `i < count`; `x` and `y` do not overlap.
void facsimile_log(const float *x, float *y, long count);

/// `values[i] = exp(values[i])` for `i < count`.
void facsimile_exp_in_place(float *values, long count);

/// `values[i] = −log(−log(max(values[i], 1e-20)))`: uniform values become Gumbel noise.
void facsimile_gumbel_in_place(float *values, long count);

/// `out[i] = μ[i] + ε[i] · exp(½ · logσ²[i])`: the reparameterised sample.
void facsimile_gaussian_sample(
    const float *mean, const float *log_variance, const float *noise, float *out, long count);

/// `out[i] = ½ · g[i] · ε[i] · exp(½ · logσ²[i])`: the sample's gradient for `logσ²`.
void facsimile_gaussian_sample_gradient(
    const float *gradient, const float *log_variance, const float *noise, float *out,
    long count);

/// `out[i] = ((logσ²[i] + 1) − μ[i]²) − exp(logσ²[i])`: the terms of a Gaussian's KL
/// divergence from the standard normal, before the factor −½.
void facsimile_kl_terms(const float *mean, const float *log_variance, float *out, long count);

/// `out[i] = ½ · g · (exp(logσ²[i]) − 1)`: the divergence's gradient for `logσ²`.
void facsimile_kl_log_variance_gradient(
    const float *log_variance, float gradient, float *out, long count);

/// The constants of one Adam step: β₁, β₂, the L2 decay λ, ε, the step size (learning rate
/// over 1 − β₁ᵗ) and the bias correction √(1 − β₂ᵗ).
typedef struct {
    float beta1, beta2, decay, epsilon, step_size, correction;
} facsimile_adam_constants;

/// One Adam update of `count` values, as NeuralCore's `Adam`: with g = gradient + λ · θ,
/// m ← m + (g − m)(1 − β₁), v ← β₂ v + (1 − β₂) g², θ' = θ − step · m / (√v / c + ε), written
/// to `target` (`value` and `target` do not overlap; see the in-place form).
void facsimile_adam_update(
    const float *gradient, float *first, float *second, const float *value, float *target,
    long count, facsimile_adam_constants constants);

/// The same update written back into `value`.
void facsimile_adam_update_in_place(
    const float *gradient, float *first, float *second, float *value, long count,
    facsimile_adam_constants constants);

#endif
