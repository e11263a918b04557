import Dispatch
import Synchronization
import TextMineCore
import TextMineExplain

/// Reading and processing documents for `textmine explain`: one file (with what went wrong as messages for standard
/// error), and the `--rule` search over many files on several threads, results kept in input order.
enum ExplainDocuments {
    /// Reads and processes one file. Returns the document, or nil when it was skipped or a stage failed, and the
    /// messages to print (`path: error: …`, `path: warning: …`).
    static func process(_ file: InputFile, pipeline: Pipeline) -> (document: Document?, messages: [String]) {
        var messages: [String] = []
        let read = DocumentReader(options: pipeline.input).read(file)
        if let issue = read.issue {
            let prefix = issue.outcome == .warning ? "warning: " : "error: \(issue.outcome.rawValue): "
            messages.append("\(file.path): \(prefix)\(issue.message) (\(issue.reason))")
        }
        guard var document = read.document else { return (nil, messages) }
        do {
            for warning in try pipeline.process(&document) {
                messages.append(
                    "\(file.path): warning: stage '\(warning.stage)': \(warning.message) (\(warning.reason))")
            }
        } catch {
            messages.append("\(file.path): error: \(error)")
            return (nil, messages)
        }
        return (document, messages)
    }

    /// What `--rule` found in one document.
    struct Found: Sendable {
        /// The keyword-in-context lines, in text order.
        var lines: [KeywordInContext.Line] = []
        /// False when the document was skipped or failed.
        var processed = false
        /// Messages for standard error.
        var messages: [String] = []
    }

    /// The matches of `rule` (entities and quotes whose `rule` field is it) in each file, in input order, processed
    /// `jobs` documents at a time; stops after the batch in which `limit` matches were reached.
    static func matches(
        of rule: String, in files: [InputFile], pipeline: Pipeline, formatter: KeywordInContext, jobs: Int, limit: Int?
    ) -> (found: [Found], searched: Int) {
        var found: [Found] = []
        var total = 0
        var next = 0
        let batchSize = max(1, jobs) * 8
        while next < files.count, total < (limit ?? Int.max) {
            let batch = Array(files[next..<min(files.count, next + batchSize)])
            let results = Mutex([Found](repeating: Found(), count: batch.count))
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                let file = batch[index]
                let (document, messages) = process(file, pipeline: pipeline)
                var result = Found(processed: document != nil, messages: messages)
                if let document {
                    var spans =
                        document.entities.filter { $0.rule == rule }.map(\.span)
                        + document.quotes.filter { $0.rule == rule }.map(\.span)
                    if !spans.isEmpty {
                        spans.sort()
                        let positions = TextPositions(document)
                        result.lines = spans.map {
                            formatter.line(for: $0, in: document, positions: positions, name: file.path)
                        }
                    }
                }
                results.withLock { $0[index] = result }
            }
            let batchResults = results.withLock { $0 }
            for result in batchResults {
                found.append(result)
                total += result.lines.count
                if let limit, total >= limit { break }
            }
            next += batch.count
        }
        return (found, found.count)
    }
}
