import QuoteAttribution
import XCTest

/// One test per extraction and attribution pattern, with straight and curly marks.
final class PatternTests: XCTestCase {
    func check(
        _ text: String, _ prefix: String, speaker: String?, rule: String? = nil, cue: String? = nil,
        kind: QuoteKind = .speech, file: StaticString = #filePath, line: UInt = #line
    ) {
        for t in bothStyles(text) {
            let r = Run(t)
            guard let q = r.quote(prefix, file: file, line: line) else { continue }
            XCTAssertEqual(q.speaker, speaker, "speaker in: \(t)", file: file, line: line)
            if let rule { XCTAssertEqual(q.rule, rule, "rule in: \(t)", file: file, line: line) }
            if let cue { XCTAssertEqual(q.cue, cue, "cue in: \(t)", file: file, line: line) }
            XCTAssertEqual(q.kind, kind, "kind in: \(t)", file: file, line: line)
            if speaker != nil, let sr = q.speakerRange {
                XCTAssertTrue(
                    r.str(sr)!.contains(speaker!.split(separator: " ").last!), "speakerRange \(r.str(sr)!)", file: file,
                    line: line)
            }
        }
    }

    let head = "Council row deepens\n\n"

    func testQuoteCommaNameVerb() {
        check(
            head + "\"We will win the vote on Tuesday,\" John Smith said.", "We will win", speaker: "John Smith",
            rule: "quote-comma-name-verb", cue: "said")
    }

    func testQuoteCommaVerbName() {
        check(
            head + "\"We will win the vote on Tuesday,\" said John Smith.", "We will win", speaker: "John Smith",
            rule: "quote-comma-verb-name", cue: "said")
        check(
            head + "\"Is this the end of the road?\" asked Mary Jones.", "Is this", speaker: "Mary Jones",
            rule: "quote-comma-verb-name", cue: "asked")
    }

    func testNameVerbColon() {
        check(
            head + "Mary Jones said: \"The budget is simply not enough for the town.\"", "The budget",
            speaker: "Mary Jones",
            rule: "name-verb-colon", cue: "said")
    }

    func testNameVerbQuote() {
        check(
            head + "Mary Jones said \"the budget is simply not enough for the town\".", "the budget",
            speaker: "Mary Jones",
            rule: "name-verb-quote")
    }

    func testNameToldObjectColon() {
        check(
            head + "Mary Jones told reporters: \"The budget is simply not enough.\"", "The budget",
            speaker: "Mary Jones",
            rule: "name-verb-object-colon", cue: "told")
    }

    func testQuoteCommaAccordingTo() {
        check(
            head + "\"The town has never been in better shape,\" according to Peter Brown.", "The town",
            speaker: "Peter Brown",
            rule: "quote-comma-according-to", cue: "according to")
    }

    func testAccordingToBeforeQuote() {
        check(
            head + "According to Peter Brown, \"the town has never been in better shape\".", "the town",
            speaker: "Peter Brown",
            rule: "according-to-quote", cue: "According to")
    }

    func testSentenceFinalAccordingTo() {
        check(
            head + "Talks were hampered by \"gaps of trust\" between the two sides, according to Mayor Peter Brown.",
            "gaps of trust", speaker: "Peter Brown", rule: "comma-according-to")
    }

    func testSplitQuote() {
        let t = head + "\"We tried everything,\" Anna Berg said, \"but the money simply ran out.\""
        check(t, "We tried", speaker: "Anna Berg", rule: "quote-comma-name-verb")
        check(t, "but the money", speaker: "Anna Berg", rule: "split")
        let t2 = head + "\"We tried everything,\" said Anna Berg, \"but the money simply ran out.\""
        check(t2, "but the money", speaker: "Anna Berg", rule: "split")
    }

    func testContinuationParagraph() {
        let t =
            head + "\"We tried everything,\" said Anna Berg.\n\n\"The money simply ran out and nobody would help us.\""
        check(t, "The money", speaker: "Anna Berg", rule: "continuation")
        // same paragraph, next sentence
        let t2 =
            head + "\"We tried everything,\" said Anna Berg. \"The money simply ran out and nobody would help us.\""
        check(t2, "The money", speaker: "Anna Berg", rule: "continuation")
    }

