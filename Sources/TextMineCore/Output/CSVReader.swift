import Foundation

/// Reads RFC 4180 CSV as TextMine writes it (fields quoted when they hold `,`, `"`, CR or LF; `""` for a quote),
/// record by record, without loading the file.
public enum CSVReader {
    /// Calls `body` with the fields of each record of the file.
    ///
    /// - Throws: ``OutputError`` when the file cannot be read, or whatever `body` throws.
    public static func forEachRecord(inFile path: String, _ body: ([String]) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw OutputError(path: path, reason: "cannot read")
        }
        defer { try? handle.close() }
        var fields: [String] = []
        var field: [UInt8] = []
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
                                field.append(0x22)
                                continue
                            }
                            inQuotes = false
                        } else if byte == 0x22 {
                            pendingQuote = true
                            continue
                        } else {
                            field.append(byte)
                            continue
                        }
                    }
                    switch byte {
                    case 0x22 where field.isEmpty:
                        inQuotes = true
                        sawAnything = true
                    case 0x2C:
                        fields.append(String(decoding: field, as: UTF8.self))
                        field.removeAll(keepingCapacity: true)
                        sawAnything = true
                    case 0x0A:
                        fields.append(String(decoding: field, as: UTF8.self))
                        field.removeAll(keepingCapacity: true)
                        try body(fields)
                        fields.removeAll(keepingCapacity: true)
                        sawAnything = false
                    case 0x0D:
                        continue
                    default:
                        field.append(byte)
                        sawAnything = true
                    }
                }
            }
        }
        if sawAnything || !field.isEmpty || !fields.isEmpty {
            fields.append(String(decoding: field, as: UTF8.self))
            try body(fields)
        }
    }
}
