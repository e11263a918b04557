import Foundation
import TextMineTesting
import XCTest

/// A checkpoint belongs to one input list and one set of rules (the pipeline and every file it loads).
final class ResumeRulesTests: XCTestCase {
    func testResumeAfterARuleFileChangedIsRefusedAndSaysFresh() throws {
        let folder = try TestSupport.temporaryDirectory("rules")
        try FileManager.default.createDirectory(atPath: folder + "/in/g", withIntermediateDirectories: true)
        for index in 0..<3 {
            try "Headline \(index)\n\nAnn Lee paid $\(index)m to Acme in Paris.\n".write(
                toFile: folder + "/in/g/\(index).txt", atomically: false, encoding: .utf8)
        }
        try "MONEY\t\\$\\d+m\n".write(toFile: folder + "/rules.tsv", atomically: false, encoding: .utf8)
        try "Paris\n".write(toFile: folder + "/places.txt", atomically: false, encoding: .utf8)
        try """
        stages:
          - entities: {patterns_file: rules.tsv, lists: {LOCATION: places.txt}}
          - aggregate: {tables: [entities]}
        output: {formats: [jsonl]}
        """.write(toFile: folder + "/p.yaml", atomically: false, encoding: .utf8)
        let out = folder + "/out"
        let arguments = [
            "run", folder + "/p.yaml", folder + "/in", "--out", out, "--no-progress", "-q", "--checkpoint-seconds", "0",
        ]
        // Killed at the first step of the output phase: the checkpoint covers every document.
        func interrupt() throws {
            _ = try CLI.run(arguments + ["--fresh"], environment: ["TEXTMINE_TEST_KILL_AT_OUTPUT_STEP": "1"])
            XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/.textmine/checkpoint.json"))
        }

        for (file, edit) in [("rules.tsv", "MONEY\t\\$\\d+\n"), ("places.txt", "Paris\nAcme\n")] {
            try interrupt()
            let original = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            try edit.write(toFile: folder + "/" + file, atomically: false, encoding: .utf8)
            let refused = try CLI.run(arguments)
            XCTAssertEqual(refused.status, 64, refused.err)
            XCTAssertTrue(refused.err.contains(file) && refused.err.contains("--fresh"), refused.err)
            XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/documents.jsonl"), "nothing published")
            try original.write(toFile: folder + "/" + file, atomically: false, encoding: .utf8)
        }
        // The same rules again: resumes and finishes.
        let resumed = try CLI.run(arguments)
        XCTAssertEqual(resumed.status, 0, resumed.err)
        XCTAssertEqual(try TestSupport.readJSONLines(out + "/documents.jsonl").count, 3)

        // Other input: refused too; --fresh starts over.
        try interrupt()
        try "Extra\n\nMore.\n".write(toFile: folder + "/in/g/9.txt", atomically: false, encoding: .utf8)
        let otherInput = try CLI.run(arguments)
        XCTAssertEqual(otherInput.status, 64, otherInput.err)
        XCTAssertTrue(otherInput.err.contains("other input") && otherInput.err.contains("--fresh"), otherInput.err)
        XCTAssertEqual(try CLI.run(arguments + ["--fresh"]).status, 0)
        XCTAssertEqual(try TestSupport.readJSONLines(out + "/documents.jsonl").count, 4)
    }
}
