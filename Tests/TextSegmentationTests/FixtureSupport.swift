import Foundation
import XCTest

@testable import TextSegmentation

/// Locates committed fixtures next to this file and the optional BBC corpus.
enum FixtureSupport {
    static let fixturesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: fixturesDirectory.appendingPathComponent(name))
    }

    /// The BBC corpus: $TEXTMINE_BBC_CORPUS, or ../shared/corpora/bbc-news next to the repository.
    static var bbcCorpus: URL? {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["TEXTMINE_BBC_CORPUS"] {
            candidates.append(URL(fileURLWithPath: env))
        }
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<5 {
            dir = dir.deletingLastPathComponent()
            candidates.append(dir.appendingPathComponent("shared/corpora/bbc-news"))
            candidates.append(dir.appendingPathComponent("../shared/corpora/bbc-news").standardizedFileURL)
        }
        candidates.append(URL(fileURLWithPath: "/work/shared/corpora/bbc-news"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("business").path) }
    }

    static func tokens(_ text: String, tokenizer: Tokenizer = Tokenizer()) -> [String] {
        let bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &ranges) }
        return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    static func sentences(_ text: String, splitter: SentenceSplitter = SentenceSplitter()) -> [String] {
        let bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { splitter.split($0, into: &ranges) }
        return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }
}
