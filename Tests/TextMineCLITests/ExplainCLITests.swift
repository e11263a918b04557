import Foundation
import TextMineCore
import TextMineTesting
import XCTest

/// `textmine explain` from the command line: the plain and coloured forms, `--rule` lines with exact positions,
/// `--limit`, unknown rules, nothing written besides `--html`, and the HTML page checked in headless Chromium.
final class ExplainCLITests: XCTestCase {
    /// A folder with a small pipeline of inline rules and two documents under `docs/`.
    func corpus() throws -> String {
        let root = try TestSupport.temporaryDirectory("explain")
        try FileManager.default.createDirectory(atPath: root + "/docs/b", withIntermediateDirectories: true)
        try """
        name: kwic
        stages:
          - entities:
              patterns:
                MONEY: '[$£€]\\d+(?:\\.\\d+)?(?:bn|m)?'
                PERCENT: '\\d+(?:\\.\\d+)?%'
          - aggregate: {}
        """.write(toFile: root + "/kwic.yaml", atomically: true, encoding: .utf8)
        try "Shares rose 4% after the £1.3bn deal.\nRivals paid $20m.".write(
            toFile: root + "/docs/a.txt", atomically: true, encoding: .utf8)
        try "Nothing here.\n\nBut café costs €5 now.".write(
            toFile: root + "/docs/b/c.txt", atomically: true, encoding: .utf8)
        return root
    }

