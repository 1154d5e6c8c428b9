// NeuralCoreTests: the worker pool runs every part once, from any thread, nested or parked.

import Foundation
import Synchronization
import Testing

@testable import NeuralCore

/// Counts how many times each part ran.
private final class PartCounts: Sendable {
    private let counts: Mutex<[Int]>

    init(_ parts: Int) { counts = Mutex([Int](repeating: 0, count: parts)) }

    func record(_ part: Int) { counts.withLock { $0[part] += 1 } }

    /// Whether every part ran `times` times.
    func eachRan(_ times: Int) -> Bool { counts.withLock { $0.allSatisfy { $0 == times } } }

    var eachRanOnce: Bool { eachRan(1) }
}

@Suite("Worker pool")
struct WorkerPoolTests {
    /// Runs `parts` parts through the pool on three threads, or on the caller when busy.
    private func runParts(_ parts: Int, _ counts: PartCounts) {
        let ran = WorkerPool.shared.run(parts: parts, threads: 3) { counts.record($0) }
        if !ran { for part in 0..<parts { counts.record(part) } }
    }

    @Test(arguments: [1, 2, 3, 17, 1_000])
    func everyPartRunsExactlyOnce(parts: Int) {
        for _ in 0..<50 {
            let counts = PartCounts(parts)
            runParts(parts, counts)
            #expect(counts.eachRanOnce)
        }
    }

    /// A loop started from inside a part finds the pool busy and runs on its own thread.
    @Test func aNestedLoopRunsOnItsCaller() {
        let inner = PartCounts(8 * 4)
        let outer = PartCounts(8)
        let ran = WorkerPool.shared.run(parts: 8, threads: 2) { part in
            outer.record(part)
            let nested = WorkerPool.shared.run(parts: 4, threads: 2) { _ in }
            #expect(!nested)
            for index in 0..<4 { inner.record(part * 4 + index) }
        }
        if ran {
            #expect(outer.eachRanOnce && inner.eachRanOnce)
        }
    }

    /// Loops started from several threads at once each run every part once.
    @Test func callersOnSeveralThreadsEachGetTheirParts() async {
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let counts = PartCounts(64)
                    for _ in 0..<20 { runParts(64, counts) }
                    return counts.eachRan(20)
                }
            }
            for await allRan in group { #expect(allRan) }
        }
    }

    /// After the workers have parked (idle longer than they poll), a loop still completes.
    @Test func parkedWorkersWakeForTheNextLoop() throws {
        let counts = PartCounts(6)
        runParts(6, PartCounts(6))
        Thread.sleep(forTimeInterval: Double(WorkerPool.spinNanoseconds) * 3 / 1e9)
        runParts(6, counts)
        #expect(counts.eachRanOnce)
    }
}
