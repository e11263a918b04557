public import Foundation

/// The checksum in aggregate state files (`OUT/state/NAME.json` and the checkpoint's states): the state's JSON
/// object with a first key `"checksum"` holding a digest of the state's JSON without that key. A file edited or
/// damaged after it was written (a count changed, strings reordered) is refused when read, instead of giving wrong
/// tables. The digest is 64-bit FNV-1a (``StableHash``): it catches accidents, it is not a signature.
public enum StateFile {
    static let prefix = Array(#"{"checksum":""#.utf8)

    /// The state's JSON object (`{…}`) with the checksum added as its first key (keys stay in sorted order).
    public static func seal(_ json: [UInt8]) -> [UInt8] {
        var sealed = head(of: json)
        sealed.reserveCapacity(sealed.count + json.count)
        sealed += json.dropFirst()
        return sealed
    }

    /// Writes ``seal(_:)`` of `json` to `path` atomically without making the sealed copy: the head with the
    /// checksum first, then the JSON after its `{` straight from its storage. A state at corpus scale is tens of
    /// megabytes, and that copy was the top of the memory peak of each checkpoint and of the end of the run.
    public static func write(_ json: [UInt8], to path: String) throws {
        let head = head(of: json)
        try AtomicFile.write(to: path) { file in
            try file.append(head)
            try file.write(json.dropFirst())
        }
    }

    /// What replaces the JSON's opening `{`: the opening, the checksum key and its digest, and a comma when other
    /// keys follow.
    private static func head(of json: [UInt8]) -> [UInt8] {
        var hash = StableHash()
        hash.add(json)
        var head = prefix
        head += Array(hash.hex.utf8)
        head += Array(#"""#.utf8)
        if json.count > 2 { head.append(UInt8(ascii: ",")) }
        return head
    }

    /// The state's JSON from a sealed file, after checking its checksum.
    ///
    /// - Throws: ``RunError`` (exit 65) naming `path` when the checksum is missing or does not match.
    public static func open(_ data: Data, path: String) throws -> Data {
        let bytes = [UInt8](data)
        let digestLength = 16
        let head = prefix.count + digestLength
        guard bytes.count >= head + 2, bytes.starts(with: prefix), bytes[head] == UInt8(ascii: "\"") else {
            throw RunError(
                "'\(path)' has no checksum: it was not written by this version of textmine (rerun the part that made it)",
                status: .invalidData)
        }
        let recorded = String(decoding: bytes[prefix.count..<head], as: UTF8.self)
        var json: [UInt8] = [UInt8(ascii: "{")]
        json.reserveCapacity(bytes.count - head)
        let rest = bytes[(head + 1)...]
        json += rest.first == UInt8(ascii: ",") ? rest.dropFirst() : rest
        var hash = StableHash()
        hash.add(json)
        guard hash.hex == recorded else {
            throw RunError(
                "'\(path)' does not match its checksum: the state was changed or damaged after it was written (rerun the part that made it)",
                status: .invalidData)
        }
        return Data(json)
    }
}
