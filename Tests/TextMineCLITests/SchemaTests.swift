import Foundation
import TextMineCore
import TextMineStages
import TextMineTesting
import XCTest

/// `textmine schema` and `textmine.schema.json`: the checked-in file is what the command prints, the shipped
/// pipelines validate against it with a real JSON Schema validator (Python's `jsonschema`, installed by
/// `make bootstrap-schema`), and mistakes do not.
final class SchemaTests: XCTestCase {
    static let root = TestSupport.repositoryRoot
    static let header = "# yaml-language-server: $schema=../textmine.schema.json\n"

    func testCheckedInSchemaIsWhatTheCommandPrints() throws {
        let result = try CLI.run(["schema"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.err, "")
        let checkedIn = try String(contentsOfFile: Self.root + "/textmine.schema.json", encoding: .utf8)
        XCTAssertTrue(
            result.out == checkedIn,
            "textmine.schema.json is out of date; regenerate it with: swift build && .build/debug/textmine schema > textmine.schema.json"
        )
    }

    func testShippedPipelinesValidate() throws {
        let files = try Self.pipelineFiles()
        XCTAssertGreaterThanOrEqual(files.count, 3)
        let result = try Self.validate(files)
        XCTAssertEqual(result.status, 0, result.out + result.err)
        XCTAssertEqual(
            result.out.split(separator: "\n").filter { $0.hasSuffix(": valid") }.count, files.count, result.out)
    }

    func testPipelineFilesPointEditorsAtTheSchema() throws {
        for file in try Self.pipelineFiles() {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let firstLine = text.prefix { $0 != "\n" }
            XCTAssertTrue(firstLine.hasPrefix("# yaml-language-server: $schema="), "\(file) starts with \(firstLine)")
            let target = String(firstLine.dropFirst("# yaml-language-server: $schema=".count))
            let resolved = ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
            XCTAssertEqual((resolved as NSString).standardizingPath, Self.root + "/textmine.schema.json", file)
        }
    }

    func testMistakesFailValidationAndNameTheProblem() throws {
        let folder = try TestSupport.temporaryDirectory("schema-mistakes")
        let cases: [(yaml: String, message: String)] = [
            ("stages:\n  - entitis: {}\n", "'entitis' was unexpected"),
            ("stages:\n  - entitis\n", "'entitis' is not one of"),
            ("stages:\n  - entities:\n      patern: x\n", "'patern' was unexpected"),
            ("stages:\n  - aggregate: {top: many}\n", "at stages/0/aggregate/top: 'many' is not of type 'integer'"),
            ("stages:\n  - entities: {overlap: longst}\n", "'longst' is not one of ['all', 'longest', 'priority']"),
            ("stages:\n  - quotes: {marks: [curly_double, angled]}\n", "at stages/0/quotes/marks/1"),
            ("stages:\n  - exec: {timeout_ms: 3}\n", "'command' is a required property"),
            ("stages:\n  - exec\n", "'exec' is not one of"),
            ("stages:\n  - entities: {patterns: [{type: MONEY}]}\n", "'pattern' is a required property"),
            ("stages: [tokenize]\noutput: {formats: [pdf]}\n", "'pdf' is not one of"),
            ("nme: x\nstages: []\n", "'nme' was unexpected"),
            (
                "stages: [tokenize]\ntests:\n  - text: no name\n    expect: {entities: []}\n",
                "'name' is a required property"
            ),
        ]
        var paths: [String] = []
        for (index, item) in cases.enumerated() {
            paths.append("\(folder)/mistake-\(index).yaml")
            try item.yaml.write(toFile: paths[index], atomically: true, encoding: .utf8)
        }
        let result = try Self.validate(paths)
        XCTAssertEqual(result.status, 1, result.out + result.err)
        let lines = result.out.split(separator: "\n").map(String.init)
        for (path, item) in zip(paths, cases) {
            let problems = lines.filter { $0.hasPrefix(path + ": ") }
            XCTAssertFalse(
                problems.isEmpty || problems.contains { $0.hasSuffix(": valid") }, "\(item.yaml) → \(problems)")
            XCTAssertTrue(problems.contains { $0.contains(item.message) }, "\(item.yaml) → \(problems)")
        }
    }

    func testEveryFormOfAStageEntryAndATestsSectionValidate() throws {
        let folder = try TestSupport.temporaryDirectory("schema-forms")
        let path = folder + "/forms.yaml"
        try """
        name: forms
        input: {paths: Samples, max_bytes: 512KB, invalid_utf8: skip}
        stages:
          - tokenize
          - sentences:
          - entities:
              patterns:
                MONEY: '\\$\\d+'
                PERCENT: ['\\d+%', '\\d+ per cent']
              lists: {ORG: orgs.txt, LOCATION: [a.txt, b.txt]}
          - entities.2:
          - sentiment: {on: document, overrides: {ceasefire: 1.5}}
          - exec: {command: [python3, x.py], config: {any: [thing, 1]}}
          - aggregate: {tables: [entities, speakers], group_by: none}
        output: {formats: [jsonl, csv, sqlite, html], omit_layers: [tokens]}
        tests:
          - name: amounts
            text: "Firm pays $1.3bn"
            expect:
              entities: [{type: MONEY, text: "$1.3bn"}]
              sentiment: {label: positive}
            absent:
              entities: [{type: PERSON}]
        """.write(toFile: path, atomically: true, encoding: .utf8)
        // `entities.2` is an instance name in outputs, not a stage name in files: the schema must reject it.
        let result = try Self.validate([path])
        XCTAssertEqual(
            result.out, "\(path): at stages/3: Additional properties are not allowed ('entities.2' was unexpected)\n")
        try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "  - entities.2:\n", with: "")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let fixed = try Self.validate([path])
        XCTAssertEqual(fixed.status, 0, fixed.out + fixed.err)
    }

