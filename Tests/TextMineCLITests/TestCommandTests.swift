import Foundation
import TextMineTesting
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `textmine test`: tests written in pipeline files run through the built binary — passing and failing runs with
/// the exact message and position, `absent`, JUnit XML read back, malformed tests as config errors, and tests kept
/// in `NAME.tests.yaml`.
final class TestCommandTests: XCTestCase {
    /// A pipeline with a corpus-only stage (`aggregate`) and an output folder, so a test run that wrote anything
    /// would show.
    static let stages = #"""
        name: tiny
        stages:
          - tokenize
          - sentences
          - entities:
              patterns: {MONEY: '\$\d+(?:\.\d+)?(?:bn|m)?', PERCENT: '\d+%'}
          - quotes
          - sentiment: {on: document}
          - aggregate: {}
        output: {dir: out, formats: [jsonl, csv, sqlite, html]}

        """#

    /// Lines 12–25 of the pipeline (line 11 is `tests:`).
    static let passingTests = #"""
        tests:
          - name: amounts in a headline
            text: "Firm pays $1.3bn for rival, shares up 4%"
            expect:
              entities: [{type: MONEY, text: "$1.3bn", value: 1.3e9, unit: USD}, {type: PERCENT, text: "4%", value: 4}]
          - name: who said it
            text: "\"We will win,\" Tony Blair said. \"No doubt,\" he added."
            expect:
              quotes: [{speaker: Tony Blair, kind: speech, cue: said}]
              sentiment: {label: positive}
            absent:
              entities: [{type: PERSON}, {type: MONEY}]
              quotes: [{kind: scare}]

        """#

    private func folder(_ files: [String: String]) throws -> String {
        let folder = try TestSupport.temporaryDirectory("textmine-test-command")
        for (name, text) in files {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        return folder
    }

    func testPassingTestsExitZeroAndWriteNothing() throws {
        let folder = try folder(["p.yaml": Self.stages + Self.passingTests])
        let result = try CLI.run(["test", "p.yaml", "--verbose"], cwd: folder)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasSuffix("textmine test: 2 passed, 0 failed\n"), result.out)
        XCTAssertTrue(result.out.contains("passed  p.yaml: who said it"), result.out)
        XCTAssertEqual(result.err, "")
        // No input folder was read and no output written: only the pipeline file is there.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["p.yaml"])
        // check and run accept a pipeline with tests.
        XCTAssertEqual(try CLI.run(["check", "p.yaml"], cwd: folder).status, 0)
    }

    /// The acceptance case: every failing expectation of every test, at its line and column, with what was found.
    func testFailuresAreReportedAtTheExpectationWithWhatWasFound() throws {
        let failing = #"""
              - name: wrong amount
                text: "Firm pays $1.3bn, shares up 4%"
                expect:
                  entities:
                    - {type: MONEY, text: "$1.3bn"}
                    - {type: MONEY, text: "$1.4bn"}
                absent:
                  entities: [{type: PERCENT}]
              - name: wrong speaker
                text: "\"We will win,\" Tony Blair said."
                expect:
                  quotes:
                    - speaker: Gordon Brown
                      kind: speech
                  sentiment: {label: negative}

            """#
        let folder = try folder(["p.yaml": Self.stages + Self.passingTests + failing])
        let result = try CLI.run(["test", "p.yaml"], cwd: folder)
        XCTAssertEqual(result.status, 1, result.err)
        XCTAssertEqual(result.out, "textmine test: 2 passed, 2 failed\n")
        let headers = result.err.split(separator: "\n").filter { $0.hasPrefix("p.yaml:") }
        XCTAssertEqual(
            headers,
            [
                #"p.yaml:29:11: error: test 'wrong amount': expected entities {type: MONEY, text: "$1.4bn"}, got [{type: MONEY, text: $1.3bn}, {type: PERCENT, text: 4%}]"#,
                "p.yaml:31:18: error: test 'wrong amount': expected no entities {type: PERCENT}, found [{type: PERCENT, text: 4%}]",
                #"p.yaml:36:11: error: test 'wrong speaker': expected quotes {speaker: Gordon Brown, kind: speech}, got [{speaker: Tony Blair, kind: speech, text: "\"We will win,\""}]"#,
                "p.yaml:38:18: error: test 'wrong speaker': expected sentiment {label: negative}, got {label: positive}",
            ])
        // Each is shown with its source line and a caret under the column, like config errors.
        XCTAssertTrue(result.err.contains("\n        - {type: MONEY, text: \"$1.4bn\"}\n          ^\n"), result.err)
    }

    func testAMisspeltFieldIsNamedInTheFailure() throws {
        let tests = """
            tests:
              - name: typo
                text: "Pays $5m"
                expect:
                  entities: [{typ: MONEY}]

