import Foundation
import Synchronization
import TextMineCore
import TextMineTesting
import XCTest

@testable import ExecStage

/// The `exec` stage against real co-processes: the example Python plugin, and a misbehaving fixture plugin whose
/// behaviour each document's text chooses (sleep, crash, garbage…).
final class ExecStageTests: XCTestCase {
    /// A plugin that misbehaves on request: the first word of the text says how.
    static let fixture = """
        import json, os, sys, time
        hello = json.loads(sys.stdin.readline())
        produces = hello["config"].get("claim", hello["produces"])
        print(json.dumps({"ok": True, "produces": produces}), flush=True)
        for line in sys.stdin:
            request = json.loads(line)
            text = request["text"]
            word = text.split(" ")[0]
            if word == "SLEEP":
                time.sleep(30)
            if word == "CRASH":
                sys.stderr.write("boom: cannot handle this\\n"); sys.stderr.flush(); os._exit(3)
            if word == "GARBAGE":
                print("this is not json", flush=True); continue
            if word == "WRONGID":
                print(json.dumps({"id": "someone-else"}), flush=True); continue
            if word == "ERROR":
                print(json.dumps({"id": request["id"], "error": "cannot parse the dateline"}), flush=True); continue
            if word == "OUTSIDE":
                print(json.dumps({"id": request["id"], "layers": {"marks": [{"start": 0, "end": len(text) + 5}]}}), flush=True); continue
            if word == "UNDECLARED":
                print(json.dumps({"id": request["id"], "layers": {"other": []}}), flush=True); continue
            if word == "NOISY":
                sys.stderr.write("x" * 200000); sys.stderr.flush()
            # Mark every "é" (code point offsets) and echo what was received.
            marks = [{"start": i, "end": i + 1, "what": "e-acute"} for i, c in enumerate(text) if c == "é"]
            sentences = request["layers"].get("sentences", [])
            print(json.dumps({"id": request["id"], "layers": {"marks": marks},
                              "features": {"pid": os.getpid(), "sentences_seen": len(sentences),
                                           "first_sentence": sentences[0]["text"] if sentences else None}}), flush=True)
        """

    static var python: String? {
        ExecStage.checkProgram("python3") == nil ? "python3" : nil
    }

