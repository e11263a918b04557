import Foundation

/// A table an aggregator contributes: written as `NAME.csv`, as an SQLite table and in the HTML report.
public struct OutputTable: Sendable, Equatable {
    /// A column's declared type (SQLite affinity).
    public enum ColumnType: String, Sendable, Equatable {
        /// UTF-8 text.
        case text = "TEXT"
        /// A 64-bit integer.
        case integer = "INTEGER"
        /// A floating-point number.
        case real = "REAL"
    }

    /// A column.
    public struct Column: Sendable, Equatable {
        /// The column name (snake_case).
        public var name: String
        /// The column type.
        public var type: ColumnType

        /// Creates a column.
        public init(_ name: String, _ type: ColumnType) {
            self.name = name
            self.type = type
        }
    }

    /// One cell.
    public enum Value: Sendable, Hashable {
        /// Text.
        case text(String)
        /// An integer.
        case integer(Int)
        /// A number.
        case real(Double)
        /// Missing.
        case null

        /// The value as CSV/HTML text.
        public var text: String {
            switch self {
            case .text(let string): return string
            case .integer(let number): return String(number)
            case .real(let number): return OutputTable.format(number)
            case .null: return ""
            }
        }
    }

    /// The table name: file name and SQLite table name.
    public var name: String
    /// What the table holds, for the report.
    public var title: String
    /// The columns.
    public var columns: [Column]
    /// Where the rows are, each row with one value per column.
    public var rows: Rows
    /// Columns to index in SQLite; an entry may name several columns separated by commas (`"group,type"`).
    public var indexes: [String]
    /// The columns that identify a row (the SQLite primary key), or empty for none. Writers fall back to a plain
    /// index when the rows turn out not to be unique.
    public var primaryKey: [String]

    /// A table's rows: in memory, made on demand, or in a file.
    public enum Rows: Sendable, Equatable {
        /// Rows held as values.
        case values([[Value]])
        /// Rows made on demand: a large aggregate table keeps its compact sorted keys and turns each into values only
        /// while a writer passes over it.
        case lazy(LazyRows)
        /// Rows in a CSV file at this path (written by the runner from a ``DocumentRowProducer``, header line
        /// first), read back as a stream by the writers that need them.
        case file(String)
    }

    /// The CSV file holding the rows, when they are in one (``Rows/file(_:)``).
    public var rowFile: String? {
        if case .file(let path) = rows { return path }
        return nil
    }

    /// Rows made on demand from an index: a random-access collection of `[Value]`.
    public struct LazyRows: RandomAccessCollection, Sendable, Equatable {
        /// The number of rows.
        public let count: Int
        private let make: @Sendable (Int) -> [Value]

        /// A collection of `count` rows, row `i` being `make(i)`.
        public init(count: Int, make: @escaping @Sendable (Int) -> [Value]) {
            self.count = count
            self.make = make
        }

        /// Rows that are already values.
        public init(_ rows: [[Value]]) { self.init(count: rows.count) { rows[$0] } }

        /// 0.
        public var startIndex: Int { 0 }
        /// ``count``.
        public var endIndex: Int { count }
        /// Row `position`, made now.
        public subscript(position: Int) -> [Value] { make(position) }

        /// Equal when every row is.
        public static func == (lhs: LazyRows, rhs: LazyRows) -> Bool { lhs.elementsEqual(rhs) }
    }

    /// The rows held in memory or made on demand (none for a ``rowFile``; see ``forEachRow(_:)``).
    public var rowCollection: LazyRows {
        switch rows {
        case .values(let values): return LazyRows(values)
        case .lazy(let lazy): return lazy
        case .file: return LazyRows([])
        }
    }

    /// Whether the table has no rows in memory or on demand (a ``rowFile`` may still hold some).
    public var hasNoRowsInMemory: Bool { rowCollection.isEmpty }

