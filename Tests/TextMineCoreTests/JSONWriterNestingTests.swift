import TextMineCore
import XCTest

/// `JSONWriter` keeps each open container's "needs a comma" flag in a 64-bit stack, and in an array past the 64th
/// level: commas must come out right at every depth, across the 64th level in both directions, and after returning
/// to a level that already held members.
final class JSONWriterNestingTests: XCTestCase {
    /// The compact JSON of `value`, written out by hand (keys sorted, like the writer).
    private func reference(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double: preconditionFailure("not generated")
        case .string(let text): return "\"" + text + "\""
        case .array(let items): return "[" + items.map(reference).joined(separator: ",") + "]"
        case .object(let fields):
            return "{"
                + fields.sorted { $0.key < $1.key }.map { "\"\($0.key)\":" + reference($0.value) }
                .joined(separator: ",") + "}"
        }
    }

    /// Containers nested up to `depth` levels, each holding a few scalars and (sometimes several) nested containers.
    private func nested(_ depth: Int, _ state: inout UInt64) -> JSONValue {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let roll = Int(state >> 40)
        var items: [JSONValue] = (0..<(roll % 3)).map { .int($0) }
        if depth > 0 {
            for _ in 0..<(1 + (roll >> 3) % 2) { items.append(nested(depth - 1, &state)) }
        }
        items.append(.string("s\(depth)"))
        if roll & 4 == 0 { return .array(items) }
        return .object(Dictionary(uniqueKeysWithValues: items.enumerated().map { ("k\($0.offset)", $0.element) }))
    }

    func testCommasAtEveryDepth() throws {
        var state: UInt64 = 64
        for depth in [0, 1, 2, 62, 63, 64, 65, 66, 90] {
            // A narrow tree so the deep cases stay small: only the first child nests further.
            var value = nested(min(depth, 6), &state)
            for level in 0..<max(0, depth - 6) {
                value = level % 2 == 0 ? .array([.int(level), value, .null]) : .object(["a": value, "b": .bool(true)])
            }
            var writer = JSONWriter()
            writer.value(value)
            writer.value(.int(7))  // a second root value after the first: a comma at the root again
            let text = String(decoding: writer.bytes, as: UTF8.self)
            XCTAssertEqual(text, reference(value) + ",7", "depth \(depth)")
            XCTAssertNoThrow(
                try JSONSerialization.jsonObject(with: Data((reference(value)).utf8), options: .fragmentsAllowed))
        }
    }
}
