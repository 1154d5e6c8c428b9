// LinalgTests: OpenBLAS runs kernels as wide as the processor allows.

import Foundation
import Testing

@testable import Linalg

@Suite("OpenBLAS kernels")
struct BLASKernelTests {
    /// The kernel families OpenBLAS falls back to for a processor it does not recognise.
    private let fallbackKernels: Set<String> = [
        "katmai", "coppermine", "northwood", "prescott", "banias", "core2", "penryn",
        "dunnington", "nehalem", "sandybridge",
    ]

    @Test func aProcessorWithAVX2NeverRunsFallbackKernels() throws {
        let chosenByUser = ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] != nil
        try #require(!chosenByUser, "OPENBLAS_CORETYPE is set: the user chose the kernels")
        guard BLAS.bestKernelName != nil else { return }

        #expect(!fallbackKernels.contains(BLAS.kernelName.lowercased()), "\(BLAS.kernelNote)")
    }

    @Test func theNoteSaysWhetherTheKernelsWereChosenAgain() {
        if BLAS.kernelsWereReselected {
            #expect(BLAS.kernelNote.contains("selected instead"))
            #expect(BLAS.kernelNote.contains(BLAS.kernelName))
        } else {
            #expect(!BLAS.kernelNote.contains("selected instead"))
        }
    }

    @Test func productsAreRightWithTheChosenKernels() {
        let a = Matrix<Float>(
            rows: 64, columns: 48, elements: (0..<3072).map { Float($0 % 7) - 3 })
        let b = Matrix<Float>(
            rows: 48, columns: 32, elements: (0..<1536).map { Float($0 % 5) - 2 })
        let product = a * b
        for (row, column) in [(0, 0), (17, 5), (63, 31)] {
            let expected = (0..<48).reduce(Float(0)) { sum, inner in
                sum + a[row, inner] * b[inner, column]
            }
            #expect(product[row, column] == expected)
        }
    }
}
