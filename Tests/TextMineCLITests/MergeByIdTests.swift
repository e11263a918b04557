import Foundation
import TextMineTesting
import XCTest

/// `textmine merge` of parts that are not contiguous slices (every third file), given in any order, equals the
/// single run: per-document files are merged by id.
final class MergeByIdTests: XCTestCase {
    func publishedFiles(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder)
        where !path.hasPrefix(".textmine") && path != "textmine.sqlite" {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = FileManager.default.contents(atPath: folder + "/" + path) }
        }
        return files
    }

    func testInterleavedPartsInAnyOrderGiveTheSingleRunByteForByte() throws {
        let folder = try TestSupport.temporaryDirectory("merge-by-id")
        let samples = TestSupport.repositoryRoot + "/Samples"
        let pipeline = TestSupport.repositoryRoot + "/Pipelines/news.yaml"
        // A file whose quoted CSV fields hold newlines and commas, and a broken one, so failures.jsonl has lines.
        let input = folder + "/in"
        try FileManager.default.copyItem(atPath: samples, toPath: input)
        try FileManager.default.removeItem(atPath: input + "/CustomBinary")
        try "Odd, title\n\n\"We said,\nthen left,\" Ann Lee said.\n".write(
            toFile: input + "/sport/zz-odd.txt", atomically: false, encoding: .utf8)
        try Data([0x41, 0x00]).write(to: URL(fileURLWithPath: input + "/business/aa-binary.txt"))
        let single = folder + "/single"
        let whole = try CLI.run(["run", pipeline, "in", "--out", single, "--no-progress", "-q"], cwd: folder)
        XCTAssertEqual(whole.status, 1, whole.err)

        let ids =
            try TestSupport.readJSONLines(single + "/documents.jsonl").map { $0["id"] as! String } + [
                "business/aa-binary.txt"
            ]
        var parts: [String] = []
        for slice in 0..<3 {
            let list = ids.sorted().enumerated().filter { $0.offset % 3 == slice }.map(\.element)
            try list.joined(separator: "\n").write(
                toFile: folder + "/list-\(slice).txt", atomically: false, encoding: .utf8)
            let part = folder + "/part-\(slice)"
            // Run inside the input folder, so the listed paths are the folder run's ids.
            _ = try CLI.run(
                ["run", pipeline, "--files-from", folder + "/list-\(slice).txt", "--out", part, "--no-progress", "-q"],
                cwd: input)
            parts.append(part)
        }
        let merged = folder + "/merged"
        let result = try CLI.run(["merge", pipeline] + parts.reversed() + ["--out", merged])
        XCTAssertEqual(result.status, 0, result.err)
        let expected = try publishedFiles(single)
        let actual = try publishedFiles(merged)
        XCTAssertEqual(actual.keys.sorted(), expected.keys.sorted())
        for (name, data) in expected where actual[name] != data { XCTFail("\(name) differs from the single run") }
    }
}
