// FacsimileCLI: the progress bar drawn on standard error while a long step runs.

import Facsimile
import Foundation
import Synchronization

/// Draws a one-line progress bar on standard error when it is a terminal, and nothing
/// otherwise (so pipes and logs stay clean). With `logsEpochs`, each training epoch's losses
/// are also written as a line of their own, terminal or not (the `verbose` parameter).
final class ProgressDisplay: Sendable {
    private let console: Console
    private let logsEpochs: Bool
    private let state = Mutex(State())

    private struct State {
        var lastDrawn = ""
        var stage: SynthesisProgress.Stage?
        var stageStartedAt = Date()
        var drewSomething = false
    }

    /// A display writing to `console`'s standard error.
    init(console: Console, logsEpochs: Bool = false) {
        self.console = console
        self.logsEpochs = logsEpochs
    }

    /// The handler to give a synthesizer; `nil` when there is nothing to show.
    var handler: ProgressHandler? {
        guard console.isTerminal || logsEpochs else { return nil }
        return { [self] progress in
            if logsEpochs, !progress.losses.isEmpty { log(progress) }
            if console.isTerminal { draw(progress) }
        }
    }

    private func log(_ progress: SynthesisProgress) {
        let line = "epoch \(progress.completed)/\(progress.total)" + Self.lossText(progress)
        let clear = state.withLock { state -> Bool in
            defer { state.lastDrawn = "" }
            return !state.lastDrawn.isEmpty
        }
        console.writeError((clear ? "\r\u{1B}[2K" : "") + line + "\n")
    }

    /// Ends the progress line.
    func finish() {
        let drew = state.withLock { $0.drewSomething }
        if drew { console.writeError("\n") }
    }

    private func draw(_ progress: SynthesisProgress) {
        let line = Self.line(for: progress, elapsed: elapsedSeconds(in: progress.stage))
        let changed = state.withLock { state -> Bool in
            guard state.lastDrawn != line else { return false }
            state.lastDrawn = line
            state.drewSomething = true
            return true
        }
        if changed { console.writeError("\r\u{1B}[2K" + line) }
    }

    /// Seconds since `stage` began (the clock restarts when the stage changes).
    private func elapsedSeconds(in stage: SynthesisProgress.Stage) -> Double {
        state.withLock { state in
            if state.stage != stage {
                state.stage = stage
                state.stageStartedAt = Date()
            }
            return Date().timeIntervalSince(state.stageStartedAt)
        }
    }

    /// `  generator 1.234  critic -0.567` for a report with losses, else empty.
    static func lossText(_ progress: SynthesisProgress) -> String {
        progress.losses.map { "  \($0.name) \(String(format: "%.4g", $0.value))" }.joined()
    }

    /// The stage in words; model fitting that reports losses is training in epochs.
    static func label(_ progress: SynthesisProgress) -> String {
        switch progress.stage {
        case .validating: "validating"
        case .transforming: "transforming"
        case .fittingModel: progress.losses.isEmpty ? "fitting" : "training"
        case .sampling: "sampling"
        }
    }

    /// The text of the bar: stage, a 30-cell bar, counts, losses and the time left.
    static func line(for progress: SynthesisProgress, elapsed: Double) -> String {
        let total = max(progress.total, 1)
        let share = min(1, Double(progress.completed) / Double(total))
        let filled = Int((share * 30).rounded(.down))
        let bar =
            String(repeating: "#", count: filled)
            + String(repeating: "-", count: 30 - filled)
        let counts = "\(progress.completed)/\(progress.total)"
        var line =
            "\(label(progress)) [\(bar)] " + (progress.losses.isEmpty ? counts : "epoch \(counts)")
            + lossText(progress)
        if share > 0, share < 1 {
            let remaining = elapsed * (1 - share) / share
            line += "  about \(Int(remaining.rounded(.up))) s left"
        }
        return line
    }
}
