import Dispatch
import Foundation
import Synchronization

/// How to run a pipeline.
public struct RunOptions: Sendable {
    /// Where outputs go.
    public var outputDirectory: String
    /// Worker threads.
    public var jobs: Int
    /// Resume from a checkpoint left by an interrupted run of the same pipeline over the same input (default), or
    /// start over.
    public var resume = true
    /// Draw a progress bar on standard error (only when it is a terminal).
    public var progress = true
    /// Stop early when too many documents fail.
    public var maxFailures: FailureLimit?
    /// Write each document's line to standard output instead of `documents.jsonl`.
    public var documentsToStandardOutput = false
    /// Seconds between checkpoints.
    public var checkpointInterval: Double = 2
    /// Documents handed out per batch (bounded memory: at most one batch is in flight).
    public var batchSize: Int?

    /// Creates options.
    public init(outputDirectory: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
    }
}

/// A problem that stops a run before or outside document processing.
public struct RunError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The exit code the CLI uses.
    public var exitCode: Int32

    /// Creates an error.
    public init(_ message: String, exitCode: Int32 = 70) {
        self.message = message
        self.exitCode = exitCode
    }

    /// The message.
    public var description: String { "error: \(message)" }
}

/// Runs a pipeline over documents: parallel workers, ordered output, per-document failure isolation, checkpoints for
/// resume after a crash, and atomic outputs.
///
/// Documents are handed out in batches; each worker pulls the next document of the batch, reads it, runs every stage
/// and serialises its JSON line; the batch's lines are then written in input order. Each worker owns aggregate states
/// that are merged at the end (exactly, see ``AggregateState``), so output is byte-identical for any `--jobs`.
public final class Runner: Sendable {
    /// The pipeline.
    public let pipeline: Pipeline
    /// The options.
    public let options: RunOptions

    /// Creates a runner.
    public init(pipeline: Pipeline, options: RunOptions) {
        self.pipeline = pipeline
        self.options = options
        self.rowTables = RowTables(pipeline: pipeline, workDirectory: options.outputDirectory + "/.textmine")
    }

    /// The per-document row tables of the pipeline's ``DocumentRowProducer`` stages.
    let rowTables: RowTables

    private var workDirectory: String { options.outputDirectory + "/.textmine" }
    private var partialDocuments: String { workDirectory + "/documents.jsonl.partial" }
    private var partialIssues: String { workDirectory + "/failures.jsonl.partial" }
    private var checkpointPath: String { workDirectory + "/checkpoint.json" }