    func testContinuationBlockedByOtherPerson() {
        let t =
            head
            + "\"We tried everything,\" said Anna Berg.\n\nPaul Ryder disagreed with the plan.\n\n\"The money simply ran out and nobody would help us at all.\""
        for s in bothStyles(t) {
            let q = Run(s).quote("The money")
            XCTAssertNotEqual(q?.speaker, "Anna Berg")
        }
    }

    func testIntroParagraph() {
        let t =
            head
            + "Last month council spokesman Josh Earnest reiterated the council's caution.\n\n\"We have a test case just over the border about what happens next.\""
        check(t, "We have a test", speaker: "Josh Earnest", rule: "intro", cue: "reiterated")
    }

    func testPronoun() {
        let t = head + "Tom Hardy left the meeting early. \"I have nothing more to add to this,\" he said."
        check(t, "I have nothing", speaker: "Tom Hardy", rule: "pronoun", cue: "said")
    }

    func testPronounGender() {
        let t = head + "Mrs Ann Lee met Mr Tom Hardy. \"I have nothing more to add to this,\" she said."
        check(t, "I have nothing", speaker: "Ann Lee", rule: "pronoun")
    }

    func testSurnameResolvesToFullName() {
        let t = head + "Josh Earnest spoke first at the hearing.\n\n\"We are not going anywhere soon,\" Earnest said."
        for s in bothStyles(t) {
            let r = Run(s)
            guard let q = r.quote("We are not") else { continue }
            XCTAssertEqual(q.speaker, "Josh Earnest")
            XCTAssertEqual(q.speakerRange.map { $0.lowerBound }, r.offset(of: "Josh Earnest"))
        }
        // full name later in the text (headline style)
        check(
            "Obama: \"Gaps of trust\" remain\n\nUS President Barack Obama spoke in Laos.", "Gaps of trust",
            speaker: "Barack Obama", rule: "name-colon")
    }

    func testRoleAndTitleStripping() {
        check(
            head + "White House spokesman Josh Earnest said: \"We are watching closely.\"", "We are",
            speaker: "Josh Earnest")
        check(
            head + "\"We are watching closely,\" said White House spokesman Josh Earnest.", "We are",
            speaker: "Josh Earnest")
        check(
            head + "Chairman and chief executive Richard Parsons said \"the deal is done and dusted\".", "the deal",
            speaker: "Richard Parsons")
        check(
            head + "US Secretary of State John Kerry said: \"We are watching closely.\"", "We are",
            speaker: "John Kerry")
        check(head + "\"We are watching closely,\" Mr Blair said.", "We are", speaker: "Blair")
        check(
            head + "Tony Blair arrived.\n\n\"We are watching closely,\" Mr Blair said.", "We are", speaker: "Tony Blair"
        )
    }

    func testAppositive() {
        check(
            head
                + "Aimen Dean, a former jihadist who later worked for British intelligence, quotes an Arab proverb: \"I did not fast this long only to break my fast with an onion.\"",
            "I did not", speaker: "Aimen Dean", cue: "quotes")
        check(
            head + "\"It is over,\" Andrew Pendleton, head of trade policy at the charity, said.", "It is over",
            speaker: "Andrew Pendleton")
    }

    func testOrganisationSpeaker() {
        check(
            head + "\"No decision has been taken yet,\" the ministry said in a statement.", "No decision",
            speaker: "the ministry",
            rule: "quote-comma-name-verb")
        check(
            head + "\"No decision has been taken yet,\" a spokeswoman for the ministry said.", "No decision",
            speaker: "a spokeswoman for the ministry")
        check(
            head + "The White House said: \"No decision has been taken yet.\"", "No decision",
            speaker: "the White House")
    }

    func testParticipleCue() {
        check(
            head + "Maria Hutchings marched up to him, saying \"Tony, that's rubbish\" as she left.", "Tony, that",
            speaker: "Maria Hutchings",
            rule: "participle")
    }

    func testApostrophesAreNotQuotes() {
        let r = Run(
            head
                + "I don't think Jones' book about the '90s and rock 'n' roll is O'Brien's best. Syria’s war didn’t end."
        )
        XCTAssertEqual(r.quotes.count, 0, "\(r.quotes.map { r.str($0.content)! })")
        // a real single-quoted phrase next to apostrophes
        let r2 = Run("Obama has 'blunt' meeting with Putin's team\n\nIt's the '90s again.")
        XCTAssertEqual(r2.quotes.map { r2.str($0.content)! }, ["blunt"])
    }

