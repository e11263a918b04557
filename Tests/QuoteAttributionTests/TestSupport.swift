import QuoteAttribution
import XCTest

/// Runs the extractor on a string and gives access to the quoted text.
struct Run {
    let text: String
    let bytes: [UInt8]
    let quotes: [ExtractedQuote]

    init(
        _ text: String, options: QuoteOptions = QuoteOptions(), persons: [Range<Int>]? = nil, personIDs: [Int] = [],
        sentences: [Range<Int>] = []
    ) {
        self.text = text
        self.bytes = Array(text.utf8)
        let ex = QuoteExtractor(options: options)
        self.quotes = bytes.withUnsafeBufferPointer {
            ex.extract($0, sentences: sentences, persons: persons, personIDs: personIDs)
        }
    }

    func str(_ r: Range<Int>?) -> String? {
        guard let r else { return nil }
        return String(decoding: bytes[r], as: UTF8.self)
    }

    /// The top-level quote whose content starts with `prefix`.
    func quote(_ prefix: String, file: StaticString = #filePath, line: UInt = #line) -> ExtractedQuote? {
        let q = quotes.first { str($0.content)?.hasPrefix(prefix) == true }
        if q == nil {
            XCTFail(
                "no quote starting with \(prefix); got \(quotes.map { str($0.content) ?? "" })", file: file, line: line)
        }
        return q
    }

    /// Byte offset of the first occurrence of `needle`.
    func offset(of needle: String) -> Int? {
        let n = Array(needle.utf8)
        guard n.count <= bytes.count else { return nil }
        for i in 0...(bytes.count - n.count) where bytes[i..<(i + n.count)].elementsEqual(n) { return i }
        return nil
    }
}

/// Converts straight double quotes to curly ones, alternating “ and ”.
func curly(_ s: String) -> String {
    var open = true
    var out = ""
    for ch in s {
        if ch == "\"" {
            out.append(open ? "“" : "”")
            open.toggle()
        } else {
            out.append(ch)
        }
    }
    return out
}

/// Both mark styles of a test text.
func bothStyles(_ s: String) -> [String] { [s, curly(s)] }
