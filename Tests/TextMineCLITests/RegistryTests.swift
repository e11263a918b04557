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
        for line in manifest.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            for prefix in ["stage(\"", "plugin(\""] where trimmed.hasPrefix(prefix) {
                modules.append(String(trimmed.dropFirst(prefix.count).prefix { $0 != "\"" }))
            }
        }
        XCTAssertFalse(modules.isEmpty)
        let registered = Set(BuiltinStages.all.map { String(reflecting: $0).split(separator: ".").first.map(String.init) ?? "" })
        for module in modules {
            XCTAssertTrue(registered.contains(module), "\(module) is a stage module in Package.swift but not in BuiltinStages.all")
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
