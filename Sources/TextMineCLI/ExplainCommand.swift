import ArgumentParser
import Foundation
import TextMineCore
import TextMineExplain

/// `textmine explain`: what a pipeline's rules find, shown on one document (terminal or HTML) or, with `--rule`, as
/// keyword-in-context lines of one rule over many documents. Stages run in memory (``Pipeline/process(_:)``); no
/// output folder is written and corpus stages count nothing.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show what a pipeline finds in one file (terminal or --html), or every match of one --rule.",
        discussion: """
            explain PIPELINE FILE prints the document with its entities coloured by type and its quotations with \
            speaker and sentiment, then a legend; with NO_COLOR set or when standard output is not a terminal, the text \
            with line numbers and one aligned line per annotation (#, line:col, code point offsets, type, stage, rule, \
            text). --html OUT.html writes a self-contained page instead (hover an annotation for its stage, rule and \
            pattern; the side panel lists the rules that fired).
            explain PIPELINE INPUT… --rule ID prints one line per match of that rule over the files and folders \
            (default: the pipeline's input.paths): document:line:col  …left [match] right…  (columns in characters).
            Nothing is written besides --html; corpus stages (aggregate, keywords) see the documents but write nothing.
            Exit codes: 0 shown · 1 a document was skipped or a stage failed · 64 usage (unknown --rule) · 65 invalid \
            pipeline · 66 missing input · 73 --html cannot be written · 74 standard output closed.
            """)

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Argument(help: "The file to explain; with --rule, files and folders to search.")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Write a self-contained HTML page of the document to this file.", valueName: "OUT.html"))
    var html: String?

    @Option(
        help: ArgumentHelp(
            "List every match of this rule id (an entity's or quote's 'rule' field) across the inputs.", valueName: "ID"
        ))
    var rule: String?

    @Option(help: ArgumentHelp("With --rule: stop after N matches.", valueName: "N"))
    var limit: Int?

    @Option(help: ArgumentHelp("With --rule: characters of context on each side of a match.", valueName: "N"))
    var context: Int = 40

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("With --rule: documents processed at once (default: number of cores).", valueName: "N"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Colours: auto (a terminal without NO_COLOR), always, never.")
    var color: ColorChoice = .auto

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if limit != nil, rule == nil { throw ValidationError("--limit goes with --rule") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard context >= 0 else { throw ValidationError("--context must be 0 or more") }
        if rule == nil, inputs.count != 1 {
            throw ValidationError(
                "explain shows one FILE (got \(inputs.count)); to search several files or folders, give --rule ID")
        }
        if rule != nil, html != nil { throw ValidationError("--html draws one document; it does not go with --rule") }
    }

    func run() throws {
        let pipeline = try Console.loadPipeline(self.pipeline)
        let catalog = RuleCatalog(pipeline: pipeline)
        if let rule {
            try listMatches(of: rule, pipeline: pipeline, catalog: catalog)
        } else {
            try explainOne(inputs[0], pipeline: pipeline, catalog: catalog)
        }
    }

    /// One file: terminal (coloured or plain) or HTML.
    private func explainOne(_ path: String, pipeline: Pipeline, catalog: RuleCatalog) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            Console.error(InputDiscovery.MissingInput(path: path).description)
            throw ExitCode(.missingInput)
        }
        if isFolder.boolValue {
            Console.error(
                "\(path): error: explain shows one file, and this is a folder; pick a file in it, or list a rule's matches with --rule ID"
            )
            throw ExitCode(.usage)
        }
        let (processed, messages) = ExplainDocuments.process(
            InputFile(id: path, group: "", path: path), pipeline: pipeline)
        for message in messages { Console.error(message) }
        guard let document = processed else { throw ExitCode(.documentsFailed) }
        let explained = ExplainedDocument(
            document: document, catalog: catalog, pipelineName: pipeline.name, stages: pipeline.entries.map(\.name),
            corpusStages: pipeline.entries.filter { $0.aggregator != nil }.map(\.name))
        if let html {
            do { try AtomicFile.write(HTMLExplainPage(explained).render(), to: html) } catch {
                throw Console.exitCode(reporting: error)
            }
            Console.error(
                "explain: wrote \(html) (\(document.entities.count) entities, \(document.quotes.count) quotes, \(explained.ruleCounts.count) rule\(explained.ruleCounts.count == 1 ? "" : "s") fired)"
            )
            return
        }
        let coloured: Bool
        switch color {
        case .always: coloured = true
        case .never: coloured = false
        case .auto: coloured = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
        let text = coloured ? TerminalView(explained).render() : PlainView(explained).render()
        try write(text)
    }

    /// `--rule`: every match over the inputs, as aligned keyword-in-context lines; a summary on standard error.
    private func listMatches(of rule: String, pipeline: Pipeline, catalog: RuleCatalog) throws {
        if !catalog.contains(rule), catalog.undescribedStages.isEmpty {
            let typed = catalog.entries.filter { $0.rule.type == rule }.map { "'\($0.rule.id)'" }
            if !typed.isEmpty {
                Console.error(
                    "error: '\(rule)' is an entity type, not a rule id; its rules in \(self.pipeline): \(typed.joined(separator: ", "))"
                )
            } else {
                let nearest = catalog.nearest(to: rule).map { "'\($0)'" }.joined(separator: ", ")
                Console.error(
                    "error: no rule '\(rule)' in \(self.pipeline)"
                        + (nearest.isEmpty ? " (its stages have no rules)" : "; nearest: \(nearest)"))
            }
            Console.error(
                "note: entity rules are named by their 'id', their TYPE (TYPE.1, TYPE.2 for several), or FILE:LINE in a patterns_file; list:TYPE for phrase lists; people:RULE and quote rules as in docs/people.md and docs/quotes.md"
            )
            throw ExitCode(.usage)
        }
        var roots = inputs
        if roots.isEmpty { roots = pipeline.input.paths }
        if roots.isEmpty { roots = ["Samples"] }
        let files: [InputFile]
        do { files = try InputDiscovery(options: pipeline.input).files(in: roots) } catch let error
            as InputDiscovery.MissingInput
        {
            Console.error(error.description)
            throw ExitCode(.missingInput)
        }
        // Stages after the last one that adds to the rule's layers cannot change its matches (a stage adds only to the
        // layers it declares), so they are left out: no sentiment scoring to list an entity rule.
        var searched = pipeline
        let layers = Set(catalog.entries.filter { $0.rule.id == rule }.map(\.rule.layer))
        if catalog.undescribedStages.isEmpty,
            let last = pipeline.entries.lastIndex(where: { !layers.isDisjoint(with: $0.stage.produces) })
        {
            searched.entries = Array(pipeline.entries[...last])
        }
        let formatter = KeywordInContext(width: context)
        let search = ExplainDocuments.matches(
            of: rule, in: files, pipeline: searched, formatter: formatter, jobs: jobs, limit: limit)
        var lines: [KeywordInContext.Line] = []
        var documentsRead = 0
        var documentsMatched = 0
        var problems = 0
        for found in search.found {
            for message in found.messages { Console.error(message) }
            if found.processed { documentsRead += 1 } else { problems += 1 }
            if !found.lines.isEmpty { documentsMatched += 1 }
            lines += found.lines
        }
        var limited = false
        if let limit, lines.count >= limit {
            limited = lines.count > limit || search.searched < files.count
            lines.removeLast(lines.count - limit)
        }
        try write(formatter.format(lines))
        var summary =
            "explain: \(lines.count) match\(lines.count == 1 ? "" : "es") of rule '\(rule)' in \(documentsMatched) of \(documentsRead) document\(documentsRead == 1 ? "" : "s")"
        if limited { summary += " (--limit \(limit ?? 0) reached; the rest not shown)" }
        if problems > 0 { summary += "; \(problems) skipped or failed (see above)" }
        Console.error(summary)
        if lines.isEmpty, !catalog.contains(rule) {
            Console.error(
                "note: '\(rule)' is not a rule of the stages that list theirs; \(catalog.undescribedStages.joined(separator: ", ")) name theirs only in their output"
            )
        }
        if problems > 0 { throw ExitCode(.documentsFailed) }
    }

    private func write(_ text: String) throws {
        do { try StandardOutput.write(Array(text.utf8)) } catch let error as RunError {
            Console.error(error.description)
            throw ExitCode(error.status)
        }
    }
}