    /// Processes every document of `source` and writes the outputs.
    ///
    /// - Throws: ``RunError`` when outputs cannot be written or another run holds the output folder.
    public func run(_ source: some DocumentSource) throws -> RunSummary {
        var source = source
        let started = DispatchTime.now()
        try createDirectory(options.outputDirectory)
        try createDirectory(workDirectory)
        let lock = try OutputLock(path: workDirectory + "/lock")
        defer { lock.release() }

        let fingerprint = source.fingerprint.map { "\($0)-\(pipelineFingerprint())" }
        var checkpoint: Checkpoint?
        if options.resume, let fingerprint, let saved = Checkpoint.load(from: checkpointPath), saved.fingerprint == fingerprint {
            checkpoint = saved
        }

        let aggregators = pipeline.aggregators
        var counts = checkpoint?.counts ?? RunCounts()
        if let saved = checkpoint,
            !saved.isConsistent(documents: partialDocuments, issues: partialIssues, expectsDocuments: !options.documentsToStandardOutput)
                || !rowTables.isConsistent(with: saved.rowBytes ?? [:])
        {
            // The partial files are shorter than the checkpoint says (the run was killed while finishing, after the
            // partial files were moved into place): start over; the finished outputs stay untouched until replaced.
            checkpoint = nil
        }
        var baseStates: [any AggregateState] = []
        for aggregator in aggregators {
            guard let file = checkpoint?.stateFiles[aggregator.name] else {
                baseStates.append(aggregator.makeState())
                continue
            }
            do {
                guard let data = FileManager.default.contents(atPath: workDirectory + "/" + file) else { throw RunError("missing") }
                baseStates.append(try aggregator.decode(data))
            } catch {
                throw RunError("the checkpoint's state for '\(aggregator.name)' (\(workDirectory)/\(file)) cannot be read; rerun with --fresh")
            }
        }
        let resumed = checkpoint?.documents ?? 0
        if resumed > 0 { source.skip(resumed) }

        let documentsFile: AppendFile? = options.documentsToStandardOutput
            ? nil : try AppendFile(path: partialDocuments, truncatingTo: checkpoint?.documentBytes ?? 0)
        let issuesFile = try AppendFile(path: partialIssues, truncatingTo: checkpoint?.issueBytes ?? 0)
        var documentBytes = checkpoint?.documentBytes ?? 0
        var issueBytes = checkpoint?.issueBytes ?? 0
        let rowFiles = try rowTables.open(resumingAt: checkpoint?.rowBytes ?? [:])
        var rowBytes = rowTables.lengths(of: rowFiles)
        var documentsDone = resumed
        let jobs = options.jobs
        let batchSize = options.batchSize ?? max(64, jobs * 64)
        var workerStates: [[any AggregateState]] = (0..<jobs).map { _ in aggregators.map { $0.makeState() } }
        let serializer = DocumentSerializer(omittedLayers: Set(pipeline.output.omitLayers), spanText: pipeline.output.spanText)
        let progress = ProgressBar(enabled: options.progress, total: source.expectedCount)
        var lastCheckpoint = DispatchTime.now()
        var checkpointInterval = options.checkpointInterval
        var generation = checkpoint?.generation ?? 0
        var stateFiles = checkpoint?.stateFiles ?? [:]
        var stoppedEarly = false
        let standardOutput = FileHandle.standardOutput
        var pendingStandardOutput: [UInt8] = []

        while true {
            let batch = try source.next(maxCount: batchSize)
            if batch.isEmpty { break }
            let results = processBatch(batch, serializer: serializer, workerStates: &workerStates, aggregators: aggregators)
            for result in results {
                counts.add(result.counts)
                if let line = result.line {
                    if let documentsFile {
                        try documentsFile.append(line)
                        documentBytes += line.count
                    } else {
                        pendingStandardOutput.append(contentsOf: line)
                    }
                }
                for (slot, lines) in result.rowLines.enumerated() where !lines.isEmpty {
                    try rowFiles[slot].append(lines)
                    rowBytes[slot] += lines.count
                }
                for issue in result.issues {
                    let line = try Array(JSONEncoder.sorted.encode(issue)) + [0x0A]
                    try issuesFile.append(line)
                    issueBytes += line.count
                }
            }
            if !pendingStandardOutput.isEmpty {
                standardOutput.write(Data(pendingStandardOutput))
                pendingStandardOutput.removeAll(keepingCapacity: true)
            }
            documentsDone += batch.count
            progress.update(done: documentsDone, counts: counts)

            if let limit = options.maxFailures, limit.isExceeded(bad: counts.failed + counts.skipped, seen: documentsDone) {
                stoppedEarly = true
                break
            }
            if let fingerprint, documentsFile != nil,
                Double(DispatchTime.now().uptimeNanoseconds - lastCheckpoint.uptimeNanoseconds) / 1e9 >= checkpointInterval
            {
                let checkpointStarted = DispatchTime.now()
                try documentsFile?.sync()
                try issuesFile.sync()
                for file in rowFiles { try file.sync() }
                // Fold the workers' states into the base (in place, no copy) and let the workers start afresh: the
                // base is what the checkpoint saves, and memory holds one merged state plus what the workers added
                // since, not a merged copy beside every worker's full state.
                merge(into: &baseStates, workers: &workerStates, aggregators: aggregators)
                // States go to files of their own, named by generation, so the checkpoint never points at a state
                // file that a later checkpoint is rewriting; the previous generation's files go once it is replaced.
                generation += 1
                let previousFiles = stateFiles
                stateFiles = try saveStates(baseStates, aggregators: aggregators, generation: generation)
                try Checkpoint(
                    fingerprint: fingerprint, documents: documentsDone, documentBytes: documentBytes, issueBytes: issueBytes,
                    rowBytes: rowTables.named(rowBytes), counts: counts, generation: generation, stateFiles: stateFiles
                ).save(to: checkpointPath)
                for file in previousFiles.values where !stateFiles.values.contains(file) { unlink(workDirectory + "/" + file) }
                lastCheckpoint = DispatchTime.now()
                // Keep checkpointing to ~2% of the run time even when aggregate states grow large.
                let cost = Double(lastCheckpoint.uptimeNanoseconds - checkpointStarted.uptimeNanoseconds) / 1e9
                checkpointInterval = max(options.checkpointInterval, cost * 50)
            }
        }
        progress.finish()
        try documentsFile?.sync()
        try issuesFile.sync()
        for file in rowFiles { try file.sync() }
        merge(into: &baseStates, workers: &workerStates, aggregators: aggregators)
        workerStates = []  // the merged copy is all that is needed from here on: free the per-worker ones

        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let writer = OutputWriter(pipeline: pipeline, directory: options.outputDirectory)
        var files: [String] = []
        if documentsFile != nil {
            try AtomicFile.commit(partialDocuments, to: options.outputDirectory + "/documents.jsonl")
            files.append("documents.jsonl")
        }
        try AtomicFile.commit(partialIssues, to: options.outputDirectory + "/failures.jsonl")
        files.append("failures.jsonl")
        // The state file first: its encoding's buffers are freed before the reports' tables are built.
        files += try writer.writeStates(baseStates, aggregators: aggregators)
        var summaries: [String: JSONValue] = [:]
        let reports = aggregators.enumerated().map { index, aggregator in (aggregator, aggregator.report(baseStates[index])) }
        for (aggregator, report) in reports where !report.summary.isEmpty {
            summaries[aggregator.name] = .object(report.summary)
        }
        files += try rowTables.commit(into: options.outputDirectory)
        files += try writer.writeTables(reports.flatMap { $0.1.tables } + rowTables.tables(in: options.outputDirectory))
        let summary = RunSummary(
            counts: counts, seconds: seconds, resumedDocuments: resumed, stoppedEarly: stoppedEarly,
            outputDirectory: options.outputDirectory, files: files + ["summary.json"], stageSummaries: summaries)
        try writer.writeSummary(summary)
        try? FileManager.default.removeItem(atPath: checkpointPath)
        removeStateFiles()
        return summary
    }

