// PeopleBench: throughput of PersonFinder over a corpus directory (default: the BBC news corpus), one core, with the
// name lists of Pipelines/lists/people. Usage: PeopleBench [DIR]   (run from the repository root, release build)
import Foundation
import People

func names(_ file: String) -> [String] {
    NameLexicon.names(fromList: (try? String(contentsOfFile: "Pipelines/lists/people/" + file, encoding: .utf8)) ?? "")
}
let lexicon = NameLexicon(
    firstNames: names("given-names.txt") + names("given-names-world.txt") + names("given-names-ssa.txt"),
    surnames: names("family-names.txt"))
let finder = PersonFinder(lexicon: lexicon)

let dir = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "../shared/corpora/bbc-news"
guard let walker = FileManager.default.enumerator(atPath: dir) else {
    print("corpus not found at \(dir)")
    exit(1)
}
var documents: [[UInt8]] = []
while let relative = walker.nextObject() as? String {
    guard relative.hasSuffix(".txt"), let data = FileManager.default.contents(atPath: dir + "/" + relative) else {
        continue
    }
    documents.append([UInt8](data))
}
let bytes = documents.reduce(0) { $0 + $1.count }
var best = Double.infinity
var mentions = 0
for _ in 0..<5 {
    let start = DispatchTime.now()
    mentions = 0
    for document in documents { mentions += document.withUnsafeBufferPointer { finder.mentions(in: $0).count } }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
}
print(
    String(
        format: "PeopleBench: %d documents, %.1f MB, %d person mentions, best of 5: %.3f s (%.1f MB/s)",
        documents.count, Double(bytes) / 1_048_576, mentions, best, Double(bytes) / 1_048_576 / best))
