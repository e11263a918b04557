import Foundation
import Testing
import TextMineCore
import TextMineTesting

/// The exit codes are listed once (``ExitStatus``); `--help` prints that list and the README's table must match it.
struct ExitStatusTests {
    @Test func helpListsEveryExitStatus() throws {
        let help = try CLI.run(["--help"])
        let text = help.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for status in ExitStatus.allCases {
            #expect(text.contains("\(status.rawValue) \(status.meaning)"), "--help lacks exit code \(status.rawValue)")
        }
    }

    @Test func readmeTableHasTheSameCodes() throws {
        let readme = try String(contentsOfFile: TestSupport.repositoryRoot + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Exit codes").dropFirst().first)
        let table = section.components(separatedBy: "\n## ")[0]
        var codes: Set<Int32> = []
        for line in table.split(separator: "\n") where line.hasPrefix("| ") {
            let cell = line.dropFirst(2).prefix { $0 != "|" }
            for number in cell.split(whereSeparator: { !$0.isNumber }) { codes.insert(Int32(number)!) }
        }
        #expect(codes == Set(ExitStatus.allCases.map(\.rawValue)))
    }

    @Test func signalsMapToTheirStatus() {
        #expect(ExitStatus.stopped(by: SIGINT) == .interrupted)
        #expect(ExitStatus.stopped(by: SIGTERM) == .terminated)
    }
}
