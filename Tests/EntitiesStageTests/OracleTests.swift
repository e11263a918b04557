import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import EntitiesStage

/// The entities stage must find exactly what PCRE2 itself finds: every pattern of `Fixtures/oracle_battery.tsv` runs
/// through the stage (`overlap: all`) and through `pcre2grep --file-offsets` over the same files, and the matches must
/// be identical.
///
/// pcre2grep matches line by line (the subject is a line without its `\n`; a CRLF line keeps its `\r`, because the
/// newline convention is LF), so the stage runs over each line as its own document and its byte spans are moved to
/// file offsets; both sides are then compared in code points, the unit of TextMine's output. The stage never reports
/// empty matches, so pcre2grep's zero-length results are dropped (see the battery's header for why the remaining
/// non-empty matches agree exactly).
final class OracleTests: XCTestCase {
    struct Pattern {
        var id: String
        var flags: String
        var pattern: String
        var ascii: Bool { flags.contains("a") }
        var regexFlags: String { flags.filter { "imsxU".contains($0) } }
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        .path

    static func battery() throws -> [Pattern] {
        let text = try String(contentsOfFile: fixtures + "/oracle_battery.tsv", encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") || line.isEmpty { return nil }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            return Pattern(
                id: String(fields[0]), flags: fields[1] == "-" ? "" : String(fields[1]), pattern: String(fields[2]))
        }
    }

    static func pcre2grep() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") + ["/usr/bin"] {
            let candidate = "\(folder)/pcre2grep"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// One stage per Unicode mode, each rule's id the battery id.
    func makeStage(_ patterns: [Pattern], unicode: Bool) throws -> EntitiesStage? {
        guard !patterns.isEmpty else { return nil }
        var yaml = "overlap: all\nnormalize: false\nunicode: \(unicode)\npatterns:\n"
        for pattern in patterns {
            let quoted = pattern.pattern.replacingOccurrences(of: "'", with: "''")
            yaml += "  - id: \(pattern.id)\n    type: T\n    pattern: '\(quoted)'\n"
            if !pattern.regexFlags.isEmpty { yaml += "    flags: \(pattern.regexFlags)\n" }
        }
        return try TestSupport.makeStage(EntitiesStage.self, yaml)
    }

    /// The files compared: the sample articles, a test text with multibyte characters (written once with LF and once
    /// with CRLF line ends) and, when present, a spread of a few hundred BBC articles (every 10th; all of them with
    /// `TEXTMINE_ORACLE_ALL=1`).
    func corpusFiles() throws -> (files: [String], bbc: Int) {
        var files: [String] = []
        let samples = TestSupport.repositoryRoot + "/Samples"
        if let walker = FileManager.default.enumerator(atPath: samples) {
            for case let relative as String in walker where relative.hasSuffix(".txt") {
                files.append(samples + "/" + relative)
            }
        }
        files.sort()
        let folder = try TestSupport.temporaryDirectory("oracle")
        let text = try String(contentsOfFile: Self.fixtures + "/oracle_text.txt", encoding: .utf8)
        try text.write(toFile: folder + "/lf.txt", atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "\n", with: "\r\n").write(
            toFile: folder + "/crlf.txt", atomically: true, encoding: .utf8)
        files += [folder + "/lf.txt", folder + "/crlf.txt"]

        var bbc = 0
        if let corpus = TestSupport.bbcCorpus {
            var articles: [String] = []
            if let walker = FileManager.default.enumerator(atPath: corpus) {
                for case let relative as String in walker where relative.hasSuffix(".txt") {
                    articles.append(corpus + "/" + relative)
                }
            }
            articles.sort()
            let step = ProcessInfo.processInfo.environment["TEXTMINE_ORACLE_ALL"] == "1" ? 1 : 10
            let chosen = articles.enumerated().filter { $0.offset % step == 0 }.map(\.element)
            files += chosen
            bbc = chosen.count
        } else {
            print(
                "OracleTests: the BBC corpus (../shared/corpora/bbc-news) is absent; comparing on Samples/ and the fixture text only"
            )
        }
        return (files, bbc)
    }

    /// One file of the comparison: its bytes and, for pcre2grep's byte offsets, an independent byte → code point table.
    struct CorpusFile {
        var path: String
        var bytes: [UInt8]
        /// `codePoints[i]`: the number of code points before byte `i`.
        var codePoints: [Int]

        init?(path: String) throws {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
            guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
            self.path = path
            self.bytes = bytes
            var table = [Int](repeating: 0, count: bytes.count + 1)
            var count = 0
            for (index, byte) in bytes.enumerated() {
                table[index] = count
                if byte & 0xC0 != 0x80 { count += 1 }
            }
            table[bytes.count] = count
            codePoints = table
        }
    }

    /// A match as file number, code point start and code point length, packed for cheap sorting and comparing.
    static func key(file: Int, start: Int, length: Int) -> Int { file << 42 | start << 21 | length }
    static func describe(_ key: Int, _ files: [CorpusFile]) -> String {
        "\(files[key >> 42].path.split(separator: "/").last!)@\((key >> 21) & 0x1FFFFF)+\(key & 0x1FFFFF)"
    }

