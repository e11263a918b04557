import Foundation

/// What an interrupted run had finished, saved atomically every few seconds in `OUT/.textmine/checkpoint.json`.
///
/// Together with the partial `documents.jsonl` (flushed and synced before each checkpoint) it lets a rerun of the same
/// pipeline over the same input continue after the last checkpoint: the partial files are cut back to the recorded
/// lengths, the aggregate states are restored, and the first ``documents`` inputs are skipped.
struct Checkpoint: Codable {
    /// Digest of the input list and the pipeline file; a resume with anything else starts over.
    var fingerprint: String
    /// Inputs finished (processed, skipped or failed), in input order.
    var documents: Int
    /// Length of the partial `documents.jsonl` at this point.
    var documentBytes: Int
    /// Length of the partial `failures.jsonl` at this point.
    var issueBytes: Int
    /// Counts so far.
    var counts: RunCounts
    /// Each aggregator's merged state, as canonical JSON.
    var states: [String: String]

    static func load(from path: String) -> Checkpoint? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Checkpoint.self, from: data)
    }

    func save(to path: String) throws {
        try AtomicFile.write(JSONEncoder.sorted.encode(self), to: path)
    }
}

/// An exclusive lock on an output folder, so two runs never write the same outputs. Held with `flock`, so the
/// kernel releases it when the process dies, even by `kill -9`.
final class OutputLock {
    private let descriptor: Int32

    init(path: String) throws {
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw RunError("cannot create lock file '\(path)'", exitCode: 73) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            let folder = (path as NSString).deletingLastPathComponent
            throw RunError("another textmine run is writing to '\((folder as NSString).deletingLastPathComponent)' (lock: \(path))", exitCode: 75)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// A one-line progress bar on standard error, drawn only when it is a terminal.
final class ProgressBar {
    private let enabled: Bool
    private let total: Int?
    private let started = Date()
    private var lastDraw = Date.distantPast

    init(enabled: Bool, total: Int?) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
        self.total = total
    }

    func update(done: Int, counts: RunCounts) {
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
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
        line += String(format: "  %.1f MB/s  failed %d  skipped %d", rate, counts.failed, counts.skipped)
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
