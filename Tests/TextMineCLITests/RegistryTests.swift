import Foundation
import TextMineCore
import TextMineStages
import TextMineTesting
import XCTest

final class RegistryTests: XCTestCase {
    /// Every stage and plugin module declared in Package.swift must be in the stock registry.
    func testEveryStageModuleIsRegistered() throws {
        let manifest = try String(contentsOfFile: TestSupport.repositoryRoot + "/Package.swift", encoding: .utf8)
        var modules: [String] = []
        var inPluginList = false
        for line in manifest.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            for prefix in ["stage(\"", "plugin(\""] where trimmed.hasPrefix(prefix) {
                modules.append(String(trimmed.dropFirst(prefix.count).prefix { $0 != "\"" }))
            }
            // The `let plugins = [ "Name", … ]` list: each name is module NameStage.
            if trimmed.hasPrefix("let plugins = [") {
                inPluginList = true
                continue
            }
            if inPluginList {
                if trimmed.hasPrefix("]") {
                    inPluginList = false
                    continue
                }
                if trimmed.hasPrefix("\"") {
                    modules.append(String(trimmed.dropFirst().prefix { $0 != "\"" }) + "Stage")
                }
            }
        }
        XCTAssertTrue(
            modules.contains("KeywordsStage") && modules.contains("ReadabilityStage"),
            "the plugin list was read: \(modules)")
        XCTAssertFalse(modules.isEmpty)
        let registered = Set(
            BuiltinStages.all.map { String(reflecting: $0).split(separator: ".").first.map(String.init) ?? "" })
        for module in modules {
            XCTAssertTrue(
                registered.contains(module), "\(module) is a stage module in Package.swift but not in BuiltinStages.all"
            )
        }
        XCTAssertEqual(Set(BuiltinStages.registry.names).count, BuiltinStages.all.count, "stage names are unique")
    }

    func testEveryDescriptorDocumentsItself() {
        for descriptor in BuiltinStages.registry.descriptors {
            XCTAssertFalse(descriptor.summary.isEmpty, descriptor.name)
            XCTAssertFalse(descriptor.example.isEmpty, descriptor.name)
            XCTAssertEqual(descriptor.name, descriptor.name.lowercased(), descriptor.name)
        }
    }
}
