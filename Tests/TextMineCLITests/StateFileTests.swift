import Foundation
import TextMineCore
import TextMineTesting
import XCTest

/// State files carry a checksum, and merging states with huge counts is an error with a message, not a crash.
final class StateFileTests: XCTestCase {
    /// A finished part over two sample folders and a copy of it whose state `edit` rewrites (`seal`: with a valid
    /// checksum, as a hostile or buggy writer would).
    func mergeWithEditedCopy(seal: Bool, _ edit: (inout [String: Any]) -> Void) throws -> (status: Int32, err: String) {
        let folder = try TestSupport.temporaryDirectory("state-file")
        let part = folder + "/a"
        XCTAssertEqual(
            try CLI.run(["run", "Pipelines/news.yaml", "Samples/sport", "--out", part, "--no-progress", "-q"]).status, 0
        )
        let copy = folder + "/b"
        try FileManager.default.copyItem(atPath: part, toPath: copy)
        let statePath = copy + "/state/aggregate.json"
        let json = try StateFile.open(Data(contentsOf: URL(fileURLWithPath: statePath)), path: statePath)
        var state = try JSONSerialization.jsonObject(with: json) as! [String: Any]
        edit(&state)
        let edited = try JSONSerialization.data(withJSONObject: state, options: [.sortedKeys, .withoutEscapingSlashes])
        try Data(
            seal
                ? StateFile.seal(Array(edited))
                : Array(#"{"checksum":"0000000000000000","#.utf8) + Array(edited.dropFirst())
        )
        .write(to: URL(fileURLWithPath: statePath))
        let result = try CLI.run(["merge", "Pipelines/news.yaml", part, copy, "--out", folder + "/merged"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/merged/summary.json"), "nothing published")
        return (result.status, result.err)
    }

    func testAHugeCountIsAnErrorNotACrash() throws {
        let result = try mergeWithEditedCopy(seal: true) { state in
            var groups = state["groups"] as! [String: [String: Any]]
            for key in groups.keys { groups[key]!["d"] = Int.max }
            state["groups"] = groups
        }
        XCTAssertEqual(result.status, 65, result.err)
        XCTAssertTrue(result.err.contains("overflows"), result.err)
    }

    func testAnEditedStateFailsItsChecksum() throws {
        let result = try mergeWithEditedCopy(seal: false) { state in state["documents"] = 7 }
        XCTAssertEqual(result.status, 65, result.err)
        XCTAssertTrue(result.err.contains("does not match its checksum"), result.err)
    }

    func testReorderedStringsAreRefusedEvenWithAValidChecksum() throws {
        let result = try mergeWithEditedCopy(seal: true) { state in
            var strings = state["strings"] as! [String]
            strings.swapAt(0, strings.count - 1)
            state["strings"] = strings
        }
        XCTAssertEqual(result.status, 65, result.err)
        XCTAssertTrue(result.err.contains("not in byte order"), result.err)
        XCTAssertFalse(
            result.err.contains("dataCorrupted") || result.err.contains("CodingKeys"),
            "no Swift debug text: \(result.err)")
    }

    func testSealRoundTripsAndDetectsAnyChangedByte() throws {
        let json = Array(#"{"a":1,"b":"x"}"#.utf8)
        let sealed = StateFile.seal(json)
        XCTAssertTrue(String(decoding: sealed, as: UTF8.self).hasPrefix(#"{"checksum":""#))
        XCTAssertEqual(Array(try StateFile.open(Data(sealed), path: "s")), json)
        XCTAssertEqual(Array(try StateFile.open(Data(StateFile.seal(Array("{}".utf8))), path: "s")), Array("{}".utf8))
        var damaged = sealed
        damaged[damaged.count - 3] = UInt8(ascii: "2")
        XCTAssertThrowsError(try StateFile.open(Data(damaged), path: "s"))
        XCTAssertThrowsError(try StateFile.open(Data(json), path: "s"), "a state without a checksum is refused")
    }

    /// The checkpoint and `state/NAME.json` are written by ``StateFile/write(_:to:)``, which streams the head and the
    /// JSON instead of making the sealed copy: the file must hold exactly what ``StateFile/seal(_:)`` gives.
    func testWritingASealedFileGivesTheSealedBytes() throws {
        let folder = try TestSupport.temporaryDirectory("state-file-write")
        let big = "{\"a\":\"" + String(repeating: "x", count: 3 << 20) + "\"}"
        for json in ["{}", #"{"a":1,"b":"x"}"#, big].map({ Array($0.utf8) }) {
            let path = folder + "/state.json"
            try StateFile.write(json, to: path)
            XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: path))), StateFile.seal(json))
        }
    }
}