            """
        let folder = try folder(["p.yaml": Self.stages + tests])
        let result = try CLI.run(["test", "p.yaml"], cwd: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("; no item of entities has a field 'typ'; did you mean 'type'?"), result.err)
    }

    func testJUnitReportIsWellFormedAndCountsEveryTest() throws {
        #if canImport(FoundationXML) || os(macOS)
            let tests = #"""
                tests:
                  - name: passes <&> "quoted"
                    text: "Pays $5m"
                    expect: {entities: [{type: MONEY, text: "$5m"}]}
                  - name: fails
                    text: "Pays $5m & <more>"
                    expect: {entities: [{type: MONEY, text: "$6m"}]}

                """#
            let folder = try folder(["p.yaml": Self.stages + tests])
            // A report that cannot be written is an output error (73), after the failures were reported.
            let unwritable = try CLI.run(["test", "p.yaml", "--junit", "reports/junit.xml"], cwd: folder)
            XCTAssertEqual(unwritable.status, 73, unwritable.err)
            XCTAssertTrue(unwritable.err.contains("reports/junit.xml: error: "), unwritable.err)

            let written = try CLI.run(["test", "p.yaml", "--junit", "junit.xml"], cwd: folder)
            XCTAssertEqual(written.status, 1, written.err)
            let document = try XMLDocument(contentsOf: URL(fileURLWithPath: folder + "/junit.xml"), options: [])
            let root = try XCTUnwrap(document.rootElement())
            XCTAssertEqual(root.name, "testsuites")
            XCTAssertEqual(root.attribute(forName: "tests")?.stringValue, "2")
            XCTAssertEqual(root.attribute(forName: "failures")?.stringValue, "1")
            let suite = try XCTUnwrap(root.elements(forName: "testsuite").first)
            XCTAssertEqual(suite.attribute(forName: "name")?.stringValue, "p.yaml")
            let cases = suite.elements(forName: "testcase")
            XCTAssertEqual(
                cases.map { $0.attribute(forName: "name")?.stringValue }, [#"passes <&> "quoted""#, "fails"])
            XCTAssertEqual(cases.map { $0.attribute(forName: "classname")?.stringValue }, ["tiny", "tiny"])
            XCTAssertEqual(cases.map { $0.attribute(forName: "line")?.stringValue }, ["12", "15"])
            XCTAssertTrue(cases[0].elements(forName: "failure").isEmpty)
            let failure = try XCTUnwrap(cases[1].elements(forName: "failure").first)
            XCTAssertEqual(
                failure.attribute(forName: "message")?.stringValue,
                #"test 'fails': expected entities {type: MONEY, text: "$6m"}, got [{type: MONEY, text: $5m}]"#)
            XCTAssertTrue(
                failure.stringValue?.hasPrefix("p.yaml:17:25: error: test 'fails'") == true, failure.stringValue ?? "")
        #else
            XCTFail("FoundationXML is needed to read the JUnit report back")
        #endif
    }

    /// A bad test is a config error: exit 65 with every problem at once, from `test`, `check` and `run` alike.
    func testMalformedTestsAreConfigErrorsAllAtOnce() throws {
        let tests = """
            tests:
              - name: typo key
                txt: "Pays $5"
                expect: {entities: [{type: MONEY}]}
              - name: wrong type
                text: [a, b]
                expect: {entites: [{type: MONEY}]}
              - name: no text
                expect:
                  topics: [{speaker: X}]
              - text: "no name"
                expect: {entities: [MONEY]}
              - name: checks nothing
                text: "Pays $5"
              - name: no text