    /// The stage over each line as its own document; spans moved to file offsets in code points. Keyed by rule id.
    func stageMatches(_ stages: [EntitiesStage], files: [CorpusFile]) throws -> [String: [Int]] {
        var found: [String: [Int]] = [:]
        for (number, file) in files.enumerated() {
            var lineStartCodePoints = 0
            for line in file.bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                let lineBytes = Array(line)
                var document = Document(id: file.path, group: "", utf8: lineBytes)
                for stage in stages { try stage.process(&document) }
                let index = CodePointIndex(lineBytes)
                for entity in document.entities {
                    let (start, end) = index.codePoints(of: entity.span)
                    found[entity.rule, default: []].append(
                        Self.key(file: number, start: lineStartCodePoints + start, length: end - start))
                }
                lineStartCodePoints += index.codePointOffset(ofByte: lineBytes.count) + 1
            }
        }
        for key in found.keys { found[key]!.sort() }
        return found
    }

    /// pcre2grep's non-empty matches of one pattern over all files.
    func grepMatches(_ pattern: Pattern, grep: String, files: [CorpusFile], noUCPFlag: Bool) throws -> [Int] {
        var expression = pattern.pattern
        if !pattern.regexFlags.isEmpty { expression = "(?\(pattern.regexFlags))" + expression }
        if !pattern.ascii { expression = "(*UCP)" + expression }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: grep)
        // -u: UTF mode (as the stage always is); -H -Z: "name\0offset,length" lines.
        process.arguments =
            ["-u", "-H", "-Z", "--file-offsets"] + (pattern.ascii && noUCPFlag ? ["--no-ucp"] : [])
            + ["-e", expression] + files.map(\.path)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = Array(output.fileHandleForReading.readDataToEndOfFile())
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertLessThanOrEqual(process.terminationStatus, 1, "pcre2grep failed on \(pattern.id): \(errorText)")

        let numbers = Dictionary(
            files.enumerated().map { ($0.element.path, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var result: [Int] = []
        var lastName: ArraySlice<UInt8> = []
        var file = -1
        var index = 0
        while index < data.count {
            guard let zero = data[index...].firstIndex(of: 0), let newline = data[zero...].firstIndex(of: 0x0A) else {
                break
            }
            let name = data[index..<zero]
            if name != lastName {
                lastName = name
                file = numbers[String(decoding: name, as: UTF8.self)] ?? -1
            }
            var offset = 0
            var length = 0
            var seenComma = false
            for byte in data[(zero + 1)..<newline] {
                if byte == 0x2C {
                    seenComma = true
                    continue
                }
                if seenComma {
                    length = length * 10 + Int(byte - 0x30)
                } else {
                    offset = offset * 10 + Int(byte - 0x30)
                }
            }
            index = newline + 1
            XCTAssertGreaterThanOrEqual(
                file, 0, "unexpected file in pcre2grep output: \(String(decoding: name, as: UTF8.self))")
            guard file >= 0, length > 0 else { continue }
            let table = files[file].codePoints
            result.append(Self.key(file: file, start: table[offset], length: table[offset + length] - table[offset]))
        }
        return result.sorted()
    }

    func testStageFindsExactlyWhatPcre2grepFinds() throws {
        guard let grep = Self.pcre2grep() else {
            throw XCTSkip("pcre2grep not found: install pcre2-utils (make bootstrap does)")
        }
        let battery = try Self.battery()
        XCTAssertGreaterThanOrEqual(battery.count, 40)
        XCTAssertEqual(Set(battery.map(\.id)).count, battery.count, "battery ids must be unique")

        let (files, bbc) = try corpusFiles()
        let valid = try files.compactMap { try CorpusFile(path: $0) }
        let stages = try [
            makeStage(battery.filter { !$0.ascii }, unicode: true), makeStage(battery.filter(\.ascii), unicode: false),
        ]
        .compactMap { $0 }
        let ours = try stageMatches(stages, files: valid)

        let help = Process()
        help.executableURL = URL(fileURLWithPath: grep)
        help.arguments = ["--help"]
        let helpPipe = Pipe()
        help.standardOutput = helpPipe
        try help.run()
        let helpText = String(decoding: helpPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        help.waitUntilExit()
        // pcre2grep ≥ 10.43 turns UCP on with -u and offers --no-ucp; older ones need (*UCP) in the pattern.
        let noUCPFlag = helpText.contains("--no-ucp")

        var total = 0
        var matchingPatterns = 0
        for pattern in battery {
            let expected = try grepMatches(pattern, grep: grep, files: valid, noUCPFlag: noUCPFlag)
            let actual = ours[pattern.id] ?? []
            total += expected.count
            if !expected.isEmpty { matchingPatterns += 1 }
            if actual != expected {
                let missing = Set(expected).subtracting(actual).sorted().prefix(5).map { Self.describe($0, valid) }
                let extra = Set(actual).subtracting(expected).sorted().prefix(5).map { Self.describe($0, valid) }
                XCTFail(
                    "\(pattern.id) /\(pattern.pattern)/: pcre2grep \(expected.count) matches, stage \(actual.count); missing \(missing), extra \(extra)"
                )
            }
        }
        print(
            "OracleTests: \(battery.count) patterns over \(valid.count) files (\(bbc) BBC articles): \(total) matches agree; \(matchingPatterns) patterns matched something"
        )
        XCTAssertGreaterThanOrEqual(
            matchingPatterns, 40, "too few battery patterns match the texts for the test to mean much")
        XCTAssertGreaterThan(total, 10_000)
    }
}