    func testABinaryWithMoreStagesDescribesThemAndEveryOptionType() throws {
        let registry = BuiltinStages.registry.adding([Extra.self])
        guard case .object(let schema) = PipelineSchema.schema(for: registry),
            case .object(let definitions)? = schema["$defs"],
            case .object(let extra)? = definitions["stage.extra"], case .object(let properties)? = extra["properties"]
        else { return XCTFail("no $defs/stage.extra in the schema") }
        XCTAssertEqual(extra["type"], "object", "a stage with a required option cannot be left empty")
        XCTAssertEqual(extra["required"], ["words"])
        XCTAssertEqual(extra["additionalProperties"], false)
        XCTAssertEqual(
            properties["words"], ["type": "array", "items": ["type": "string"], "description": "words to find"])
        XCTAssertEqual(
            properties["mode"],
            ["enum": ["fast", "careful"], "default": "careful", "description": "how (default: careful)"])
        XCTAssertEqual(properties["limit"], ["type": "integer", "default": 10, "description": "at most (default: 10)"])
        XCTAssertEqual(
            properties["weights"],
            ["type": "object", "additionalProperties": ["type": "number"], "description": "per word (default: {})"])
        XCTAssertEqual(
            properties["legacy"], ["description": "a free-text type"], "unknown free-text types are unconstrained")
        XCTAssertEqual(
            Extra.descriptor.options.map(\.type),
            ["[string] (required)", "fast | careful", "int", "map word→number", "something odd"])
        guard case .object(let entry)? = definitions["stage"], case .array(let forms)? = entry["oneOf"],
            case .object(let bare) = forms[0], case .array(let names)? = bare["enum"]
        else { return XCTFail("no stage entry in the schema") }
        let withoutRequiredOptions = registry.descriptors.filter { !$0.options.contains(where: \.required) }.map(\.name)
        XCTAssertEqual(names, withoutRequiredOptions.map(JSONValue.string), "a bare name is an entry with no options")
        XCTAssertFalse(names.contains("extra") || names.contains("exec"))
        XCTAssertTrue(names.contains("tokenize"))
    }

    func testFreeTextTypesOfOlderDescriptorsAreRead() {
        XCTAssertEqual(OptionType(parsing: "int"), .integer)
        XCTAssertEqual(OptionType(parsing: "[string]"), .list(.string))
        XCTAssertEqual(OptionType(parsing: "path | [path]"), .anyOf([.path, .list(.path)]))
        XCTAssertEqual(OptionType(parsing: "english | none"), .oneOf(["english", "none"]))
        XCTAssertEqual(OptionType(parsing: "[a | b]"), .list(.oneOf(["a", "b"])))
        XCTAssertEqual(
            OptionType(parsing: "map field→[partial annotation]"), .described("map field→[partial annotation]"))
        let required = OptionDescriptor("command", "[string] (required)", default: "-", "x")
        XCTAssertEqual(required.valueType, .list(.string))
        XCTAssertTrue(required.required)
        XCTAssertEqual(required.type, "[string] (required)")
    }

    // MARK: Helpers

    /// `Pipelines/*.yaml`, `Benchmarks/pipelines/*.yaml`: the pipelines the stock binary runs.
    static func pipelineFiles() throws -> [String] {
        try ["Pipelines", "Benchmarks/pipelines"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder).filter { $0.hasSuffix(".yaml") }
                .sorted()
                .map { root + "/" + folder + "/" + $0 }
        }
    }

    /// Runs Scripts/schema/validate.sh against the checked-in schema; fails the test when no validator is
    /// installed (`make bootstrap-schema` installs one).
    static func validate(_ files: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: root + "/Scripts/schema/validate.sh")
        process.arguments = [root + "/textmine.schema.json"] + files
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
        if result.0 == 3 { XCTFail("no JSON Schema validator: \(result.2) (run 'make bootstrap-schema')") }
        return result
    }
}

private enum ExtraMode: String, OptionEnum { case fast, careful }

/// A stage a custom binary adds, with options of several types.
private struct Extra: Stage {
    static let descriptor = StageDescriptor(
        name: "extra", summary: "a stage only a custom binary has",
        options: [
            OptionDescriptor("words", .list(.string), required: true, default: "-", "words to find"),
            OptionDescriptor("mode", .choice(ExtraMode.self), default: "careful", "how"),
            OptionDescriptor("limit", .integer, default: "10", "at most"),
            OptionDescriptor("weights", .map(key: "word", .number), default: "{}", "per word"),
            OptionDescriptor("legacy", "something odd", default: "-", "a free-text type"),
        ])
    init(options: NoOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {}
}