            """
        let folder = try folder(["p.yaml": Self.stages + tests])
        let expected = [
            "p.yaml:12:5: error: test 'typo key' has no 'text' (or 'file') to run the pipeline on",
            "p.yaml:13:5: error: unknown key 'txt' in a test; did you mean 'text'? (a test has name, text, file, expect, absent)",
            "p.yaml:16:11: error: the 'text' of test 'wrong type' must be a string, found a list",
            "p.yaml:17:14: error: unknown field 'entites' in 'expect' of test 'wrong type'; did you mean 'entities'? (this pipeline's output has entities, features, quotes, sentences, sentiment, tokens)",
            "p.yaml:18:5: error: test 'no text' has no 'text' (or 'file') to run the pipeline on",
            "p.yaml:20:7: error: unknown field 'topics' in 'expect' of test 'no text' (this pipeline's output has entities, features, quotes, sentences, sentiment, tokens)",
            "p.yaml:21:5: error: a test must have a 'name'",
            "p.yaml:22:25: error: a partial annotation must be a mapping of fields to values, like {type: MONEY, text: \"$5m\"}, found a scalar",
            "p.yaml:23:5: error: test 'checks nothing' checks nothing: add 'expect:' or 'absent:'",
            "p.yaml:25:5: error: test 'no text' has no 'text' (or 'file') to run the pipeline on",
            "p.yaml:25:5: error: test 'no text' checks nothing: add 'expect:' or 'absent:'",
            "p.yaml:25:11: error: a test named 'no text' already exists (p.yaml:18:5); test names must be unique, as failures and JUnit reports name them",
        ]
        for command in [["test", "p.yaml"], ["check", "p.yaml"], ["run", "p.yaml", "p.yaml"]] {
            let result = try CLI.run(command, cwd: folder)
            XCTAssertEqual(result.status, 65, "\(command): \(result.err)")
            // (Two problems at one position may come in either order.)
            XCTAssertEqual(
                result.err.split(separator: "\n").filter { $0.hasPrefix("p.yaml:") }.map(String.init).sorted(),
                expected.sorted(), "\(command)")
            XCTAssertTrue(result.err.hasSuffix("12 errors in p.yaml\n"), result.err)
        }
    }

    func testAPipelineOfOtherLayersRefusesTestsOfLayersItDoesNotProduce() throws {
        let pipeline = """
            stages:
              - tokenize
            tests:
              - name: needs quotes
                text: "\\"Yes,\\" he said."
                expect:
                  quotes: [{kind: speech}]
                absent:
                  quote_sentiment: [{label: positive}]

            """
        let folder = try folder(["p.yaml": pipeline])
        let result = try CLI.run(["test", "p.yaml"], cwd: folder)
        XCTAssertEqual(result.status, 65, result.err)
        XCTAssertTrue(
            result.err.contains(
                "p.yaml:7:7: error: no stage of this pipeline produces 'quotes', named in 'expect' of test 'needs quotes'"
            ), result.err)
        XCTAssertTrue(
            result.err.contains(
                "p.yaml:9:7: error: 'quote_sentiment' in 'absent' of test 'needs quotes' is not a field of the document output"
            ), result.err)
    }

    func testTestsFileBesideThePipelineAndFilesRelativeToIt() throws {
        let tests = """
            tests:
              - name: from a file
                file: texts/article.txt
                expect:
                  entities: [{type: MONEY, text: "$5m"}]
              - name: fails in the tests file
                text: "Pays $5m"
                absent:
                  entities: [{text: "$5m"}]

            """
        let folder = try folder(["p.yaml": Self.stages, "p.tests.yaml": tests])
        try FileManager.default.createDirectory(atPath: folder + "/texts", withIntermediateDirectories: true)
        try "Headline\n\nThe council pays $5m.\n".write(
            toFile: folder + "/texts/article.txt", atomically: true, encoding: .utf8)
        // Run from another folder: the pipeline's path is what locates the tests file and the test's file.
        for arguments in [["test", "p.yaml"], ["test", "p.tests.yaml"], ["test", "p.yaml", "p.tests.yaml"]] {
            let result = try CLI.run(arguments.map { $0 == "test" ? $0 : folder + "/" + $0 })
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.err)")
            XCTAssertEqual(result.out, "textmine test: 1 passed, 1 failed\n", "\(arguments)")
            XCTAssertTrue(
                result.err.contains(
                    "/p.tests.yaml:9:18: error: test 'fails in the tests file': expected no entities {text: \"$5m\"}, found [{text: $5m}]"
                ),
                result.err)
        }
        XCTAssertEqual(try CLI.run(["check", folder + "/p.yaml"]).status, 0)

        // A missing test file is a config error of `textmine test` (loading the pipeline does not read test files).
        try FileManager.default.removeItem(atPath: folder + "/texts/article.txt")
        let missing = try CLI.run(["test", "p.yaml"], cwd: folder)
        XCTAssertEqual(missing.status, 65, missing.err)
        XCTAssertTrue(missing.err.hasPrefix("p.tests.yaml:3:11: error: cannot read 'texts/article.txt'"), missing.err)

        let orphan = try CLI.run(["test", "q.tests.yaml"], cwd: folder)
        XCTAssertEqual(orphan.status, 66, orphan.err)
    }

    func testShippedPipelinesCarryTests() throws {
        for name in ["news", "plugins"] {
            let text = try String(
                contentsOfFile: TestSupport.repositoryRoot + "/Pipelines/\(name).yaml", encoding: .utf8)
            let count = text.components(separatedBy: "\n  - name: ").count - 1
            XCTAssertGreaterThanOrEqual(count, name == "news" ? 15 : 3, "\(name).yaml ships its tests")
        }
    }
}
