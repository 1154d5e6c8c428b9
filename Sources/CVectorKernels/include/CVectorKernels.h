// CVectorKernels: NeuralCore's exponential- and logarithm-heavy loops, built for the widest
// vectors the processor has.
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

#endif
