import TextMineCore
import XCTest

/// ``FileListSource`` holds its list packed into one buffer (the path's bytes and a 32-byte entry a file); what
/// it hands out must be exactly the files it was given, in order, and its fingerprint the digest of their ids and
/// groups.
final class FileListSourceTests: XCTestCase {
    func testHandsOutTheFilesItWasGivenInOrder() throws {
        let files = [
            InputFile(id: "a.txt", group: "", path: "/in/a.txt"),
            InputFile(id: "business/ünïcödé – 1.txt", group: "business", path: "/in/business/ünïcödé – 1.txt"),
            InputFile(
                id: "bad/\u{FFFD}.txt", group: "bad", path: "/in/bad/\u{FFFD}.txt",
                pathBytes: Array("/in/bad/".utf8) + [0xFF] + Array(".txt".utf8)),
            InputFile(id: "link.txt", group: "", path: "/in/link.txt", notice: "a symbolic link to 'a.txt'"),
            InputFile(id: "", group: "", path: ""),
            // An id that does not end its path, and a group that does not start its id (JSON Lines with `path`).
            InputFile(id: "stdin-7", group: "wire", path: "/spool/0007.txt"),
            InputFile(id: "x/y.txt", group: "x/y.txt/longer", path: "y.txt"),
            InputFile(id: "z/" + String(repeating: "long name ", count: 40), group: "z", path: "/in/z/long"),
        ]
        var source = FileListSource(files)
        XCTAssertEqual(source.expectedCount, files.count)
        var handedOut: [InputFile] = []
        while true {
            let batch = try source.next(maxCount: 4)
            if batch.isEmpty { break }
            for pending in batch {
                guard case .file(let file) = pending else { return XCTFail("not a file: \(pending)") }
                handedOut.append(file)
            }
        }
        XCTAssertEqual(handedOut, files)

        var hash = StableHash()
        for file in files {
            hash.add(file.id)
            hash.add(file.group)
        }
        XCTAssertEqual(source.fingerprint, hash.hex)

        var resumed = FileListSource(files)
        resumed.skip(3)
        XCTAssertEqual(try resumed.next(maxCount: 10).map(\.id), files[3...].map(\.id))
    }
}
