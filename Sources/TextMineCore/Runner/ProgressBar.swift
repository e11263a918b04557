import Foundation

/// Progress on standard error: a redrawn one-line bar on a terminal, a plain line every few seconds otherwise (logs).
final class ProgressBar {
    private let enabled: Bool
    private let terminal: Bool
    private let total: Int?
    private let started = Date()
    private var lastDraw = Date()

    init(enabled: Bool, total: Int?) {
        self.enabled = enabled
        self.terminal = isatty(STDERR_FILENO) == 1
        self.total = total
    }

    func update(done: Int, counts: RunCounts) {
        guard enabled, Date().timeIntervalSince(lastDraw) > (terminal ? 0.1 : 5) else { return }
        lastDraw = Date()
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(counts.bytes) / elapsed / 1_048_576
        var line = ""
        if let total, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            let width = 30
            let filled = Int(fraction * Double(width))
            let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            line = "[" + String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled) + "] "
            line += "\(done)/\(total) \(Int(fraction * 100))%  ETA \(Int(eta.rounded()))s"
        } else {
            line = "\(done) documents"
        }
        let documentsPerSecond = Double(counts.processed) / elapsed
        line += String(
            format: "  %.0f docs/s  %.1f MB/s  failed %d  skipped %d", documentsPerSecond, rate, counts.failed,
            counts.skipped)
        if terminal {
            FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
        } else {
            FileHandle.standardError.write(Data(("progress: " + line + "\n").utf8))
        }
    }

    func finish() {
        guard enabled, terminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
