import Foundation
import TextMineTesting
import XCTest

/// Every command that writes OUT takes its lock.
final class OutputLockTests: XCTestCase {
    func testMergeRefusesAnOutThatARunHolds() throws {
        let folder = try TestSupport.temporaryDirectory("merge-lock")
        let part = folder + "/part"
        XCTAssertEqual(
            try CLI.run(["run", "Pipelines/news.yaml", "Samples/sport", "--out", part, "--no-progress", "-q"]).status, 0
        )
        let out = folder + "/out"
        try FileManager.default.createDirectory(atPath: out + "/.textmine", withIntermediateDirectories: true)
        let descriptor = open(out + "/.textmine/lock", O_RDWR | O_CREAT, 0o644)
        XCTAssertEqual(flock(descriptor, LOCK_EX | LOCK_NB), 0)
        _ = Array("4343\n".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let locked = try CLI.run(["merge", "Pipelines/news.yaml", part, "--out", out])
        XCTAssertEqual(locked.status, 75, locked.err)
        XCTAssertTrue(locked.err.contains("pid 4343"), locked.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/documents.jsonl"), "nothing written while locked")
        close(descriptor)
        let merged = try CLI.run(["merge", "Pipelines/news.yaml", part, "--out", out])
        XCTAssertEqual(merged.status, 0, merged.err)
        XCTAssertEqual(
            FileManager.default.contents(atPath: out + "/documents.jsonl"),
            FileManager.default.contents(atPath: part + "/documents.jsonl"))
    }
}
