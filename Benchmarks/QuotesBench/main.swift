// QuotesBench: throughput of QuoteExtractor over a corpus directory (default: the BBC news corpus).
// Usage: QuotesBench [DIR] [--dump FILE]
import Foundation
import QuoteAttribution

let args = CommandLine.arguments
let extractor = QuoteExtractor()

func show(_ bytes: [UInt8], _ r: Range<Int>?) -> String {
    guard let r else { return "-" }
    return String(decoding: bytes[r], as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
}

if let i = args.firstIndex(of: "--misses"), i + 1 < args.count {
    for path in args[(i + 1)...] {
        guard let d = FileManager.default.contents(atPath: path) else { continue }
        let bytes = [UInt8](d)
        let qs = bytes.withUnsafeBufferPointer { extractor.extract($0, sentences: [], persons: nil) }
        let wantAttributed = ProcessInfo.processInfo.environment["ATTRIBUTED"] != nil
        for q in qs where q.kind == .speech && (q.speaker == nil) != wantAttributed && !q.nested {
            let a = max(0, q.range.lowerBound - 150)
            let b = min(bytes.count, q.range.upperBound + 100)
            print(
                "## \(path.split(separator: "/").suffix(2).joined(separator: "/")) cue=\(q.cue ?? "-") speaker=\(q.speaker ?? "-") rule=\(q.rule)"
            )
            print(
                "   " + show(bytes, a..<q.range.lowerBound) + " <<" + show(bytes, q.range) + ">> "
                    + show(bytes, q.range.upperBound..<b))
        }
    }
    exit(0)
}

if let i = args.firstIndex(of: "--dump"), i + 1 < args.count {
    for path in args[(i + 1)...] {
        guard let d = FileManager.default.contents(atPath: path) else { continue }
        let bytes = [UInt8](d)
        let qs = bytes.withUnsafeBufferPointer { extractor.extract($0, sentences: [], persons: nil) }
        print("== \(path)")
        for q in qs {
            var c = show(bytes, q.content)
            if c.count > 70 { c = String(c.prefix(70)) + "…" }
            print("  [\(q.kind.rawValue)\(q.nested ? ",nested" : "")\(q.unclosed ? ",unclosed" : "")] \(c)")
            print(
                "      -> \(q.speaker ?? "nil") | cue: \(q.cue ?? "-") | rule: \(q.rule) | mention: \(show(bytes, q.speakerRange))"
            )
        }
    }
    exit(0)
}

let dir = args.count > 1 ? args[1] : "/work/shared/corpora/bbc-news"
guard let en = FileManager.default.enumerator(atPath: dir) else {
    print("corpus not found at \(dir)")
    exit(0)
}
var docs: [[UInt8]] = []
while let rel = en.nextObject() as? String {
    guard rel.hasSuffix(".txt"), let d = FileManager.default.contents(atPath: dir + "/" + rel) else { continue }
    docs.append([UInt8](d))
}
let total = docs.reduce(0) { $0 + $1.count }
print("docs: \(docs.count), bytes: \(total)")
var best = Double.infinity
var nQuotes = 0
var nSpeech = 0
var nAttributed = 0
for round in 0..<5 {
    let t0 = DispatchTime.now().uptimeNanoseconds
    var q = 0
    var s = 0
    var a = 0
    for d in docs {
        let qs = d.withUnsafeBufferPointer { extractor.extract($0, sentences: [], persons: nil) }
        q += qs.count
        for x in qs where x.kind == .speech && !x.nested {
            s += 1
            if x.speaker != nil { a += 1 }
        }
    }
    let dt = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    best = min(best, dt)
    if round == 0 {
        nQuotes = q
        nSpeech = s
        nAttributed = a
    }
}
print(
    String(
        format: "quotes: %d, speech (top-level): %d, with speaker: %d (%.1f%%)", nQuotes, nSpeech, nAttributed,
        100.0 * Double(nAttributed) / Double(max(nSpeech, 1))))
print(String(format: "best of 5: %.3f s, %.1f MB/s", best, Double(total) / 1e6 / best))
