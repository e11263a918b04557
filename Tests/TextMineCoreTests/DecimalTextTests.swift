import TextMineCore
import XCTest

/// `appendDecimal` writes the integers of every CSV cell, `documents.jsonl` number and the aggregate state's lists:
/// its bytes must be `String(value)`'s for every magnitude, sign and number of digits, appended after what is there.
final class DecimalTextTests: XCTestCase {
    func check(_ value: Int, after prefix: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        var bytes = prefix
        bytes.appendDecimal(value)
        XCTAssertEqual(bytes, prefix + Array(String(value).utf8), "\(value)", file: file, line: line)
    }

    func testEveryDigitCountAndSignMatchesString() {
        var values: [Int] = [0, 1, 9, 10, 11, 99, 100, 101, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, power * 9 / 10 + 7]
        }
        values += values.filter { $0 != Int.min }.map { -$0 }
        for value in values {
            check(value, after: [])
            check(value, after: Array("x ".utf8))
        }
    }

    func testRandomValuesAppendedInARowMatchString() {
        var state: UInt64 = 0x1234_5678
        var bytes: [UInt8] = []
        var expected = ""
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Int(truncatingIfNeeded: state) >> Int(state % 64)
            bytes.appendDecimal(value)
            bytes.append(UInt8(ascii: " "))
            expected += "\(value) "
        }
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), expected)
    }
}
