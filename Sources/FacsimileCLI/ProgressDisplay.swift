// FacsimileCLI: the progress bar drawn on standard error while a long step runs.

import Facsimile
import Foundation
import Synchronization

/// Draws a one-line progress bar on standard error when it is a terminal, and nothing
/// otherwise (so pipes and logs stay clean).
final class ProgressDisplay: Sendable {
    private let console: Console
    private let state = Mutex(State())

    private struct State {
        var lastDrawn = ""
        var startedAt = Date()
        var drewSomething = false
    }

    /// A display writing to `console`'s standard error.
    init(console: Console) {
        self.console = console
    }

    /// The handler to give a synthesizer; `nil` when standard error is not a terminal.
    var handler: ProgressHandler? {
        guard console.isTerminal else { return nil }
        return { [self] progress in draw(progress) }
    }

    /// Ends the progress line.
    func finish() {
        let drew = state.withLock { $0.drewSomething }
        if drew { console.writeError("\n") }
    }

    private func draw(_ progress: SynthesisProgress) {
        let line = Self.line(for: progress, elapsed: elapsedSeconds())
        let changed = state.withLock { state -> Bool in
            guard state.lastDrawn != line else { return false }
            state.lastDrawn = line
            state.drewSomething = true
            return true
        }
        if changed { console.writeError("\r\u{1B}[2K" + line) }
    }

    private func elapsedSeconds() -> Double {
        state.withLock { Date().timeIntervalSince($0.startedAt) }
    }

    /// The text of the bar: stage, a 30-cell bar, counts and the time left.
    static func line(for progress: SynthesisProgress, elapsed: Double) -> String {
        let total = max(progress.total, 1)
        let share = min(1, Double(progress.completed) / Double(total))
        let filled = Int((share * 30).rounded(.down))
        let bar =
            String(repeating: "#", count: filled)
            + String(repeating: "-", count: 30 - filled)
        var line = "\(progress.stage.rawValue) [\(bar)] \(progress.completed)/\(progress.total)"
        if share > 0, share < 1 {
            let remaining = elapsed * (1 - share) / share
            line += "  about \(Int(remaining.rounded(.up))) s left"
        }
        return line
    }
}
