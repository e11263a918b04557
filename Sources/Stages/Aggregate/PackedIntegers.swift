import TextMineCore

/// A long list of integers stored in JSON as one string of decimal numbers separated by single spaces.
///
/// `JSONEncoder` and `JSONDecoder` handle each element of an `[Int]` through the generic `Codable` machinery; the
/// aggregate state holds millions of them at corpus scale. Here the numbers are written straight into their text as
/// they are appended and parsed back on UTF-8 bytes, so the encoder sees one string.
struct PackedIntegers: Codable, Equatable, Sendable {
    /// The numbers as text.
    private(set) var text: [UInt8] = []

    /// An empty list.
    init() {}

    /// A list of `values`.
    init(_ values: [Int]) {
        for value in values { append(value) }
    }

    /// Appends a number.
    mutating func append(_ value: Int) {
        if !text.isEmpty { text.append(UInt8(ascii: " ")) }
        text.appendDecimal(value)
    }

    /// The numbers.
    var values: [Int] { text.withUnsafeBufferPointer { Self.parse($0) } ?? [] }

    /// Encodes `"1 -2 3"`.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(decoding: text, as: UTF8.self))
    }

    /// Decodes the string form.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for anything but integers in range separated by single spaces.
    init(from decoder: any Decoder) throws {
        let string = try decoder.singleValueContainer().decode(String.self)
        text = Array(string.utf8)
        guard text.withUnsafeBufferPointer({ Self.parse($0) }) != nil else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a list of integers separated by spaces"))
        }
    }

    /// The integers in `bytes`, or nil when they are malformed or out of range.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var values: [Int] = []
        guard !bytes.isEmpty else { return values }
        values.reserveCapacity(bytes.count / 3)
        var index = 0
        while true {
            let negative = bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            var magnitude: UInt64 = 0
            var digits = 0
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(UInt64(bytes[index] &- UInt8(ascii: "0")))
                if overflow1 || overflow2 { return nil }
                magnitude = sum
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if negative {
                guard magnitude <= UInt64(Int.max) + 1 else { return nil }
                values.append(magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude))
            } else {
                guard magnitude <= UInt64(Int.max) else { return nil }
                values.append(Int(magnitude))
            }
            if index == bytes.count { return values }
            guard bytes[index] == UInt8(ascii: " "), index + 1 < bytes.count else { return nil }
            index += 1
        }
    }
}
