import Foundation
public import TextMineCore

/// Runs a program in any language as a stage: a long-lived co-process per worker that answers one JSON line per
/// document (protocol: `docs/exec-protocol.md`).
///
/// Failures stay with their document: a timeout, a crash, a malformed answer or an error the plugin reports fails
/// that document (with the plugin's standard error tail in the message), the co-process is restarted when needed,
/// and the run goes on.
public struct ExecStage: Stage {
    /// The protocol name sent in the handshake.
    public static let protocolName = "textmine-exec"
    /// The protocol version sent in the handshake.
    public static let protocolVersion = 1

    /// Declares no layers: an `exec` entry names its own in `consumes` and `produces` (see the properties below).
    public static let descriptor = StageDescriptor(
        name: "exec",
        summary: "runs an external program (any language) as a co-process speaking JSON Lines (docs/exec-protocol.md)",
        consumes: [],
        produces: [],
        options: [
            OptionDescriptor(
                "command", .oneOrList(.string), required: true, default: "-",
                "program and arguments; no shell; relative paths with a / are looked up beside the pipeline first"),
            OptionDescriptor(
                "consumes", .oneOrList(.named("layer", .string)), default: "[]",
                "layers sent with each document (tokens, sentences, entities, quotes, sentiment, plugin layers)"),
            OptionDescriptor(
                "produces", .oneOrList(.named("layer", .string)), default: "[]",
                "layers the program adds; its handshake must name the same"),
            OptionDescriptor(
                "timeout_ms", .integer, default: "5000", "per-document deadline; a late program is killed and restarted"
            ),
            OptionDescriptor(
                "startup_timeout_ms", .integer, default: "10000", "deadline for starting and answering the handshake"),
            OptionDescriptor("config", .any, default: "{}", "passed to the program in the handshake as \"config\""),
        ],
        example: """
            - exec:
                command: [python3, Plugins/python/topics.py]
                consumes: [sentences]
                produces: [topics]
                timeout_ms: 2000
            """)

    /// The `exec` stage's options.
    public struct Options: StageOptions {
        var command: Located<OneOrMany<Located<String>>>?
        var consumes: [Located<String>] = []
        var produces: [Located<String>] = []
        var timeout: Located<Int> = Located(5000)
        var startupTimeout: Located<Int> = Located(10000)
        var config: JSONValue = .object([:])

        enum CodingKeys: String, CodingKey {
            case command, consumes, produces, config
            case timeout = "timeout_ms"
            case startupTimeout = "startup_timeout_ms"
        }

        /// No command (building the stage then reports the missing `command`).
        public init() {}