    /// Creates a table.
    public init(
        name: String, title: String, columns: [Column], rows: [[Value]] = [], indexes: [String] = [],
        primaryKey: [String] = []
    ) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = .values(rows)
        self.indexes = indexes
        self.primaryKey = primaryKey
    }

    /// Formats a number with up to 6 decimals and no trailing zeros, so tables are stable across platforms.
    public static func format(_ number: Double) -> String {
        var bytes: [UInt8] = []
        appendFormatted(number, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``format(_:)``'s text of `number` to `out` as bytes: the CSV writers call this for every real cell,
    /// and building the text as `String`s cost five allocations a number.
    public static func appendFormatted(_ number: Double, to out: inout [UInt8]) {
        guard number.isFinite else { return }
        let scaled = (number * 1_000_000).rounded()
        // Beyond what Int64 holds in millionths (about 9.2 × 10¹²), print the rounded whole number.
        if abs(scaled) >= 9.0e18 {
            out.append(contentsOf: String(format: "%.0f", number.rounded()).utf8)
            return
        }
        if scaled == 0 {
            out.append(UInt8(ascii: "0"))
            return
        }
        if scaled < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = Int64(abs(scaled))
        out.appendDecimal(Int(magnitude / 1_000_000))
        // The millionths without their trailing zeros, padded with leading zeros to their place.
        var fraction = Int(magnitude % 1_000_000)
        guard fraction != 0 else { return }
        var places = 6
        while fraction % 10 == 0 {
            fraction /= 10
            places -= 1
        }
        out.append(UInt8(ascii: "."))
        var width = 1
        var power = 10
        while power <= fraction {
            width += 1
            power *= 10
        }
        for _ in width..<places { out.append(UInt8(ascii: "0")) }
        out.appendDecimal(fraction)
    }

    /// The header line of the table's CSV, newline included.
    public var csvHeader: [UInt8] {
        var line: [UInt8] = []
        Self.appendCSVLine(columns.map { Value.text($0.name) }, to: &line)
        return line
    }

    /// One row as a CSV line, newline included.
    public static func csvLine(_ row: [Value]) -> [UInt8] {
        var line: [UInt8] = []
        appendCSVLine(row, to: &line)
        return line
    }

    /// Appends one row as a CSV line (RFC 4180 quoting, `\n` line end) to `out`, working on UTF-8 bytes.
    public static func appendCSVLine(_ row: [Value], to out: inout [UInt8]) {
        for (index, value) in row.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            switch value {
            case .text(let text): appendCSVField(text, to: &out)
            case .integer(let number): out.appendDecimal(number)
            case .real(let number): appendFormatted(number, to: &out)
            case .null: break
            }
        }
        out.append(0x0A)
    }

    /// Appends a field, quoted (with doubled quotes) when it holds a comma, a quote or a line break.
    static func appendCSVField(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard needsQuotes(bytes) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(0x22)
            for byte in bytes {
                if byte == 0x22 { out.append(0x22) }
                out.append(byte)
            }
            out.append(0x22)
        }
    }

    /// Whether a field holds a comma, a quote, LF or CR. Eight bytes at a time: a byte of a word equal to one of
    /// the four shows as the high bit of its lane in `(x - 0x01…) & ~x & 0x80…` after XOR with that byte repeated
    /// (lanes above a true match may be flagged falsely only when a lower lane matched, so the answer is exact).
    @inline(__always)
    static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if hasZeroByte(word ^ (ones &* 0x2C)) || hasZeroByte(word ^ (ones &* 0x22))
                    || hasZeroByte(word ^ (ones &* 0x0A)) || hasZeroByte(word ^ (ones &* 0x0D))
                {
                    return true
                }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { return true }
            index += 1
        }
        return false
    }

    /// The rows of a table, from memory or streamed from its ``rowFile`` (typed by the columns; CSV cannot tell an
    /// empty string from a missing value, so empty cells read back as `.null`).
    public func forEachRow(_ body: ([Value]) throws -> Void) throws {
        guard let rowFile else {
            for row in rowCollection { try body(row) }
            return
        }
        var first = true
        try CSVReader.forEachRecord(inFile: rowFile) { fields in
            if first {
                first = false
                return
            }
            var row: [Value] = []
            row.reserveCapacity(columns.count)
            for (index, column) in columns.enumerated() {
                let field = index < fields.count ? fields[index] : ""
                switch column.type {
                case .text: row.append(field.isEmpty ? .null : .text(field))  // CSV cannot tell "" from NULL
                case .integer: row.append(Int(field).map(Value.integer) ?? .null)
                case .real: row.append(Double(field).map(Value.real) ?? .null)
                }
            }
            try body(row)
        }
    }

    /// The table as RFC 4180 CSV (header row, CRLF-free: `\n` line ends, fields quoted when needed).
    public func csvBytes() -> [UInt8] {
        var out = csvHeader
        for row in rowCollection { Self.appendCSVLine(row, to: &out) }
        return out
    }

    /// Writes the table as CSV to `path`, atomically, in chunks (the whole text is never held at once).
    public func writeCSV(to path: String) throws {
        try AtomicFile.write(to: path) { file in
            try file.append(csvHeader)
            var line: [UInt8] = []
            for row in rowCollection {
                line.removeAll(keepingCapacity: true)
                Self.appendCSVLine(row, to: &line)
                try file.append(line)
            }
        }
    }

    /// The table as CSV text (see ``csvBytes()``).
    public func csv() -> String { String(decoding: csvBytes(), as: UTF8.self) }
}
