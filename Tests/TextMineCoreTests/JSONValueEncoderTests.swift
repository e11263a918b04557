import Foundation
import Testing
import TextMineCore

/// Typed plugin layers are turned into JSON without `JSONEncoder`; what comes out must be what the old round trip
/// through `JSONEncoder` and `JSONDecoder` gave, so `documents.jsonl` stays byte-identical.
struct JSONValueEncoderTests {
    struct Mark: Encodable {
        var span: Span
        var label: String
        var score: Double
        var weight: Float
        var count: UInt8
        var big: UInt64
        var note: String?
        var tags: [String: Int]
        var nested: [[Int?]]
        var data: Data
        var url: URL
        var date: Date
        var amount: Decimal
        var flag: Bool
    }

    enum Kind: String, Encodable { case speech, scare }

    struct Manual: Encodable {
        func encode(to encoder: any Encoder) throws {
            var keyed = encoder.container(keyedBy: AnyCodingKey.self)
            try keyed.encode(1, forKey: AnyCodingKey("start"))
            var list = keyed.nestedUnkeyedContainer(forKey: AnyCodingKey("list"))
            try list.encode(Kind.scare)
            var inner = list.nestedContainer(keyedBy: AnyCodingKey.self)
            try inner.encodeNil(forKey: AnyCodingKey("none"))
            try inner.encode(-0.5, forKey: AnyCodingKey("half"))
            try keyed.encodeIfPresent(nil as Int?, forKey: AnyCodingKey("absent"))
        }
    }

    static func roundTrip(_ value: some Encodable) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }

    static let marks = [
        Mark(
            span: Span(3, 9), label: "Zoë \"x\"", score: 2.0, weight: 0.1, count: 200, big: .max, note: nil,
            tags: ["a": 1, "b": -2], nested: [[1, nil], []], data: Data([0, 1, 254]),
            url: URL(fileURLWithPath: "/a b", relativeTo: URL(fileURLWithPath: "/tmp/")),
            date: Date(timeIntervalSinceReferenceDate: 12.5),
            amount: Decimal(1225) / 100, flag: true),
        Mark(
            span: Span(0, 0), label: "", score: 1e300, weight: 3, count: 0, big: 7, note: "n", tags: [:], nested: [],
            data: Data(), url: URL(fileURLWithPath: "/tmp/x y"), date: Date(timeIntervalSinceReferenceDate: 0),
            amount: 3, flag: false),
        Mark(
            span: Span(1, 2), label: "e", score: -0.000123, weight: -1.5e-7, count: 1, big: 0, note: nil, tags: ["": 0],
            nested: [[nil]], data: Data([9]), url: URL(fileURLWithPath: "a"),
            date: Date(timeIntervalSinceReferenceDate: -3),
            amount: Decimal(-1) / 1000, flag: true),
    ]

    @Test func typedValuesComeOutAsTheRoundTripGaveThem() throws {
        #expect(try JSONValueEncoder.encode(Self.marks) == Self.roundTrip(Self.marks))
        for mark in Self.marks { #expect(try JSONValueEncoder.encode(mark) == Self.roundTrip(mark)) }
        #expect(try JSONValueEncoder.encode(Manual()) == Self.roundTrip(Manual()))
        #expect(try JSONValueEncoder.encode([Kind.speech]) == Self.roundTrip([Kind.speech]))
    }

    @Test(arguments: [0.0, -0.0, 1.0, -7.0, 0.1, 1.5, 1e15, 9e15, 1e16, 9.3e18, 123456789.125, -2.5e-9, 1e21, 1.5e300])
    func numbersComeOutAsTheRoundTripGaveThem(number: Double) throws {
        #expect(try JSONValueEncoder.encode([number]) == Self.roundTrip([number]))
    }

    @Test func nonFiniteNumbersThrowLikeJSONEncoder() {
        #expect(throws: EncodingError.self) { try JSONValueEncoder.encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try JSONEncoder().encode([Double.nan]) }
    }
}
