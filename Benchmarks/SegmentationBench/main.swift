// SegmentationBench: throughput of Tokenizer, SentenceSplitter and both on the BBC corpus.
//
//   swift run -c release SegmentationBench [CORPUS_DIR] [--repeat N] [--runs R]
//
// The corpus is loaded into memory once (file reading is not timed), then processed N times
// (default 20, i.e. the "x20" corpus) per run; the median of R runs (default 5) is reported.
import Foundation
import TextSegmentation

var corpus = "/work/shared/corpora/bbc-news"
var repeatCount = 20
var runs = 5
var args = Array(CommandLine.arguments.dropFirst())
while !args.isEmpty {
    let a = args.removeFirst()
    if a == "--repeat", let v = args.first.flatMap(Int.init) {
        repeatCount = v
        args.removeFirst()
    } else if a == "--runs", let v = args.first.flatMap(Int.init) {
        runs = v
        args.removeFirst()
    } else {
        corpus = a
    }
}

var documents: [[UInt8]] = []
if let e = FileManager.default.enumerator(atPath: corpus) {
    for case let rel as String in e where rel.hasSuffix(".txt") {
        if let d = FileManager.default.contents(atPath: corpus + "/" + rel) { documents.append([UInt8](d)) }
    }
}
guard !documents.isEmpty else {
    print("no .txt files under \(corpus)")
    exit(1)
}
let bytesPerPass = documents.reduce(0) { $0 + $1.count }
let tokenizer = Tokenizer()
let splitter = SentenceSplitter()

@MainActor func measure(_ name: String, tokenize: Bool, split: Bool) {
    var tokens: [Range<Int>] = []
    var sentences: [Range<Int>] = []
    tokens.reserveCapacity(1 << 16)
    sentences.reserveCapacity(1 << 12)
    var times: [Double] = []
    var checksum = 0
    for _ in 0..<runs {
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<repeatCount {
            for doc in documents {
                doc.withUnsafeBufferPointer { buf in
                    if tokenize {
                        tokens.removeAll(keepingCapacity: true)
                        tokenizer.tokenize(buf, into: &tokens)
                        checksum &+= tokens.count
                    }
                    if split {
                        sentences.removeAll(keepingCapacity: true)
                        splitter.split(buf, into: &sentences)
                        checksum &+= sentences.count
                    }
                }
            }
        }
        let d = clock.now - start
        times.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
    }
    times.sort()
    let median = times[times.count / 2]
    let mb = Double(bytesPerPass * repeatCount) / 1_000_000
    print(
        String(
            format: "%-10@ %8.1f MB/s  (%.1f MB in %.3f s, median of %d; checksum %d)",
            name as NSString, mb / median, mb, median, runs, checksum))
}

print("corpus: \(documents.count) files, \(bytesPerPass) bytes x \(repeatCount); single thread")
measure("tokenizer", tokenize: true, split: false)
measure("splitter", tokenize: false, split: true)
measure("both", tokenize: true, split: true)
