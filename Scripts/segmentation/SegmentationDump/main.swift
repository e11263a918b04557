// SegmentationDump: prints tokens / sentences as JSON lines, for Scripts/tokenizer_agreement.py
// and fixture generation.
//
//   SegmentationDump files <dir-or-file>...   one line per .txt file:
//        {"file": PATH, "tokens": [[start,end],...], "sentences": [[start,end],...]}  (byte offsets)
//   SegmentationDump strings [--no-headline]  reads JSON lines {"text": ...} from stdin and prints
//        {"text": ..., "tokens": [token strings], "sentences": [sentence strings]}
import Foundation
import TextSegmentation

let tokenizer = Tokenizer()
let splitter = SentenceSplitter(headlineIsSentence: !CommandLine.arguments.contains("--no-headline"))

func listFiles(_ path: String) -> [String] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return [] }
    if !isDir.boolValue { return [path] }
    var out: [String] = []
    if let e = FileManager.default.enumerator(atPath: path) {
        for case let rel as String in e where rel.hasSuffix(".txt") { out.append(path + "/" + rel) }
    }
    return out.sorted()
}

func run(_ bytes: [UInt8]) -> ([Range<Int>], [Range<Int>]) {
    var tokens: [Range<Int>] = []
    var sentences: [Range<Int>] = []
    bytes.withUnsafeBufferPointer { buf in
        tokenizer.tokenize(buf, into: &tokens)
        splitter.split(buf, into: &sentences)
    }
    return (tokens, sentences)
}

func jsonLine(_ object: Any) throws -> String {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
}

let args = CommandLine.arguments
guard args.count >= 2 else {
    FileHandle.standardError.write(Data("usage: SegmentationDump files PATH... | strings\n".utf8))
    exit(2)
}
var output = ""
@MainActor func flush(force: Bool = false) {
    if force || output.utf8.count > 1 << 20 {
        FileHandle.standardOutput.write(Data(output.utf8))
        output = ""
    }
}
if args[1] == "files" {
    for path in args.dropFirst(2).flatMap(listFiles) {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        let (tokens, sentences) = run([UInt8](data))
        output +=
            try jsonLine([
                "file": path, "tokens": tokens.map { [$0.lowerBound, $0.upperBound] },
                "sentences": sentences.map { [$0.lowerBound, $0.upperBound] },
            ]) + "\n"
        flush()
    }
} else if args[1] == "strings" {
    while let line = readLine(strippingNewline: true) {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let text = obj["text"] as? String
        else { continue }
        let bytes = Array(text.utf8)
        let (tokens, sentences) = run(bytes)
        func str(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        output += try jsonLine(["text": text, "tokens": tokens.map(str), "sentences": sentences.map(str)]) + "\n"
        flush()
    }
}
flush(force: true)
