import Foundation

/// A loaded, validated pipeline: the stages built from their options, in order, ready to run.
public struct Pipeline: Sendable {
    /// One stage entry of the pipeline, built.
    public struct Entry: Sendable {
        /// The instance name (`sentiment`, `sentiment.2`…): provenance in outputs and the key of aggregate state.
        public var name: String
        /// Where the entry is in the pipeline file.
        public var location: SourceLocation
        /// The stage.
        public var stage: any Stage
        /// The stage's aggregation side, when it has one.
        public var aggregator: AnyAggregator?
    }

    /// The pipeline's `name:` (defaults to the file name without extension).
    public var name: String
    /// The file it was loaded from.
    public var path: String
    /// The stages in order.
    public var entries: [Entry]
    /// The `input:` section.
    public var input: InputOptions
    /// The `output:` section.
    public var output: OutputOptions
    /// Problems that do not stop the pipeline.
    public var warnings: [Diagnostic]
    /// The files the stages read while being set up, path → content digest (recorded in checkpoints).
    public var loadedFiles: [String: String] = [:]
    /// The pipeline's tests: its `tests:` list, then those of `NAME.tests.yaml` beside it (`textmine test`).
    public var tests: [PipelineTest] = []

    /// The aggregators, in pipeline order.
    public var aggregators: [AnyAggregator] { entries.compactMap(\.aggregator) }

    /// Creates a pipeline programmatically (tests, embedding).
    public init(
        name: String, path: String = "<memory>", stages: [(String, any Stage)], input: InputOptions = InputOptions(),
        output: OutputOptions = OutputOptions()
    ) {
        self.name = name
        self.path = path
        self.entries = stages.map { name, stage in
            Entry(
                name: name, location: .unknown(path), stage: stage,
                aggregator: AnyAggregator.wrapping(stage, name: name))
        }
        self.input = input
        self.output = output
        self.warnings = []
    }

    init(
        name: String, path: String, entries: [Entry], input: InputOptions, output: OutputOptions, warnings: [Diagnostic]
    ) {
        self.name = name
        self.path = path
        self.entries = entries
        self.input = input
        self.output = output
        self.warnings = warnings
    }
}

/// Loads pipeline files in two passes, collecting every problem: first the outline (sections, the stage list with
/// positions, stage names, stage order), then each stage's typed options through the registry.
public struct PipelineLoader: Sendable {
    /// The stages this loader can build.
    public let registry: StageRegistry

    /// Creates a loader for a registry.
    public init(registry: StageRegistry) { self.registry = registry }

    static let sections = [
        "name", "description", "version", "input", "stages", "output", PipelineTestFormat.sectionKey,
    ]

