// NeuralCore: the worker threads that run the parts of NeuralCore's parallel loops.

import Foundation
import Synchronization

/// Long-lived worker threads that share the parts of one parallel loop with its caller.
///
/// A training step runs hundreds of short parallel loops back to back, many of them a few
/// microseconds long. Waking a parked thread for each one costs more than the loop itself
/// on a virtual machine, where the idle processor has to be woken by the hypervisor. So
/// after each loop the workers keep polling for the next one, yielding the processor on
/// every poll, for ``spinNanoseconds``; only then do they park on a condition variable.
///
/// One loop runs at a time. A caller that finds the pool busy (another thread's loop, or a
/// loop started from inside a part) is told so and runs its parts itself.
final class WorkerPool: @unchecked Sendable {
    /// The pool every parallel loop of NeuralCore shares.
    static let shared = WorkerPool()

    /// How long an idle worker polls for the next loop before it parks (2 ms).
    static let spinNanoseconds: UInt64 = 2_000_000

    /// Set while a loop runs.
    private let busy = Atomic<Bool>(false)

    /// Counts loops; a worker that sees it change looks for a new loop.
    private let generation = Atomic<Int>(0)

    /// The next part of the current loop to hand out.
    private let nextPart = Atomic<Int>(0)

    /// How many parts of the current loop have finished.
    private let finishedParts = Atomic<Int>(0)

    /// How many workers hold the current loop's body.
    private let holders = Atomic<Int>(0)

    /// Guards `body`, `parts`, `workerCount` and the parking of idle workers.
    private let condition = NSCondition()
    private var body: ((Int) -> Void)?
    private var parts = 0
    private var workerCount = 0

    private init() {}

    /// Runs `body` for every part in `0..<parts`, on the calling thread and on up to
    /// `threads − 1` workers.
    ///
    /// - Returns: `false`, having run nothing, when another loop is running; the caller then
    ///   runs the parts itself.
    func run(parts: Int, threads: Int, _ body: (Int) -> Void) -> Bool {
        guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
        else { return false }
        withoutActuallyEscaping(body) { body in
            publish(body, parts: parts, workers: threads - 1)
            work(on: body, parts: parts)
            retire(parts: parts)
        }
        busy.store(false, ordering: .releasing)
        return true
    }

    /// Makes the loop visible to the workers and wakes those that are parked.
    private func publish(_ body: @escaping (Int) -> Void, parts: Int, workers: Int) {
        condition.lock()
        while workerCount < workers {
            startWorker()
            workerCount += 1
        }
        self.body = body
        self.parts = parts
        nextPart.store(0, ordering: .relaxed)
        finishedParts.store(0, ordering: .relaxed)
        generation.add(1, ordering: .releasing)
        condition.broadcast()
        condition.unlock()
    }

    /// Claims and runs parts of the current loop until none is left.
    private func work(on body: (Int) -> Void, parts: Int) {
        while true {
            let part = nextPart.add(1, ordering: .relaxed).oldValue
            guard part < parts else { return }
            body(part)
            finishedParts.add(1, ordering: .releasing)
        }
    }

    /// Waits until every part has finished and no worker holds the body any more.
    private func retire(parts: Int) {
        while finishedParts.load(ordering: .acquiring) < parts { sched_yield() }
        condition.lock()
        body = nil
        condition.unlock()
        while holders.load(ordering: .acquiring) > 0 { sched_yield() }
    }

    private func startWorker() {
        let thread = Thread { [unowned self] in self.workerLoop() }
        thread.name = "NeuralCore worker"
        thread.start()
    }

    /// A worker's life: wait for a loop, help with it, repeat.
    private func workerLoop() {
        var seen = generation.load(ordering: .acquiring)
        while true {
            waitForLoop(after: seen)
            let (generationSeen, tookBody) = helpWithCurrentLoop()
            seen = generationSeen
            // Only now, with the body released, may the caller's loop return.
            if tookBody { holders.subtract(1, ordering: .releasing) }
        }
    }

    /// Takes the current loop's body, if a loop is still running, and runs parts of it.
    ///
    /// - Returns: The generation seen, and whether a body was taken (and is now released:
    ///   it lived in this function's frame only).
    @inline(never)
    private func helpWithCurrentLoop() -> (generation: Int, tookBody: Bool) {
        condition.lock()
        let seen = generation.load(ordering: .acquiring)
        let body = self.body
        let parts = self.parts
        if body != nil { holders.add(1, ordering: .relaxed) }
        condition.unlock()
        guard let body else { return (seen, false) }  // the loop ended before this worker came
        work(on: body, parts: parts)
        return (seen, true)
    }

    /// Polls for a generation after `seen` for ``spinNanoseconds``, then parks until one.
    private func waitForLoop(after seen: Int) {
        let start = DispatchTime.now().uptimeNanoseconds
        var polls = 0
        while generation.load(ordering: .acquiring) == seen {
            polls += 1
            if polls % 64 == 0,
                DispatchTime.now().uptimeNanoseconds - start > Self.spinNanoseconds
            {
                condition.lock()
                while generation.load(ordering: .acquiring) == seen { condition.wait() }
                condition.unlock()
                return
            }
            sched_yield()
        }
    }
}
