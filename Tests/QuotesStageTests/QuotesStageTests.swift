import Foundation
import SentencesStage
import TextMineCore
import TextMineTesting
import XCTest

@testable import QuotesStage

final class QuotesStageTests: XCTestCase {
    func run(_ text: String, options: String = "{}") throws -> Document {
        let sentences = try TestSupport.makeStage(SentencesStage.self)
        let quotes = try TestSupport.makeStage(QuotesStage.self, options)
        return try TestSupport.run([sentences, quotes], on: text)
    }

    func testSpeechQuoteWithSpeakerCueAndProvenance() throws {
        let document = try run("Bridge vote\n\n\"We will build it,\" Mayor Helena Marsh said on Tuesday.\n")
        XCTAssertEqual(document.quotes.count, 1)
        let quote = document.quotes[0]
        XCTAssertEqual(document[quote.span], "\"We will build it,\"")
        XCTAssertEqual(document[quote.contentSpan], "We will build it,")
        XCTAssertEqual(quote.kind, .speech)
        XCTAssertEqual(quote.speaker, "Helena Marsh")
        XCTAssertEqual(quote.cue, "said")
        XCTAssertEqual(quote.stage, "quotes")
        XCTAssertFalse(quote.rule.isEmpty)
    }

    func testNonASCIINamesAndSurnameResolution() throws {
        let document = try run(
            """
            Vote

            Councillor Łukasz Nowak, who chairs the committee, said the plan was "built on sand".

            "Why now?" Nowak asked. Ždenka Šťastná said: "We agree with Łukasz."
            """)
        XCTAssertEqual(document.quotes.map(\.speaker), ["Łukasz Nowak", "Łukasz Nowak", "Ždenka Šťastná"])
    }

    /// `"Q," the Smith family said`: the family speaks as one, named without its article.
    func testAFamilySpeaksAsOne() throws {
        let document = try run(
            "Coach dies\n\nCoach Dean Smith died on Saturday.\n\n\"He passed away peacefully,\" the Smith family said.\n"
        )
        XCTAssertEqual(document.quotes.map(\.speaker), ["Smith family"])
    }

    /// `Her family said: "Q"`, `His probation report stated "Q"`: a possessive opening the sentence makes what it owns
    /// a description, no name for the tables - the speaker is null; a body named after `The` stays a name.
    func testAPossessiveOpeningTheSentenceDescribesTheSpeaker() throws {
        try assertSpeakers([nil, nil, "Kenya Flower Council"]) { open, close in
            "Court case\n\nHer family said: \(open)We are devastated.\(close)\n\nHis probation report stated "
                + "\(open)there is a link between drugs and violence\(close).\n\nThe Kenya Flower Council said: "
                + "\(open)Exports will rise.\(close)\n"
        }
    }

    /// Asserts the speakers of `text(open, close)`'s quotes with straight, curly double and curly single marks.
    func assertSpeakers(
        _ expected: [String?], file: StaticString = #filePath, line: UInt = #line,
        _ text: (String, String) -> String
    ) throws {
        for (open, close) in [("\"", "\""), ("“", "”"), ("‘", "’")] {
            XCTAssertEqual(try run(text(open, close)).quotes.map(\.speaker), expected, open, file: file, line: line)
        }
    }

    /// `A Police Service of Northern Ireland (PSNI) spokesman said: "Q"`: the body's initials in brackets belong to the
    /// description, and the body is named without them.
    func testSpokespersonForABodyWithItsInitialsInBrackets() throws {
        try assertSpeakers(["Police Service of Northern Ireland", "Clyde Valley Housing Association"]) { open, close in
            "Riots\n\nA Police Service of Northern Ireland (PSNI) spokesman said: \(open)Four petrol bombs were "
                + "thrown.\(close)\n\nA Clyde Valley Housing Association (CVHA) spokeswoman said: \(open)We are "
                + "sorry.\(close)\n"
        }
    }

    /// `a Treasury source told Sky: "Q"`: someone inside a body speaks for it unnamed, as a spokesperson does (a word of
    /// rank first is dropped); a nationality or a country's initials are no body, and an official stays a description.
    func testASourceInsideABodySpeaksForIt() throws {
        try assertSpeakers(["Treasury", "Labour", nil, nil, nil]) { open, close in
            "Row\n\nA Treasury source told Sky: \(open)This is not the first time.\(close)\n\nA senior Labour "
                + "source said: \(open)It is a shambles.\(close)\n\nAn Israeli source said: \(open)No.\(close)\n\n"
                + "A US source said: \(open)No comment.\(close)\n\nA Treasury official said: \(open)No talks.\(close)\n"
        }
    }

    /// `The Institute for Fiscal Studies says …`: `for` after an organisation word is inside the name, and so is an
    /// `and` after it (`Department for Work and Pensions`, whose `Work` and `Pensions` are no portfolio of a title);
    /// the whole name modifies a spokesperson (`A Department of Health spokesperson`).
    func testOrganisationNamesWithFor() throws {
        try assertSpeakers(["Institute for Fiscal Studies", "Department for Work and Pensions", "Department of Health"])
        {
            open, close in
            "Budget\n\nThe Institute for Fiscal Studies says the increases are \(open)tiny going on trivial\(close)."
                + "\n\nA Department for Work and Pensions spokesperson added: \(open)We are committed to it.\(close)"
                + "\n\nA Department of Health spokesperson said: \(open)We will act.\(close)\n"
        }
    }

