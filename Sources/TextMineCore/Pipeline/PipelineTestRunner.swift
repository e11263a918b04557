import Foundation

/// The outcome of one pipeline test.
public struct PipelineTestResult: Sendable {
    /// The test.
    public var test: PipelineTest
    /// One error per failing expectation (or one for a text the stages could not process), each pointing at the
    /// expectation in the YAML file: `test 'NAME': expected quotes {…}, got […]`.
    public var failures: [Diagnostic]
    /// How long the stages and the checks took.
    public var seconds: Double

    /// Whether every expectation held.
    public var passed: Bool { failures.isEmpty }
}

/// Runs a pipeline's tests in memory: each test's text becomes a document, goes through the stages in order, exactly
/// as `textmine run` processes a file (the same input checks, the same `process` calls), and is compared, as its
/// `documents.jsonl` object, with the test's expectations.
///
/// Nothing is written: aggregators (corpus tables) and row tables are never fed, so a stage that only produces
/// corpus outputs (`aggregate`, `keywords`) has no effect. Every layer is visible to the tests, whatever the
/// pipeline's `output.omit_layers` and `span_text` say.
public struct PipelineTestRunner: Sendable {
    /// The pipeline, with its ``Pipeline/tests``.
    public let pipeline: Pipeline

    /// Creates a runner.
    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    /// Runs every test of the pipeline, in file order.
    public func run() -> [PipelineTestResult] {
        pipeline.tests.map(run)
    }

    /// Runs one test.
    public func run(_ test: PipelineTest) -> PipelineTestResult {
        let clock = ContinuousClock()
        let start = clock.now
        var failures: [Diagnostic] = []
        switch output(of: test) {
        case .success(let output):
            for expectation in test.expect {
                if let failure = check(expectation, in: output, test: test, present: true) { failures.append(failure) }
            }
            for expectation in test.absent {
                if let failure = check(expectation, in: output, test: test, present: false) { failures.append(failure) }
            }
        case .failure(let problem):
            failures.append(problem.diagnostic)
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return PipelineTestResult(test: test, failures: failures, seconds: seconds)
    }

    /// A text the pipeline could not turn into an output (skipped by the input checks, or a stage threw).
    public struct Problem: Error, Sendable {
        /// The error, at the test's text.
        public var diagnostic: Diagnostic
    }

    /// The test text's document as its `documents.jsonl` object (every layer, spans with their text).
    public func output(of test: PipelineTest) -> Result<JSONValue, Problem> {
        let at = test.node["text"] ?? test.node["file"] ?? test.node
        func problem(_ message: String) -> Result<JSONValue, Problem> {
            .failure(Problem(diagnostic: at.error("test '\(test.name)': \(message)")))
        }
        var loaded = [test]
        if let unreadable = PipelineTestDecoder.readFiles(&loaded).first {
            return .failure(Problem(diagnostic: unreadable))
        }
        let reader = DocumentReader(options: pipeline.input)
        let id = test.file.map { ($0 as NSString).lastPathComponent } ?? test.name
        let made = reader.make(id: id, group: "", bytes: Array((loaded[0].text ?? "").utf8), sourcePath: test.file)
        guard var document = made.document else {
            return problem("the text was not processed: \(made.issue?.message ?? "no document")")
        }
        do {
            // Runner/SingleDocumentRun.swift: the one in-memory run, shared with explain.
            try pipeline.process(&document)
        } catch {
            return problem("\(error)")
        }
        let line = DocumentSerializer(omittedLayers: [], spanText: true).line(for: document)
        do {
            return .success(try JSONDecoder().decode(JSONValue.self, from: Data(line)))
        } catch {
            return problem("the document's output is not readable JSON: \(error)")
        }
    }

    /// The failure of one expectation, or nil when it holds.
    private func check(_ expectation: PipelineExpectation, in output: JSONValue, test: PipelineTest, present: Bool)
        -> Diagnostic?
    {
        guard case .object(let fields) = output else { return nil }
        let field = expectation.field
        let items = AnnotationMatch.items(of: fields[field])
        let matching = (items ?? []).filter { AnnotationMatch.matches(expectation.pattern, $0) }
        let wanted = AnnotationMatch.render(expectation.pattern)
        let message: String
        if present {
            guard matching.isEmpty else { return nil }
            let found: String
            switch fields[field] {
            case nil: found = "nothing (the output has no '\(field)')"
            case .object(let object)?: found = AnnotationMatch.render(.object(object), shapedLike: expectation.pattern)
            default: found = Self.list(items, shapedLike: expectation.pattern)
            }
            message =
                "expected \(field) \(wanted), got \(found)"
                + Self.missingFieldHint(expectation.pattern, items: items ?? [], field: field)
        } else {
            guard !matching.isEmpty else { return nil }
            let isObject: Bool
            if case .object? = fields[field] { isObject = true } else { isObject = false }
            let found =
                isObject
                ? AnnotationMatch.render(matching[0], shapedLike: expectation.pattern)
                : Self.list(matching, shapedLike: expectation.pattern)
            message = "expected no \(field) \(wanted), found \(found)"
        }
        return expectation.pattern.error("test '\(test.name)': \(message)")
    }

    /// At most ``shownItems`` items, each with the fields the pattern names.
    static let shownItems = 8

    private static func list(_ items: [JSONValue]?, shapedLike pattern: ConfigNode) -> String {
        guard let items else { return "nothing" }
        var shown = items.prefix(shownItems).map { AnnotationMatch.render($0, shapedLike: pattern) }
        if items.count > shownItems { shown.append("… \(items.count - shownItems) more") }
        return "[" + shown.joined(separator: ", ") + "]"
    }

    /// `; no entities has a field 'typ' (did you mean 'type'?)` when a field the pattern names is in none of the items:
    /// most likely a misspelt field rather than a rule that missed.
    private static func missingFieldHint(_ pattern: ConfigNode, items: [JSONValue], field: String) -> String {
        var present: Set<String> = []
        for case .object(let object) in items { present.formUnion(object.keys) }
        guard !present.isEmpty else { return "" }
        let missing = (pattern.pairs ?? []).compactMap(\.key.scalar).filter { !present.contains($0) }
        guard let name = missing.first else { return "" }
        return "; no item of \(field) has a field '\(name)'\(Suggestion.didYouMean(name, in: present.sorted()))"
    }
}
