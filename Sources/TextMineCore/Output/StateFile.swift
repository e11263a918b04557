public import Foundation

/// The checksum in aggregate state files (`OUT/state/NAME.json` and the checkpoint's states): the state's JSON
/// object with a first key `"checksum"` holding a digest of the state's JSON without that key. A file edited or
/// damaged after it was written (a count changed, strings reordered) is refused when read, instead of giving wrong
/// tables. The digest is 64-bit FNV-1a (``StableHash``): it catches accidents, it is not a signature.
public enum StateFile {
    static let prefix = Array(#"{"checksum":""#.utf8)

    /// The state's JSON object (`{…}`) with the checksum added as its first key (keys stay in sorted order).
    public static func seal(_ json: [UInt8]) -> [UInt8] {
        var hash = StableHash()
        hash.add(json)
        var sealed = prefix
        sealed.reserveCapacity(json.count + 40)
        sealed += Array(hash.hex.utf8)
        sealed += Array(#"""#.utf8)
        if json.count > 2 { sealed.append(UInt8(ascii: ",")) }
        sealed += json.dropFirst()
        return sealed
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