    func testAbbreviatedTitlesWithAFullStopStayInTheName() {
        for text in [
            "Fusion\n\n\"It is not the number that matters,\" said Dr. Ana Petrović, a physicist.",
            "Fusion\n\n“It is not the number that matters,” said Sen. Ana Petrović.",
        ] {
            let r = Run(text)
            XCTAssertEqual(r.quotes.map(\.speaker), ["Ana Petrović"], text)
        }
    }

    func testNamingVerbsWithAnObjectAreJudgementsBySubject() {
        for text in [
            "Row\n\nMartyn Williams called it \"one of the most surreal days\". A band called \"Ash\" played.",
            "Row\n\nMartyn Williams called it “one of the most surreal days”. A band called “Ash” played.",
        ] {
            let r = Run(text)
            XCTAssertEqual(r.quotes.map(\.kind), [.speech, .scare], text)
            XCTAssertEqual(r.quotes.map(\.speaker), ["Martyn Williams", nil], text)
        }
    }

    func testScareQuotes() {
        let r = Run(
            "Obama has 'blunt' meeting with Putin\n\nIt was known as \"masochism strategy\" in the run-up to the war.")
        XCTAssertEqual(r.quotes.count, 2)
        XCTAssertTrue(r.quotes.allSatisfy { $0.kind == .scare && $0.speaker == nil && $0.rule == "none" })
        let r2 = Run("Obama has ‘blunt’ meeting with Putin")
        XCTAssertEqual(r2.quotes.first?.kind, .scare)
        var o = QuoteOptions()
        o.keepScare = false
        XCTAssertEqual(Run("Obama has 'blunt' meeting with Putin", options: o).quotes.count, 0)
    }

    func testNestedQuote() {
        for t in [
            head + "\"He told me 'never give up' every single day,\" said Ann Lee.",
            head + "“He told me ‘never give up’ every single day,” said Ann Lee.",
        ] {
            let r = Run(t)
            XCTAssertEqual(r.quotes.count, 2)
            let outer = r.quote("He told me")
            let inner = r.quote("never give up")
            XCTAssertEqual(outer?.speaker, "Ann Lee")
            XCTAssertEqual(outer?.nested, false)
            XCTAssertEqual(inner?.nested, true)
            XCTAssertEqual(inner?.rule, "nested")
        }
    }

    func testUnclosedQuoteEndsAtParagraph() {
        for t in bothStyles(head + "Mary Jones said: \"This quote never closes and runs on\n\nNext paragraph here.") {
            let r = Run(t)
            XCTAssertEqual(r.quotes.count, 1)
            let q = r.quotes[0]
            XCTAssertTrue(q.unclosed)
            XCTAssertEqual(r.str(q.content), "This quote never closes and runs on")
            XCTAssertEqual(q.speaker, "Mary Jones")
        }
    }

    func testMultiParagraphQuote() {
        let t = head + "\"The first paragraph of the statement.\n\n\"The second paragraph ends here,\" said Mary Jones."
        for s in [
            t,
            "Council row deepens\n\n“The first paragraph of the statement.\n\n“The second paragraph ends here,” said Mary Jones.",
        ] {
            let r = Run(s)
            XCTAssertEqual(r.quotes.count, 1, "\(r.quotes.map { r.str($0.content)! })")
            guard let q = r.quotes.first else { continue }
            XCTAssertFalse(q.unclosed)
            XCTAssertTrue(r.str(q.content)!.hasPrefix("The first paragraph"))
            XCTAssertTrue(r.str(q.content)!.hasSuffix("ends here,"))
            XCTAssertEqual(q.speaker, "Mary Jones")
        }
        // flattened news convention: opening marks repeat inside one paragraph
        let r = Run(head + "\"First sentence here. \"Second sentence here. \"Third one,\" said Mary Jones.")
        XCTAssertEqual(r.quotes.count, 1)
        XCTAssertEqual(r.quotes.first?.speaker, "Mary Jones")
    }

    func testGuillemets() {
        let r = Run(head + "«Nous allons gagner cette élection», said Jean Dupont.")
        XCTAssertEqual(r.quotes.first?.speaker, "Jean Dupont")
        XCTAssertEqual(r.quotes.first?.rule, "quote-comma-verb-name")
    }

    func testMarkOptions() {
        var o = QuoteOptions()
        o.marks = [.straightDouble]
        let r = Run(
            "Obama has 'blunt' meeting\n\n“Hello there everyone,” said Ann Lee. \"Fine words,\" said Bob Ray.",
            options: o)
        XCTAssertEqual(r.quotes.map { r.str($0.content)! }, ["Fine words,"])
    }

