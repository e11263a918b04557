import Foundation
import TextMineCore
import XCTest

final class DocumentModelTests: XCTestCase {
    func testCodePointOffsetsOnNonASCIIText() {
        let text = "Łukasz met Björk — “hi” 😀 end"
        let bytes = Array(text.utf8)
        let index = CodePointIndex(bytes)
        let scalars = Array(text.unicodeScalars)
        var byteOffset = 0
        for (scalarOffset, scalar) in scalars.enumerated() {
            XCTAssertEqual(index.codePointOffset(ofByte: byteOffset), scalarOffset)
            byteOffset += String(scalar).utf8.count
        }
        XCTAssertEqual(index.codePointOffset(ofByte: bytes.count), scalars.count)
    }

    func testCodePointOffsetsAcrossManyBlocks() {
        let text = String(repeating: "é a ü 中 ", count: 200)
        let index = CodePointIndex(Array(text.utf8))
        var byteOffset = 0
        for (scalarOffset, scalar) in text.unicodeScalars.enumerated() {
            XCTAssertEqual(index.codePointOffset(ofByte: byteOffset), scalarOffset)
            byteOffset += String(scalar).utf8.count
        }
    }

    func testHeadlineIsFirstNonEmptyLineTrimmed() {
        let document = Document(id: "a/b.txt", group: "a", text: "\n\n  Big news today  \n\nBody.")
        XCTAssertEqual(document.headline, "Big news today")
    }

    func testSerializedLineFollowsTheContract() throws {
        var document = Document(id: "pol/x.txt", group: "pol", text: "Zoë said \"hi\".\n")
        document.entities = [Entity(span: Span(0, 4), type: "PERSON", rule: "r1", stage: "entities")]
        document.recordProducer("entities", of: .entities)
        enum Topics: LayerKey {
            typealias Value = [String]
            static let name = "topics"
        }
        document[Topics.self] = ["news"]
        document.features["reading_ease"] = .double(61.5)
        let line = DocumentSerializer().line(for: document)
        XCTAssertEqual(line.last, 0x0A)
        let object = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
        XCTAssertEqual(object["schema_version"] as? Int, 1)
        XCTAssertEqual(object["id"] as? String, "pol/x.txt")
        XCTAssertEqual(object["group"] as? String, "pol")
        XCTAssertEqual(object["headline"] as? String, "Zoë said \"hi\".")
        XCTAssertNil(object["tokens"], "layers that did not run are absent")
        let entity = (object["entities"] as! [[String: Any]])[0]
        XCTAssertEqual(entity["start"] as? Int, 0)
        XCTAssertEqual(entity["end"] as? Int, 3, "Zoë is 3 code points (4 bytes)")
        XCTAssertEqual(entity["text"] as? String, "Zoë")
        XCTAssertEqual(entity["rule"] as? String, "r1")
        XCTAssertEqual(object["topics"] as? [String], ["news"])
        XCTAssertEqual((object["features"] as? [String: Any])?["reading_ease"] as? Double, 61.5)
    }

    func testJSONWriterEscapesEverythingJSONNeeds() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("s")
        writer.string("a\"b\\c\n\t\u{01}é")
        writer.key("n")
        writer.int(-42)
        writer.key("d")
        writer.double(0.1)
        writer.key("a")
        writer.beginArray()
        writer.int(1)
        writer.null()
        writer.bool(true)
        writer.endArray()
        writer.endObject()
        let object = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as! [String: Any]
        XCTAssertEqual(object["s"] as? String, "a\"b\\c\n\t\u{01}é")
        XCTAssertEqual(object["n"] as? Int, -42)
        XCTAssertEqual(object["d"] as? Double, 0.1)
        XCTAssertEqual((object["a"] as? [Any])?.count, 3)
    }

    func testUTF8Validation() {
        XCTAssertNil(UTF8Validation.firstInvalidOffset(Array("plain é 中 😀".utf8)))
        XCTAssertEqual(UTF8Validation.firstInvalidOffset([0x61, 0xFF, 0x62]), 1)
        XCTAssertEqual(UTF8Validation.firstInvalidOffset([0x61, 0xC3]), 1, "truncated sequence")
        XCTAssertEqual(UTF8Validation.firstInvalidOffset([0xC0, 0x80]), 0, "overlong")
        XCTAssertEqual(UTF8Validation.firstInvalidOffset([0xED, 0xA0, 0x80]), 0, "surrogate")
    }

    func testByteSizes() {
        XCTAssertEqual(ByteSize.parse("10MB"), 10 << 20)
        XCTAssertEqual(ByteSize.parse("512 KB"), 512 << 10)
        XCTAssertEqual(ByteSize.parse("1000"), 1000)
        XCTAssertNil(ByteSize.parse("lots"))
    }

    func testFailureLimits() {
        XCTAssertEqual(FailureLimit("10"), .count(10))
        XCTAssertEqual(FailureLimit("5%"), .percent(5))
        XCTAssertNil(FailureLimit("x"))
        XCTAssertTrue(FailureLimit.count(2).isExceeded(bad: 3, seen: 3))
        XCTAssertFalse(FailureLimit.percent(10).isExceeded(bad: 2, seen: 10), "too few seen to judge a percentage")
        XCTAssertTrue(FailureLimit.percent(10).isExceeded(bad: 3, seen: 20))
    }

    func testOutputTableCSVQuotesWhenNeeded() {
        let table = OutputTable(
            name: "t", title: "t", columns: [.init("a", .text), .init("b", .real)],
            rows: [[.text("x,y"), .real(0.5)], [.text("say \"hi\""), .real(1.0 / 3)]])
        XCTAssertEqual(table.csv(), "a,b\n\"x,y\",0.5\n\"say \"\"hi\"\"\",0.333333\n")
    }
}
