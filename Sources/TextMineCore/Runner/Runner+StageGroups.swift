import Synchronization

/// Hands out a batch's documents to the workers a group at a time.
///
/// A worker runs each stage on every document of its group before the next stage starts. Run document by document,
/// each stage found its tables (the people engine's word table, the phrase-list trie, VADER's lexicon, PCRE2's
/// compiled rules) and its code evicted from the core's caches by the other stages since its last document; run over a
/// group, it pays that once per group. On BBC x5, one thread, groups of 64 took 15% off the CPU time of `news.yaml`
/// (BENCHMARKS.md, round 6). Every document's result is the one it gets alone: stages keep no state across documents.
///
/// With one worker, groups are ``maximumCount`` documents. With several, a claim is a share of what is left of the
/// batch (half of it divided among the workers, at most ``maximumCount``, at least one), so the groups shrink towards
/// the end of the batch and the workers finish it together instead of one waiting for another's last large group.
final class StageGroupClaims: Sendable {
    /// The most documents in one group.
    static let maximumCount = 64
    /// A group stops taking documents once their texts hold this many bytes, so a corpus of long documents keeps a
    /// few in flight per worker, as before, not sixty-four.
    static let maximumBytes = 1 << 20

    private let claimed = Atomic<Int>(0)
    private let documents: Int
    private let workers: Int

    /// Claims over `documents` documents shared by `workers` workers.
    init(documents: Int, workers: Int) {
        self.documents = documents
        self.workers = max(1, workers)
    }

    /// The indices of the next group, or nil when the batch is handed out.
    func next() -> Range<Int>? {
        var first = claimed.load(ordering: .relaxed)
        while first < documents {
            let left = documents - first
            let count =
                workers == 1 ? min(left, Self.maximumCount) : max(1, min(Self.maximumCount, left / (2 * workers)))
            let (exchanged, original) = claimed.compareExchange(
                expected: first, desired: first + count, ordering: .relaxed)
            if exchanged { return first..<first + count }
            first = original
        }
        return nil
    }
}

extension Runner {
    /// Reads the documents of `group` (its indices are the batch's, and `results`'), runs the stages on them stage by
    /// stage, and stores each document's result at its index. The documents are read one after another and run in
    /// runs of at most ``StageGroupClaims/maximumBytes`` of text.
    func process(
        _ group: ArraySlice<PendingDocument>, into results: UnsafeMutableBufferPointer<DocumentResult>,
        reader: DocumentReader, serializer: DocumentSerializer, states: inout [any AggregateState],
        aggregators: [AnyAggregator]
    ) {
        var indices: [Int] = []
        var documents: [Document?] = []
        indices.reserveCapacity(group.count)
        documents.reserveCapacity(group.count)
        var bytes = 0
        for index in group.indices {
            let read = self.read(group[index], reader: reader)
            if let issue = read.issue {
                results[index].issues.append(issue)
                switch issue.outcome {
                case .skipped: results[index].counts.skipped += 1
                case .failed: results[index].counts.failed += 1
                case .warning: results[index].counts.warnings += 1
                }
            }
            guard let document = read.document else { continue }
            indices.append(index)
            documents.append(document)
            bytes += document.utf8.count
            if bytes >= StageGroupClaims.maximumBytes {
                runStages(
                    &documents, at: indices, into: results, serializer: serializer, states: &states,
                    aggregators: aggregators)
                indices.removeAll(keepingCapacity: true)
                documents.removeAll(keepingCapacity: true)
                bytes = 0
            }
        }
        runStages(
            &documents, at: indices, into: results, serializer: serializer, states: &states, aggregators: aggregators)
    }

    /// Runs every stage on `documents` (stage by stage; a document a stage fails on is dropped with its failure),
    /// then accumulates, counts and serialises each in order.
    private func runStages(
        _ documents: inout [Document?], at indices: [Int], into results: UnsafeMutableBufferPointer<DocumentResult>,
        serializer: DocumentSerializer, states: inout [any AggregateState], aggregators: [AnyAggregator]
    ) {
        for entry in pipeline.entries {
            for (k, index) in indices.enumerated() {
                // taken out of the array while the stage works on it, so its layers are not copied on write
                guard var document = documents[k].take() else { continue }
                do {
                    try entry.stage.process(&document)
                } catch {
                    results[index].issues.append(
                        DocumentIssue(
                            id: document.id, outcome: .failed, stage: entry.name, reason: "stage_error",
                            message: "\(error)"))
                    results[index].counts.failed += 1
                    continue
                }
                for layer in entry.stage.produces { document.recordProducer(entry.name, of: layer) }
                for warning in document.warnings {
                    results[index].issues.append(
                        DocumentIssue(
                            id: document.id, outcome: .warning, stage: entry.name, reason: warning.reason,
                            message: warning.message))
                    results[index].counts.warnings += 1
                }
                document.warnings.removeAll()
                documents[k] = document
            }
        }
        for (k, index) in indices.enumerated() {
            guard let document = documents[k] else { continue }
            results[index].rowLines = rowTables.lines(for: document)
            for (a, aggregator) in aggregators.enumerated() { aggregator.accumulate(document, into: &states[a]) }
            results[index].counts.count(document)
            results[index].line = serializer.line(for: document)
        }
    }

    /// One pending document read, or the issue that stands for it.
    private func read(_ pending: PendingDocument, reader: DocumentReader) -> (
        document: Document?, issue: DocumentIssue?
    ) {
        switch pending {
        case .file(let file): return reader.read(file)
        case .inline(let id, let group, let bytes):
            return reader.make(id: id, group: group, bytes: bytes, sourcePath: nil)
        case .invalid(let id, let message):
            return (
                nil, DocumentIssue(id: id, outcome: .failed, stage: "input", reason: "invalid_record", message: message)
            )
        case .duplicate(let id):
            return (
                nil,
                DocumentIssue(
                    id: id, outcome: .skipped, stage: "input", reason: "duplicate_id",
                    message: "an earlier document of the input has the same id; only the first is processed")
            )
        }
    }
}
