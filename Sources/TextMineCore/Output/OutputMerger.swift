import Foundation

/// Merges the output folders of several runs of one pipeline (shards, Spark partitions) into the folder a single run
/// over all their inputs would have written: the per-document files merged by id (``SortedMerge``, so parts may be
/// any split of the input),
/// aggregate states merged exactly, tables and `summary.json` rendered from the merged states.
public struct OutputMerger: Sendable {
    /// The pipeline all parts ran.
    public var pipeline: Pipeline

    /// Creates a merger.
    /// How per-document records of the parts are ordered.
    public var order: MergeOrder

    /// A merger for the parts of `pipeline`'s runs.
    public init(pipeline: Pipeline, order: MergeOrder = .id) {
        self.pipeline = pipeline
        self.order = order
    }

    /// Merges `parts` into `directory`, under the folder's lock (the same one `textmine run` takes), staging every
    /// file and publishing the set at once (see ``OutputCommit``).
    ///
    /// - Throws: ``RunError`` when a part is missing a file or was made by another pipeline, or another command holds
    ///   the output folder.
    @discardableResult
    public func merge(_ parts: [String], into directory: String) throws -> RunSummary {
        let started = Date()
        var seenParts: [String: String] = [:]
        for part in parts {
            let real = URL(fileURLWithPath: part).resolvingSymlinksInPath().standardizedFileURL.path
            if let earlier = seenParts[real] {
                throw RunError(
                    "'\(part)' and '\(earlier)' are the same folder: merging a part twice would count its documents twice",
                    status: .usage)
            }
            seenParts[real] = part
        }
        let lock = try OutputLock(outputDirectory: directory)
        defer { lock.release() }
        let commit = OutputCommit(directory: directory)
        _ = try commit.recover()
        let aggregators = pipeline.aggregators
        var states = aggregators.map { $0.makeState() }
        var counts = RunCounts()
        var hasDocuments = true
        for part in parts {
            guard let summaryData = FileManager.default.contents(atPath: part + "/summary.json") else {
                throw RunError(
                    "'\(part)' has no summary.json: not a finished textmine output folder", status: .missingInput)
            }
            let summary: SummaryFile
            do { summary = try JSONDecoder().decode(SummaryFile.self, from: summaryData) } catch {
                throw RunError(
                    "'\(part)/summary.json' cannot be read: \(DecodingProblem.describe(error))", status: .invalidData)
            }
            guard summary.stages == pipeline.entries.map(\.name) else {
                throw RunError(
                    "'\(part)' was made by a pipeline with stages \(summary.stages), not \(pipeline.entries.map(\.name))",
                    status: .invalidData)
            }
            counts.add(summary.counts)
            if !FileManager.default.fileExists(atPath: part + "/documents.jsonl") { hasDocuments = false }
            for (index, aggregator) in aggregators.enumerated() {
                let path = "\(part)/state/\(aggregator.name).json"
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw RunError("'\(path)' is missing", status: .missingInput)
                }
                let state: any AggregateState
                do { state = try aggregator.decode(StateFile.open(data, path: path)) } catch let error as RunError {
                    throw error
                } catch {
                    throw RunError("'\(path)' cannot be read: \(DecodingProblem.describe(error))", status: .invalidData)
                }
                try aggregator.checkedMerge(&states[index], state)
            }
        }
        let staging = try commit.beginStaging()
        let rowTables = RowTables(pipeline: pipeline, workDirectory: staging)
        var rowFiles: [String] = []
        for slot in rowTables.slots {
            let name = "\(slot.schema.name).csv"
            for part in parts where !FileManager.default.fileExists(atPath: "\(part)/\(name)") {
                throw RunError("'\(part)/\(name)' is missing", status: .missingInput)
            }
            try SortedMerge.merge(
                parts.map { "\($0)/\(name)" }, format: .csv, header: slot.schema.csvHeader, byID: order == .id,
                into: "\(staging)/\(name)")
            rowFiles.append(name)
        }
        var streams: [String] = []
        if hasDocuments {
            try SortedMerge.merge(
                parts.map { $0 + "/documents.jsonl" }, format: .jsonLines, byID: order == .id,
                into: staging + "/documents.jsonl")
            streams.append("documents.jsonl")
        }
        try SortedMerge.merge(
            parts.map { $0 + "/failures.jsonl" }, format: .jsonLines, byID: order == .id,
            into: staging + "/failures.jsonl")
        streams.append("failures.jsonl")
        let outputs = try OutputSet.write(
            states: states, pipeline: pipeline, into: staging, streams: streams, rowFiles: rowFiles,
            rowTables: rowTables.tables(in: staging))
        let journal = OutputCommit.Journal(
            fingerprint: nil, files: outputs.files, obsolete: commit.obsoleteFiles(replacedBy: outputs.files),
            counts: counts,
            stoppedEarly: false, stageSummaries: outputs.stageSummaries)
        let summary = RunSummary(
            counts: counts, seconds: Date().timeIntervalSince(started), resumedDocuments: 0, stoppedEarly: false,
            outputDirectory: directory, files: outputs.files, stageSummaries: outputs.stageSummaries)
        try outputs.writeSummary(summary)
        try commit.commit(journal)
        return summary
    }

    private struct SummaryFile: Decodable {
        var counts: RunCounts
        var stages: [String]
    }
}

/// The order of per-document records in a merged OUT.
public enum MergeOrder: String, Sendable, CaseIterable {
    /// By document id, as a run over folders writes them: parts may be any split, in any order.
    case id
    /// One part after the other: the parts are consecutive slices of one stream (`--stdin-jsonl`), whose single run
    /// keeps the stream's order.
    case parts
}
