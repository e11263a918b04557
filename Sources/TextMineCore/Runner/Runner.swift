import Dispatch
public import Foundation

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
    /// The exit status the CLI uses.
    public var status: ExitStatus

    /// Creates an error.
    public init(_ message: String, status: ExitStatus = .internalError) {
        self.message = message
        self.status = status
    }

    /// The message.
    public var description: String { "error: \(message)" }
}

/// Runs a pipeline over documents: parallel workers, ordered output, per-document failure isolation, checkpoints for
/// resume after a crash, and atomic outputs.
///
/// Documents are handed out in batches; each worker pulls the next few documents of the batch, reads them, runs every
/// stage on them (stage by stage, see ``StageGroupClaims``) and serialises their JSON lines; the batch's lines are then
/// written in input order. Each worker owns aggregate states that are merged at the end (exactly, see
/// ``AggregateState``), so output is byte-identical for any `--jobs`.
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

    /// Processes every document of `source` and writes the outputs.
    ///
    /// Three parts: the checkpointer (restore, periodic saves), the partial outputs (appended in input order while
    /// batches are processed) and the commit (every final file staged, then published as one set, see
    /// ``OutputCommit``).
    ///
    /// - Throws: ``RunError`` when outputs cannot be written or another run holds the output folder.
    public func run(_ source: some DocumentSource) throws -> RunSummary {
        var source = source
        let started = DispatchTime.now()
        AllocatorTuning.fixMmapThreshold()
        let lock = try OutputLock(outputDirectory: options.outputDirectory)
        defer { lock.release() }
        let commit = OutputCommit(directory: options.outputDirectory)
        let identity =
            options.documentsToStandardOutput ? nil : source.fingerprint.map { RunIdentity(inputs: $0, rules: rules()) }
        let fingerprint = identity?.fingerprint
        if let finished = try commit.recover(), options.resume, let fingerprint, finished.fingerprint == fingerprint {
            // A run of this very command was killed after its commit point: its outputs are now published.
            return summary(of: finished, seconds: 0)
        }

        let aggregators = pipeline.aggregators
        let writesDocuments = !options.documentsToStandardOutput
        let checkpointer = Checkpointer(
            workDirectory: workDirectory, identity: identity, interval: options.checkpointInterval)
        let checkpoint = try checkpointer.restore(resume: options.resume) {
            PartialOutputs.hold(
                $0, workDirectory: workDirectory, rowTables: rowTables, writesDocuments: writesDocuments)
        }
        if checkpoint == nil { checkpointer.discard() }
        var baseStates = try checkpointer.states(of: checkpoint, aggregators: aggregators)
        let partials = try PartialOutputs(
            workDirectory: workDirectory, rowTables: rowTables, resumingAt: checkpoint, writesDocuments: writesDocuments
        )
        var counts = checkpoint?.counts ?? RunCounts()
        let resumed = checkpoint?.documents ?? 0
        if resumed > 0 { source.skip(resumed) }

        var documentsDone = resumed
        let jobs = options.jobs
        let batchSize = options.batchSize ?? max(64, jobs * 64)
        var workerStates: [[any AggregateState]] = (0..<jobs).map { _ in aggregators.map { $0.makeState() } }
        let serializer = DocumentSerializer(
            omittedLayers: Set(pipeline.output.omitLayers), spanText: pipeline.output.spanText)
        let progress = ProgressBar(enabled: options.progress, total: source.expectedCount)
        var stoppedEarly = false
        var pendingStandardOutput: [UInt8] = []

        var duplicates = DuplicateIDs(sorted: source.idsAreSorted)
        while true {
            var batch = try source.next(maxCount: batchSize)
            if batch.isEmpty { break }
            duplicates.mark(&batch)
            let results = processBatch(
                batch, serializer: serializer, workerStates: &workerStates, aggregators: aggregators)
            for result in results {
                counts.add(result.counts)
                try partials.append(
                    line: writesDocuments ? result.line : nil, rowLines: result.rowLines, issues: result.issues)
                if !writesDocuments, let line = result.line { pendingStandardOutput.append(contentsOf: line) }
            }
            if !pendingStandardOutput.isEmpty {
                try writeStandardOutput(pendingStandardOutput, documents: documentsDone, partials: partials)
                pendingStandardOutput.removeAll(keepingCapacity: true)
            }
            documentsDone += batch.count
            progress.update(done: documentsDone, counts: counts)

            if let limit = options.maxFailures,
                limit.isExceeded(bad: counts.failed + counts.skipped, seen: documentsDone)
            {
                stoppedEarly = true
                break
            }
            if let signal = StopRequest.shared.signal {
                progress.finish()
                try merge(into: &baseStates, workers: &workerStates, aggregators: aggregators)
                throw try stop(
                    by: signal, documents: documentsDone, checkpointer: checkpointer, partials: partials,
                    counts: counts, states: baseStates)
            }
            if checkpointer.isDue {
                // Fold the workers' states into the base (in place, no copy) and let the workers start afresh: the
                // base is what the checkpoint saves, and memory holds one merged state plus what the workers added
                // since, not a merged copy beside every worker's full state.
                try merge(into: &baseStates, workers: &workerStates, aggregators: aggregators)
                try checkpointer.save(
                    documents: documentsDone, partials: partials, counts: counts, states: baseStates,
                    aggregators: aggregators)
            }
        }
        progress.finish()
        try merge(into: &baseStates, workers: &workerStates, aggregators: aggregators)
        workerStates = []  // the merged copy is all that is needed from here on: free the per-worker ones
        AllocatorTuning.releaseFreeMemory()

        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return try publish(
            states: baseStates, partials: partials, commit: commit,
            journal: OutputCommit.Journal(
                fingerprint: fingerprint, files: [], obsolete: [], counts: counts, stoppedEarly: stoppedEarly,
                stageSummaries: [:]),
            seconds: seconds, resumed: resumed)
    }

    /// The output phase: every final file into the staging folder, then the set committed and published at once.
    /// `journal` brings the run's fingerprint, counts and early stop; the files and summaries are filled in here.
    private func publish(
        states: [any AggregateState], partials: PartialOutputs, commit: OutputCommit, journal: OutputCommit.Journal,
        seconds: Double, resumed: Int
    ) throws -> RunSummary {
        let staging = try commit.beginStaging()
        let staged = try partials.stage(into: staging)
        let outputs = try OutputSet.write(
            states: states, pipeline: pipeline, into: staging, streams: staged.streams, rowFiles: staged.rowTables,
            rowTables: rowTables.tables(in: staging), concurrently: options.jobs > 1)
        var journal = journal
        journal.files = outputs.files
        journal.obsolete = commit.obsoleteFiles(replacedBy: outputs.files)
        journal.stageSummaries = outputs.stageSummaries
        try outputs.writeSummary(summary(of: journal, seconds: seconds, resumed: resumed))
        try commit.commit(journal)
        return summary(of: journal, seconds: seconds, resumed: resumed)
    }

    /// SIGINT or SIGTERM: saves a checkpoint (a stream, which cannot resume, leaves no partial files instead) and
    /// returns the error that ends the run with 130 or 143.
    private func stop(
        by signal: Int32, documents: Int, checkpointer: Checkpointer, partials: PartialOutputs, counts: RunCounts,
        states: [any AggregateState]
    ) throws -> RunError {
        let resumable = checkpointer.identity != nil
        if resumable {
            try checkpointer.save(
                documents: documents, partials: partials, counts: counts, states: states,
                aggregators: pipeline.aggregators)
        } else {
            partials.discard()
        }
        return RunError(
            "stopped by \(signal == SIGINT ? "SIGINT" : "SIGTERM") after \(documents) documents; "
                + (resumable
                    ? "the checkpoint is saved: run the same command again to resume" : "a stream cannot be resumed"),
            status: .stopped(by: signal))
    }

    /// Writes documents' lines to standard output; when its reader is gone, removes the partial files (nothing of a
    /// stream is resumable) and ends the run with the message.
    private func writeStandardOutput(_ bytes: [UInt8], documents: Int, partials: PartialOutputs) throws {
        do { try StandardOutput.write(bytes) } catch let error as RunError {
            partials.discard()
            throw RunError(
                "\(error.message) after \(documents) documents; the run stopped and wrote no outputs",
                status: error.status)
        }
    }

    /// The summary of a committed output set.
    private func summary(of journal: OutputCommit.Journal, seconds: Double, resumed: Int? = nil) -> RunSummary {
        let counts = journal.counts
        return RunSummary(
            counts: counts, seconds: seconds,
            resumedDocuments: resumed ?? (counts.processed + counts.skipped + counts.failed),
            stoppedEarly: journal.stoppedEarly, outputDirectory: options.outputDirectory, files: journal.files,
            stageSummaries: journal.stageSummaries)
    }

    // MARK: Batches

    struct DocumentResult {
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
        let reader = DocumentReader(options: pipeline.input)
        let workers = min(options.jobs, batch.count)
        let claims = StageGroupClaims(documents: batch.count, workers: workers)
        workerStates.withUnsafeMutableBufferPointer { states in
            let shared = SharedBuffers(results: results, states: states)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                while let group = claims.next() {
                    self.process(
                        batch[group], into: shared.results, reader: reader, serializer: serializer,
                        states: &shared.states[worker], aggregators: aggregators)
                }
            }
        }
        return Array(results)
    }

    /// Merges every worker's states into `base` in place and leaves the workers with empty states; throws when a count
    /// overflows (a resumed base state comes from a file).
    private func merge(
        into base: inout [any AggregateState], workers: inout [[any AggregateState]], aggregators: [AnyAggregator]
    ) throws {
        for worker in workers.indices {
            for (index, aggregator) in aggregators.enumerated() {
                let state = workers[worker][index]
                workers[worker][index] = aggregator.makeState()
                try aggregator.checkedMerge(&base[index], state)
            }
        }
    }

    /// The pipeline file's digest (with the stage list, for pipelines made in code) and every loaded file's.
    private func rules() -> [String: String] {
        var hash = StableHash()
        if let data = FileManager.default.contents(atPath: pipeline.path) { hash.add(data) }
        hash.add(pipeline.entries.map(\.name).joined(separator: ","))
        return pipeline.loadedFiles.merging([pipeline.path: hash.hex]) { $1 }
    }
}

/// The per-batch buffers workers write into, each at its own index (results by document, states by worker).
private struct SharedBuffers<Result, State>: @unchecked Sendable {
    let results: UnsafeMutableBufferPointer<Result>
    let states: UnsafeMutableBufferPointer<State>
}
