import Foundation
import TextMineCore
import XCTest

/// Real cells of every CSV table are written by `OutputTable.appendFormatted` as bytes; they must be the text the
/// tables always had: up to six decimals, no trailing zeros, `0` for anything that rounds to zero, the rounded whole
/// number beyond Int64's millionths, nothing for NaN and infinities.
final class RealCellFormatTests: XCTestCase {
    /// The text built with `String`s, as `format` did before it wrote bytes.
    func reference(_ number: Double) -> String {
        guard number.isFinite else { return "" }
        let scaled = (number * 1_000_000).rounded()
        if abs(scaled) >= 9.0e18 { return String(format: "%.0f", number.rounded()) }
        if scaled == 0 { return "0" }
        let magnitude = Int64(abs(scaled))
        var fraction = String(magnitude % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (scaled < 0 ? "-" : "") + String(magnitude / 1_000_000) + (fraction.isEmpty ? "" : "." + fraction)
    }

    func check(_ number: Double, file: StaticString = #filePath, line: UInt = #line) {
        var bytes = Array("x,".utf8)
        OutputTable.appendFormatted(number, to: &bytes)
        XCTAssertEqual(
            String(decoding: bytes, as: UTF8.self), "x," + reference(number), "\(number)", file: file, line: line)
        XCTAssertEqual(OutputTable.format(number), reference(number), "\(number)", file: file, line: line)
    }

    func testEdgeCases() {
        for number in [
            0, -0.0, 1e-7, -1e-7, 5e-7, -5e-7, 1e-6, 0.5, -0.5, 0.05, 0.000_05, 0.100_001, 0.999_999_5, 1, -1, 10,
            100.25,
            123.456, 0.4588, -0.9999, 1e12, 9.2e12, 9.3e12, -9.3e12, 1e300, -1e300, .nan, .infinity, -.infinity,
            Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude,
        ] {
            check(number)
        }
    }

    func testRandomValuesOfEveryMagnitude() {
        var state: UInt64 = 42
        for _ in 0..<50_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(state >> 11) / Double(1 << 53)
            let exponent = Int(state % 20) - 8
            let sign: Double = state & 1 == 0 ? 1 : -1
            check(sign * unit * pow(10, Double(exponent)))
            // Whole millionths, which hit every count of trailing zeros.
            check(sign * Double(Int(state % 10_000_000)) / 1_000_000)
        }
    }
}
