import ArgumentParser
import Foundation
import TextMineCore

/// `textmine run`: the main job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over folders of articles (or JSON Lines on stdin) and write OUT.",
        discussion: """
            INPUT defaults to the pipeline's input.paths, else Samples/. OUT defaults to the pipeline's output.dir.
            An interrupted run (crash, kill -9, Ctrl-C) resumes from its last checkpoint when run again with the same \
            pipeline and input; --fresh starts over. Exit codes: see 'textmine --help'.
            """)

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Argument(help: "Folders or files to process.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output folder (default: the pipeline's output.dir).")
    var out: String?

    @Option(name: .shortAndLong, help: "Worker threads (default: number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Read the list of input files from this file, one path per line ('-' for stdin).")
    var filesFrom: String?

    @Option(help: "Extra include glob (repeatable); replaces the pipeline's input.include.")
    var include: [String] = []

    @Option(help: "Extra exclude glob (repeatable); added to the pipeline's input.exclude.")
    var exclude: [String] = []

    @Option(help: "Stop when more than N documents (or P% of those seen) are skipped or failed.")
    var maxFailures: String?

    @Option(
        help:
            "Process only shard I of N (0-based 'I/N'): contiguous slices of the sorted input, merge with 'textmine merge'."
    )
    var shard: String?

    @Flag(
        help:
            "Read documents as JSON Lines {\"id\", \"text\", \"group\"?} from stdin ('base64' (raw bytes) or 'path' (a file to read) instead of 'text')."
    )
    var stdinJsonl = false

    /// For drivers that split one JSON Lines stream into parts: the number of lines before this part, so bad lines
    /// keep the ids (`<stdin line N>`) the whole stream gives them.
    @Option(help: .hidden)
    var stdinLinesBefore: Int = 0

    @Flag(help: "Write each document's result line to stdout instead of OUT/documents.jsonl.")
    var stdoutJsonl = false

    @Flag(
        help:
            "Print the documents this run would process as JSON Lines {\"id\", \"group\", \"path\"}, in order, and exit."
    )
    var listInputs = false

    @Flag(help: "Ignore any checkpoint and start over.")
    var fresh = false

    @Flag(
        help:
            "Continue an interrupted run from its checkpoint (the default whenever the checkpoint matches this pipeline and input)."
    )
    var resume = false

    @Option(help: .hidden)
    var checkpointSeconds: Double = 2

    @Flag(help: "No progress bar.")
    var noProgress = false

    @Flag(name: .shortAndLong, help: "No summary table.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let maxFailures, FailureLimit(maxFailures) == nil {
            throw ValidationError("--max-failures takes a count (10) or a percentage (5%)")
        }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes I/N with 0 ≤ I < N, e.g. 0/4") }
        if resume && fresh { throw ValidationError("--resume and --fresh exclude each other") }
        if stdinJsonl && (!inputs.isEmpty || filesFrom != nil) {
            throw ValidationError("--stdin-jsonl reads documents from stdin; do not also give INPUT or --files-from")
        }
        guard stdinLinesBefore >= 0 else { throw ValidationError("--stdin-lines-before must be 0 or more") }
        if stdinJsonl && listInputs {
            throw ValidationError("--list-inputs lists files; it cannot list a --stdin-jsonl stream")
        }
    }

    func run() throws {
        // First, so a signal during set-up is a clean stop too (the run sees it after its first batch).
        StopRequest.shared.install()
        var pipeline = try Console.loadPipeline(self.pipeline)
        if !include.isEmpty { pipeline.input.include = include }
        pipeline.input.exclude += exclude
        if listInputs {
            try listInputFiles(pipeline)
            return
        }
        var options = RunOptions(outputDirectory: out ?? pipeline.output.dir, jobs: jobs)
        options.resume = !fresh
        options.progress = !noProgress && !stdoutJsonl
        options.maxFailures = maxFailures.flatMap(FailureLimit.init)
        options.documentsToStandardOutput = stdoutJsonl
        options.checkpointInterval = checkpointSeconds
        if let problem = OutputPlacement.problem(
            output: options.outputDirectory, inputs: stdinJsonl || filesFrom != nil ? [] : inputRoots(pipeline))
        {
            Console.error("error: " + problem)
            throw ExitCode(.usage)
        }
        let runner = Runner(pipeline: pipeline, options: options)

        let summary: RunSummary
        do {
            if stdinJsonl {
                summary = try runner.run(JSONLinesSource(handle: .standardInput, linesBefore: stdinLinesBefore))
            } else {
                summary = try runner.run(FileListSource(try selectedInputFiles(pipeline)))
            }
        } catch {
            throw Console.exitCode(reporting: error)
        }
        if !quiet {
            SummaryTable.print(summary, pipeline: pipeline, toStandardError: stdoutJsonl)
            OutputList.print(summary, toStandardError: stdoutJsonl)
        }
        if summary.stoppedEarly {
            Console.error(
                "error: stopped early: --max-failures \(maxFailures ?? "") exceeded; see \(summary.outputDirectory)/failures.jsonl"
            )
            throw ExitCode(.stoppedEarly)
        }
        if summary.counts.failed + summary.counts.skipped > 0 { throw ExitCode(.documentsFailed) }
    }

    /// The files this run processes, in order: the inputs, then `--shard`'s slice of them.
    private func selectedInputFiles(_ pipeline: Pipeline) throws -> [InputFile] {
        let files = try inputFiles(pipeline)
        return shard.flatMap(Shard.init)?.slice(files) ?? files
    }

    /// `--list-inputs`: the exact ids, groups and order a run uses, for drivers that feed `--stdin-jsonl` (Spark).
    private func listInputFiles(_ pipeline: Pipeline) throws {
        let files: [InputFile]
        do { files = try selectedInputFiles(pipeline) } catch let error as InputDiscovery.MissingInput {
            Console.error(error.description)
            throw ExitCode(.missingInput)
        }
        var lines: [UInt8] = []
        lines.reserveCapacity(files.count * 96)
        // Links to what is already listed are warnings of a run, not documents to hand out.
        for file in files where file.notice == nil {
            var json = JSONWriter(capacity: 128)
            json.beginObject()
            json.key("id")
            json.string(file.id)
            json.key("group")
            json.string(file.group)
            json.key("path")
            json.string(file.path)
            json.endObject()
            lines += json.bytes
            lines.append(0x0A)
        }
        do { try StandardOutput.write(lines) } catch let error as RunError {
            Console.error(error.description)
            throw ExitCode(error.status)
        }
    }

    private func inputFiles(_ pipeline: Pipeline) throws -> [InputFile] {
        let discovery = InputDiscovery(options: pipeline.input)
        if let filesFrom {
            let text: String
            if filesFrom == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: filesFrom) else {
                    throw InputDiscovery.MissingInput(path: filesFrom)
                }
                text = String(decoding: data, as: UTF8.self)
            }
            let paths = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
            var files = paths.map { path in
                let id = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
                return InputFile(id: id, group: id.contains("/") ? String(id.prefix { $0 != "/" }) : "", path: path)
            }
            files.sort { InputDiscovery.precedes($0.id, $1.id) }
            return files
        }
        return try discovery.files(in: inputRoots(pipeline))
    }

    /// The folders and files named as input: the arguments, else the pipeline's `input.paths`, else `Samples`.
    private func inputRoots(_ pipeline: Pipeline) -> [String] {
        var roots = inputs
        if roots.isEmpty { roots = pipeline.input.paths }
        if roots.isEmpty { roots = ["Samples"] }
        return roots
    }
}

