import Foundation

/// Reads and checks a pipeline's tests — the `tests:` list of the pipeline file and the tests of `NAME.tests.yaml`
/// beside it — collecting every problem with its position, like the rest of the pipeline loader: a bad test is a
/// config error (`textmine check` reports it, `textmine test` and `run` refuse the file).
public struct PipelineTestDecoder: Sendable {
    /// The output fields tests may name, or nil to accept any (when a stage could not be built, its layers are not
    /// known, and reporting every test naming them would only repeat that error).
    public var fields: Set<String>?

    /// Creates a decoder for a pipeline whose stages produce `fields` (see ``PipelineTestFormat/fields(producedBy:)``).
    public init(fields: Set<String>?) { self.fields = fields }

    /// The path of the tests file that belongs to a pipeline file: `NAME.tests.yaml` for `NAME.yaml` or `NAME.yml`.
    /// Paths keep the user's spelling (no normalising), so messages name the files as they were given.
    public static func companionPath(of pipelinePath: String) -> String {
        var base = Substring(pipelinePath)
        for suffix in [".yaml", ".yml"] where base.lowercased().hasSuffix(suffix) && base.count > suffix.count {
            base = base.dropLast(suffix.count)
            break
        }
        return base + PipelineTestFormat.companionSuffix
    }

    /// The tests of a pipeline: those of its `tests:` node (if any), then those of its companion file (if it exists).
    public func decode(inline node: ConfigNode?, pipelinePath: String) -> (
        tests: [PipelineTest], diagnostics: [Diagnostic]
    ) {
        var tests: [PipelineTest] = []
        var diagnostics: [Diagnostic] = []
        var names: [String: SourceLocation] = [:]
        if let node {
            decodeList(node, directory: Self.directory(of: pipelinePath), into: &tests, names: &names, &diagnostics)
        }
        let companion = Self.companionPath(of: pipelinePath)
        if FileManager.default.fileExists(atPath: companion) {
            decodeCompanion(at: companion, into: &tests, names: &names, &diagnostics)
        }
        return (tests, diagnostics)
    }