    func fixturePath() throws -> String {
        let folder = try TestSupport.temporaryDirectory("exec-fixture")
        let path = folder + "/fixture.py"
        try Self.fixture.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func makeFixtureStage(timeout: Int = 2000, extra: String = "") throws -> ExecStage {
        guard Self.python != nil else { throw XCTSkip("python3 is not installed") }
        let yaml =
            "{command: [python3, '\(try fixturePath())'], consumes: [sentences], produces: [marks], timeout_ms: \(timeout)\(extra)}"
        return try TestSupport.makeStage(ExecStage.self, yaml)
    }

    func document(_ text: String, id: String = "doc.txt") -> Document {
        var document = Document(id: id, group: "news", text: text)
        document.sentences = [Sentence(span: Span(0, document.utf8.count))]
        return document
    }

    func pid(_ document: Document) -> JSONValue? { document.features["pid"] }

    func failure(_ stage: ExecStage, _ text: String) -> String {
        var document = document(text)
        do {
            try stage.process(&document)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    // MARK: Round trips

    func testExamplePythonPluginRoundTripInCodePoints() throws {
        guard Self.python != nil else { throw XCTSkip("python3 is not installed") }
        let script = TestSupport.repositoryRoot + "/Plugins/python/topics.py"
        let stage = try TestSupport.makeStage(
            ExecStage.self,
            "{command: [python3, '\(script)'], consumes: [sentences], produces: [topics], timeout_ms: 5000}")
        let text = "Café owners cheered. The council vote on the budget passed."
        var document = Document(id: "politics/a.txt", group: "politics", text: text)
        let firstEnd = Array("Café owners cheered.".utf8).count
        document.sentences = [
            Sentence(span: Span(0, firstEnd)), Sentence(span: Span(firstEnd + 1, document.utf8.count)),
        ]
        document.recordProducer("sentences", of: .sentences)
        try stage.process(&document)
        for layer in stage.produces { document.recordProducer("exec", of: layer) }

        // Inside TextMine the spans are bytes: the second sentence starts after "é" (2 bytes).
        guard case .array(let topics)? = document.jsonLayer(named: "topics") else { return XCTFail("no topics layer") }
        let spans = topics.compactMap { item -> [Int]? in
            guard case .object(let fields) = item, case .int(let start)? = fields["start"],
                case .int(let end)? = fields["end"]
            else { return nil }
            return [start, end]
        }
        XCTAssertEqual(spans.first, [firstEnd + 1, document.utf8.count])
        XCTAssertEqual(document.features["topic"], .string("politics"))

        // In documents.jsonl they are code points again, like every other layer.
        let line = DocumentSerializer().line(for: document)
        let json = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
        let written = json["topics"] as! [[String: Any]]
        XCTAssertEqual(written.first?["start"] as? Int, 21)
        XCTAssertEqual(written.first?["end"] as? Int, text.unicodeScalars.count)
        XCTAssertEqual(written.first?["topic"] as? String, "economy")
    }

    func testRequestCarriesConsumedLayersAsInDocumentsJSONL() throws {
        let stage = try makeFixtureStage()
        var document = document("Olé, said José. Then more.")
        try stage.process(&document)
        XCTAssertEqual(document.features["sentences_seen"], .int(1))
        XCTAssertEqual(document.features["first_sentence"], .string("Olé, said José. Then more."))
        // Answer spans (code points 2 and 12) are stored as bytes.
        guard case .array(let marks)? = document.jsonLayer(named: "marks") else { return XCTFail("no marks") }
        XCTAssertEqual(marks.count, 2)
        let bytes = Array("Olé, said José. Then more.".utf8)
        if case .object(let first) = marks[0], case .int(let start)? = first["start"],
            case .int(let end)? = first["end"]
        {
            XCTAssertEqual(String(decoding: bytes[start..<end], as: UTF8.self), "é")
        } else {
            XCTFail("bad mark \(marks[0])")
        }
    }

    func testOneCoProcessServesManyDocuments() throws {
        let stage = try makeFixtureStage()
        var pids: Set<JSONValue> = []
        for index in 0..<5 {
            var document = document("plain text \(index)", id: "d\(index)")
            try stage.process(&document)
            pids.insert(pid(document) ?? .null)
        }
        XCTAssertEqual(pids.count, 1, "one process, reused")
        XCTAssertEqual(stage.pool.idleCount, 1)
    }

    func testConcurrentWorkersGetTheirOwnProcesses() throws {
        let stage = try makeFixtureStage()
        let results = Mutex<[String: JSONValue]>([:])
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            var document = Document(id: "d\(index)", group: "news", text: "text \(index)")
            try? stage.process(&document)
            results.withLock { $0[document.id] = document.features["pid"] }
        }
        let answered = results.withLock { $0 }
        XCTAssertEqual(answered.count, 8)
        XCTAssertFalse(answered.values.contains(.null))
        XCTAssertLessThanOrEqual(stage.pool.idleCount, 8)
        XCTAssertGreaterThanOrEqual(stage.pool.idleCount, 1)
    }

    // MARK: Failure modes

    func testTimeoutFailsTheDocumentKillsAndRestarts() throws {
        let stage = try makeFixtureStage(timeout: 300)
        var before = document("plain")
        try stage.process(&before)
        let started = Date()
        let message = failure(stage, "SLEEP please")
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "a hung plugin must not hang the run")
        XCTAssertTrue(message.contains("no answer within 300 ms"), message)
        var after = document("plain again")
        try stage.process(&after)
        XCTAssertNotEqual(pid(before), pid(after), "restarted")
    }

    func testCrashFailsTheDocumentWithStatusAndStderrTail() throws {
        let stage = try makeFixtureStage()
        var before = document("plain")
        try stage.process(&before)
        let message = failure(stage, "CRASH now")
        XCTAssertTrue(message.contains("exit status 3"), message)
        XCTAssertTrue(message.contains("boom: cannot handle this"), message)
        XCTAssertTrue(message.contains("restarted"), message)
        var after = document("plain again")
        try stage.process(&after)
        XCTAssertNotNil(pid(after))
        XCTAssertNotEqual(pid(before), pid(after))
    }

    func testMalformedAnswerFailsTheDocumentAndRestarts() throws {
        let stage = try makeFixtureStage()
        var before = document("plain")
        try stage.process(&before)
        let message = failure(stage, "GARBAGE out")
        XCTAssertTrue(message.contains("malformed answer"), message)
        XCTAssertTrue(message.contains("this is not json"), message)
        var after = document("plain again")
        try stage.process(&after)
        XCTAssertNotEqual(pid(before), pid(after), "a process that wrote garbage is not trusted again")
    }

    func testAnswerForAnotherDocumentIsRejected() throws {
        let stage = try makeFixtureStage()
        XCTAssertTrue(failure(stage, "WRONGID").contains("out of step"))
        var after = document("plain")
        XCTAssertNoThrow(try stage.process(&after))
    }

    func testReportedErrorFailsOnlyThatDocumentAndKeepsTheProcess() throws {
        let stage = try makeFixtureStage()
        var before = document("plain")
        try stage.process(&before)
        XCTAssertTrue(failure(stage, "ERROR here").contains("the program reported: cannot parse the dateline"))
        var after = document("plain again")
        try stage.process(&after)
        XCTAssertEqual(pid(before), pid(after))
    }

    func testSpansOutsideTheTextAndUndeclaredLayersAreRejected() throws {
        let stage = try makeFixtureStage()
        XCTAssertTrue(failure(stage, "OUTSIDE é").contains("is outside the text (9 code points)"))
        XCTAssertTrue(failure(stage, "UNDECLARED").contains("layer 'other', which the pipeline entry does not declare"))
    }

    func testChattyStandardErrorNeverBlocks() throws {
        let stage = try makeFixtureStage()
        var document = document("NOISY but fine")
        try stage.process(&document)
        XCTAssertNotNil(pid(document))
    }

    func testHandshakeMismatchFailsEveryDocumentQuickly() throws {
        let stage = try makeFixtureStage(extra: ", config: {claim: [topics]}")
        for _ in 0..<3 {
            let message = failure(stage, "plain")
            XCTAssertTrue(
                message.contains("the plugin produces [topics] but the pipeline entry declares produces: [marks]"),
                message)
        }
    }

    func testProgramThatExitsAtOnce() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/false") else { throw XCTSkip("no /bin/false") }
        let stage = try TestSupport.makeStage(ExecStage.self, "{command: /bin/false, startup_timeout_ms: 2000}")
        XCTAssertTrue(
            failure(stage, "x").contains("failed the handshake: the process ended (exit status 1)"), failure(stage, "x")
        )
    }

