// COpenBLASKernels: re-selects OpenBLAS's kernels at load when it fell back to old ones.
//
// Runs once, in a constructor, before `main` and before any thread of this package exists.
// OpenBLAS's own constructor has run by then (a library is initialised before the program
// that links it). The library's entry points are looked up by name, so an OpenBLAS built for
// one processor only (without these entry points) is simply left as it is.

#include "COpenBLASKernels.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

static char kernel_note[200] = "OpenBLAS's kernel choice was kept";
static int kernels_reselected = 0;

// The kernel families OpenBLAS falls back to for a processor it does not recognise, and the
// older ones that a processor with AVX2 never needs.
static const char *const fallback_kernels[] = {
    "Katmai", "Coppermine", "Northwood", "Prescott", "Banias", "Core2", "Penryn",
    "Dunnington", "Nehalem", "Sandybridge",
};

static int is_fallback(const char *name) {
    for (size_t index = 0; index < sizeof fallback_kernels / sizeof *fallback_kernels; index++) {
        if (strcasecmp(name, fallback_kernels[index]) == 0) return 1;
    }
    return 0;
}

const char *facsimile_openblas_best_kernels(void) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq")
        && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")) {
        return "SkylakeX";
    }
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return "Haswell";
#endif
    return NULL;
}

__attribute__((constructor)) static void reselect_kernels(void) {
    if (getenv("OPENBLAS_CORETYPE") != NULL) {
        snprintf(kernel_note, sizeof kernel_note, "OPENBLAS_CORETYPE chose the kernels");
        return;
    }
    const char *(*corename)(void) = (const char *(*)(void))dlsym(
        RTLD_DEFAULT, "openblas_get_corename");
    void (*quit)(void) = (void (*)(void))dlsym(RTLD_DEFAULT, "gotoblas_dynamic_quit");
    void (*init)(void) = (void (*)(void))dlsym(RTLD_DEFAULT, "gotoblas_dynamic_init");
    const char *best = facsimile_openblas_best_kernels();
    if (corename == NULL || quit == NULL || init == NULL || best == NULL) return;

    const char *chosen = corename();
    if (chosen == NULL || !is_fallback(chosen)) return;

    char fallback[32];
    snprintf(fallback, sizeof fallback, "%s", chosen);
    setenv("OPENBLAS_CORETYPE", best, 1);
    quit();
    init();
    unsetenv("OPENBLAS_CORETYPE");

    kernels_reselected = 1;
    snprintf(
        kernel_note, sizeof kernel_note,
        "OpenBLAS chose %s kernels for a processor it does not recognise; %s kernels were "
        "selected instead", fallback, corename());
}

const char *facsimile_openblas_kernel_note(void) { return kernel_note; }

int facsimile_openblas_kernels_reselected(void) { return kernels_reselected; }
