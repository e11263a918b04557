import Foundation

/// Writes the end-of-run files of an output folder: aggregate states, tables in the pipeline's formats, and
/// `summary.json`. Every file is written atomically.
public struct OutputWriter: Sendable {
    /// The pipeline that ran.
    public var pipeline: Pipeline
    /// The output folder.
    public var directory: String

    /// Creates a writer.
    public init(pipeline: Pipeline, directory: String) {
        self.pipeline = pipeline
        self.directory = directory
    }

    /// Writes each aggregator's state to `state/NAME.json` (the input of `textmine merge`), with its checksum.
    public func writeStates(_ states: [any AggregateState], aggregators: [AnyAggregator]) throws -> [String] {
        guard !aggregators.isEmpty else { return [] }
        if let reason = OutputLock.makeFolders(directory + "/state") {
            throw OutputError(path: directory + "/state", reason: reason)
        }
        var files: [String] = []
        for (index, aggregator) in aggregators.enumerated() {
            let name = "state/\(aggregator.name).json"
            try StateFile.write(aggregator.encodedBytes(states[index]), to: directory + "/" + name)
            files.append(name)
            OutputCommit.step()
        }
        return files
    }

    /// Writes the tables in every requested format (see ``writeTables(_:concurrently:database:)``).
    public func writeTables(_ tables: [OutputTable], concurrently: Bool = false) throws -> [String] {
        try writeTables(tables, concurrently: concurrently, database: nil)
    }

    /// With the `sqlite` format requested, starts the database on a thread of its own at once (see
    /// ``EarlyDatabase``): `expected` is every table it will be given, in order, the aggregate tables by schema.
    func startDatabase(expecting expected: [OutputTable]) -> EarlyDatabase? {
        // The core's SQLite writer comes first in the registry, so it is the one the format always gets.
        guard pipeline.output.formats.contains(.sqlite) else { return nil }
        return EarlyDatabase(expecting: expected, in: directory)
    }

    /// Writes the tables in every requested format. With `concurrently`, the SQLite database, the largest and
    /// slowest of them (CPU-bound: every row bound, inserted and indexed), is built on a thread of its own while this
    /// one writes the CSV tables and the other formats; the files are listed in the same order either way. Every file
    /// goes into the staging folder, so nothing is published before all of them are complete.
    /// `database`, from ``startDatabase(expecting:)``, is the database already under way: it is given `tables` and
    /// waited for in place of a thread started here.
    func writeTables(
        _ tables: [OutputTable], concurrently: Bool = false, database early: EarlyDatabase?
    ) throws -> [String] {
        let formats = Set(pipeline.output.formats)
        let writers = TableFormatRegistry.writers(for: pipeline).filter { formats.contains($0.format) }
        let background = concurrently || early != nil ? writers.firstIndex { $0.format == .sqlite } : nil
        early?.give(background == nil ? nil : tables)
        let pending: (() throws -> [String])? = background.map { index in
            if let early { return early.wait }
            let work = BackgroundWork { [pipeline, directory] in
                defer { OutputCommit.step() }
                return try writers[index].write(tables, directory, pipeline)
            }
            return work.wait
        }
        // Everything else, on this thread; the database's thread is waited for even when this part fails, so it
        // never outlives the run's error.
        let foreground = Result { () throws -> (csv: [String], written: [[String]]) in
            var csv: [String] = []
            if formats.contains(.csv) {
                for table in tables where table.rowFile == nil {
                    try table.writeCSV(to: "\(directory)/\(table.name).csv")
                    csv.append("\(table.name).csv")
                    OutputCommit.step()
                }
            }
            var written = [[String]](repeating: [], count: writers.count)
            for (index, writer) in writers.enumerated() where index != background {
                written[index] = try writer.write(tables, directory, pipeline)
                OutputCommit.step()
            }
            return (csv, written)
        }
        let database = try pending?()
        var (csv, written) = try foreground.get()
        if let background, let database { written[background] = database }
        return csv + written.joined()
    }

    /// Writes `summary.json`.
    public func writeSummary(_ summary: RunSummary) throws {
        var fields: [String: JSONValue] = [
            "schema_version": .int(DocumentSerializer.schemaVersion),
            "pipeline": .string(pipeline.name),
            "documents": .object([
                "processed": .int(summary.counts.processed), "skipped": .int(summary.counts.skipped),
                "failed": .int(summary.counts.failed), "warnings": .int(summary.counts.warnings),
            ]),
            "annotations": .object([
                "tokens": .int(summary.counts.tokens), "sentences": .int(summary.counts.sentences),
                "entities": .int(summary.counts.entities), "quotes": .int(summary.counts.quotes),
                "attributed_quotes": .int(summary.counts.attributedQuotes),
            ]),
            "bytes": .int(summary.counts.bytes),
            "counts": Self.json(summary.counts),
            "stopped_early": .bool(summary.stoppedEarly),
            "files": .array(summary.files.map(JSONValue.string)),
            "stages": .array(pipeline.entries.map { .string($0.name) }),
        ]
        if !summary.stageSummaries.isEmpty { fields["aggregates"] = .object(summary.stageSummaries) }
        var writer = JSONWriter()
        writer.value(.object(fields))
        writer.bytes.append(0x0A)
        try AtomicFile.write(Data(writer.bytes), to: directory + "/summary.json")
    }
}

extension OutputWriter {
    static func json(_ value: some Encodable) -> JSONValue { (try? JSONValueEncoder.encode(value)) ?? .null }
}

/// Writers for table formats beyond CSV: the core's stage-agnostic ones (SQLite) and those contributed by the
/// pipeline's stages through ``TableFormatProvider`` (such as the aggregate stage's HTML report).
public enum TableFormatRegistry {
    /// A table format writer.
    public struct Writer: Sendable {
        /// The format it writes.
        public var format: OutputOptions.Format
        /// Writes the tables into the folder; returns the files written (relative to the folder).
        public var write: @Sendable ([OutputTable], String, Pipeline) throws -> [String]

        /// Creates a writer.
        public init(
            format: OutputOptions.Format,
            write: @escaping @Sendable ([OutputTable], String, Pipeline) throws -> [String]
        ) {
            self.format = format
            self.write = write
        }
    }

    /// The core's writers, which work for any tables.
    public static let writers: [Writer] = [SQLiteTableWriter.writer]

    /// The writers for a pipeline: the core's, then those its stage types provide, one per format (the first wins).
    public static func writers(for pipeline: Pipeline) -> [Writer] {
        var chosen: [Writer] = []
        var seen: Set<OutputOptions.Format> = []
        let provided = pipeline.entries.flatMap { entry in
            (type(of: entry.stage) as? any TableFormatProvider.Type)?.tableFormats ?? []
        }
        for writer in writers + provided where seen.insert(writer.format).inserted { chosen.append(writer) }
        return chosen
    }
}

/// A stage type that can write the tables in an output format of its own (for example a report that knows how to
/// present the stage's tables). The core asks the pipeline's stage types for these; it knows none by name.
public protocol TableFormatProvider {
    /// The writers this stage type contributes.
    static var tableFormats: [TableFormatRegistry.Writer] { get }
}
