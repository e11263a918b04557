/// A run's list of input files held in one byte buffer: each file's path, id and group, one after the other, and a
/// 24-byte entry of lengths per file.
///
/// Why: the list lives for the whole run (the runner hands out slices of it batch by batch), and as an
/// ``InputFile`` array it cost about 220 bytes a file (three strings, two of them on the heap, and the struct): 9 MB at
/// 41,900 files, the one part of the run's memory that grew with the corpus when the aggregate tables do not. Packed,
/// it is the bytes of the path, id and group plus 24 bytes. Files with a path that is not valid UTF-8 or with a notice
/// (rare) are kept whole beside it.
struct PackedInputFiles: Sendable {
    private struct Entry {
        var start: Int
        var pathLength: Int32
        var idLength: Int32
        var groupLength: Int32
    }

    private var text: [UInt8] = []
    private var entries: [Entry] = []
    private var unusual: [Int: InputFile] = [:]

    /// Packs `files`, in order.
    init(_ files: [InputFile]) {
        entries.reserveCapacity(files.count)
        text.reserveCapacity(files.reduce(0) { $0 + $1.path.utf8.count + $1.id.utf8.count + $1.group.utf8.count })
        for file in files {
            if file.pathBytes != nil || file.notice != nil { unusual[entries.count] = file }
            let start = text.count
            text += file.path.utf8
            text += file.id.utf8
            text += file.group.utf8
            entries.append(
                Entry(
                    start: start, pathLength: Int32(file.path.utf8.count), idLength: Int32(file.id.utf8.count),
                    groupLength: Int32(file.group.utf8.count)))
        }
    }

    /// The number of files.
    var count: Int { entries.count }

    /// File `index`, as it was given.
    subscript(index: Int) -> InputFile {
        if let file = unusual[index] { return file }
        let entry = entries[index]
        let pathEnd = entry.start + Int(entry.pathLength)
        let idEnd = pathEnd + Int(entry.idLength)
        let groupEnd = idEnd + Int(entry.groupLength)
        return text.withUnsafeBufferPointer { bytes in
            InputFile(
                id: String(decoding: UnsafeBufferPointer(rebasing: bytes[pathEnd..<idEnd]), as: UTF8.self),
                group: String(decoding: UnsafeBufferPointer(rebasing: bytes[idEnd..<groupEnd]), as: UTF8.self),
                path: String(decoding: UnsafeBufferPointer(rebasing: bytes[entry.start..<pathEnd]), as: UTF8.self))
        }
    }
}