    func testRuleListsEveryMatchAsKeywordInContextLines() throws {
        let root = try corpus()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try CLI.run(["explain", "kwic.yaml", "docs", "--rule", "MONEY", "--context", "10"], cwd: root)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(
            result.out,
            """
            docs/a.txt:1:26    …after the  [£1.3bn]  deal. Riv…
            docs/a.txt:2:13    …vals paid  [$20m] .
            docs/b/c.txt:3:16  …afé costs  [€5]  now.

            """)
        XCTAssertTrue(result.err.contains("explain: 3 matches of rule 'MONEY' in 2 of 2 documents"), result.err)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["docs", "kwic.yaml"],
            "explain writes nothing")
    }

    /// Documents are processed several at a time; the lines come out in input order whatever --jobs is.
    func testRuleLinesDoNotDependOnJobs() throws {
        let one = try CLI.run([
            "explain", "Pipelines/news.yaml", "Samples", "--rule", "people:speech-verb", "--jobs", "1",
        ])
        let three = try CLI.run([
            "explain", "Pipelines/news.yaml", "Samples", "--rule", "people:speech-verb", "--jobs", "3",
        ])
        XCTAssertEqual(one.status, 0, one.err)
        XCTAssertGreaterThan(one.out.split(separator: "\n").count, 5)
        XCTAssertEqual(one.out, three.out)
        XCTAssertEqual(one.err, three.err)
    }

    func testLimitStopsAfterNMatches() throws {
        let root = try corpus()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try CLI.run(
            ["explain", "kwic.yaml", "docs/b/c.txt", "docs/a.txt", "--rule", "MONEY", "--limit", "2"], cwd: root)
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, result.out)
        // Named files are read in id order (a.txt, c.txt), as `run` reads them.
        XCTAssertTrue(lines[0].hasPrefix("docs/a.txt:1:26  ") && lines[1].hasPrefix("docs/a.txt:2:13  "), result.out)
        XCTAssertTrue(
            result.err.contains("2 matches of rule 'MONEY' in 1 of 1 document (--limit 2 reached"), result.err)
    }

    func testUnknownRuleIsAUsageErrorNamingTheNearestIds() throws {
        let root = try corpus()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try CLI.run(["explain", "kwic.yaml", "docs", "--rule", "MONY"], cwd: root)
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(
            result.err.contains("error: no rule 'MONY' in kwic.yaml; nearest: 'MONEY', 'PERCENT'"), result.err)
        XCTAssertEqual(result.out, "")
        // The news pipeline's rules: a patterns-file rule is FILE:LINE, people and quote rules by name.
        let news = try CLI.run(["explain", "Pipelines/news.yaml", "Samples", "--rule", "people:titel"])
        XCTAssertEqual(news.status, 64)
        XCTAssertTrue(news.err.contains("nearest: 'people:title'"), news.err)
        let type = try CLI.run(["explain", "Pipelines/news.yaml", "Samples", "--rule", "PERSON"])
        XCTAssertEqual(type.status, 64)
        XCTAssertTrue(
            type.err.contains(
                "error: 'PERSON' is an entity type, not a rule id; its rules in Pipelines/news.yaml: 'people:title', 'people:role'"
            ), type.err)
    }

    func testPlainFormWhenNotATerminal() throws {
        let root = try corpus()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try CLI.run(["explain", "kwic.yaml", "docs/a.txt"], cwd: root)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertFalse(result.out.contains("\u{1B}"))
        for line in [
            "1  Shares rose 4% after the £1.3bn deal.\n2  Rivals paid $20m.\n",
            "#  line:col  offsets  type     stage     rule     text\n",
            "1  1:13      12-14    PERCENT  entities  PERCENT  4%  (value: 4 %)\n",
            "2  1:26      25-31    MONEY    entities  MONEY    £1.3bn  (value: 1300000000 GBP)\n",
            "3  2:13      50-54    MONEY    entities  MONEY    $20m  (value: 20000000 USD)\n",
            "legend  MONEY 2 · PERCENT 1\n",
            "corpus stages (nothing written by explain): aggregate\n",
        ] {
            XCTAssertTrue(result.out.contains(line), "missing \(line) in\n\(result.out)")
        }
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["docs", "kwic.yaml"],
            "no output folder")
    }

    /// On a terminal (a pseudo-terminal made by `script`) the coloured form; with NO_COLOR the plain one.
    func testColoursFollowTheTerminalAndNoColor() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            throw XCTSkip("no 'script' to make a terminal")
        }
        let root = try corpus()
        defer { try? FileManager.default.removeItem(atPath: root) }
        func onTerminal(_ environment: [String: String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", "'\(CLI.binary)' explain kwic.yaml docs/a.txt", "/dev/null"]
            process.currentDirectoryURL = URL(fileURLWithPath: root)
            var merged = ProcessInfo.processInfo.environment
            merged["NO_COLOR"] = nil
            process.environment = merged.merging(environment) { $1 }
            let output = Pipe()
            process.standardOutput = output
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
            return String(decoding: data, as: UTF8.self)
        }
        let coloured = try onTerminal([:])
        XCTAssertTrue(
            coloured.contains("\u{1B}[48;5;228;38;5;16m£1.3bn\u{1B}[0m\u{1B}[1;48;5;228;38;5;238m MONEY \u{1B}[0m"),
            coloured)
        let plain = try onTerminal(["NO_COLOR": "1"])
        XCTAssertFalse(plain.contains("\u{1B}["), plain)
        XCTAssertTrue(plain.contains("MONEY    entities  MONEY    £1.3bn"), plain)
        // --color always colours a pipe too.
        let forced = try CLI.run(["explain", "kwic.yaml", "docs/a.txt", "--color", "always"], cwd: root)
        XCTAssertTrue(forced.out.contains("\u{1B}[48;5;228;38;5;16m$20m"), forced.out)
    }

    func testOneFileOnlyAndClearErrorsForFoldersMissingAndEmptyFiles() throws {
        let root = try corpus()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = try CLI.run(["explain", "kwic.yaml", "docs"], cwd: root)
        XCTAssertEqual(folder.status, 64)
        XCTAssertTrue(folder.err.contains("docs: error: explain shows one file, and this is a folder"), folder.err)
        let two = try CLI.run(["explain", "kwic.yaml", "docs/a.txt", "docs/b/c.txt"], cwd: root)
        XCTAssertEqual(two.status, 64)
        XCTAssertTrue(two.err.contains("explain shows one FILE (got 2)"), two.err)
        let missing = try CLI.run(["explain", "kwic.yaml", "docs/none.txt"], cwd: root)
        XCTAssertEqual(missing.status, 66)
        XCTAssertTrue(missing.err.contains("docs/none.txt: error: no such file or folder"), missing.err)
        try "  \n".write(toFile: root + "/docs/empty.txt", atomically: true, encoding: .utf8)
        let empty = try CLI.run(["explain", "kwic.yaml", "docs/empty.txt"], cwd: root)
        XCTAssertEqual(empty.status, 1)
        XCTAssertTrue(empty.err.contains("docs/empty.txt: error: skipped: the file has no text (empty)"), empty.err)
        // With --rule, a skipped document is reported and the others are still searched.
        let search = try CLI.run(["explain", "kwic.yaml", "docs", "--rule", "PERCENT"], cwd: root)
        XCTAssertEqual(search.status, 1)
        XCTAssertTrue(search.out.hasPrefix("docs/a.txt:1:13  "), search.out)
        XCTAssertTrue(search.err.contains("1 skipped or failed"), search.err)
        let limitAlone = try CLI.run(["explain", "kwic.yaml", "docs/a.txt", "--limit", "3"], cwd: root)
        XCTAssertEqual(limitAlone.status, 64)
    }

    /// Every pipeline in Pipelines/ explains a sample; the plugin pipeline's `exec` layer is drawn and its corpus
    /// stage writes nothing.
    func testEveryShippedPipelineExplainsASample() throws {
        let hasPython =
            ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains {
                FileManager.default.isExecutableFile(atPath: "\($0)/python3")
            } == true
        let pipelines = try FileManager.default.contentsOfDirectory(atPath: TestSupport.repositoryRoot + "/Pipelines")
            .filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertTrue(pipelines.contains("news.yaml") && pipelines.contains("plugins.yaml"))
        for name in pipelines where hasPython || name != "plugins.yaml" {
            let result = try CLI.run(["explain", "Pipelines/" + name, "Samples/sport/cup-final-upset.txt"])
            XCTAssertEqual(result.status, 0, "\(name): \(result.err)")
            XCTAssertTrue(result.out.hasPrefix("Samples/sport/cup-final-upset.txt · pipeline "), name)
            if name == "plugins.yaml" {
                XCTAssertTrue(result.out.contains("topics  exec"), result.out)
                XCTAssertTrue(result.out.contains("corpus stages (nothing written by explain): keywords"), result.out)
                XCTAssertTrue(result.out.contains("topic: sport"), result.out)
            }
        }
    }

    /// A stage that fails on the document (a pattern past its match limit) is an error naming the stage and the rule;
    /// an --html path that cannot be written is exit 73.
    func testStageFailuresAndUnwritablePagesAreClearErrors() throws {
        let root = try corpus()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try """
        stages:
          - entities:
              patterns: {RUNAWAY: '(a+)+$'}
              match_limit: 5000
        """.write(toFile: root + "/runaway.yaml", atomically: true, encoding: .utf8)
        try (String(repeating: "a", count: 5000) + "!").write(
            toFile: root + "/docs/aaa.txt", atomically: true, encoding: .utf8)
        let failed = try CLI.run(["explain", "runaway.yaml", "docs/aaa.txt"], cwd: root)
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(
            failed.err.contains("docs/aaa.txt: error: stage 'entities' failed: rule 'RUNAWAY' ((a+)+$) stopped"),
            failed.err)
        XCTAssertEqual(failed.out, "")
        let unwritable = try CLI.run(
            ["explain", "kwic.yaml", "docs/a.txt", "--html", root + "/no/such/folder/page.html"], cwd: root)
        XCTAssertEqual(unwritable.status, 73, unwritable.err)
        XCTAssertTrue(unwritable.err.contains("no/such/folder/page.html"), unwritable.err)
    }

    /// The explain page of a hostile article, loaded in headless Chromium: the script ran (and only the page's own),
    /// entities and quotes are highlighted with their labels and speakers, the MONEY mention sits inside its quote,
    /// and the rules panel lists the rules with counts.
    func testHTMLPageInAHeadlessBrowser() throws {
        guard let browser = HeadlessBrowser.path else {
            throw XCTSkip("no headless browser (chromium) installed; 'make bootstrap-browser' installs one")
        }
        let root = try TestSupport.temporaryDirectory("explain-html")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try """
        Minister <script>document.body.setAttribute('data-pwned','1')</script> backs plan <img src=x onerror="document.body.setAttribute('data-pwned','2')">

        "We will invest £2bn in Manchester," said Gordon Brown, the chancellor.

        Brown said the deal would create 4% more jobs. "It is a sad day," said Ann Lee.
        """.write(toFile: root + "/article.txt", atomically: true, encoding: .utf8)
        let result = try CLI.run([
            "explain", "Pipelines/news.yaml", root + "/article.txt", "--html", root + "/page.html",
        ])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "")
        XCTAssertTrue(result.err.contains("explain: wrote \(root)/page.html"), result.err)
        let dom = try HeadlessBrowser.dumpDOM(browser: browser, file: root + "/page.html", scratch: root)
        // The page's script ran over every annotation; the article's did not run and its tags are text.
        XCTAssertNotNil(
            dom.range(of: "<body data-ready=\"[1-9][0-9]*\">", options: .regularExpression), String(dom.prefix(2000)))
        XCTAssertFalse(dom.contains("data-pwned=\""), "the article's script or onerror ran")
        XCTAssertTrue(dom.contains("Minister &lt;script&gt;document.body.setAttribute"))
        XCTAssertEqual(dom.components(separatedBy: "<img").count, 1, "the article's <img> became an element")
        // Entities highlighted with their type label; the MONEY mention nested inside the quote, which ends with
        // its speaker label.
        XCTAssertNotNil(
            dom.range(
                of:
                    "<mark class=\"ent\" data-type=\"PERSON\"[^>]*>Gordon Brown<span class=\"lbl\">PERSON</span></mark>",
                options: .regularExpression))
        XCTAssertNotNil(
            dom.range(
                of:
                    "data-speaker=\"Gordon Brown\" data-kind=\"speech\"[^>]*>\"We will invest <mark class=\"ent\" data-type=\"MONEY\"[^>]*>£2bn<span class=\"lbl\">MONEY</span></mark>",
                options: .regularExpression), "MONEY inside the quote")
        XCTAssertTrue(dom.contains("<span class=\"spk\">— Gordon Brown · cue: said · speech"))
        XCTAssertNotNil(
            dom.range(of: "<span class=\"quote neg\" data-speaker=\"Ann Lee\"", options: .regularExpression),
            "a negative quote")
        XCTAssertTrue(dom.contains("<span class=\"spk\">— Ann Lee · cue: said · speech · negative"))
        // Hover provenance on each annotation, and the rules panel with counts and patterns.
        XCTAssertTrue(dom.contains("data-stage=\"people\" data-rule=\"people:speech-verb\""))
        XCTAssertNotNil(
            dom.range(
                of:
                    "<tr id=\"rule-0\" data-r=\"0\"><td class=\"count\">3</td><td><code class=\"rule-id\">people:speech-verb</code>",
                options: .regularExpression))
        XCTAssertTrue(dom.contains("<code class=\"rule-id\">quote-comma-verb-name</code>"))
        XCTAssertTrue(dom.contains("<pre class=\"pattern\">"))

        // Hover and click, done by the page's own #selftest in the browser: the tooltip shows the quote's stage,
        // rule, speaker and pattern, its speaker's mention is outlined, and a rule click dims the other annotations.
        let acted = try HeadlessBrowser.dumpDOM(browser: browser, file: root + "/page.html#selftest", scratch: root)
        let selftest = try XCTUnwrap(
            acted.range(of: "data-selftest=\"[^\"]*\"", options: .regularExpression).map { String(acted[$0]) },
            String(acted.prefix(3000)))
        for expected in [
            "stage quotes", "rule quote-comma-verb-name", "speaker Gordon Brown", "pattern &quot;Q,&quot; said X",
            "undimmed=0",
        ] {
            XCTAssertTrue(selftest.contains(expected), "\(expected) not in \(selftest)")
        }
        let speaker = try XCTUnwrap(
            selftest.range(of: "speaker=[0-9]+", options: .regularExpression).map { selftest[$0].dropFirst(8) })
        XCTAssertNotNil(
            acted.range(of: "data-n=\"\(speaker)\"[^>]*>Gordon Brown<", options: .regularExpression),
            "outlined \(speaker), not Gordon Brown")
        let dimmed = try XCTUnwrap(
            selftest.range(of: "dimmed=[0-9]+/[0-9]+", options: .regularExpression).map {
                selftest[$0].dropFirst(7).split(separator: "/").map { Int($0)! }
            })
        XCTAssertTrue(dimmed[0] > 0 && dimmed[0] < dimmed[1], "\(dimmed)")
    }
}
