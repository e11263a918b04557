import Dispatch
import Foundation

/// What an interrupted run had finished, saved atomically every few seconds in `OUT/.textmine/checkpoint.json`, with
/// the aggregate states beside it in `OUT/.textmine/state-GENERATION-INDEX.json`.
///
/// Together with the partial `documents.jsonl` (flushed and synced before each checkpoint) it lets a rerun of the same
/// pipeline over the same input continue after the last checkpoint: the partial files are cut back to the recorded
/// lengths, the aggregate states are restored, and the first ``documents`` inputs are skipped.
struct Checkpoint: Codable {
    /// Digest of the input list.
    var inputs: String
    /// The rules the run used: the pipeline file and every file its stages loaded, path → content digest. A resume
    /// with other input or other rules is refused (`--fresh` starts over).
    var rules: [String: String]
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

    func save(to path: String) throws {
        try AtomicFile.write(JSONEncoder.sorted.encode(self), to: path)
    }
}

/// What a run is: its input list and its rules (see ``Checkpoint/rules``).
struct RunIdentity: Equatable {
    var inputs: String
    var rules: [String: String]

    /// One digest of both, for the commit journal.
    var fingerprint: String {
        var hash = StableHash()
        hash.add(inputs)
        for (path, digest) in rules.sorted(by: { $0.key < $1.key }) {
            hash.add(path)
            hash.add(digest)
        }
        return hash.hex
    }
}

/// Saves a run's checkpoints and restores the one to resume from.
///
/// A checkpoint is taken when ``isDue`` says so: the partial files are synced, the workers' aggregate states are
/// folded into the base state by the caller, the base state is saved to files named by generation (so a checkpoint
/// never points at a file a later one is rewriting), then `checkpoint.json` is replaced atomically and the previous
/// generation's state files go.
final class Checkpointer {
    let workDirectory: String
    /// Nil for streams, which are never checkpointed.
    let identity: RunIdentity?
    private let minimumInterval: Double
    private var interval: Double
    private var last = DispatchTime.now()
    private var generation = 0
    private var stateFiles: [String: String] = [:]

    var path: String { workDirectory + "/checkpoint.json" }

    init(workDirectory: String, identity: RunIdentity?, interval: Double) {
        self.workDirectory = workDirectory
        self.identity = identity
        self.minimumInterval = interval
        self.interval = interval
    }

    /// The checkpoint to resume from: one saved for this input and these rules whose partial files are whole.
    ///
    /// - Throws: ``RunError`` (exit 64) when OUT holds a checkpoint of a run over other input or with other rules:
    ///   resuming would mix two runs in one output, and starting over silently would throw work away.
    func restore(resume: Bool, partialsHold: (Checkpoint) -> Bool) throws -> Checkpoint? {
        guard resume, let identity, let saved = Checkpoint.load(from: path) else { return nil }
        let folder = (workDirectory as NSString).deletingLastPathComponent
        if saved.inputs != identity.inputs {
            throw RunError(
                "'\(folder)' holds a checkpoint of an interrupted run over other input; rerun with the same input to resume it, or with --fresh to start over",
                status: .usage)
        }
        if saved.rules != identity.rules {
            let changed = Set(saved.rules.keys).union(identity.rules.keys).filter {
                saved.rules[$0] != identity.rules[$0]
            }.sorted()
            throw RunError(
                "'\(folder)' holds a checkpoint made with other rules (changed since: \(changed.map { "'\($0)'" }.joined(separator: ", "))); resuming would mix two rule sets, so rerun with --fresh to start over",
                status: .usage)
        }
        guard partialsHold(saved) else { return nil }
        generation = saved.generation
        stateFiles = saved.stateFiles
        return saved
    }

    /// The aggregate states a checkpoint saved (fresh states without one).
    func states(of checkpoint: Checkpoint?, aggregators: [AnyAggregator]) throws -> [any AggregateState] {
        try aggregators.map { aggregator in
            guard let file = checkpoint?.stateFiles[aggregator.name] else { return aggregator.makeState() }
            let path = workDirectory + "/" + file
            do {
                guard let data = FileManager.default.contents(atPath: path) else { throw RunError("missing") }
                return try aggregator.decode(StateFile.open(data, path: path))
            } catch {
                throw RunError(
                    "the checkpoint's state for '\(aggregator.name)' (\(workDirectory)/\(file)) cannot be read; rerun with --fresh"
                )
            }
        }
    }

    /// Whether the interval since the last checkpoint has passed (never for streams).
    var isDue: Bool {
        identity != nil && Double(DispatchTime.now().uptimeNanoseconds - last.uptimeNanoseconds) / 1e9 >= interval
    }

    /// Saves a checkpoint: `documents` inputs done, the partial files (synced here) and the merged `states`.
    func save(
        documents: Int, partials: PartialOutputs, counts: RunCounts, states: [any AggregateState],
        aggregators: [AnyAggregator]
    ) throws {
        guard let identity else { return }
        let started = DispatchTime.now()
        try partials.sync()
        generation += 1
        let previousFiles = stateFiles
        stateFiles = [:]
        for (index, aggregator) in aggregators.enumerated() {
            let file = "state-\(generation)-\(index).json"
            try StateFile.write(aggregator.encodedBytes(states[index]), to: workDirectory + "/" + file)
            stateFiles[aggregator.name] = file
        }
        let lengths = partials.lengths
        try Checkpoint(
            inputs: identity.inputs, rules: identity.rules, documents: documents, documentBytes: lengths.documents,
            issueBytes: lengths.issues,
            rowBytes: lengths.rows, counts: counts, generation: generation, stateFiles: stateFiles
        ).save(to: path)
        for file in previousFiles.values where !stateFiles.values.contains(file) { unlink(workDirectory + "/" + file) }
        last = DispatchTime.now()
        // Keep checkpointing to ~2% of the run time even when aggregate states grow large.
        let cost = Double(last.uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        interval = max(minimumInterval, cost * 50)
    }

    /// Removes the checkpoint and its state files (starting over).
    func discard() {
        unlink(path)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: workDirectory)) ?? []
        for file in files where file.hasPrefix("state-") && file.hasSuffix(".json") {
            unlink(workDirectory + "/" + file)
        }
    }
}