    /// The folder part of a path, as written (`.` for a bare file name).
    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A `NAME.tests.yaml` file: a mapping with the one key `tests:`, or the list itself.
    private func decodeCompanion(
        at path: String, into tests: inout [PipelineTest], names: inout [String: SourceLocation],
        _ diagnostics: inout [Diagnostic]
    ) {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(Diagnostic(at: start, "the tests file cannot be read"))
            return
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            diagnostics.append(Diagnostic(at: start, "the tests file is not valid UTF-8"))
            return
        }
        let root: ConfigNode
        do {
            root = try ConfigNode.parse(yaml: text, path: path)
        } catch let error as ConfigError {
            diagnostics += error.diagnostics
            return
        } catch {
            diagnostics.append(Diagnostic(at: start, "\(error)"))
            return
        }
        let directory = Self.directory(of: path)
        if let pairs = root.pairs {
            for pair in pairs where pair.key.scalar != PipelineTestFormat.sectionKey {
                diagnostics.append(
                    pair.key.error(
                        "unknown key '\(pair.key.scalar ?? "?")' in a tests file (it holds one key, 'tests:', or just the list of tests)"
                    ))
            }
            guard let list = root[PipelineTestFormat.sectionKey] else {
                diagnostics.append(root.error("a tests file must have a 'tests:' list"))
                return
            }
            decodeList(list, directory: directory, into: &tests, names: &names, &diagnostics)
        } else if root.items != nil {
            decodeList(root, directory: directory, into: &tests, names: &names, &diagnostics)
        } else {
            diagnostics.append(
                root.error("a tests file must be a 'tests:' list of tests, found \(root.kindDescription)"))
        }
    }

    private func decodeList(
        _ node: ConfigNode, directory: String, into tests: inout [PipelineTest], names: inout [String: SourceLocation],
        _ diagnostics: inout [Diagnostic]
    ) {
        guard let items = node.items else {
            if !node.isNull {
                diagnostics.append(
                    node.error(
                        "'tests' must be a list of tests (- name: …, text: …, expect: …), found \(node.kindDescription)"
                    ))
            }
            return
        }
        for item in items {
            if let nameNode = item["name"], let name = nameNode.scalar {
                if let earlier = names[name] {
                    diagnostics.append(
                        nameNode.error(
                            "a test named '\(name)' already exists (\(earlier)); test names must be unique, as failures and JUnit reports name them"
                        ))
                } else {
                    names[name] = item.location
                }
            }
            if let test = decodeTest(item, directory: directory, &diagnostics) { tests.append(test) }
        }
    }

    /// One test entry; nil when it is unusable (its problems are in `diagnostics`).
    private func decodeTest(_ item: ConfigNode, directory: String, _ diagnostics: inout [Diagnostic]) -> PipelineTest? {
        guard let pairs = item.pairs else {
            diagnostics.append(
                item.error(
                    "a test must be a mapping with 'name', 'text' (or 'file') and 'expect' or 'absent', found \(item.kindDescription)"
                ))
            return nil
        }
        let known = PipelineTestFormat.testKeys.map(\.key)
        var values: [String: ConfigNode] = [:]
        var keyNodes: [String: ConfigNode] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar else {
                diagnostics.append(pair.key.error("keys of a test must be plain strings"))
                continue
            }
            if !known.contains(key) {
                diagnostics.append(
                    pair.key.error(
                        "unknown key '\(key)' in a test\(Suggestion.didYouMean(key, in: known)) (a test has \(known.joined(separator: ", ")))"
                    ))
                continue
            }
            if values[key] != nil { diagnostics.append(pair.key.error("duplicate key '\(key)' in a test")) }
            values[key] = pair.value
            keyNodes[key] = pair.key
        }

        var name: String?
        if let node = values["name"] {
            if let text = node.scalar, !text.isEmpty {
                name = text
            } else {
                diagnostics.append(node.error("'name' must be a non-empty string"))
            }
        } else {
            diagnostics.append(item.error("a test must have a 'name'"))
        }
        let subject = name.map { "test '\($0)'" } ?? "a test"

        var text: String?
        var file: String?
        switch (values["text"], values["file"]) {
        case (let node?, nil):
            if case .scalar(let value, _) = node.kind {
                if value.contains(where: { !$0.isWhitespace }) {
                    text = value
                } else {
                    diagnostics.append(
                        node.error("the 'text' of \(subject) is blank: the stages would have nothing to annotate"))
                }
            } else {
                diagnostics.append(
                    node.error("the 'text' of \(subject) must be a string, found \(node.kindDescription)"))
            }
        case (nil, let node?):
            if let path = node.scalar, !path.isEmpty {
                file = path.hasPrefix("/") ? path : (directory == "/" ? "" : directory) + "/" + path
            } else {
                diagnostics.append(node.error("the 'file' of \(subject) must be a path"))
            }
        case (_?, _?):
            diagnostics.append((keyNodes["file"] ?? item).error("\(subject) has both 'text' and 'file'; give one"))
        case (nil, nil):
            diagnostics.append(item.error("\(subject) has no 'text' (or 'file') to run the pipeline on"))
        }

        let expect = values["expect"].map { expectations($0, key: "expect", subject: subject, &diagnostics) } ?? []
        let absent = values["absent"].map { expectations($0, key: "absent", subject: subject, &diagnostics) } ?? []
        if values["expect"] == nil, values["absent"] == nil {
            diagnostics.append(item.error("\(subject) checks nothing: add 'expect:' or 'absent:'"))
        }
        guard let name, text != nil || file != nil else { return nil }
        return PipelineTest(name: name, text: text, file: file, node: item, expect: expect, absent: absent)
    }

    /// Reads the `file` of every test that has one, so that `textmine test` can refuse a missing or non-UTF-8 file
    /// as a config error, with every such problem at once, before running anything.
    public static func readFiles(_ tests: inout [PipelineTest]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for index in tests.indices {
            guard tests[index].text == nil, let path = tests[index].file else { continue }
            let node = tests[index].node["file"] ?? tests[index].node
            let written = node.scalar ?? path
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(
                    node.error(
                        "cannot read '\(written)' (the 'file' of a test is relative to its YAML file: looked for '\(path)')"
                    ))
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                diagnostics.append(node.error("'\(written)' is not valid UTF-8"))
                continue
            }
            tests[index].text = text
        }
        return diagnostics
    }

    /// `expect:` or `absent:`: a mapping of output fields to a partial annotation or a list of them.
    private func expectations(_ node: ConfigNode, key: String, subject: String, _ diagnostics: inout [Diagnostic])
        -> [PipelineExpectation]
    {
        guard let pairs = node.pairs else {
            diagnostics.append(
                node.error(
                    "'\(key)' of \(subject) must be a mapping of output fields to partial annotations (entities: [{type: MONEY}]), found \(node.kindDescription)"
                ))
            return []
        }
        var result: [PipelineExpectation] = []
        for pair in pairs {
            guard let field = pair.key.scalar else {
                diagnostics.append(pair.key.error("fields in '\(key)' must be plain strings"))
                continue
            }
            if let problem = problem(withField: field, in: "'\(key)' of \(subject)") {
                diagnostics.append(pair.key.error(problem))
                continue
            }
            let patterns: [ConfigNode]
            switch pair.value.kind {
            case .sequence(let items): patterns = items
            case .mapping: patterns = [pair.value]
            default:
                diagnostics.append(
                    pair.value.error(
                        "'\(field)' in '\(key)' of \(subject) must be a list of partial annotations like [{\(Self.example(for: field))}], found \(pair.value.kindDescription)"
                    ))
                continue
            }
            for pattern in patterns {
                guard pattern.pairs != nil else {
                    diagnostics.append(
                        pattern.error(
                            "a partial annotation must be a mapping of fields to values, like {\(Self.example(for: field))}, found \(pattern.kindDescription)"
                        ))
                    continue
                }
                for pair in pattern.pairs ?? [] where pair.key.scalar == nil {
                    diagnostics.append(pair.key.error("fields of a partial annotation must be plain strings"))
                }
                result.append(PipelineExpectation(field: field, pattern: pattern))
            }
        }
        return result
    }

    /// Why a test may not name `field` (in `place`, like `'expect' of test 'x'`), or nil when it may.
    private func problem(withField field: String, in place: String) -> String? {
        guard let fields, !fields.contains(field) else { return nil }
        if let hint = PipelineTestFormat.nestedLayers[field] {
            return "'\(field)' in \(place) is not a field of the document output (\(hint))"
        }
        let builtin = [Layer.tokens, .sentences, .entities, .quotes, .documentSentiment].map(\.name)
        if builtin.contains(field) {
            return "no stage of this pipeline produces '\(field)', named in \(place)"
        }
        return
            "unknown field '\(field)' in \(place)\(Suggestion.didYouMean(field, in: fields.union(builtin))) (this pipeline's output has \(fields.sorted().joined(separator: ", ")))"
    }

    private static func example(for field: String) -> String {
        switch field {
        case "entities": return "type: MONEY, text: \"$5m\""
        case "quotes": return "speaker: Tony Blair, kind: speech"
        case "sentiment": return "label: positive"
        default: return "text: …"
        }
    }
}