    func testMaxWords() {
        var o = QuoteOptions()
        o.maxWords = 5
        let r = Run(
            head + "\"One two three four five six seven,\" said Ann Lee. \"Short one,\" said Bob Ray.", options: o)
        XCTAssertEqual(r.quotes.map { r.str($0.content)! }, ["Short one,"])
    }

    /// A verb the cue list lacks counts once added (present tense: any past verb ending the clause after a quote
    /// reports it whatever the list holds, `"Q," Bob Ray harrumphed.`).
    func testCustomCue() {
        let t = head + "\"This is not what we ordered at all,\" Bob Ray harrumphs."
        XCTAssertNil(Run(t).quote("This is")?.speaker)
        var o = QuoteOptions()
        o.cues = QuoteOptions.defaultCues + ["harrumph"]
        XCTAssertEqual(Run(t, options: o).quote("This is")?.speaker, "Bob Ray")
        XCTAssertEqual(Run(t, options: o).quote("This is")?.cue, "harrumphs")
    }

    func testInflections() {
        for (verb, form) in [
            ("warn", "warned"), ("insist", "insists"), ("reply", "replied"), ("admit", "admitted"), ("say", "says"),
        ] {
            _ = verb
            let r = Run(head + "\"We will not give in to this pressure,\" Ann Lee \(form).")
            XCTAssertEqual(r.quote("We will")?.speaker, "Ann Lee", form)
            XCTAssertEqual(r.quote("We will")?.cue, form)
        }
    }

    func testGivenPersonsAndSentences() {
        let t = head + "Ann Lee met Zed Corp. \"We will not give in to this pressure,\" she said."
        let bytes = Array(t.utf8)
        let r0 = Run(t)
        XCTAssertEqual(r0.quote("We will")?.speaker, "Ann Lee")
        // an upstream entity stage says only "Ann Lee" is a person
        let start = r0.offset(of: "Ann Lee")!
        let sStart = r0.offset(of: "Ann Lee")!
        let r = Run(t, persons: [start..<(start + 7)], sentences: [sStart..<bytes.count])
        XCTAssertEqual(r.quote("We will")?.speaker, "Ann Lee")
    }

    func testCueRangeAndDeterminism() {
        let t = head + "\"We will win the vote on Tuesday,\" John Smith said."
        let a = Run(t)
        let b = Run(t)
        XCTAssertEqual(a.quotes, b.quotes)
        let q = a.quotes[0]
        XCTAssertEqual(a.str(q.cueRange), "said")
        XCTAssertEqual(a.str(q.range), "\"We will win the vote on Tuesday,\"")
        XCTAssertEqual(a.str(q.speakerRange), "John Smith")
    }

    func testPronounToDescription() {
        let t =
            head
            + "Tony Blair chaired the meeting. The prime minister's official spokesman said the Cabinet met. But he added: \"You cannot run a modern government that way.\""
        check(t, "You cannot", speaker: "the prime minister's official spokesman", rule: "pronoun")
    }

    func testDescriptionResolvesToNamedPerson() {
        let t =
            head
            + "Mr Stephen Pound said he was shocked.\n\n\"It was a pretty horrible thing with a happy ending,\" said the Ealing North MP."
        check(t, "It was a pretty", speaker: "Stephen Pound", rule: "quote-comma-verb-name")
    }

    func testPassiveAgent() {
        check(
            head + "Ministers announced the plan, in a move branded a \"humiliating retreat\" by the Tories.",
            "humiliating retreat",
            speaker: "the Tories", rule: "quote-by-agent")
    }

    func testNamingAndModifiersAreScare() {
        let r = Run(
            head
                + "Tom Hardy said he was known as \"Precious\" at school. Ann Lee says 'card-not-present' fraud has risen. He is described as \"a proud grandfather\" of four."
        )
        for q in r.quotes {
            XCTAssertNil(q.speaker, r.str(q.content)!)
            XCTAssertEqual(q.kind, .scare, r.str(q.content)!)
        }
        XCTAssertEqual(r.quotes.count, 3)
    }

    func testSameSentenceSecondFragment() {
        check(
            head
                + "Ed Davey said instead of the \"bonfire of quangos\" promised, there had been an \"explosion\" of them.",
            "explosion", speaker: "Ed Davey", rule: "continuation")
    }
}
