/// A run's list of input files held in one byte buffer: each file's path, and its id and group only where they are
/// not already there (an id is usually the end of its path, a group the start of its id), with a 32-byte entry per
/// file.
///
/// Why: the list lives for the whole run (the runner hands out slices of it batch by batch), and as an
/// ``InputFile`` array it cost about 220 bytes a file (three strings, two of them on the heap, and the struct): 9 MB at
/// 41,900 files, the one part of the run's memory that grew with the corpus when the aggregate tables do not. Packed,
/// it is about the path's bytes plus 32. Files with a path that is not valid UTF-8 or with a notice (rare) are kept
/// whole beside it.
struct PackedInputFiles: Sendable {
    private struct Entry {
        /// Where the path starts in `text`.
        var start: Int
        var pathLength: Int32
        /// Where the id starts, counted from `start`.
        var idOffset: Int32
        var idLength: Int32
        /// Where the group starts, counted from `start`; its length is `groupLength`.
        var groupOffset: Int32
        var groupLength: Int32
    }

    private var text: [UInt8] = []
    private var entries: [Entry] = []
    private var unusual: [Int: InputFile] = [:]

    /// Packs `files`, in order.
    init(_ files: [InputFile]) {
        entries.reserveCapacity(files.count)
        text.reserveCapacity(files.reduce(0) { $0 + Self.layout(of: $1).bytes })
        for file in files {
            if file.pathBytes != nil || file.notice != nil { unusual[entries.count] = file }
            let start = text.count
            let layout = Self.layout(of: file)
            text += file.path.utf8
            var idOffset = file.path.utf8.count - file.id.utf8.count
            if !layout.idInPath {
                idOffset = text.count - start
                text += file.id.utf8
            }
            var groupOffset = idOffset
            if !layout.groupInID {
                groupOffset = text.count - start
                text += file.group.utf8
            }
            entries.append(
                Entry(
                    start: start, pathLength: Int32(file.path.utf8.count), idOffset: Int32(idOffset),
                    idLength: Int32(file.id.utf8.count), groupOffset: Int32(groupOffset),
                    groupLength: Int32(file.group.utf8.count)))
        }
    }

    /// Whether a file's id ends its path and its group starts its id, and the bytes the file takes in `text`.
    private static func layout(of file: InputFile) -> (idInPath: Bool, groupInID: Bool, bytes: Int) {
        let idInPath =
            file.path.utf8.count >= file.id.utf8.count
            && file.path.utf8.reversed().starts(with: file.id.utf8.reversed())
        let groupInID = file.id.utf8.starts(with: file.group.utf8)
        let bytes = file.path.utf8.count + (idInPath ? 0 : file.id.utf8.count) + (groupInID ? 0 : file.group.utf8.count)
        return (idInPath, groupInID, bytes)
    }

    /// The number of files.
    var count: Int { entries.count }

    /// File `index`, as it was given.
    subscript(index: Int) -> InputFile {
        if let file = unusual[index] { return file }
        let entry = entries[index]
        return text.withUnsafeBufferPointer { bytes in
            func string(_ offset: Int32, _ length: Int32) -> String {
                let from = entry.start + Int(offset)
                return String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[from..<from + Int(length)]), as: UTF8.self)
            }
            return InputFile(
                id: string(entry.idOffset, entry.idLength), group: string(entry.groupOffset, entry.groupLength),
                path: string(0, entry.pathLength))
        }
    }
}
