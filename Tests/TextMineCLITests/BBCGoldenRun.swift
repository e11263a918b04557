import Foundation
import Testing
import TextMineCore
import TextMineTesting

/// What the BBC golden tests share: running a pipeline over the corpus with the repository's data beside it, and the
/// pinned digest of an output file.
enum BBCGoldenRun {
    /// Why a golden test is skipped.
    static let skipReason: Comment =
        "the BBC corpus is absent (set TEXTMINE_BBC_CORPUS or place it at ../shared/corpora/bbc-news)"

    /// How both golden pipelines open: the stages whose output is settled (tokens, sentences, entities with the news
    /// rules and lists; no `people` or `quotes`, whose engines are still being tuned). Each test adds its own stages
    /// and outputs after it.
    static let settledStages = """
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
        """

    /// Runs `pipeline` (YAML naming its data relative to itself, so that no digest depends on where the repository
    /// is checked out) over the BBC corpus, and calls `check` with the output folder; the temporary folder is
    /// removed afterwards.
    static func run(_ pipeline: String, _ check: (_ out: String) throws -> Void) throws {
        let corpus = try #require(TestSupport.bbcCorpus)
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try pipeline.write(toFile: folder + "/golden.yaml", atomically: true, encoding: .utf8)
        for data in ["patterns", "lists", "currencies.tsv"] {
            try FileManager.default.createSymbolicLink(
                atPath: folder + "/" + data, withDestinationPath: TestSupport.repositoryRoot + "/Pipelines/" + data)
        }
        let run = try CLI.run([
            "run", folder + "/golden.yaml", corpus, "--out", folder + "/out", "--no-progress", "--quiet",
        ])
        try #require(run.status == 0, "\(run.err)")
        try check(folder + "/out")
    }

    /// Expects `file` to have the pinned FNV-1a 64 digest (``StableHash``) and size, printing the new ones if not.
    static func expect(
        _ file: String, in out: String, pinned: (digest: String, bytes: Int),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/" + file))
        var hash = StableHash()
        hash.add(bytes)
        #expect(
            hash.hex == pinned.digest && bytes.count == pinned.bytes,
            "\(file) on the BBC corpus changed: digest \(hash.hex), \(bytes.count) bytes (pinned: \(pinned.digest), \(pinned.bytes))",
            sourceLocation: sourceLocation)
    }
}
