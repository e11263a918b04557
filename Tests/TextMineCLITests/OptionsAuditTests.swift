import TextMineCore
import TextMineStages
import XCTest

/// Options are written in a stage's `Options` decoder and documented in its descriptor; these tests hold the two to
/// one set of keys for every stage of the stock binary (built-ins and bundled plugins) and for the pipeline
/// sections, and show that the audit notices a difference.
final class OptionsAuditTests: XCTestCase {
    func testEveryRegisteredStageDocumentsExactlyTheOptionsItDecodes() {
        XCTAssertFalse(BuiltinStages.all.isEmpty)
        for stage in BuiltinStages.all {
            XCTAssertEqual(OptionsAudit.problems(of: stage), [], "stage '\(stage.descriptor.name)'")
        }
    }

    func testInputAndOutputSectionsDocumentExactlyTheKeysTheyDecode() {
        XCTAssertEqual(
            OptionsAudit.problems(
                decoding: InputOptions.self, documented: InputOptions.documentedOptions, subject: "input"), [])
        XCTAssertEqual(
            OptionsAudit.problems(
                decoding: OutputOptions.self, documented: OutputOptions.documentedOptions, subject: "output"), [])
    }

    func testTheProbeSeesOptionalAndRequiredKeys() throws {
        let keys = try OptionsAudit.decodedKeys(of: Probed.self)
        XCTAssertEqual(
            keys, ["count": false, "mode": false, "files": false, "command": true, "limit": true, "choice": true])
    }

    func testTheAuditNamesUndocumentedUnreadAndMisdescribedOptions() {
        let problems = OptionsAudit.problems(of: Drifted.self)
        XCTAssertEqual(
            problems,
            [
                "stage 'drifted' decodes option 'choice', which its descriptor does not document",
                "stage 'drifted' decodes option 'files', which its descriptor does not document",
                "stage 'drifted' decodes option 'limit', which its descriptor does not document",
                "stage 'drifted' decodes option 'mode', which its descriptor does not document",
                "stage 'drifted': option 'command' is required in decoding but documented as optional",
                "stage 'drifted' documents option 'colour', which its options type never reads",
            ])
    }
}

private enum Mode: String, OptionEnum { case fast, careful }

/// Options read every way stages read them: `decode(_:forKey:default:)`, `decodeIfPresent`, `OneOrMany`,
/// `Located`, and required keys of several types.
private struct Probed: StageOptions {
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        _ = try container.decode(Int.self, forKey: AnyCodingKey("count"), default: 3)
        _ = try container.decodeIfPresent(Mode.self, forKey: AnyCodingKey("mode"))
        _ = try container.decode(OneOrMany<Located<String>>.self, forKey: AnyCodingKey("files"), default: OneOrMany())
        _ = try container.decode(Located<OneOrMany<Located<String>>>.self, forKey: AnyCodingKey("command"))
        _ = try container.decode(UInt32.self, forKey: AnyCodingKey("limit"))
        _ = try container.decode(Mode.self, forKey: AnyCodingKey("choice"))
    }
}

private struct Drifted: Stage {
    static let descriptor = StageDescriptor(
        name: "drifted", summary: "documents one option it does not read and misses others",
        options: [
            OptionDescriptor("count", .integer, default: "3", "read and documented"),
            OptionDescriptor("command", .list(.string), default: "-", "required in decoding, optional here"),
            OptionDescriptor("colour", .string, default: "red", "documented, never read"),
        ])
    init(options: Probed, context: StageContext) throws {}
    func process(_ document: inout Document) throws {}
}
