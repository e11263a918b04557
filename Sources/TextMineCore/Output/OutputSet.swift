import Foundation

/// The end-of-run files that `textmine run` and `textmine merge` both render from merged aggregate states into a
/// staging folder: the states, the tables in the pipeline's formats and `summary.json`. One code path, so a merge
/// writes exactly what a single run writes.
struct OutputSet {
    /// Every file of the set, relative to OUT, in the order `summary.json` lists them (`summary.json` last).
    var files: [String]
    /// The aggregators' summaries.
    var stageSummaries: [String: JSONValue]
    /// Writes into the staging folder.
    let writer: OutputWriter

    /// Writes the states and tables into `folder`, after the `streams` (`documents.jsonl`, `failures.jsonl`) and the
    /// row tables' CSVs `rowFiles` already there; `rowTables` are those CSVs' schemas for the table writers.
    /// `concurrently`: the SQLite database is built beside the other tables (see ``OutputWriter/writeTables(_:concurrently:)``).
    static func write(
        states: [any AggregateState], pipeline: Pipeline, into folder: String, streams: [String], rowFiles: [String],
        rowTables: [OutputTable], concurrently: Bool = false
    ) throws -> OutputSet {
        let aggregators = pipeline.aggregators
        let writer = OutputWriter(pipeline: pipeline, directory: folder)
        var files = streams
        var summaries: [String: JSONValue] = [:]
        // With `concurrently`, the database starts at once: it creates every table (the aggregate tables by the
        // schema of an empty state's report) and loads the row tables while the state files are written.
        let database =
            concurrently
            ? writer.startDatabase(
                expecting: aggregators.flatMap { $0.report($0.makeState()).tables } + rowTables) : nil
        do {
            // The state files first: their encodings' buffers are freed before the reports' tables are built.
            // (Building the tables first, to start the database before the state file, took the end of the run
            // 1-1.5 s less at x20 but raised the peak by 20 MB, to 152 MB: memory first.)
            files += try writer.writeStates(states, aggregators: aggregators)
            files += rowFiles
            var tables: [OutputTable] = []
            for (index, aggregator) in aggregators.enumerated() {
                let report = aggregator.report(states[index])
                tables += report.tables
                if !report.summary.isEmpty { summaries[aggregator.name] = .object(report.summary) }
            }
            files += try writer.writeTables(tables + rowTables, concurrently: concurrently, database: database)
        } catch {
            database?.abandon()
            throw error
        }
        return OutputSet(files: files + ["summary.json"], stageSummaries: summaries, writer: writer)
    }

    /// Writes `summary.json` into the staging folder.
    func writeSummary(_ summary: RunSummary) throws {
        try writer.writeSummary(summary)
        OutputCommit.step()
    }
}