/// `--shard I/N`: the I-th of N contiguous slices of the sorted input, so concatenating the shards' outputs in
/// order gives the single-run output.
struct Shard: Equatable {
    var index: Int
    var count: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count > 0, index >= 0,
            index < count
        else {
            return nil
        }
        self.index = index
        self.count = count
    }

    func slice<T>(_ items: [T]) -> [T] {
        let start = items.count * index / count
        let end = items.count * (index + 1) / count
        return Array(items[start..<end])
    }
}

/// The end-of-run table.
enum SummaryTable {
    static func print(_ summary: RunSummary, pipeline: Pipeline, toStandardError: Bool) {
        let counts = summary.counts
        let megabytes = Double(counts.bytes) / 1_048_576
        let rate = summary.seconds > 0 ? megabytes / summary.seconds : 0
        var rows: [(String, String)] = [
            ("pipeline", "\(pipeline.name) (\(pipeline.entries.map(\.name).joined(separator: " → ")))"),
            (
                "documents",
                "\(counts.processed) processed, \(counts.skipped) skipped, \(counts.failed) failed, \(counts.warnings) with warnings"
            ),
        ]
        if summary.resumedDocuments > 0 {
            rows.append(("resumed", "\(summary.resumedDocuments) documents from a checkpoint"))
        }
        if counts.tokens > 0 { rows.append(("tokens", "\(counts.tokens)")) }
        if counts.sentences > 0 { rows.append(("sentences", "\(counts.sentences)")) }
        rows.append(("entities", "\(counts.entities)"))
        rows.append(("quotes", "\(counts.quotes) (\(counts.attributedQuotes) with a speaker)"))
        rows.append(("time", String(format: "%.2f s", summary.seconds)))
        rows.append(
            (
                "throughput",
                String(
                    format: "%.1f MB/s, %.0f documents/s", rate,
                    summary.seconds > 0 ? Double(counts.processed) / summary.seconds : 0)
            ))
        rows.append(("output", summary.outputDirectory + "/"))
        if counts.failed + counts.skipped > 0 {
            rows.append(("problems", "see \(summary.outputDirectory)/failures.jsonl"))
        }
        let width = rows.map(\.0.count).max() ?? 0
        let text = rows.map { $0.0 + String(repeating: " ", count: width - $0.0.count) + "  " + $0.1 }.joined(
            separator: "\n")
        if toStandardError { Console.error(text) } else { Swift.print(text) }
    }
}

/// The end-of-run list of written files, one `wrote PATH` line per file, so scripts and users see where each
/// output went.
enum OutputList {
    static func lines(_ summary: RunSummary) -> [String] {
        let directory =
            summary.outputDirectory.hasSuffix("/")
            ? String(summary.outputDirectory.dropLast()) : summary.outputDirectory
        return summary.files.map { "wrote \(directory)/\($0)" }
    }

    static func print(_ summary: RunSummary, toStandardError: Bool) {
        let text = lines(summary).joined(separator: "\n")
        guard !text.isEmpty else { return }
        if toStandardError { Console.error(text) } else { Swift.print(text) }
    }
}
