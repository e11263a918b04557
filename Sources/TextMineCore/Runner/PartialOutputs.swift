import Foundation

/// The append-only files a run writes while it processes: `documents.jsonl.partial`, `failures.jsonl.partial` and
/// one CSV per row table, all in `OUT/.textmine`. Each result is appended in input order; ``sync()`` makes them
/// durable before a checkpoint records their lengths, and a resume cuts them back to those lengths.
///
/// At the end they are hard-linked (copied where links are not possible) into the staging folder, so the partial
/// files stay whole until the set is published: a kill before the commit point can still resume from them.
final class PartialOutputs {
    let workDirectory: String
    let rowTables: RowTables
    /// Nil when documents go to standard output.
    let documents: AppendFile?
    let issues: AppendFile
    let rows: [AppendFile]

    var documentsPath: String { workDirectory + "/documents.jsonl.partial" }
    var issuesPath: String { workDirectory + "/failures.jsonl.partial" }

    /// Opens the files, cut back to the checkpoint's lengths, or new and empty without one.
    init(workDirectory: String, rowTables: RowTables, resumingAt checkpoint: Checkpoint?, writesDocuments: Bool) throws
    {
        self.workDirectory = workDirectory
        self.rowTables = rowTables
        let documentsPath = workDirectory + "/documents.jsonl.partial"
        let issuesPath = workDirectory + "/failures.jsonl.partial"
        if checkpoint == nil {
            // Fresh start: new files (new inodes), never a truncation of a file that is linked elsewhere.
            for path in [documentsPath, issuesPath] + rowTables.slots.map(rowTables.partialPath) { unlink(path) }
        }
        documents =
            writesDocuments ? try AppendFile(path: documentsPath, truncatingTo: checkpoint?.documentBytes ?? 0) : nil
        issues = try AppendFile(path: issuesPath, truncatingTo: checkpoint?.issueBytes ?? 0)
        rows = try rowTables.open(resumingAt: checkpoint?.rowBytes ?? [:])
    }

    /// Whether the partial files hold at least what `checkpoint` recorded (else it cannot be resumed from).
    static func hold(_ checkpoint: Checkpoint, workDirectory: String, rowTables: RowTables, writesDocuments: Bool)
        -> Bool
    {
        func size(_ path: String) -> Int {
            var status = stat()
            return stat(path, &status) == 0 ? Int(status.st_size) : -1
        }
        return (!writesDocuments || size(workDirectory + "/documents.jsonl.partial") >= checkpoint.documentBytes)
            && size(workDirectory + "/failures.jsonl.partial") >= checkpoint.issueBytes
            && rowTables.isConsistent(with: checkpoint.rowBytes ?? [:])
    }

    /// Appends one document's line, row lines and issues.
    func append(line: [UInt8]?, rowLines: [[UInt8]], issues documentIssues: [DocumentIssue]) throws {
        if let line, let documents { try documents.append(line) }
        for (slot, lines) in rowLines.enumerated() where !lines.isEmpty { try rows[slot].append(lines) }
        for issue in documentIssues {
            try issues.append(try Array(JSONEncoder.sorted.encode(issue)) + [0x0A])
        }
    }

    /// Flushes and syncs every file.
    func sync() throws {
        try documents?.sync()
        try issues.sync()
        for file in rows { try file.sync() }
    }

    /// The current lengths, for a checkpoint.
    var lengths: (documents: Int, issues: Int, rows: [String: Int]) {
        (documents?.length ?? 0, issues.length, rowTables.named(rows.map(\.length)))
    }

    /// Links the finished files into `staging` under their final names; returns those names (documents first,
    /// failures second, then the row tables' CSVs).
    func stage(into staging: String) throws -> (streams: [String], rowTables: [String]) {
        try sync()
        var streams: [String] = []
        if documents != nil {
            try Self.link(documentsPath, to: staging + "/documents.jsonl")
            streams.append("documents.jsonl")
            OutputCommit.step()
        }
        try Self.link(issuesPath, to: staging + "/failures.jsonl")
        streams.append("failures.jsonl")
        OutputCommit.step()
        var tables: [String] = []
        for slot in rowTables.slots {
            let name = "\(slot.schema.name).csv"
            try Self.link(rowTables.partialPath(slot), to: staging + "/" + name)
            tables.append(name)
            OutputCommit.step()
        }
        return (streams, tables)
    }

    /// Removes the partial files (a run that cannot be resumed stopped).
    func discard() {
        for path in [documentsPath, issuesPath] + rowTables.slots.map(rowTables.partialPath) { unlink(path) }
    }

    /// A second name for a finished file (same inode, no copy); a copy where the file system refuses links.
    static func link(_ source: String, to target: String) throws {
        unlink(target)
        if Foundation.link(source, target) == 0 { return }
        guard let data = FileManager.default.contents(atPath: source) else {
            throw OutputError(path: source, reason: "cannot be read: \(String(cString: strerror(errno)))")
        }
        try AtomicFile.write(data, to: target)
    }
}
