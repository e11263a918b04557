import Foundation

/// Reads RFC 4180 CSV as TextMine writes it (fields quoted when they hold `,`, `"`, CR or LF; `""` for a quote),
/// record by record, without loading the file.
public enum CSVReader {
    /// One record's fields as UTF-8 bytes, unquoted: valid only inside the call that gives it (the bytes are the
    /// reader's buffer, reused for the next record).
    public struct Record {
        /// Every field's bytes, back to back.
        let bytes: UnsafeBufferPointer<UInt8>
        /// Where each field ends in ``bytes``.
        let ends: UnsafeBufferPointer<Int>

        /// The number of fields.
        public var count: Int { ends.count }

        /// Field `index` (0 ..< ``count``).
        public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
            let start = index == 0 ? 0 : ends[index - 1]
            return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
        }
    }

    /// Calls `body` with the fields of each record of the file.
    ///
    /// - Throws: ``OutputError`` when the file cannot be read, or whatever `body` throws.
    public static func forEachRecord(inFile path: String, _ body: ([String]) throws -> Void) throws {
        var fields: [String] = []
        try forEachRecord(inFile: path) { (record: Record) in
            fields.removeAll(keepingCapacity: true)
            for index in 0..<record.count { fields.append(String(decoding: record[index], as: UTF8.self)) }
            try body(fields)
        }
    }

    /// Calls `body` with the fields of each record of the file as bytes, with no `String` made per field: the
    /// database loads the row files (the largest tables of the run) through this.
    ///
    /// - Throws: ``OutputError`` when the file cannot be read, or whatever `body` throws.
    public static func forEachRecord(inFile path: String, _ body: (Record) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw OutputError(path: path, reason: "cannot read")
        }
        defer { try? handle.close() }
        var record = RecordBuffer()
        var inQuotes = false
        var pendingQuote = false
        var sawAnything = false
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            try chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                for byte in raw {
                    if inQuotes {
                        if pendingQuote {
                            pendingQuote = false
                            if byte == 0x22 {
                                record.bytes.append(0x22)
                                continue
                            }
                            inQuotes = false
                        } else if byte == 0x22 {
                            pendingQuote = true
                            continue
                        } else {
                            record.bytes.append(byte)
                            continue
                        }
                    }
                    switch byte {
                    case 0x22 where record.bytes.count == record.fieldStart:
                        inQuotes = true
                        sawAnything = true
                    case 0x2C:
                        record.endField()
                        sawAnything = true
                    case 0x0A:
                        record.endField()
                        try record.emit(body)
                        sawAnything = false
                    case 0x0D:
                        continue
                    default:
                        record.bytes.append(byte)
                        sawAnything = true
                    }
                }
            }
        }
        if sawAnything || record.bytes.count > record.fieldStart || !record.ends.isEmpty {
            record.endField()
            try record.emit(body)
        }
    }

    /// The record being read: a plain value owned by the reading loop (not captured by a nested function, which
    /// would make every byte's append check exclusive access at run time).
    struct RecordBuffer {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        /// Where the current field starts in ``bytes``.
        var fieldStart = 0

        mutating func endField() {
            ends.append(bytes.count)
            fieldStart = bytes.count
        }

        /// Gives the record to `body` and empties the buffer for the next one.
        mutating func emit(_ body: (Record) throws -> Void) throws {
            try bytes.withUnsafeBufferPointer { bytes in
                try ends.withUnsafeBufferPointer { ends in try body(Record(bytes: bytes, ends: ends)) }
            }
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            fieldStart = 0
        }
    }
}
