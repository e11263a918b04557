import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import AggregateStage

/// `report.html`: self-contained, escaped, complete, and rendered by a real browser when one is installed.
final class HTMLReportTests: XCTestCase {
    /// A report over a generated corpus with hostile strings in speakers, entities and quotes.
    func render() throws -> String {
        let stage = try TestSupport.makeStage(AggregateStage.self)
        var state = stage.makeState()
        for document in CorpusGenerator.corpus(seed: 7, count: 60) { stage.accumulate(document, into: &state) }
        let content = "<script>alert('x')</script> & more"
        var hostile = Document(id: "politics/<script>.txt", group: "politics", text: "X said “\(content)” ok.")
        let contentStart = "X said “".utf8.count
        let contentEnd = contentStart + content.utf8.count
        hostile.quotes = [
            Quote(
                span: Span(7, contentEnd + 3), contentSpan: Span(contentStart, contentEnd), kind: .speech,
                speaker: "Dr <img src=x onerror=alert(1)>",
                cue: "said", rule: "q", stage: "q",
                sentiment: SentimentScores(neg: 0, neu: 0, pos: 1, compound: 0.99, label: "positive"))
        ]
        stage.accumulate(hostile, into: &state)
        return HTMLReport(tables: stage.report(state).tables, pipelineName: "news & <views>").render()
    }

    func testReportIsSelfContainedAndHasEverySection() throws {
        let html = try render()
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        for section in ["overview", "entities", "speakers", "groups", "quotes", "money", "pairs"] {
            XCTAssertTrue(html.contains("<section id=\"\(section)\">"), section)
        }
        XCTAssertTrue(html.contains("<svg class=\"chart\""))
        XCTAssertTrue(html.contains("<h3>Most positive</h3>") && html.contains("<h3>Most negative</h3>"))
        XCTAssertTrue(html.contains("<h3>PERSON</h3>") && html.contains("<h3>MONEY</h3>"))
        for group in ["politics", "business", "sport", "culture"] {
            XCTAssertTrue(html.contains("<b>\(group)</b>"), group)
        }
        // No external requests and no script: nothing that could fetch or run anything.
        for forbidden in [
            "http:", "https:", "//cdn", "<script", "<link", "@import", "url(http", "<img", "<iframe", "<object",
        ] {
            XCTAssertFalse(html.lowercased().contains(forbidden), "report contains \(forbidden)")
        }
    }

    func testEverythingFromDocumentsIsEscaped() throws {
        let html = try render()
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"), "quote text escaped")
        XCTAssertTrue(html.contains("Dr &lt;img src=x onerror=alert(1)&gt;"), "speaker escaped")
        XCTAssertTrue(html.contains("politics/&lt;script&gt;.txt"), "document id escaped")
        XCTAssertTrue(html.contains("news &amp; &lt;views&gt;"), "pipeline name escaped")
        XCTAssertTrue(html.contains("O&#39;Brien &amp; &lt;Sons&gt;"), "entity escaped")
        XCTAssertTrue(html.contains("&lt;b&gt;Eve&lt;/b&gt;"), "speaker in the chart escaped")
        XCTAssertEqual(HTMLReport.escape("a<b>&\"'\u{7}"), "a&lt;b&gt;&amp;&quot;&#39; ")
    }

    func testMissingTablesAreExplainedNotDropped() throws {
        let stage = try TestSupport.makeStage(AggregateStage.self, "{tables: [entities]}")
        var state = stage.makeState()
        for document in CorpusGenerator.corpus(seed: 3, count: 5) { stage.accumulate(document, into: &state) }
        let html = HTMLReport(tables: stage.report(state).tables, pipelineName: "p").render()
        XCTAssertTrue(html.contains("The speakers table was not produced."))
        XCTAssertTrue(html.contains("The quotes table was not produced."))
        XCTAssertTrue(html.contains("<h3>PERSON</h3>"))
    }

    /// Renders the report in headless Chromium and checks a real screenshot came out; skipped without a browser.
    /// `TEXTMINE_REPORT_SCREENSHOT=path` keeps the PNG for a look.
    func testReportRendersInAHeadlessBrowser() throws {
        let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(
            String.init)
        guard
            let browser = candidates.lazy.flatMap({ name in directories.map { $0 + "/" + name } })
                .first(where: FileManager.default.isExecutableFile(atPath:))
        else {
            throw XCTSkip("no headless browser (chromium) installed; 'make bootstrap-browser' installs one")
        }
        let folder = try TestSupport.temporaryDirectory("textmine-report")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try render().write(toFile: folder + "/report.html", atomically: true, encoding: .utf8)
        let screenshot = ProcessInfo.processInfo.environment["TEXTMINE_REPORT_SCREENSHOT"] ?? folder + "/report.png"
        try? FileManager.default.removeItem(atPath: screenshot)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(folder)/profile",
            "--window-size=1366,\(ProcessInfo.processInfo.environment["TEXTMINE_REPORT_HEIGHT"] ?? "2400")",
            "--hide-scrollbars",
            "--screenshot=\(screenshot)", "file://\(folder)/report.html",
        ]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if process.isRunning {
            process.terminate()
            XCTFail("the browser did not finish within 90 s")
            return
        }
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, log)
        let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG")
        // IHDR: width and height, big-endian, at bytes 16…23.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(width, 1366)
        XCTAssertGreaterThan(height, 1000)
        // A blank page compresses to almost nothing; a rendered report with text, tables and a chart does not.
        XCTAssertGreaterThan(png.count, 60_000, "the screenshot looks empty (\(png.count) bytes)")
    }
}
