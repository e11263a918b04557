import Foundation
import TextMineTesting
import XCTest

@testable import TextMineCore

/// The CSV reader copies the bytes between commas, quotes and line ends as runs: its records must be the ones a
/// byte-at-a-time reading gives, for any text (quoted fields with doubled quotes, CRs, quotes inside unquoted
/// fields, a last line without LF) and wherever the file's chunks end.
final class CSVReaderTests: XCTestCase {
    /// The byte-at-a-time reading the reader replaced.
    private func reference(_ data: [UInt8]) -> [[[UInt8]]] {
        var records: [[[UInt8]]] = []
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var inQuotes = false
        var pendingQuote = false
        var sawAnything = false
        func endField() {
            fields.append(field)
            field = []
        }
        for byte in data {
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
                endField()
                sawAnything = true
            case 0x0A:
                endField()
                records.append(fields)
                fields = []
                sawAnything = false
            case 0x0D:
                continue
            default:
                field.append(byte)
                sawAnything = true
            }
        }
        if sawAnything || !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(fields)
        }
        return records
    }

    func testRecordsAreTheByteAtATimeReadingsForAnyChunking() throws {
        let folder = try TestSupport.temporaryDirectory()
        let path = folder + "/rows.csv"
        let pieces: [[UInt8]] = [
            Array(",".utf8), Array("\"".utf8), Array("\"\"".utf8), Array("\n".utf8), Array("\r\n".utf8),
            Array("\r".utf8), Array("word".utf8), Array("a longer run of plain text".utf8), Array("Björk".utf8),
            Array("\"quoted, with comma\"".utf8), Array("\"say \"\"hi\"\"\"".utf8), Array("12345".utf8),
        ]
        var random = SeededRandom(seed: 29)
        var records = 0
        for round in 0..<400 {
            var data: [UInt8] = []
            for _ in 0..<Int(random.next() % 40) { data += pieces[Int(random.next() % UInt64(pieces.count))] }
            try Data(data).write(to: URL(fileURLWithPath: path))
            let expected = reference(data)
            for chunkSize in [1, 2, 3, 7, 8, 9, 64, 1 << 20] {
                var read: [[[UInt8]]] = []
                try CSVReader.forEachRecord(inFile: path, chunkSize: chunkSize) { (record: CSVReader.Record) in
                    read.append((0..<record.count).map { Array(record[$0]) })
                }
                XCTAssertEqual(
                    read, expected,
                    "round \(round), chunks of \(chunkSize): \(String(decoding: data, as: UTF8.self).debugDescription)")
            }
            records += expected.count
        }
        XCTAssertGreaterThan(records, 1000)
    }
}