    /// Loads and validates a pipeline file.
    ///
    /// - Throws: ``ConfigError`` with every problem found, or a ``PipelineFileError`` when the file cannot be read.
    public func load(path: String) throws -> Pipeline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineFileError(
                path: path, reason: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ConfigError(
                at: SourceLocation(file: path, line: 1, column: 1), "the pipeline file is not valid UTF-8")
        }
        return try load(yaml: text, path: path)
    }

    /// Loads and validates pipeline text (`path` is used in messages and to resolve relative paths).
    public func load(yaml text: String, path: String) throws -> Pipeline {
        let root = try ConfigNode.parse(yaml: text, path: path)
        var diagnostics: [Diagnostic] = []
        var warnings: [Diagnostic] = []

        guard let pairs = root.pairs else {
            throw ConfigError([
                root.error("a pipeline file must be a mapping with a 'stages:' list, found \(root.kindDescription)")
            ])
        }
        for pair in pairs {
            guard let key = pair.key.scalar, !Self.sections.contains(key) else { continue }
            diagnostics.append(
                pair.key.error("unknown section '\(key)'\(Suggestion.didYouMean(key, in: Self.sections))"))
        }

        let defaultName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var name = defaultName
        if let node = root["name"] {
            if let scalar = node.scalar {
                name = scalar
            } else {
                diagnostics.append(node.error("'name' must be a string"))
            }
        }

        var input = InputOptions()
        if let node = root["input"] {
            do {
                input = try ConfigDecoding.decode(InputOptions.self, from: node, subject: "section 'input'")
            } catch let error as ConfigError {
                diagnostics += error.diagnostics
            }
        }
        var output = OutputOptions()
        if let node = root["output"] {
            do {
                output = try ConfigDecoding.decode(OutputOptions.self, from: node, subject: "section 'output'")
            } catch let error as ConfigError {
                diagnostics += error.diagnostics
            }
        }

        let directory = (path as NSString).deletingLastPathComponent
        var entries: [Pipeline.Entry] = []
        let loadedFiles = LoadedFiles()
        let problemsBeforeStages = diagnostics.count
        if let stagesNode = root["stages"] {
            entries = buildStages(
                stagesNode, directory: directory.isEmpty ? "." : directory, loadedFiles: loadedFiles,
                diagnostics: &diagnostics,
                warnings: &warnings)
        } else {
            diagnostics.append(root.error("the pipeline has no 'stages:' list"))
        }

        // Tests may name only layers the stages produce; when a stage could not be built that is not known.
        let testFields =
            diagnostics.count == problemsBeforeStages ? PipelineTestFormat.fields(producedBy: entries) : nil
        let tests = PipelineTestDecoder(fields: testFields).decode(
            inline: root[PipelineTestFormat.sectionKey], pipelinePath: path)
        diagnostics += tests.diagnostics

        if !diagnostics.isEmpty { throw ConfigError(diagnostics) }
        var pipeline = Pipeline(
            name: name, path: path, entries: entries, input: input, output: output, warnings: warnings)
        pipeline.loadedFiles = loadedFiles.all
        pipeline.tests = tests.tests
        pipeline.warnings += formatsWithoutWriter(pipeline, formatsNode: root["output"]?["formats"])
        return pipeline
    }

    /// A warning at each requested output format nothing in the pipeline writes (`html` comes from the aggregate
    /// stage's report): without one the run would write no such file and say nothing.
    private func formatsWithoutWriter(_ pipeline: Pipeline, formatsNode: ConfigNode?) -> [Diagnostic] {
        let coreFormats: Set<OutputOptions.Format> = [.jsonl, .csv]
        let written = Set(TableFormatRegistry.writers(for: pipeline).map(\.format)).union(coreFormats)
        var warnings: [Diagnostic] = []
        for item in formatsNode?.items ?? [] {
            guard let name = item.scalar, let format = OutputOptions.Format(rawValue: name), !written.contains(format)
            else { continue }
            var providers: [String] = []
            for type in registry.types {
                guard let provider = type as? any TableFormatProvider.Type else { continue }
                if provider.tableFormats.contains(where: { $0.format == format }) {
                    providers.append(type.descriptor.name)
                }
            }
            let fix = providers.isEmpty ? "" : " add the '\(providers[0])' stage, or"
            warnings.append(
                item.warning(
                    "no stage in this pipeline writes the '\(name)' format, so the run will write none;\(fix) remove '\(name)' from 'formats'"
                ))
        }
        return warnings
    }

    private struct Outline {
        var name: String
        var keyNode: ConfigNode
        var options: ConfigNode
        var type: (any Stage.Type)?
    }

    private func buildStages(
        _ node: ConfigNode, directory: String, loadedFiles: LoadedFiles, diagnostics: inout [Diagnostic],
        warnings: inout [Diagnostic]
    ) -> [Pipeline.Entry] {
        guard let items = node.items else {
            diagnostics.append(node.error("'stages' must be a list of stage entries (- name: {options})"))
            return []
        }
        if items.isEmpty { warnings.append(node.warning("the pipeline has no stages")) }

        // Pass 1: the outline — each entry's stage name and position.
        var outlines: [Outline] = []
        for item in items {
            let keyNode: ConfigNode
            let options: ConfigNode
            switch item.kind {
            case .scalar:
                (keyNode, options) = (item, ConfigNode(.null, at: item.location, in: item.source))
            case .mapping(let pairs) where pairs.count == 1:
                (keyNode, options) = (pairs[0].key, pairs[0].value)
            case .mapping(let pairs):
                let names = pairs.compactMap(\.key.scalar).joined(separator: "', '")
                diagnostics.append(
                    item.error(
                        "a stage entry must have exactly one key, the stage name; found '\(names)' (indent the options under the stage name)"
                    ))
                continue
            default:
                diagnostics.append(
                    item.error("a stage entry must be a stage name or 'name: {options}', found \(item.kindDescription)")
                )
                continue
            }
            guard let name = keyNode.scalar else {
                diagnostics.append(keyNode.error("a stage name must be a string"))
                continue
            }
            let type = registry.type(named: name)
            if type == nil {
                diagnostics.append(
                    keyNode.error(
                        "unknown stage '\(name)'\(Suggestion.didYouMean(name, in: registry.names)) (run 'textmine stages' for the list)"
                    ))
            }
            outlines.append(Outline(name: name, keyNode: keyNode, options: options, type: type))
        }

        // Pass 2: each stage's options, through its own Options type; then the order of layers.
        var entries: [Pipeline.Entry] = []
        var seenNames: [String: Int] = [:]
        var available: Set<Layer> = []
        var tableOwners: [String: String] = [:]
        for outline in outlines {
            guard let type = outline.type else { continue }
            let count = (seenNames[outline.name] ?? 0) + 1
            seenNames[outline.name] = count
            let instanceName = count == 1 ? outline.name : "\(outline.name).\(count)"
            let context = StageContext(
                instanceName: instanceName, entry: outline.keyNode, pipelineDirectory: directory,
                loadedFiles: loadedFiles)
            let stage: any Stage
            do {
                stage = try registry.makeStage(type, options: outline.options, context: context)
            } catch let error as ConfigError {
                diagnostics += error.diagnostics
                available.formUnion(type.descriptor.produces)
                continue
            } catch {
                diagnostics.append(outline.keyNode.error("stage '\(outline.name)' could not be set up: \(error)"))
                continue
            }
            for layer in stage.consumes where !available.contains(layer) {
                diagnostics.append(
                    outline.keyNode.error(
                        orderMessage(stage: outline.name, layer: layer, laterNames: outlines.map(\.name))))
            }
            available.formUnion(stage.produces)
            let aggregator = AnyAggregator.wrapping(stage, name: instanceName)
            // Output tables share one folder and one database: two stages writing one table name cannot both run.
            let tables =
                (aggregator.map { $0.report($0.makeState()).tables.map(\.name) } ?? [])
                + ((stage as? any DocumentRowProducer)?.rowTables.map(\.name) ?? [])
            let clashes = Set(tables.filter { tableOwners[$0] != nil }).sorted()
            if !clashes.isEmpty {
                let owner = tableOwners[clashes[0]] ?? ""
                diagnostics.append(
                    outline.keyNode.error(
                        "stage '\(instanceName)' writes the table\(clashes.count == 1 ? "" : "s") \(clashes.map { "'\($0)'" }.joined(separator: ", ")) that '\(owner)' writes too; a pipeline can have one of them (or give them different 'tables:')"
                    ))
            }
            for table in tables where tableOwners[table] == nil { tableOwners[table] = instanceName }
            entries.append(
                Pipeline.Entry(
                    name: instanceName, location: outline.keyNode.location, stage: stage, aggregator: aggregator))
        }
        return entries
    }

    private func orderMessage(stage: String, layer: Layer, laterNames: [String]) -> String {
        let providers = registry.descriptors.filter { $0.produces.contains(layer) }.map(\.name)
        var message = "stage '\(stage)' needs '\(layer)', which no earlier stage produces"
        if let provider = providers.first {
            let inPipeline = laterNames.contains(provider)
            message +=
                inPipeline
                ? "; move '\(provider)' before '\(stage)'"
                : "; add '\(provider)' before '\(stage)'"
            if providers.count > 1 {
                message += " (also produced by: \(providers.dropFirst().joined(separator: ", ")))"
            }
        }
        return message
    }
}

/// A pipeline file that cannot be read at all.
public struct PipelineFileError: Error, Sendable, CustomStringConvertible {
    /// The path given.
    public var path: String
    /// Why it cannot be read.
    public var reason: String

    /// `path: error: the pipeline file …`
    public var description: String { "\(path): error: the pipeline file \(reason)" }
}
