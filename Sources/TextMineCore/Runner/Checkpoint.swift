import Foundation

/// What an interrupted run had finished, saved atomically every few seconds in `OUT/.textmine/checkpoint.json`, with
/// the aggregate states beside it in `OUT/.textmine/state-GENERATION-INDEX.json`.
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
    /// Length of each row table's partial CSV at this point, by table name.
    var rowBytes: [String: Int]?
    /// Counts so far.
    var counts: RunCounts
    /// How many checkpoints the run has saved; names this one's state files.
    var generation: Int
    /// Each aggregator's merged state: a canonical JSON file in the work folder, by aggregator name.
    var stateFiles: [String: String]

    static func load(from path: String) -> Checkpoint? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Checkpoint.self, from: data)
    }

    /// Whether the partial files hold at least what this checkpoint recorded.
    func isConsistent(documents: String, issues: String, expectsDocuments: Bool) -> Bool {
        func size(_ path: String) -> Int {
            var status = stat()
            return stat(path, &status) == 0 ? Int(status.st_size) : -1
        }
        return (!expectsDocuments || size(documents) >= documentBytes) && size(issues) >= issueBytes
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
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 32) }
            close(descriptor)
            let holder = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).filter(\.isNumber)
            let folder = ((path as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            throw RunError(
                "another textmine run (pid \(holder.isEmpty ? "unknown" : holder)) is writing to '\(folder)'; wait for it or stop it (lock: \(path))",
                exitCode: 75)
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
        line += String(format: "  %.0f docs/s  %.1f MB/s  failed %d  skipped %d", documentsPerSecond, rate, counts.failed, counts.skipped)
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