        /// Decodes the options; `command` is required.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            command = try container.decode(Located<OneOrMany<Located<String>>>.self, forKey: .command)
            consumes = try container.decode(OneOrMany<Located<String>>.self, forKey: .consumes, default: OneOrMany())
                .values
            produces = try container.decode(OneOrMany<Located<String>>.self, forKey: .produces, default: OneOrMany())
                .values
            timeout = try container.decode(Located<Int>.self, forKey: .timeout, default: timeout)
            startupTimeout = try container.decode(Located<Int>.self, forKey: .startupTimeout, default: startupTimeout)
            config = try container.decode(JSONValue.self, forKey: .config, default: config)
        }
    }

    /// Layers a program may not produce: TextMine's own layers and the fixed fields of `documents.jsonl`.
    static let reservedNames: Set<String> = [
        "tokens", "sentences", "entities", "quotes", "quote_sentiment", "sentence_sentiment", "sentiment",
        "features", "schema_version", "id", "group", "headline", "length",
    ]

    /// The configured consumed layers.
    public let consumes: [Layer]
    /// The configured produced layers.
    public let produces: [Layer]
    /// The program and its arguments, paths resolved.
    public let arguments: [String]
    let timeoutMilliseconds: Int
    /// The output fields sent as `layers` in each request.
    let requestLayers: Set<String>
    let pool: CoProcessPool
    let serializer = DocumentSerializer()

    /// Checks the command (the program exists and can run), the produced layer names and the timeouts, and prepares
    /// the handshake and the pool of co-processes.
    ///
    /// - Throws: ``ConfigError`` with every problem found, each at its option.
    public init(options: Options, context: StageContext) throws {
        var diagnostics: [Diagnostic] = []
        var arguments: [String] = []
        if let command = options.command {
            arguments = command.value.values.map { argument in
                argument.value.contains("/") ? context.resolve(argument.value) : argument.value
            }
            // Scripts named by path are part of the rules: a checkpoint records their content.
            for argument in arguments where argument.contains("/") { context.loadedFiles.record(argument) }
            if let program = command.value.values.first {
                if let problem = Self.checkProgram(arguments[0]) { diagnostics.append(program.error(problem)) }
            } else {
                diagnostics.append(command.error("'command' must name a program: [program, argument, …]"))
            }
        } else {
            let message = "missing required option 'command' for stage 'exec'"
            diagnostics.append(context.entry?.error(message) ?? Diagnostic(at: .unknown(), message))
        }
        var seen: Set<String> = []
        for layer in options.produces {
            let name = layer.value
            if name.isEmpty || name.contains(where: { $0.isWhitespace }) {
                diagnostics.append(layer.error("a layer name must be a non-empty word, found '\(name)'"))
            } else if Self.reservedNames.contains(name) {
                diagnostics.append(
                    layer.error(
                        "'\(name)' is a TextMine layer or output field; an exec stage produces layers of its own (e.g. 'topics')"
                    ))
            } else if !seen.insert(name).inserted {
                diagnostics.append(layer.error("'\(name)' is listed twice"))
            }
        }
        for timeout in [options.timeout, options.startupTimeout] where timeout.value < 1 {
            diagnostics.append(timeout.error("a timeout must be at least 1 ms, found \(timeout.value)"))
        }
        if !diagnostics.isEmpty { throw ConfigError(diagnostics) }

        self.arguments = arguments
        consumes = options.consumes.map { Layer($0.value) }
        produces = options.produces.map { Layer($0.value) }
        timeoutMilliseconds = options.timeout.value
        requestLayers = Set(
            consumes.map { layer in
                switch layer {
                case .quoteSentiment: return Layer.quotes.name
                case .sentenceSentiment: return Layer.sentences.name
                default: return layer.name
                }
            })
        var handshake = JSONWriter(capacity: 256)
        handshake.value(
            .object([
                "protocol": .string(Self.protocolName),
                "version": .int(Self.protocolVersion),
                "stage": .string(context.instanceName),
                "consumes": .array(consumes.map { .string($0.name) }),
                "produces": .array(produces.map { .string($0.name) }),
                "config": options.config,
            ]))
        handshake.bytes.append(0x0A)
        pool = CoProcessPool(
            arguments: arguments, handshake: handshake.bytes, declaredProduces: Set(produces.map(\.name)),
            startupTimeoutMilliseconds: options.startupTimeout.value)
    }

    /// Why `program` cannot be run, or nil when it can.
    static func checkProgram(_ program: String) -> String? {
        let manager = FileManager.default
        // A folder is "executable" (searchable) too, but cannot be run.
        func runnable(_ path: String) -> Bool {
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
                && manager.isExecutableFile(atPath: path)
        }
        if program.contains("/") {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: program, isDirectory: &isFolder), isFolder.boolValue {
                return "'\(program)' is a folder, not a program"
            }
            return runnable(program) ? nil : "'\(program)' is not an executable file"
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let found = path.split(separator: ":").contains { runnable("\($0)/\(program)") }
        return found ? nil : "program '\(program)' not found on PATH"
    }

    /// Sends the document to a co-process and adds the layers and features it answers, its code point offsets
    /// turned into byte offsets.
    ///
    /// - Throws: An error naming the program when it times out, crashes, answers malformed JSON or reports an error;
    ///   that document fails and the co-process is restarted.
    public func process(_ document: inout Document) throws {
        let process = try pool.checkOut()
        defer { pool.checkIn(process) }
        let line: [UInt8]
        do {
            line = try process.exchange(request(for: document), timeoutMilliseconds: timeoutMilliseconds)
        } catch let error as CoProcessError {
            throw ExecFailure.withStandardError(
                "'\(pool.commandLine)': \(ExecFailure.describe(error)); it will be restarted", from: process)
        }
        do {
            try apply(line, to: &document)
        } catch let failure as ExecFailure {
            if failure.breaksProtocol { process.discard() }
            throw ExecFailure.withStandardError(failure.message, from: process)
        }
    }

    /// The request line for a document (newline included).
    func request(for document: Document) -> [UInt8] {
        var json = JSONWriter(capacity: document.utf8.count * 2 + 256)
        json.beginObject()
        json.key("id")
        json.string(document.id)
        json.key("group")
        json.string(document.group)
        json.key("text")
        document.withUTF8 { json.string(utf8: $0) }
        json.key("layers")
        json.raw(serializer.layersObject(requestLayers, of: document))
        json.endObject()
        json.bytes.append(0x0A)
        return json.bytes
    }

    /// Checks an answer line and adds its layers and features to the document.
    ///
    /// - Throws: ``ExecFailure`` for an answer that breaks the protocol or reports an error.
    func apply(_ line: [UInt8], to document: inout Document) throws {
        guard case .object(let answer)? = try? JSONDecoder().decode(JSONValue.self, from: Data(line)) else {
            throw ExecFailure(
                "malformed answer (expected one JSON object per line): \(ExecFailure.excerpt(line))",
                breaksProtocol: true)
        }
        guard answer["id"] == .string(document.id) else {
            let got = answer["id"].map { "\($0)" } ?? "no id"
            throw ExecFailure(
                "the answer is for \(got), not for this document; the program is out of step", breaksProtocol: true)
        }
        if let error = answer["error"] {
            if case .string(let message) = error { throw ExecFailure("the program reported: \(message)") }
            throw ExecFailure("the program reported an error: \(error)")
        }
        var offsets: CodePointOffsets?
        var layers: [(String, JSONValue)] = []
        switch answer["layers"] {
        case .object(let fields)?:
            for (name, field) in fields.sorted(by: { $0.key < $1.key }) {
                guard produces.contains(Layer(name)) else {
                    throw ExecFailure(
                        "the answer has layer '\(name)', which the pipeline entry does not declare in 'produces'")
                }
                let table = offsets ?? CodePointOffsets(document.utf8)
                offsets = table
                let value = try SpannedJSON.mapSpans(field) { try table.byteOffset(ofCodePoint: $0, layer: name) }
                try Self.checkOrder(value, layer: name)
                layers.append((name, value))
            }
        case nil, .null?: break
        default: throw ExecFailure("\"layers\" must be an object {name: value}")
        }
        var features: [String: JSONValue] = [:]
        switch answer["features"] {
        case .object(let fields)?: features = fields
        case nil, .null?: break
        default: throw ExecFailure("\"features\" must be an object {name: value}")
        }
        for (name, value) in layers { document.setLayer(named: name, to: value) }
        for (name, value) in features { document.features[name] = value }
    }

    /// Rejects span objects whose start is after their end.
    static func checkOrder(_ value: JSONValue, layer: String) throws {
        switch value {
        case .array(let items): for item in items { try checkOrder(item, layer: layer) }
        case .object(let fields):
            if case .int(let start)? = fields["start"], case .int(let end)? = fields["end"], start > end {
                throw ExecFailure("layer '\(layer)': a span ends before it starts")
            }
            for field in fields.values { try checkOrder(field, layer: layer) }
        default: break
        }
    }
}

extension ExecFailure {
    /// A failure; `breaksProtocol` marks answers after which the process is no longer trusted (it is restarted).
    init(_ message: String, breaksProtocol: Bool) {
        self.init(message)
        self.breaksProtocol = breaksProtocol
    }
}

/// Maps code point offsets (the protocol's unit) to UTF-8 byte offsets (TextMine's).
struct CodePointOffsets {
    /// Byte offset of each code point, plus the text's length; nil for ASCII text, where both units agree.
    private let starts: [Int]?
    private let length: Int

    init(_ utf8: [UInt8]) {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            starts = nil
            length = utf8.count
            return
        }
        var table: [Int] = []
        table.reserveCapacity(utf8.count + 1)
        for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 { table.append(offset) }
        length = table.count
        table.append(utf8.count)
        starts = table
    }

    /// The byte offset of a code point offset.
    ///
    /// - Throws: ``ExecFailure`` when the offset lies outside the text.
    func byteOffset(ofCodePoint offset: Int, layer: String) throws -> Int {
        guard offset >= 0, offset <= length else {
            throw ExecFailure("layer '\(layer)': offset \(offset) is outside the text (\(length) code points)")
        }
        return starts?[offset] ?? offset
    }
}
