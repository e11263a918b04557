import Foundation
import TextMineTesting
import XCTest

/// Runs the `textmine` binary built beside the test bundle.
enum CLI {
    static var binary: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("textmine")
            .path
    }

    /// Runs `textmine` with arguments (and optional standard input) in the repository root.
    static func run(
        _ arguments: [String], stdin: Data? = nil, cwd: String = TestSupport.repositoryRoot,
        environment: [String: String] = [:]
    ) throws -> (status: Int32, out: String, err: String) {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw XCTSkip("\(binary) not built; run 'swift build' first")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: cwd)
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes while feeding stdin, so large outputs cannot dead-lock.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }
}
