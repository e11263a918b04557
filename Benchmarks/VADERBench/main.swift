// VADERBench: scores every text of the VADER fixtures N times and prints texts/s.
//
// Usage: VADERBench [iterations=20] [fixture.tsv ...]
// Without fixture arguments it uses Tests/VADERTests/Fixtures/*.tsv relative to
// the current directory (run it from the package root); the BBC fixture's texts are read from
// $TEXTMINE_BBC_CORPUS or ../shared/corpora/bbc-news.
import VADER

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func readFile(_ path: String) -> String? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n <= 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}

func unescape(_ s: Substring) -> String {
    // Scalars, not Characters: an escape letter may be followed by a combining
    // scalar (e.g. "\\t" + U+200D) that would merge with it into one Character.
    var out = String.UnicodeScalarView()
    var escaping = false
    for c in s.unicodeScalars {
        if escaping {
            switch c {
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "r": out.append("\r")
            default: out.append(c)
            }
            escaping = false
        } else if c == "\\" {
            escaping = true
        } else {
            out.append(c)
        }
    }
    return String(out)
}

func loadTexts(_ path: String) -> [String] {
    guard let content = readFile(path) else {
        print("cannot read \(path)")
        exit(1)
    }
    var texts: [String] = []
    if content.hasPrefix("document\t") {
        // A reference fixture: document, start, length (code points) into the BBC corpus.
        let corpus = getenv("TEXTMINE_BBC_CORPUS").map { String(cString: $0) } ?? "../shared/corpora/bbc-news"
        for line in content.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t")
            guard fields.count >= 3, let start = Int(fields[1]), let length = Int(fields[2]),
                let document = readFile(corpus + "/" + fields[0])
            else { continue }
            let scalars = Array(document.unicodeScalars)
            guard start + length <= scalars.count else { continue }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<(start + length)])
            texts.append(String(text))
        }
        return texts
    }
    for line in content.split(separator: "\n", omittingEmptySubsequences: true).dropFirst() {
        guard let tab = line.firstIndex(of: "\t") else { continue }
        texts.append(unescape(line[..<tab]))
    }
    return texts
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

let args = CommandLine.arguments
let iterations = args.count > 1 ? Int(args[1]) ?? 20 : 20
let paths =
    args.count > 2
    ? Array(args[2...])
    : ["bbc_quotes_vader.tsv", "rules_vader.tsv", "fuzz_vader.tsv"].map { "Tests/VADERTests/Fixtures/" + $0 }
let texts = paths.flatMap(loadTexts)
let utf8Texts = texts.map { Array($0.utf8) }
let totalBytes = utf8Texts.reduce(0) { $0 + $1.count }

let t0 = now()
let analyzer = SentimentAnalyzer()
_ = analyzer.scores(for: "warm up the lexicon :)")
let t1 = now()
print("lexicon load: \(Int((t1 - t0) * 1000)) ms")
print("texts: \(texts.count), bytes: \(totalBytes), iterations: \(iterations)")

var checksum = 0.0
// String API
var start = now()
for _ in 0..<iterations {
    for text in texts { checksum += analyzer.scores(for: text).compound }
}
var elapsed = now() - start
let stringRate = Double(texts.count * iterations) / elapsed
print(
    "scores(for:)  : \(Int(stringRate)) texts/s (\(String(Int(Double(totalBytes * iterations) / elapsed / 1e6))) MB/s)")

// UTF-8 bytes API
start = now()
for _ in 0..<iterations {
    for bytes in utf8Texts {
        checksum += bytes.withUnsafeBufferPointer { analyzer.scores(utf8: $0).compound }
    }
}
elapsed = now() - start
let byteRate = Double(texts.count * iterations) / elapsed
print("scores(utf8:) : \(Int(byteRate)) texts/s (\(String(Int(Double(totalBytes * iterations) / elapsed / 1e6))) MB/s)")
print("checksum: \(checksum)")
