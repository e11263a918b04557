import Foundation

/// Merges the per-document files of several parts (`documents.jsonl`, `failures.jsonl`, `documents.csv`,
/// `quotes.csv`) by document id, as a k-way merge of records: each part's file is already in id order, so any split
/// of the input — contiguous shards, by date, every third file — gives the single run's file byte for byte. Records
/// with equal ids keep part order. Part files are memory-mapped; nothing but the current record of each is examined.
enum SortedMerge {
    /// How records are framed and where their id is.
    enum Format {
        /// One JSON object per line whose first `"id"` key is the document id (`documents.jsonl` puts
        /// `schema_version` first, `failures.jsonl` has sorted keys).
        case jsonLines
        /// CSV with a header line; the first field is the document id; quoted fields may hold newlines.
        case csv
    }

    /// Writes the merge of `inputs` (paths; a missing file counts as empty) to `output`: by id, or with
    /// `byID: false` the parts' records one part after the other (slices of one stream, whose single run keeps the
    /// stream's order, not the ids').
    static func merge(_ inputs: [String], format: Format, header: [UInt8] = [], byID: Bool = true, into output: String)
        throws
    {
        let parts = try inputs.map { path -> Data in
            guard FileManager.default.fileExists(atPath: path) else { return Data() }
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        }
        try AtomicFile.write(to: output) { file in
            try file.append(header)
            if !byID {
                for data in parts {
                    let start = format == .csv ? Self.recordEnd(data, from: 0, csv: true) : 0
                    if start < data.count { try file.append(data[start...]) }
                }
                return
            }
            var cursors = parts.map { data in format == .csv ? Self.recordEnd(data, from: 0, csv: true) : 0 }
            var keys: [[UInt8]?] = parts.indices.map { Self.key(parts[$0], at: cursors[$0], format: format) }
            while true {
                var best = -1
                var bestKey: [UInt8] = []
                for index in parts.indices {
                    guard let key = keys[index] else { continue }
                    if best < 0 || key.lexicographicallyPrecedes(bestKey) {
                        best = index
                        bestKey = key
                    }
                }
                guard best >= 0 else { return }
                let data = parts[best]
                let start = cursors[best]
                let end = Self.recordEnd(data, from: start, csv: format == .csv)
                try file.append(data[start..<end])
                cursors[best] = end
                keys[best] = Self.key(data, at: end, format: format)
            }
        }
    }

    /// One past the newline that ends the record starting at `start` (a newline inside CSV quotes does not).
    static func recordEnd(_ data: Data, from start: Int, csv: Bool) -> Int {
        var quoted = false
        var index = start
        while index < data.count {
            let byte = data[index]
            index += 1
            if csv && byte == UInt8(ascii: "\"") { quoted.toggle() }
            if byte == 0x0A && !quoted { return index }
        }
        return index
    }

    /// The id of the record at `start` as UTF-8 bytes, or nil at the end.
    static func key(_ data: Data, at start: Int, format: Format) -> [UInt8]? {
        guard start < data.count else { return nil }
        switch format {
        case .csv:
            var bytes: [UInt8] = []
            var index = start
            if data[index] == UInt8(ascii: "\"") {
                index += 1
                while index < data.count {
                    if data[index] == UInt8(ascii: "\"") {
                        if index + 1 < data.count, data[index + 1] == UInt8(ascii: "\"") {
                            bytes.append(UInt8(ascii: "\""))
                            index += 2
                            continue
                        }
                        break
                    }
                    bytes.append(data[index])
                    index += 1
                }
            } else {
                while index < data.count, data[index] != UInt8(ascii: ","), data[index] != 0x0A, data[index] != 0x0D {
                    bytes.append(data[index])
                    index += 1
                }
            }
            return bytes
        case .jsonLines:
            let marker = Array(#""id":""#.utf8)
            let end = recordEnd(data, from: start, csv: false)
            guard let found = data[start..<end].firstRange(of: marker) else { return [] }
            // The JSON string literal: from its opening quote to the first quote not escaped.
            let open = found.upperBound - 1
            var index = open + 1
            while index < end, data[index] != UInt8(ascii: "\"") { index += data[index] == UInt8(ascii: "\\") ? 2 : 1 }
            let literal = data[open...min(index, end - 1)]
            guard let id = try? JSONSerialization.jsonObject(with: Data(literal), options: .fragmentsAllowed) as? String
            else { return [] }
            return Array(id.utf8)
        }
    }
}
