import Foundation
import Testing
import TextMineCore
import TextMineTesting

/// The aggregate stage's outputs on the BBC corpus, byte for byte: the corpus tables as CSV, `report.html` and the
/// state file (`state/aggregate.json`, the input of `textmine merge`). The memory and speed work on the end of the
/// run (compact rows for the entity and pair tables, the report reading only the rows it shows, the state file
/// written without a sealed copy) must not move a byte; these digests were taken with the build before it and
/// after it, identical. The pipeline is ``BBCDocumentsGoldenTests``'s settled stages (no `people` or `quotes`, whose
/// engines are still being tuned) plus `aggregate: {}`.
///
/// A change that is meant to alter these files: check them, then put the digests the failure prints below.
struct BBCAggregateGoldenTests {
    /// FNV-1a 64 (``StableHash``) and size in bytes of each file.
    static let golden: [String: (digest: String, bytes: Int)] = [
        "entities.csv": ("7b57663e213fb3dc", 918_618),
        "cooccurrence.csv": ("be7c7447ea5d78ab", 1_167_532),
        "money.csv": ("c62bcadbd8cf9576", 1_878),
        "groups.csv": ("6b957e09d5aa89f1", 281),
        "documents.csv": ("9e6b14991c2d8dfb", 252_326),
        "report.html": ("faa9261b0e173e0b", 33_630),
        "state/aggregate.json": ("aefb2633b0ca82a7", 1_208_881),
    ]

    static let pipeline =
        BBCGoldenRun.settledStages + """

              - sentiment: {on: document}
              - aggregate: {}
            output:
              formats: [csv, html]
            """

    @Test(.enabled(if: TestSupport.bbcCorpus != nil, BBCGoldenRun.skipReason))
    func aggregateOutputsAreByteIdentical() throws {
        try BBCGoldenRun.run(Self.pipeline) { out in
            for (file, pinned) in Self.golden.sorted(by: { $0.key < $1.key }) {
                try BBCGoldenRun.expect(file, in: out, pinned: pinned)
            }
        }
    }
}
