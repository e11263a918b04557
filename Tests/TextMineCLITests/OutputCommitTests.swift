import Foundation
import TextMineTesting
import XCTest

/// The output phase as one transaction: a kill at every step of it (a test hook makes the process SIGKILL itself at
/// step N) leaves OUT holding the old set or the new one, and the rerun gives an uninterrupted run's files.
final class OutputCommitTests: XCTestCase {
    /// A small corpus (one bad file, two groups) and a quick pipeline with every format but the report.
    func makeFixture(formats: String = "[jsonl, csv, sqlite]") throws -> (
        folder: String, pipeline: String, input: String
    ) {
        let folder = try TestSupport.temporaryDirectory("commit")
        let input = folder + "/in"
        for (name, text) in [
            ("g1/a.txt", "Headline one\n\nMr John Smith met Ann Lee in Paris for $5m.\n"),
            ("g2/b.txt", "Headline two\n\nAnn Lee paid $7m to Bob Hope.\n"),
            ("g2/c.txt", "Headline three\n\nNothing here.\n"),
        ] {
            try FileManager.default.createDirectory(
                atPath: (input + "/" + name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: input + "/" + name, atomically: false, encoding: .utf8)
        }
        try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: input + "/g2/binary.txt"))
        let pipeline = folder + "/p.yaml"
        try """
        stages:
          - entities:
              patterns: {PERSON: '(?:Mr )?[A-Z][a-z]+ [A-Z][a-z]+', MONEY: '\\$\\d+m?'}
          - aggregate: {tables: [entities, money, groups, documents]}
        output:
          formats: \(formats)
        """.write(toFile: pipeline, atomically: true, encoding: .utf8)
        return (folder, pipeline, input)
    }

    /// Every file of OUT outside `.textmine`, by relative path.
    func published(_ out: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: out)) ?? [] where !path.hasPrefix(".textmine")
        {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: out + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = FileManager.default.contents(atPath: out + "/" + path) }
        }
        return files
    }

    func run(_ pipeline: String, _ input: String, out: String, killAt step: Int? = nil) throws -> Int32 {
        let environment = step.map { ["TEXTMINE_TEST_KILL_AT_OUTPUT_STEP": "\($0)"] } ?? [:]
        return try CLI.run(
            ["run", pipeline, input, "--out", out, "--no-progress", "-q", "--jobs", "2", "--checkpoint-seconds", "0"],
            environment: environment
        ).status
    }

    /// (`--checkpoint-seconds 0`: a checkpoint exists when the output phase starts, as in a long run.)
    /// Kills the run at every step of its output phase over `prepare`'s OUT; after each kill OUT holds `old` or the
    /// new set (or a committed set being published, which any next command finishes), and the rerun equals `reference`.
    func killAtEveryStep(
        old: [String: Data], prepare: (String) throws -> Void, pipeline: String, input: String,
        reference: [String: Data]
    ) throws {
        var step = 1
        while true {
            let out = try TestSupport.temporaryDirectory("killed")
            try prepare(out)
            let status = try run(pipeline, input, out: out, killAt: step)
            if status != -1 && status != 9 && status != 128 + 9 {
                // The run finished before reaching this step: every step has been tried.
                XCTAssertEqual(status, 1, "step \(step)")
                XCTAssertGreaterThan(step, 15, "the output phase has at least 15 steps")
                XCTAssertEqual(published(out), reference)
                return
            }
            let now = published(out)
            let publishing = FileManager.default.fileExists(atPath: out + "/.textmine/commit/journal.json")
            XCTAssertTrue(
                now == old || now == reference || publishing,
                "step \(step): OUT holds a mixed set: \(now.keys.sorted())")
            XCTAssertEqual(try run(pipeline, input, out: out), 1, "rerun after a kill at step \(step)")
            XCTAssertEqual(published(out).keys.sorted(), reference.keys.sorted(), "step \(step)")
            for (name, data) in reference where published(out)[name] != data {
                XCTFail("step \(step): \(name) differs from an uninterrupted run")
            }
            let work = (try? FileManager.default.contentsOfDirectory(atPath: out + "/.textmine")) ?? []
            XCTAssertEqual(work, ["lock"], "step \(step): work files left behind")
            step += 1
        }
    }

    func testKillAtEveryOutputStepOverAnEmptyOut() throws {
        let fixture = try makeFixture()
        let referenceOut = fixture.folder + "/reference"
        XCTAssertEqual(try run(fixture.pipeline, fixture.input, out: referenceOut), 1)
        try killAtEveryStep(
            old: [:], prepare: { _ in }, pipeline: fixture.pipeline, input: fixture.input,
            reference: published(referenceOut))
    }

    func testKillAtEveryOutputStepOverAPreviousRun() throws {
        let fixture = try makeFixture()
        let referenceOut = fixture.folder + "/reference"
        XCTAssertEqual(try run(fixture.pipeline, fixture.input, out: referenceOut), 1)
        // The previous run: other input and an extra table, so its set has a file the new set must remove.
        let previous = try makeFixture(formats: "[jsonl, csv]")
        try "Old\n\nOld news about Ann Lee.\n".write(
            toFile: previous.input + "/g1/a.txt", atomically: false, encoding: .utf8)
        try String(contentsOfFile: previous.pipeline, encoding: .utf8)
            .replacingOccurrences(of: "groups, documents", with: "groups, documents, cooccurrence")
            .write(toFile: previous.pipeline, atomically: true, encoding: .utf8)
        let template = previous.folder + "/out"
        XCTAssertEqual(try run(previous.pipeline, previous.input, out: template), 1)
        let old = published(template)
        XCTAssertNotNil(old["cooccurrence.csv"])
        try killAtEveryStep(
            old: old,
            prepare: { out in
                for (name, data) in old {
                    try FileManager.default.createDirectory(
                        atPath: (out + "/" + name as NSString).deletingLastPathComponent,
                        withIntermediateDirectories: true)
                    try data.write(to: URL(fileURLWithPath: out + "/" + name))
                }
            }, pipeline: fixture.pipeline, input: fixture.input, reference: published(referenceOut))
    }

    func testStaleTemporariesAndStagingAreRemovedAtStart() throws {
        let fixture = try makeFixture()
        let out = fixture.folder + "/out"
        for folder in [out + "/state", out + "/.textmine/staging"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        for stale in [
            "entities.csv.tmp-4242", "state/aggregate.json.tmp-17", ".textmine/checkpoint.json.tmp-9",
            ".textmine/staging/summary.json",
        ] {
            try "stale".write(toFile: out + "/" + stale, atomically: false, encoding: .utf8)
        }
        try "keep".write(toFile: out + "/notes.tmp-draft", atomically: false, encoding: .utf8)
        XCTAssertEqual(try run(fixture.pipeline, fixture.input, out: out), 1)
        for stale in [
            "entities.csv.tmp-4242", "state/aggregate.json.tmp-17", ".textmine/checkpoint.json.tmp-9",
            ".textmine/staging",
        ] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/" + stale), stale)
        }
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: out + "/notes.tmp-draft"), "only NAME.tmp-PID names are temporaries")
    }
}
