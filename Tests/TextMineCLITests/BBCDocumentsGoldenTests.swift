import Foundation
import Testing
import TextMineCore
import TextMineTesting

/// `documents.jsonl` on the BBC corpus, byte for byte: its digest is pinned here, so a refactoring of the serializer
/// (or of the stages below) that changes one byte of the 2,095 lines fails. The pipeline holds the stages whose
/// output is settled (tokens, sentences, entities with values, sentence and document sentiment), every layer and span
/// texts; `people` and `quotes` are left out while their engines are still being tuned.
///
/// A change that is meant to alter the output: check the new lines, then put the digest the failure prints below.
struct BBCDocumentsGoldenTests {
    /// FNV-1a 64 (``StableHash``) of `documents.jsonl`, and its size in bytes.
    static let golden = (digest: "99f5604c795ff0bd", bytes: 52_808_824)

    /// The pipeline, with its data named relative to it (rule ids hold the patterns file as written, so an absolute
    /// path would make the digest depend on where the repository is checked out).
    static let pipeline = """
        name: golden
        stages:
          - tokenize
          - sentences
          - entities:
              patterns_file: patterns/news.tsv
              currencies: currencies.tsv
              lists:
                LOCATION: [lists/countries.txt, lists/capitals.txt, lists/cities.txt]
                ORG: lists/organisations.txt
              lists_case_sensitive: true
              overlap: priority
          - sentiment: {on: sentences}
          - sentiment: {on: document}
        output:
          formats: [jsonl]
        """

    @Test(
        .enabled(
            if: TestSupport.bbcCorpus != nil,
            "the BBC corpus is absent (set TEXTMINE_BBC_CORPUS or place it at ../shared/corpora/bbc-news)"))
    func documentsJSONLinesAreByteIdentical() throws {
        let corpus = try #require(TestSupport.bbcCorpus)
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.pipeline.write(toFile: folder + "/golden.yaml", atomically: true, encoding: .utf8)
        for data in ["patterns", "lists", "currencies.tsv"] {
            try FileManager.default.createSymbolicLink(
                atPath: folder + "/" + data, withDestinationPath: TestSupport.repositoryRoot + "/Pipelines/" + data)
        }
        let run = try CLI.run([
            "run", folder + "/golden.yaml", corpus, "--out", folder + "/out", "--no-progress", "--quiet",
        ])
        try #require(run.status == 0, "\(run.err)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/out/documents.jsonl"))
        var hash = StableHash()
        hash.add(bytes)
        #expect(
            hash.hex == Self.golden.digest && bytes.count == Self.golden.bytes,
            "documents.jsonl on the BBC corpus changed: digest \(hash.hex), \(bytes.count) bytes (pinned: \(Self.golden.digest), \(Self.golden.bytes))"
        )
    }
}
