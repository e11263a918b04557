import Foundation
import TextMineCore
import TextMineStages
import TextMineTesting
import XCTest

/// A few hundred mutants of the shipped pipelines (fixed seed, so a failure is reproducible): loading each must
/// either succeed or report every problem as `file:line:column: error: …`, and never crash or hang.
final class ConfigFuzzTests: XCTestCase {
    static let fragments = [
        ":", "-", " ", "  ", "\t", "[", "]", "{", "}", "'", "\"", "*a", "&a ", "#", "\n", "0", "-1", "1e999",
        "99999999999999999999",
        "null", "~", "true", "[]", "{}", "!!binary", "%", "@", "`", "|", ">", "\u{FEFF}", "é", "(", "\\", "?", ",",
        "<<: *a",
    ]

    /// One random edit of the text.
    static func mutate(_ text: String, _ random: inout SeededRandom) -> String {
        var lines = text.components(separatedBy: "\n")
        let line = Int.random(in: 0..<lines.count, using: &random)
        var characters = Array(lines[line])
        switch Int.random(in: 0..<7, using: &random) {
        case 0 where !characters.isEmpty:
            characters.remove(at: Int.random(in: 0..<characters.count, using: &random))
        case 1:
            characters.insert(
                contentsOf: fragments.randomElement(using: &random)!,
                at: Int.random(in: 0...characters.count, using: &random))
        case 2:
            lines.insert(lines[line], at: line)
        case 3:
            lines.swapAt(line, Int.random(in: 0..<lines.count, using: &random))
        case 4:
            // Replace the value after a colon.
            if let colon = characters.firstIndex(of: ":") {
                characters = Array(characters[...colon]) + Array(" " + fragments.randomElement(using: &random)!)
            }
        case 5:
            characters =
                Array(String(repeating: " ", count: Int.random(in: 0...6, using: &random)))
                + Array(lines[line].drop { $0 == " " })
        default:
            lines.remove(at: line)
            return lines.joined(separator: "\n")
        }
        lines[line] = String(characters)
        return lines.joined(separator: "\n")
    }

    func testMutatedPipelinesNeverCrashAndRejectWithPositions() throws {
        let loader = PipelineLoader(registry: BuiltinStages.registry)
        var random = SeededRandom(seed: 16)
        var accepted = 0
        var rejected = 0
        for name in ["news.yaml", "plugins.yaml"] {
            let path = TestSupport.repositoryRoot + "/Pipelines/" + name
            let original = try String(contentsOfFile: path, encoding: .utf8)
            for _ in 0..<200 {
                var text = original
                for _ in 0..<Int.random(in: 1...3, using: &random) { text = Self.mutate(text, &random) }
                do {
                    _ = try loader.load(yaml: text, path: path)
                    accepted += 1
                } catch let error as ConfigError {
                    rejected += 1
                    XCTAssertFalse(error.diagnostics.isEmpty)
                    for diagnostic in error.diagnostics where diagnostic.severity == .error {
                        let prefix = "\(path):\(diagnostic.location.line):\(diagnostic.location.column): error: "
                        XCTAssertTrue(
                            diagnostic.location.line >= 1 && diagnostic.location.column >= 1
                                && diagnostic.rendered.hasPrefix(prefix),
                            "no position: \(diagnostic.rendered)\n--- mutant ---\n\(text)")
                    }
                } catch {
                    XCTFail("not a positioned config error: \(error)\n--- mutant ---\n\(text)")
                }
            }
        }
        print("config fuzz: \(accepted) mutants accepted, \(rejected) rejected with positions")
        XCTAssertGreaterThan(rejected, 50, "the mutations must break most files")
        XCTAssertGreaterThan(accepted, 5, "and leave some valid")
    }
}