    /// `of` after an organisation word and then `and` join a ministry's portfolio (`Ministry of Foreign and Coastal
    /// Affairs`), ending in a portfolio's word that is an organisation word too (`Development`, `Affairs`).
    func testOrganisationNamesWithOfAndAnd() throws {
        try assertSpeakers([
            "Department of Housing and Community Development", "Ministry of Foreign and Coastal Affairs",
        ]) {
            open, close in
            "Homes\n\nThe Department of Housing and Community Development said: \(open)We will act.\(close)"
                + "\n\nThe Ministry of Foreign and Coastal Affairs says it is talking.\n\nThe ministry added: "
                + "\(open)We remain committed.\(close)\n"
        }
    }

    func testFullNameIntroducedInThePossessive() throws {
        let document = try run(
            """
            Final

            City led through captain Freya Lund’s header before the break.

            "We were the better side," said Lund, "but they wanted it more."
            """)
        XCTAssertEqual(document.quotes.map(\.speaker), ["Freya Lund", "Freya Lund"])
    }

    func testScareQuotesCanBeDropped() throws {
        let text = "Minister has 'frank' talks\n\nThe so-called \"reform\" stalled.\n"
        let kept = try run(text)
        XCTAssertTrue(kept.quotes.allSatisfy { $0.kind == .scare })
        XCTAssertFalse(kept.quotes.isEmpty)
        let dropped = try run(text, options: "{keep_scare: false}")
        XCTAssertTrue(dropped.quotes.isEmpty)
    }

    func testMarkStylesOption() throws {
        let text = "Head\n\n“Curly words here,” she said. \"Straight words here,\" he said.\n"
        let curlyOnly = try run(text, options: "{marks: [curly_double]}")
        XCTAssertEqual(curlyOnly.quotes.map { curlyOnly[$0.contentSpan] }, ["Curly words here,"])
        XCTAssertThrowsError(try TestSupport.makeStage(QuotesStage.self, "{marks: [curly]}"))
    }

    /// `cues_add` (present tense: a past verb ending the clause after a quote reports it with or without the list).
    func testExtraCueVerb() throws {
        let text = "Head\n\n\"The plan is dead,\" Ana Ruiz harrumphs.\n"
        let plain = try run(text)
        let extended = try run(text, options: "{cues_add: [harrumph]}")
        XCTAssertNil(plain.quotes.first?.speaker)
        XCTAssertEqual(extended.quotes.first?.speaker, "Ana Ruiz")
    }

    /// `given_name_genders`: `NAME<TAB>m|f` lines make pronouns agree; every malformed line is reported at once.
    func testGivenNameGendersFile() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let good = folder + "/genders.tsv"
        let bad = folder + "/bad.tsv"
        try "# names\nRenee\tf\nDoug\tm\n".write(toFile: good, atomically: true, encoding: .utf8)
        try "Renee\tf\nDoug\tx\nAlone\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let text =
            "Budget row\n\nRenee Okafor spoke first. Then Doug Carter said he worried. \"We will see,\" she said."
        // unknown names: `she` takes the nearest subject; with the file, Doug is no `she`
        XCTAssertEqual(try run(text).quotes.first?.speaker, "Doug Carter")
        XCTAssertEqual(try run(text, options: "{given_name_genders: \(good)}").quotes.first?.speaker, "Renee Okafor")
        XCTAssertThrowsError(try TestSupport.makeStage(QuotesStage.self, "{given_name_genders: \(bad)}")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("line 2") && text.contains("line 3"), text)
        }
    }

    /// `given_name_genders` takes a list: every file adds names (`news.yaml` reads the Census list, then the SSA one),
    /// a name two files give both sexes says nothing, and the bad lines of every file are reported at once.
    func testGivenNameGendersList() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let census = folder + "/census.tsv"
        let more = folder + "/more.tsv"
        let contrary = folder + "/contrary.tsv"
        let bad = folder + "/bad.tsv"
        try "Kelly\tf\n".write(toFile: census, atomically: true, encoding: .utf8)
        try "Doug\tm\n".write(toFile: more, atomically: true, encoding: .utf8)
        try "Doug\tf\n".write(toFile: contrary, atomically: true, encoding: .utf8)
        try "Doug\tq\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let text =
            "Budget row\n\nKelly Mensah spoke first. Then Doug Carter said he worried. \"We will see,\" she said."
        func speaker(_ files: String) throws -> String? {
            try run(text, options: "{given_name_genders: [\(files)]}").quotes.first?.speaker
        }
        // while no file says Doug is a man's name, `she` takes the nearest subject
        XCTAssertEqual(try speaker(census), "Doug Carter")
        XCTAssertEqual(try speaker("\(census), \(more)"), "Kelly Mensah")
        XCTAssertEqual(try speaker("\(census), \(more), \(contrary)"), "Doug Carter")
        XCTAssertThrowsError(
            try TestSupport.makeStage(QuotesStage.self, "{given_name_genders: [\(bad), \(folder)/none.tsv]}")
        ) { error in
            let diagnostics = (error as? ConfigError)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.count, 2, "\(error)")
        }
    }
}

