import TextMineCore
import XCTest

/// CSV fields are quoted exactly when they hold a comma, a quote, LF or CR, wherever in the field (the check runs
/// eight bytes at a time, so every position of every length around the word size is tried).
final class CSVQuotingTests: XCTestCase {
    /// The quoting rule written out byte by byte, for comparison.
    static func reference(_ field: String) -> [UInt8] {
        let bytes = Array(field.utf8)
        guard bytes.contains(where: { [0x2C, 0x22, 0x0A, 0x0D].contains($0) }) else { return bytes + [0x0A] }
        return [0x22] + bytes.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] } + [0x22, 0x0A]
    }

    func testEverySpecialByteAtEveryPositionIsQuoted() {
        // Neighbours of the four bytes (`+`, `-`, `!`, `#`, tab, VT, FF, SO) and non-ASCII bytes must not count.
        let fillers = ["a", "+", "-", "!", "#", "\t", "\u{0B}", "\u{0C}", "\u{0E}", "é", "\u{AC}"]
        for length in 0...20 {
            for filler in fillers {
                let plain = String(repeating: filler, count: length)
                XCTAssertEqual(OutputTable.csvLine([.text(plain)]), Self.reference(plain), "\(length) × \(filler)")
                for position in 0..<length {
                    for special in [",", "\"", "\n", "\r"] {
                        var characters = Array(repeating: filler, count: length)
                        characters[position] = special
                        let field = characters.joined()
                        XCTAssertEqual(
                            OutputTable.csvLine([.text(field)]), Self.reference(field), field.debugDescription)
                    }
                }
            }
        }
    }
}
