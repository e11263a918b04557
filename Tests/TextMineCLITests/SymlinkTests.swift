import Foundation
import TextMineTesting
import XCTest

/// With `follow_symlinks: true`, every file keeps the id of its real path inside the input; a link to something
/// already read is a warning line; a link to something outside the input is read under the link's name.
final class SymlinkTests: XCTestCase {
    func testFilesKeepTheirRealIdsAndRepeatedLinksAreWarnings() throws {
        let folder = try TestSupport.temporaryDirectory("links")
        let input = folder + "/in"
        for path in ["in/b", "in/c", "outside"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + path, withIntermediateDirectories: true)
        }
        try "Real\n\nThe real file.\n".write(toFile: input + "/c/real.txt", atomically: false, encoding: .utf8)
        try "Other\n\nAnother file.\n".write(toFile: input + "/b/x.txt", atomically: false, encoding: .utf8)
        try "Outside\n\nFrom outside.\n".write(toFile: folder + "/outside/o.txt", atomically: false, encoding: .utf8)
        // `a-link` sorts before `c`.
        try FileManager.default.createSymbolicLink(atPath: input + "/a-link", withDestinationPath: "c")
        try FileManager.default.createSymbolicLink(atPath: input + "/b/alias.txt", withDestinationPath: "../c/real.txt")
        try FileManager.default.createSymbolicLink(atPath: input + "/b/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: input + "/ext", withDestinationPath: "../outside")
        try "input: {follow_symlinks: true}\nstages: [tokenize]\noutput: {formats: [jsonl]}\n"
            .write(toFile: folder + "/p.yaml", atomically: false, encoding: .utf8)

        let result = try CLI.run(["run", folder + "/p.yaml", input, "--out", folder + "/out", "--no-progress", "-q"])
        XCTAssertEqual(result.status, 0, result.err)
        let documents = try TestSupport.readJSONLines(folder + "/out/documents.jsonl")
        XCTAssertEqual(documents.map { $0["id"] as? String }, ["b/x.txt", "c/real.txt", "ext/o.txt"])
        XCTAssertEqual(documents.map { $0["group"] as? String }, ["b", "c", "ext"])
        let warnings = try TestSupport.readJSONLines(folder + "/out/failures.jsonl")
        XCTAssertEqual(warnings.map { $0["id"] as? String }, ["a-link", "b/alias.txt", "b/loop"])
        XCTAssertEqual(Set(warnings.map { $0["reason"] as? String }), ["duplicate_link"])
        XCTAssertEqual(Set(warnings.map { $0["outcome"] as? String }), ["warning"])
        XCTAssertTrue((warnings[0]["message"] as? String ?? "").contains("'c'"), "\(warnings[0])")
    }
}
