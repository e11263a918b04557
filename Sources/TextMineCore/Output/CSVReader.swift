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
        try forEachRecord(inFile: path, chunkSize: 1 << 20, body)
    }

    /// ``forEachRecord(inFile:_:)`` reading the file `chunkSize` bytes at a time (tests make records straddle
    /// chunks with small sizes).
    ///
    /// Between the bytes that mean something (a quote, a comma, LF, CR; inside quotes only a quote) the bytes are
    /// copied as runs, found eight bytes at a time: copied one by one, reading the row files was 6% of the
    /// database's thread at x20, the end of the run's critical path.
    static func forEachRecord(inFile path: String, chunkSize: Int, _ body: (Record) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw OutputError(path: path, reason: "cannot read")
        }
        defer { try? handle.close() }
        var record = RecordBuffer()
        var inQuotes = false
        var pendingQuote = false
        var sawAnything = false
        while true {
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { break }
            try chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
                let count = raw.count
                var index = 0
                while index < count {
                    if inQuotes {
                        if pendingQuote {
                            pendingQuote = false
                            if base[index] == 0x22 {
                                record.bytes.append(0x22)
                                index += 1
                                continue
                            }
                            inQuotes = false  // the quote closed the field; this byte is read as unquoted below
                        } else {
                            let quote = nextSpecial(base, from: index, count: count, quotesOnly: true)
                            record.append(base, index, quote)
                            if quote < count { pendingQuote = true }
                            index = quote + 1
                            continue
                        }
                    }
                    let special = nextSpecial(base, from: index, count: count, quotesOnly: false)
                    if special > index {
                        record.append(base, index, special)
                        sawAnything = true
                    }
                    guard special < count else { break }
                    index = special + 1
                    switch base[special] {
                    case 0x22:
                        // A quote opens a quoted field only at its start; elsewhere it is a byte of the field.
                        if record.bytes.count == record.fieldStart {
                            inQuotes = true
                        } else {
                            record.bytes.append(0x22)
                        }
                        sawAnything = true
                    case 0x2C:
                        record.endField()
                        sawAnything = true
                    case 0x0A:
                        record.endField()
                        try record.emit(body)
                        sawAnything = false
                    default:  // CR
                        continue
                    }
                }
            }
        }
        if sawAnything || record.bytes.count > record.fieldStart || !record.ends.isEmpty {
            record.endField()
            try record.emit(body)
        }
    }

    /// The index of the first quote, comma, LF or CR (only a quote with `quotesOnly`) in `base[from..<count]`, or
    /// `count`. Eight bytes at a time: a lane equal to the byte sought shows as its high bit in
    /// `(x - 0x01…) & ~x & 0x80…` after XOR with that byte repeated (a lane is flagged falsely only above a true
    /// match), then byte by byte within the word flagged.
    @inline(__always)
    static func nextSpecial(_ base: UnsafePointer<UInt8>, from: Int, count: Int, quotesOnly: Bool) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func has(_ word: UInt64, _ byte: UInt64) -> Bool {
            let x = word ^ (ones &* byte)
            return (x &- ones) & ~x & highs != 0
        }
        var index = from
        let raw = UnsafeRawPointer(base)
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if has(word, 0x22) || (!quotesOnly && (has(word, 0x2C) || has(word, 0x0A) || has(word, 0x0D))) { break }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte == 0x22 || (!quotesOnly && (byte == 0x2C || byte == 0x0A || byte == 0x0D)) { return index }
            index += 1
        }
        return count
    }

    /// The record being read: a plain value owned by the reading loop (not captured by a nested function, which
    /// would make every byte's append check exclusive access at run time).
    struct RecordBuffer {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        /// Where the current field starts in ``bytes``.
        var fieldStart = 0

        /// Appends `base[start..<end]` to the current field.
        @inline(__always)
        mutating func append(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) {
            if end > start { bytes.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start)) }
        }

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
