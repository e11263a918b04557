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
            var tables: [OutputTable] = []
            func buildReports() {
                for (index, aggregator) in aggregators.enumerated() {
                    let report = aggregator.report(states[index])
                    tables += report.tables
                    if !report.summary.isEmpty { summaries[aggregator.name] = .object(report.summary) }
                }
            }
            // With the database on a thread of its own, the reports' tables come first and go to it at once, so it
            // fills them while this thread writes the state files: the database is the end of the run's longest
            // part (at x20 it finished alone, 1.9 s after `report.html`). The tables and a state file's encoding are
            // then in memory together (round 3 measured +20 MB at x20; BENCHMARKS.md round 10 for today's peak).
            // On one thread the state files come first, their buffers freed before the tables are built.
            if let database {
                buildReports()
                database.give(tables + rowTables)
            }
            files += try writer.writeStates(states, aggregators: aggregators)
            files += rowFiles
            if database == nil { buildReports() }
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