extension QuotesStageTests {
    /// `person_nouns`: a file of lower-case nouns (`#` comments) that head descriptions of people; a missing file is
    /// an error at the option.
    func testPersonNounsFile() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let nouns = folder + "/nouns.txt"
        try "# people\nyoungster\n\nwidow\n".write(toFile: nouns, atomically: true, encoding: .utf8)
        let text =
            "Call-up\n\nPerpignan centre Jean-Philippe Granclaude is delighted. \"It is incredible,\" the youngster said."
        // (the speaker's name comes with the people stage: Pipelines/news.yaml's tests)
        XCTAssertEqual(try run(text).quotes.first?.kind, .scare)
        XCTAssertEqual(try run(text, options: "{person_nouns: \(nouns)}").quotes.first?.kind, .speech)
        XCTAssertThrowsError(try TestSupport.makeStage(QuotesStage.self, "{person_nouns: \(folder)/none.txt}"))
    }
}

/// Quotation marks with nothing but spaces between them are not quotations.
final class EmptyQuoteTests: XCTestCase {
    func testRunsOfMarksGiveNoEmptyQuotes() throws {
        let sentences = try TestSupport.makeStage(SentencesStage.self)
        let quotes = try TestSupport.makeStage(QuotesStage.self)
        let marks = try TestSupport.run(
            [sentences, quotes], on: "Title\n\n" + String(repeating: "\"", count: 2_000) + " \"\" \" \" end.\n")
        XCTAssertEqual(marks.quotes.count, 0)
        let real = try TestSupport.run([sentences, quotes], on: "Title\n\n\"\" and \"We won,\" Ann Lee said.\n")
        XCTAssertEqual(real.quotes.map { real[$0.contentSpan] }, ["We won,"])
    }
}

/// The quote finder's time is linear in runs of marks and of short quotations, and in paragraphs of attributions.
final class QuoteLinearityTests: XCTestCase {
    /// Asserts that `count` × 4 repetitions of `unit` (after a headline) cost at most ~10 times the time of `count`
    /// (quadratic work costs 16 times); best of three runs each, to ride out a busy machine (with two, one run in a
    /// local suite tripped while five other processes shared the two cores).
    func assertLinear(_ unit: String, _ count: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let stages: [any Stage] = [
            try TestSupport.makeStage(SentencesStage.self), try TestSupport.makeStage(QuotesStage.self),
        ]
        func seconds(_ count: Int) throws -> Double {
            let text = "Title\n\n" + String(repeating: unit, count: count) + "\n"
            var best = Double.infinity
            for _ in 0..<3 {
                let started = Date()
                _ = try TestSupport.run(stages, on: text)
                best = min(best, Date().timeIntervalSince(started))
            }
            return best
        }
        let small = try seconds(count)
        let large = try seconds(count * 4)
        XCTAssertLessThan(
            large, small * 10 + 0.05, "'\(unit.prefix(20))' × \(count * 4) took \(large) s, × \(count) \(small) s",
            file: file, line: line)
    }

    func testRunsOfMarksCostLinearTime() throws {
        for unit in ["\"", "\"a\" ", "\u{201C}", "'"] { try assertLinear(unit, 5_000) }
    }

    /// One person named thousands of times, in full and by surname: finding each short form's full name looks at a
    /// bounded number of the earlier mentions.
    func testOnePersonNamedThousandsOfTimesCostsLinearTime() throws {
        try assertLinear(
            "Union leader Stacy Davis Gates said no. \"We wait,\" Davis Gates said. Layne Watson agreed. He said it.\n\n",
            1_500)
    }

    /// A document that is one paragraph of attributions (pronouns, descriptions, `it said`, `the company said`,
    /// colons) costs time linear in its length: every look-back for an antecedent is bounded.
    func testOneParagraphOfAttributionsCostsLinearTime() throws {
        try assertLinear(
            "The chief said she was \"fine,\" she said. It said the Acme Council was \"ok,\" and the company said it "
                + "\"agreed\" with Mr Ada Smith: \"Yes.\" ", 600)
    }

    /// One sentence that goes on for thousands of clauses of this session's layouts (address appositions before a
    /// cue, relative clauses without their closing comma, `According to X,`, names in reported clauses, a spokesperson
    /// for a body named with `and`): every backward walk is bounded.
    func testOneSentenceOfAppositionsCostsLinearTime() throws {
        try assertLinear(
            "Maria Dunn, 52, of Oak Road, Burnley, who has worked there, said \"no\", and Jo Lee, who is married said "
                + "\"yes\", according to Mr Ian Roe, and he said Tom Hill was \"fine\" and a spokesperson for Kent Fire "
                + "and Rescue Service told the spokesperson \"ok\" and ", 500)
    }
}