    // MARK: Options

    func testOptionErrorsPointAtTheOption() throws {
        let registry = StageRegistry([ExecStage.self])
        let yaml = """
            stages:
              - exec:
                  command: [no-such-program-textmine, x.py]
                  produces: [tokens, topics, topics]
                  timeout_ms: 0
              - exec: {consumes: [sentences]}
              - exec:
                  command: [python3]
                  timeot_ms: 5
            """
        guard case .failure(let error) = TestSupport.load(yaml, registry: registry) else { return XCTFail("accepted") }
        let messages = error.diagnostics.map(\.description)
        let expected = [
            "test.yaml:3:17: error: program 'no-such-program-textmine' not found on PATH",
            "test.yaml:4:18: error: 'tokens' is a TextMine layer or output field",
            "test.yaml:4:34: error: 'topics' is listed twice",
            "test.yaml:5:19: error: a timeout must be at least 1 ms, found 0",
            "test.yaml:6:11: error: missing required option 'command' for stage 'exec'",
            "test.yaml:9:7: error: unknown option 'timeot_ms' for stage 'exec'; did you mean 'timeout_ms'?",
        ]
        for prefix in expected {
            XCTAssertTrue(
                messages.contains { $0.hasPrefix(prefix) }, "missing \(prefix) in\n\(messages.joined(separator: "\n"))")
        }
    }

    func testLayersDeclaredInOptionsTakePartInPipelineOrderChecks() throws {
        let registry = StageRegistry([ExecStage.self])
        let yaml = """
            stages:
              - exec: {command: [python3, a.py], consumes: [topics]}
              - exec: {command: [python3, b.py], produces: [topics]}
            """
        guard case .failure(let error) = TestSupport.load(yaml, registry: registry) else { return XCTFail("accepted") }
        XCTAssertTrue(
            error.diagnostics.contains { $0.message.contains("needs 'topics', which no earlier stage produces") },
            "\(error)")
    }

    // MARK: Through the runner

    func testRunnerRecordsFailuresAndKeepsGoing() throws {
        let stage = try makeFixtureStage(timeout: 500)
        let folder = try TestSupport.temporaryDirectory("exec-run")
        var files: [InputFile] = []
        for (name, text) in [
            ("a.txt", "Résumé first"), ("b.txt", "CRASH second"), ("c.txt", "SLEEP third"), ("d.txt", "plain fourth"),
        ] {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
            files.append(InputFile(id: name, group: "", path: folder + "/" + name))
        }
        let pipeline = Pipeline(name: "exec-test", stages: [("exec", stage)])
        var options = RunOptions(outputDirectory: folder + "/out", jobs: 2)
        options.progress = false
        let summary = try Runner(pipeline: pipeline, options: options).run(FileListSource(files))
        XCTAssertEqual(summary.counts.failed, 2)
        let documents = try TestSupport.readJSONLines(folder + "/out/documents.jsonl")
        XCTAssertEqual(documents.map { $0["id"] as! String }, ["a.txt", "d.txt"])
        let marks = documents[0]["marks"] as! [[String: Any]]
        XCTAssertEqual(marks.map { $0["start"] as! Int }, [1, 5], "code points in documents.jsonl")
        let failures = try TestSupport.readJSONLines(folder + "/out/failures.jsonl")
        XCTAssertEqual(Set(failures.map { $0["id"] as! String }), ["b.txt", "c.txt"])
        XCTAssertTrue(failures.allSatisfy { $0["stage"] as? String == "exec" })
        XCTAssertTrue(failures.contains { ($0["message"] as! String).contains("boom") })
    }
}
