// The C interface of OpenBLAS (CBLAS) and LAPACK (LAPACKE), as one module for Swift.
// Only Sources/Linalg/CInterop.swift may import this module.
#include <cblas.h>
#include <lapacke.h>
