import Foundation
import TextMineCore
import XCTest

/// Nested YAML aliases cannot make a small file expand without bound.
final class YAMLAliasTests: XCTestCase {
    func testBillionLaughsIsRejectedAtTheAliasQuickly() throws {
        var lines = ["name: bomb", #"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        lines.append("stages: [tokenize]")
        let text = lines.joined(separator: "\n") + "\n"
        XCTAssertLessThan(text.utf8.count, 700)
        let started = Date()
        XCTAssertThrowsError(try ConfigNode.parse(yaml: text, path: "bomb.yaml")) { error in
            let diagnostics = (error as? ConfigError)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.count, 1)
            let diagnostic = diagnostics[0]
            XCTAssertTrue(diagnostic.message.contains("expands to more than"), diagnostic.message)
            // At an alias: the line's text at that column starts with '*'.
            let line = lines[diagnostic.location.line - 1]
            XCTAssertEqual(line.dropFirst(diagnostic.location.column - 1).first, "*", "\(diagnostic.location)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }

    func testOrdinaryAliasesStillWork() throws {
        let node = try ConfigNode.parse(
            yaml: "defaults: &d {top: 5}\nfirst: *d\nsecond: {<<: *d, min_count: 2}\n", path: "ok.yaml")
        XCTAssertEqual(node["first"]?["top"]?.scalar, "5")
    }
}
