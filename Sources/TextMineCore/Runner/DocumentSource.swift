public import Foundation

/// A document waiting to be read and processed.
public enum PendingDocument: Sendable {
    /// A file, read by the worker that processes it.
    case file(InputFile)
    /// Text that arrived inline (JSON Lines input).
    case inline(id: String, group: String, bytes: [UInt8])
    /// A line of input that could not be understood; reported, not processed.
    case invalid(id: String, message: String)
    /// A document whose id an earlier document of the input already had; reported, not processed.
    case duplicate(id: String)

    /// The document id.
    public var id: String {
        switch self {
        case .file(let file): return file.id
        case .inline(let id, _, _), .invalid(let id, _), .duplicate(let id): return id
        }
    }
}

/// Where a run's documents come from, in order.
public protocol DocumentSource {
    /// Up to `maxCount` more documents; an empty array at the end.
    mutating func next(maxCount: Int) throws -> [PendingDocument]
    /// A digest of the whole input list when it is known up front (used to check that a resumed run sees the same
    /// input); nil for streams, which cannot be resumed.
    var fingerprint: String? { get }
    /// The number of documents, when known up front.
    var expectedCount: Int? { get }
    /// Skips the first `count` documents (resume).
    mutating func skip(_ count: Int)
    /// True when documents come in sorted id order, so a repeated id is always the previous document's.
    var idsAreSorted: Bool { get }
}

extension DocumentSource {
    /// Streams come in any order.
    public var idsAreSorted: Bool { false }
}

/// A sorted list of files.
public struct FileListSource: DocumentSource {
    /// Held packed: the list lives as long as the run (see ``PackedInputFiles``).
    private let files: PackedInputFiles
    private var position = 0

    /// Wraps a list of files (already sorted and filtered).
    public init(_ files: [InputFile]) { self.files = PackedInputFiles(files) }

    /// The next files, up to `maxCount`.
    public mutating func next(maxCount: Int) throws -> [PendingDocument] {
        let end = min(files.count, position + maxCount)
        defer { position = end }
        return (position..<end).map { .file(files[$0]) }
    }

    /// A digest of the files' ids and groups in order (a checkpoint belongs to one list of inputs).
    public var fingerprint: String? {
        var hash = StableHash()
        for index in 0..<files.count {
            let file = files[index]
            hash.add(file.id)
            hash.add(file.group)
        }
        return hash.hex
    }

    /// The number of files.
    public var expectedCount: Int? { files.count }

    /// Input lists are sorted by id.
    public var idsAreSorted: Bool { true }

    /// Skips files a resumed run already processed.
    public mutating func skip(_ count: Int) { position = min(files.count, position + count) }
}

/// JSON Lines on a file handle (usually stdin): `{"id": …, "text": …, "group"?: …}` per line, or `base64` / `path`
/// instead of `text` (see `Record`).
public struct JSONLinesSource: DocumentSource {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var atEnd = false
    private var lineNumber = 0

    /// Reads from a handle. `linesBefore` is how many lines of the whole stream came before this handle's first
    /// line: a driver that cuts one stream into parts (Spark) passes it so a bad line is named by its line in the
    /// whole stream (`<stdin line N>`), exactly as one process reading the whole stream names it.
    public init(handle: FileHandle, linesBefore: Int = 0) {
        self.handle = handle
        self.lineNumber = linesBefore
    }

    /// None: a stream cannot be told apart from another before it is read.
    public var fingerprint: String? { nil }
    /// Unknown until the stream ends.
    public var expectedCount: Int? { nil }
    /// Nothing to skip: a stream is not resumed.
    public mutating func skip(_ count: Int) {}

    /// The next records, up to `maxCount`; a line that is not a valid record becomes a failed document.
    public mutating func next(maxCount: Int) throws -> [PendingDocument] {
        var result: [PendingDocument] = []
        while result.count < maxCount {
            guard let line = nextLine() else { break }
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            result.append(Self.parse(line, lineNumber: lineNumber))
        }
        return result
    }

    /// One input line. The content is given in exactly one of three ways, so any file can travel as JSON Lines and
    /// be judged exactly as a local run judges it (NUL bytes, invalid UTF-8, empty, too large, unreadable):
    /// `text` (a JSON string, for valid UTF-8), `base64` (the raw bytes, for anything that is not valid UTF-8) or
    /// `path` (a file this process opens and reads itself, as it reads input files).
    private struct Record: Decodable {
        var id: String
        var group: String?
        var text: String?
        var base64: String?
        var path: String?
    }

    static func parse(_ line: [UInt8], lineNumber: Int) -> PendingDocument {
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: Data(line))
        } catch {
            return .invalid(
                id: "<stdin line \(lineNumber)>", message: "not a JSON object with a string field 'id': \(error)")
        }
        let group = record.group ?? Self.group(of: record.id)
        switch (record.text, record.base64, record.path) {
        case (let text?, nil, nil):
            return .inline(id: record.id, group: group, bytes: Array(text.utf8))
        case (nil, let base64?, nil):
            guard let data = Data(base64Encoded: base64) else {
                return .invalid(id: record.id, message: "stdin line \(lineNumber): 'base64' is not valid base64")
            }
            return .inline(id: record.id, group: group, bytes: Array(data))
        case (nil, nil, let path?):
            return .file(InputFile(id: record.id, group: group, path: path))
        default:
            return .invalid(
                id: record.id,
                message: "stdin line \(lineNumber): give exactly one of the string fields 'text', 'base64' or 'path'")
        }
    }

    static func group(of id: String) -> String {
        id.contains("/") ? String(id.prefix { $0 != "/" }) : ""
    }

    private mutating func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            if atEnd {
                if buffer.isEmpty { return nil }
                defer { buffer.removeAll() }
                return buffer
            }
            let data = handle.readData(ofLength: 1 << 20)
            if data.isEmpty { atEnd = true } else { buffer.append(contentsOf: data) }
        }
    }
}
