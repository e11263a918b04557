import Foundation
import TextMineCore
import XCTest

/// Plugin layers keep the output contract: spans are bytes inside TextMine and code points in documents.jsonl.
final class PluginLayerSpanTests: XCTestCase {
    struct Mark: Encodable, Sendable {
        var span: Span
        var label: String
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encode(span.start, forKey: AnyCodingKey("start"))
            try container.encode(span.end, forKey: AnyCodingKey("end"))
            try container.encode(label, forKey: AnyCodingKey("label"))
        }
    }

    enum MarksKey: LayerKey {
        typealias Value = [Mark]
        static let name = "marks"
    }

    func line(_ document: Document) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(DocumentSerializer().line(for: document))) as! [String: Any]
    }

    func testTypedAndJSONLayersAreWrittenInCodePoints() throws {
        var document = Document(id: "a", text: "Zoë and Renée")
        let renee = Span(9, 15)  // bytes: "Zoë" is 4 bytes, " and " 5
        XCTAssertEqual(document[renee], "Renée")
        document[MarksKey.self] = [Mark(span: renee, label: "name")]
        document.setLayer(
            named: "json_marks",
            to: .array([
                .object(["start": .int(9), "end": .int(15), "nested": .object(["start": .int(0), "end": .int(4)])])
            ]))
        let json = try line(document)
        let marks = json["marks"] as! [[String: Any]]
        XCTAssertEqual(marks[0]["start"] as? Int, 8)
        XCTAssertEqual(marks[0]["end"] as? Int, 13)
        XCTAssertEqual(marks[0]["label"] as? String, "name")
        let jsonMarks = json["json_marks"] as! [[String: Any]]
        XCTAssertEqual(jsonMarks[0]["start"] as? Int, 8)
        XCTAssertEqual((jsonMarks[0]["nested"] as! [String: Int])["end"], 3)
        // Inside, the layer keeps its byte offsets.
        XCTAssertEqual(
            document.jsonLayer(named: "json_marks"),
            .array([
                .object(["start": .int(9), "end": .int(15), "nested": .object(["start": .int(0), "end": .int(4)])])
            ]))
    }

    /// A layer type that writes itself, as the built-in annotations do (no Encodable detour).
    struct Written: Encodable, Sendable, JSONWritable {
        var span: Span
        func encode(to encoder: any Encoder) throws {
            throw EncodingError.invalidValue(span, .init(codingPath: [], debugDescription: "not used"))
        }
        func write(to json: inout JSONWriter, spans: SpanWriter) {
            json.beginObject()
            spans.fields(of: span, into: &json)
            json.key("own")
            json.bool(true)
            json.endObject()
        }
    }

    enum WrittenKey: LayerKey {
        typealias Value = [Written]
        static let name = "written"
    }

    func testATypedLayerThatWritesItselfTakesTheBuiltinPath() throws {
        var document = Document(id: "a", text: "Zoë and Renée")
        document[WrittenKey.self] = [Written(span: Span(9, 15))]
        let line = String(decoding: DocumentSerializer().line(for: document), as: UTF8.self)
        XCTAssertTrue(line.contains(#""written":[{"start":8,"end":13,"text":"Renée","own":true}]"#), line)
    }

    func testLayersObjectWritesOnlyTheNamedLayers() throws {
        var document = Document(id: "a", text: "Olé. Yes.")
        document.sentences = [Sentence(span: Span(0, 5)), Sentence(span: Span(6, 10))]
        document.tokens = [Token(span: Span(0, 4))]
        let object =
            try JSONSerialization.jsonObject(with: Data(DocumentSerializer().layersObject(["sentences"], of: document)))
            as! [String: Any]
        XCTAssertEqual(Array(object.keys), ["sentences"])
        let sentences = object["sentences"] as! [[String: Any]]
        XCTAssertEqual(sentences.map { $0["start"] as! Int }, [0, 5])
        XCTAssertEqual(sentences.map { $0["text"] as! String }, ["Olé.", "Yes."])
    }
}
