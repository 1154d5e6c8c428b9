// Benchmarks: one CTGAN and one TVAE training step on random data of the contract's shape.

import Foundation
import Linalg
import NeuralCore

extension BenchmarkCatalog {
    /// `ctgan-step`, `tvae-step`, `ctgan-memory` (steady-state memory over many steps) and
    /// `normal-noise-1m` (the normal draws behind the generator's noise and TVAE's code).
    static let neural: [Benchmark] = [
        Benchmark(
            name: "ctgan-step",
            summary: "one CTGAN step: critic update with gradient penalty, generator update",
            repetitions: 30
        ) { _ in
            let step = try NeuralCTGANStep(seed: 1)
            return { step.run() }
        },
        Benchmark(
            name: "tvae-step",
            summary: "one TVAE step: encoder, reparameterised sample, decoder, loss, Adam",
            repetitions: 50
        ) { _ in
            let step = try NeuralTVAEStep(seed: 1)
            return { step.run() }
        },
        Benchmark(
            name: "ctgan-memory",
            summary: "10,000 CTGAN steps; resident memory after 1,000 and after 10,000 steps",
            repetitions: 1
        ) { _ in
            let step = try NeuralCTGANStep(seed: 2)
            return {
                var counters: [String: Double] = [:]
                for index in 1...10_000 {
                    _ = step.run()
                    if index == 1_000 { counters["resident_bytes_at_1000"] = residentBytes() }
                }
                counters["resident_bytes_at_10000"] = residentBytes()
                return counters
            }
        },
        Benchmark(
            name: "normal-noise-1m",
            summary: "one million standard normal values as a tensor (the networks' noise)",
            repetitions: 20
        ) { _ in
            return {
                var generator = RandomSource(seed: 3)
                let noise = Tensor.randomNormal(shape: [1_000, 1_000], using: &generator)
                return ["first": Double(noise.scalars[0])]
            }
        },
    ]
}

/// The process's current resident memory (`VmRSS`), in bytes.
func residentBytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Double(line.split(separator: " ").compactMap { Int($0) }.first ?? 0) * 1024
    }
    return 0
}

/// The column layout shared by both benchmarks: 12 continuous columns (a tanh scalar and 9
/// mode indicators each) and 3 discrete columns of 10 categories: 150 columns in all.
enum BenchmarkLayout {
    /// `(range, isScalar)` for each span of the 150 data columns.
    static let spans: [(Range<Int>, Bool)] = {
        var spans: [(Range<Int>, Bool)] = []
        var offset = 0
        for _ in 0..<12 {
            spans.append((offset..<(offset + 1), true))
            spans.append(((offset + 1)..<(offset + 10), false))
            offset += 10
        }
        for _ in 0..<3 {
            spans.append((offset..<(offset + 10), false))
            offset += 10
        }
        return spans
    }()

    /// The data columns of the 3 discrete columns, which the condition vector one-hot encodes.
    static let discrete: [Range<Int>] = [120..<130, 130..<140, 140..<150]

    /// The softmax spans: mode indicators and discrete columns.
    static let softmaxSegments: [Range<Int>] = spans.filter { !$0.1 }.map(\.0)

    /// The scalar (tanh) columns.
    static let scalarColumns: [Int] = spans.filter(\.1).map(\.0.lowerBound)

    /// 1 in the scalar (tanh) columns, 0 elsewhere, for `rows` rows.
    static func scalarMask(rows: Int) -> Tensor {
        let row = (0..<150).map { $0 < 120 && $0 % 10 == 0 ? Float(1) : 0 }
        return Tensor(row).broadcast(toShape: [rows, 150])
    }

    /// Random rows that respect the layout: scalars in (−1, 1), one-hot softmax spans.
    static func randomRows(_ rows: Int, using generator: inout RandomSource) -> Tensor {
        let parts = spans.map { range, isScalar in
            if isScalar {
                return Tensor.randomUniform(shape: [rows, 1], in: -0.99...0.99, using: &generator)
            }
            let picks = (0..<rows).map { _ in Int.random(in: 0..<range.count, using: &generator) }
            return Tensor.oneHot(picks, classes: range.count)
        }
        return Tensor.concatenatingColumns(parts)
    }
}
