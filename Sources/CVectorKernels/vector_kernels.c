// CVectorKernels: the loops of CVectorKernels.h.

#include "CVectorKernels.h"

#include <float.h>
#include <stdint.h>
#include <string.h>

// No fused multiply-add: it would round differently from the Swift loops these replace.
#pragma STDC FP_CONTRACT OFF

#if defined(__linux__) && defined(__x86_64__) && defined(__clang__)
#define WIDEST_VECTORS __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define WIDEST_VECTORS
#endif

static inline float from_bits(uint32_t bits) {
    float value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

static inline uint32_t to_bits(float value) {
    uint32_t bits;
    memcpy(&bits, &value, sizeof bits);
    return bits;
}

/// eˣ, as VectorMath.exp: x/ln 2 rounded by the 1.5 · 2²³ trick, a degree-5 polynomial on the
/// remainder, and 2ⁿ applied as two halves so that n = 128 does not overflow.
static inline float vector_exp(float x) {
    float clamped = x < -87.33f ? -87.33f : (x > 88.72283f ? 88.72283f : x);
    float shifted = clamped * 1.44269504f + 12582912.0f;
    float n = shifted - 12582912.0f;
    float r = clamped - n * 0.693359375f + n * 2.1219444e-4f;
    float p = 1.98756915e-4f;
    p = p * r + 1.39819995e-3f;
    p = p * r + 8.3334519e-3f;
    p = p * r + 4.16657959e-2f;
    p = p * r + 1.66666655e-1f;
    p = p * r + 5.00000012e-1f;
    float polynomial = p * (r * r) + r + 1;
    int32_t integer = (int32_t)(to_bits(shifted) - 0x4B400000u);
    int32_t half = integer >> 1;
    float first = from_bits((uint32_t)(half + 127) << 23);
    float second = from_bits((uint32_t)(integer - half + 127) << 23);
    float result = polynomial * first * second;
    float low = x < -87.33f ? 0.0f : result;
    float high = x > 88.72283f ? __builtin_inff() : low;
    return x != x ? x : high;
}

/// The natural logarithm, as VectorMath.log: subnormals scaled by 2²³, the mantissa moved to
/// [√½, √2), a degree-8 polynomial.
static inline float vector_log(float x) {
    int tiny = x < FLT_MIN;
    uint32_t bits = to_bits(tiny ? x * 8388608.0f : x);
    float biased = (float)((int32_t)((bits >> 23) & 0xFF) - 126);
    float exponent = tiny ? biased - 23 : biased;
    float mantissa = from_bits((bits & 0x007FFFFFu) | 0x3F000000u);
    int is_low = mantissa < 0.70710677f;
    exponent = is_low ? exponent - 1 : exponent;
    float m = (is_low ? mantissa + mantissa : mantissa) - 1;
    float z = m * m;
    float p = 7.0376836e-2f;
    p = p * m - 1.1514610e-1f;
    p = p * m + 1.16769987e-1f;
    p = p * m - 1.24201408e-1f;
    p = p * m + 1.42493228e-1f;
    p = p * m - 1.66680577e-1f;
    p = p * m + 2.00007148e-1f;
    p = p * m - 2.4999994e-1f;
    p = p * m + 3.3333331e-1f;
    float tail = p * m * z;
    tail += exponent * -2.1219444e-4f;
    tail -= 0.5f * z;
    float result = (m + tail) + exponent * 0.693359375f;
    float at_zero = x == 0 ? -__builtin_inff() : result;
    float negative = x < 0 ? __builtin_nanf("") : at_zero;
    float infinite = x == __builtin_inff() ? __builtin_inff() : negative;
    return x != x ? x : infinite;
}

WIDEST_VECTORS
void facsimile_exp(const float *restrict x, float *restrict y, long count) {
    for (long i = 0; i < count; i++) y[i] = vector_exp(x[i]);
}

WIDEST_VECTORS
void facsimile_log(const float *restrict x, float *restrict y, long count) {
    for (long i = 0; i < count; i++) y[i] = vector_log(x[i]);
}

// The in-place loops take one pointer: with two equal ones the compiler's overlap check would
// send every call to its scalar fallback.
WIDEST_VECTORS
void facsimile_exp_in_place(float *values, long count) {
    for (long i = 0; i < count; i++) values[i] = vector_exp(values[i]);
}

WIDEST_VECTORS
void facsimile_gumbel_in_place(float *values, long count) {
    for (long i = 0; i < count; i++) {
        float value = values[i] < 1e-20f ? 1e-20f : values[i];
        values[i] = -vector_log(-vector_log(value));
    }
}

WIDEST_VECTORS
void facsimile_gaussian_sample(
    const float *restrict mean, const float *restrict log_variance,
    const float *restrict noise, float *restrict out, long count) {
    for (long i = 0; i < count; i++) {
        out[i] = mean[i] + noise[i] * vector_exp(0.5f * log_variance[i]);
    }
}

WIDEST_VECTORS
void facsimile_gaussian_sample_gradient(
    const float *restrict gradient, const float *restrict log_variance,
    const float *restrict noise, float *restrict out, long count) {
    for (long i = 0; i < count; i++) {
        out[i] = 0.5f * gradient[i] * noise[i] * vector_exp(0.5f * log_variance[i]);
    }
}

WIDEST_VECTORS
void facsimile_kl_terms(
    const float *restrict mean, const float *restrict log_variance, float *restrict out,
    long count) {
    for (long i = 0; i < count; i++) {
        float lv = log_variance[i];
        out[i] = ((lv + 1) - mean[i] * mean[i]) - vector_exp(lv);
    }
}

WIDEST_VECTORS
void facsimile_kl_log_variance_gradient(
    const float *restrict log_variance, float gradient, float *restrict out, long count) {
    for (long i = 0; i < count; i++) {
        out[i] = 0.5f * gradient * (vector_exp(log_variance[i]) - 1);
    }
}

/// θ' for one value, updating its moments; the operations in the order of `Adam`'s formula.
static inline float adam_value(
    float gradient, float *first, float *second, float theta, facsimile_adam_constants k,
    float inverse_correction) {
    float g = gradient + k.decay * theta;
    float m = *first + (g - *first) * (1 - k.beta1);
    float v = k.beta2 * *second + (1 - k.beta2) * g * g;
    *first = m;
    *second = v;
    return theta - k.step_size * m / (__builtin_elementwise_sqrt(v) * inverse_correction
        + k.epsilon);
}

WIDEST_VECTORS
void facsimile_adam_update(
    const float *restrict gradient, float *restrict first, float *restrict second,
    const float *restrict value, float *restrict target, long count,
    facsimile_adam_constants constants) {
    float inverse_correction = 1 / constants.correction;
    for (long i = 0; i < count; i++) {
        target[i] = adam_value(
            gradient[i], first + i, second + i, value[i], constants, inverse_correction);
    }
}

WIDEST_VECTORS
void facsimile_adam_update_in_place(
    const float *restrict gradient, float *restrict first, float *restrict second,
    float *restrict value, long count, facsimile_adam_constants constants) {
    float inverse_correction = 1 / constants.correction;
    for (long i = 0; i < count; i++) {
        value[i] = adam_value(
            gradient[i], first + i, second + i, value[i], constants, inverse_correction);
    }
}