    // MARK: Batches

    private struct DocumentResult {
        var line: [UInt8]?
        var rowLines: [[UInt8]] = []
        var issues: [DocumentIssue] = []
        var counts = RunCounts()
    }

    private func processBatch(
        _ batch: [PendingDocument], serializer: DocumentSerializer, workerStates: inout [[any AggregateState]],
        aggregators: [AnyAggregator]
    ) -> [DocumentResult] {
        let results = UnsafeMutableBufferPointer<DocumentResult>.allocate(capacity: batch.count)
        results.initialize(repeating: DocumentResult())
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let next = Atomic<Int>(0)
        let reader = DocumentReader(options: pipeline.input)
        let workers = min(options.jobs, batch.count)
        workerStates.withUnsafeMutableBufferPointer { states in
            let shared = SharedBuffers(results: results, states: states)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < batch.count else { return }
                    shared.results[index] = self.process(
                        batch[index], reader: reader, serializer: serializer, states: &shared.states[worker],
                        aggregators: aggregators)
                }
            }
        }
        return Array(results)
    }

    private func process(
        _ pending: PendingDocument, reader: DocumentReader, serializer: DocumentSerializer,
        states: inout [any AggregateState], aggregators: [AnyAggregator]
    ) -> DocumentResult {
        var result = DocumentResult()
        let read: (document: Document?, issue: DocumentIssue?)
        switch pending {
        case .file(let file): read = reader.read(file)
        case .inline(let id, let group, let bytes): read = reader.make(id: id, group: group, bytes: bytes, sourcePath: nil)
        case .invalid(let id, let message):
            read = (nil, DocumentIssue(id: id, outcome: .failed, stage: "input", reason: "invalid_record", message: message))
        }
        if let issue = read.issue {
            result.issues.append(issue)
            switch issue.outcome {
            case .skipped: result.counts.skipped += 1
            case .failed: result.counts.failed += 1
            case .warning: result.counts.warnings += 1
            }
        }
        guard var document = read.document else { return result }
        for entry in pipeline.entries {
            do {
                try entry.stage.process(&document)
            } catch {
                result.issues.append(DocumentIssue(
                    id: document.id, outcome: .failed, stage: entry.name, reason: "stage_error", message: "\(error)"))
                result.counts.failed += 1
                return result
            }
            for layer in entry.stage.produces { document.recordProducer(entry.name, of: layer) }
        }
        result.rowLines = rowTables.lines(for: document)
        for (index, aggregator) in aggregators.enumerated() { aggregator.accumulate(document, into: &states[index]) }
        result.counts.count(document)
        result.line = serializer.line(for: document)
        return result
    }

    /// Merges every worker's states into `base` in place and leaves the workers with empty states.
    private func merge(into base: inout [any AggregateState], workers: inout [[any AggregateState]], aggregators: [AnyAggregator]) {
        for worker in workers.indices {
            for (index, aggregator) in aggregators.enumerated() {
                let state = workers[worker][index]
                workers[worker][index] = aggregator.makeState()
                aggregator.merge(&base[index], state)
            }
        }
    }

    /// Writes each aggregator's state to `state-GENERATION-INDEX.json` in the work folder, atomically.
    private func saveStates(_ states: [any AggregateState], aggregators: [AnyAggregator], generation: Int) throws -> [String: String] {
        var files: [String: String] = [:]
        for (index, aggregator) in aggregators.enumerated() {
            let file = "state-\(generation)-\(index).json"
            try AtomicFile.write(aggregator.encodedBytes(states[index]), to: workDirectory + "/" + file)
            files[aggregator.name] = file
        }
        return files
    }

    /// Removes every checkpoint state file (the run finished, or starts over).
    private func removeStateFiles() {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: workDirectory)) ?? []
        for file in files where file.hasPrefix("state-") && file.hasSuffix(".json") { unlink(workDirectory + "/" + file) }
    }

    private func pipelineFingerprint() -> String {
        var hash = StableHash()
        if let data = FileManager.default.contents(atPath: pipeline.path) { hash.add(data) }
        hash.add(pipeline.entries.map(\.name).joined(separator: ","))
        return hash.hex
    }

    private func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw RunError("cannot create output folder '\(path)': \(error.localizedDescription)", exitCode: 73)
        }
    }
}

/// The per-batch buffers workers write into, each at its own index (results by document, states by worker).
private struct SharedBuffers<Result, State>: @unchecked Sendable {
    let results: UnsafeMutableBufferPointer<Result>
    let states: UnsafeMutableBufferPointer<State>
}

extension JSONEncoder {
    /// A JSON encoder with sorted keys, for stable files.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
