import TextMineCore
import XCTest

/// `JSONWriter` scans strings eight bytes at a time for bytes to escape; every byte that needs an escape must be found
/// wherever it falls in a word (or in the tail shorter than a word), next to any other byte.
final class JSONWriterEscapeTests: XCTestCase {
    /// The escaping the writer must produce, one byte at a time.
    func reference(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for byte in bytes {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case ..<0x20: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
            default: out.append(byte)
            }
        }
        return out + [0x22]
    }

    func written(_ bytes: [UInt8]) -> [UInt8] {
        var writer = JSONWriter()
        bytes.withUnsafeBufferPointer { writer.string(utf8: $0) }
        return writer.bytes
    }

    func testEveryASCIIByteAtEveryPositionOfTwoWordsAndATail() {
        for byte in UInt8(0)..<0x80 {
            for length in [1, 7, 8, 9, 15, 16, 17, 19, 34, 41] {
                for position in 0..<length {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = byte
                    XCTAssertEqual(written(bytes), reference(bytes), "byte \(byte) at \(position) of \(length)")
                }
            }
        }
    }

    func testNonASCIITextAndRunsOfEscapes() {
        for text in [
            "", "é", "“Zoë” said \"no\"\n", String(repeating: "ü", count: 9) + "\u{1}", "\\\\\"\"\t\r\n\u{7F}\u{0}",
            "€€€€\u{1F}€€€€", String(repeating: "\"", count: 17),
        ] {
            let bytes = Array(text.utf8)
            XCTAssertEqual(written(bytes), reference(bytes), text)
        }
    }

    /// Keys are escaped as values are, whether short (copied byte by byte) or long (copied whole).
    func testKeysAreEscapedLikeValues() {
        for text in [
            "start", "", "a\"b", "tab\there", String(repeating: "k", count: 16), String(repeating: "k", count: 17),
            "é\u{1}" + String(repeating: "x", count: 30) + "\\", String("«name»: value".dropFirst(1)),
        ] {
            var writer = JSONWriter()
            writer.beginObject()
            writer.key(text)
            writer.string(text)
            writer.endObject()
            let escaped = reference(Array(text.utf8))
            XCTAssertEqual(writer.bytes, [0x7B] + escaped + [0x3A] + escaped + [0x7D], text)
        }
    }
}
