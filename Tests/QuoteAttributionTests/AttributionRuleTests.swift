import XCTest

@testable import QuoteAttribution

/// One test per attribution rule, named by the string the rule writes to `rule` (search that string to find the
/// rule's code in Sources/Engines/QuoteAttribution/Rules and its test here). Each runs a short example where the rule
/// applies, once with straight and once with curly marks, and asserts the rule, the speaker and the kind.
final class AttributionRuleTests: XCTestCase {
    /// A short article where one rule attributes the quote starting with `quote`.
    struct Example {
        var text: String
        /// The same article with curly marks, when `curly(text)` (double marks only) is not enough.
        var curlyText: String? = nil
        var quote: String
        var speaker: String?
        var kind: QuoteKind = .speech
        var cue: String? = nil
    }

    static let head = "Council row deepens\n\n"

    /// Every rule's example, by rule name.
    static let examples: [String: Example] = [
        "quote-comma-name-verb": Example(
            text: head + "\"We will win the vote on Tuesday,\" John Smith said.",
            quote: "We will win", speaker: "John Smith", cue: "said"),
        "quote-comma-verb-name": Example(
            text: head + "\"We will win the vote on Tuesday,\" said John Smith.",
            quote: "We will win", speaker: "John Smith", cue: "said"),
        "quote-comma-according-to": Example(
            text: head + "\"The town has never been in better shape,\" according to Peter Brown.",
            quote: "The town", speaker: "Peter Brown", cue: "according to"),
        "quote-by-agent": Example(
            text: head + "The town was called \"a disgrace to the region\" by Mayor Peter Brown.",
            quote: "a disgrace", speaker: "Peter Brown"),
        "claim-owner": Example(
            text: head + "Ann Lee described Peter Brown's claim that there is \"no link at all\" as ludicrous.",
            quote: "no link", speaker: "Peter Brown", cue: "claim"),
        "name-verb-quote": Example(
            text: head + "Mary Jones said \"the budget is simply not enough for the town\".",
            quote: "the budget", speaker: "Mary Jones", cue: "said"),
        "name-verb-colon": Example(
            text: head + "Mary Jones said: \"The budget is simply not enough for the town.\"",
            quote: "The budget", speaker: "Mary Jones", cue: "said"),
        "name-verb-object-colon": Example(
            text: head + "Mary Jones told reporters: \"The budget is simply not enough.\"",
            quote: "The budget", speaker: "Mary Jones", cue: "told"),
        "name-verb-indirect": Example(
            text: head + "Ada Okafor said the merger would be \"painless\" for staff.",
            quote: "painless", speaker: "Ada Okafor", cue: "said"),
        "verb-name-colon": Example(
            text: head + "The system, said Mary Jones, \"is broken beyond repair.\"",
            quote: "is broken", speaker: "Mary Jones", cue: "said"),
        "according-to-quote": Example(
            text: head + "According to Peter Brown, \"the town has never been in better shape\".",
            quote: "the town", speaker: "Peter Brown", cue: "According to"),
        "split": Example(
            text: head + "\"We tried everything,\" Anna Berg said, \"but the money simply ran out.\"",
            quote: "but the money", speaker: "Anna Berg", cue: "said"),
        "participle": Example(
            text: head + "Maria Hutchings marched up to him, saying \"Tony, that is rubbish\" as she left.",
            quote: "Tony", speaker: "Maria Hutchings", cue: "saying"),
        "name-colon": Example(
            text: head + "Mary Jones: \"We will win the vote on Tuesday.\"",
            quote: "We will win", speaker: "Mary Jones"),
        "comma-clause": Example(
            text: head + "The outlook looks \"very favourable\" for the firm, Ada Okafor said.",
            quote: "very favourable", speaker: "Ada Okafor", cue: "said"),
        "comma-according-to": Example(
            text: head
                + "Talks were hampered by \"gaps of trust\" between the two sides, according to Mayor Peter Brown.",
            quote: "gaps of trust", speaker: "Peter Brown", cue: "according to"),
        "pronoun": Example(
            text: head + "Tom Hardy left the meeting early. \"I have nothing more to add to this,\" he said.",
            quote: "I have nothing", speaker: "Tom Hardy", cue: "said"),
        "continuation": Example(
            text: head
                + "\"We tried everything,\" said Anna Berg.\n\n\"The money simply ran out and nobody would help us.\"",
            quote: "The money", speaker: "Anna Berg"),
        "intro": Example(
            text: head
                + "Council spokesman Josh Earnest reiterated the council's caution.\n\n\"We have a test case just over the border.\"",
            quote: "We have a test", speaker: "Josh Earnest", cue: "reiterated"),
        "sentence-subject": Example(
            text: head
                + "Sheriff Gordon Liddle launched an attack from the bench over courts \"clogged up with cases\".",
            quote: "clogged up", speaker: "Gordon Liddle"),
        "quote-dash-name": Example(
            text: "\"We will fight this plan\" - council leader John Smith\n\nThe council met on Monday.",
            quote: "We will fight", speaker: "John Smith"),
        "message-from": Example(
            text: head + "\"Prepare, wait and see.\" That is the message from County Mayor Carlos Gimenez on Saturday.",
            quote: "Prepare, wait", speaker: "Carlos Gimenez", cue: "message from"),
        "headline-repeat": Example(
            text: "Firm's plan \"painless\"\n\nChief executive Ada Okafor said the merger would be \"painless\".",
            quote: "painless", speaker: "Ada Okafor"),
        "lead-repeat": Example(
            text: head
                + "The \"shambolic\" roll-out of the scheme has angered residents.\n\nThe plan began in May.\n\n"
                + "Cllr Ann Reid said: \"It has been shambolic from the start.\"",
            quote: "shambolic", speaker: "Ann Reid"),
        "crosshead-repeat": Example(
            text: head + "A new inquest has been ordered.\n\n\"Considerable concerns\"\n\n"
                + "Judge Ann Lee said the care gave rise to \"considerable concerns\" on the ward.",
            quote: "Considerable concerns", speaker: "Ann Lee"),
        "partial-repeat": Example(
            text: head + "A new inquest has been ordered.\n\nThe care had been \"deeply troubling\" for years.\n\n"
                + "Judge Ann Lee said: \"What happened here was deeply troubling.\"",
            quote: "deeply troubling", speaker: "Ann Lee"),
        "nested": Example(
            text: head + "\"He told me 'never again' and then he left,\" said Ada Okafor.",
            curlyText: head + "“He told me ‘never again’ and then he left,” said Ada Okafor.",
            quote: "never again", speaker: nil, kind: .scare),
        "none": Example(
            text: head + "The so-called \"masochism strategy\" failed in the run-up to the war.",
            quote: "masochism strategy", speaker: nil, kind: .scare),
    ]

    /// Runs the example of `rule` with straight and with curly marks.
    func check(_ rule: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let ex = Self.examples[rule] else { return XCTFail("no example for \(rule)", file: file, line: line) }
        let curlyText = ex.curlyText ?? curly(ex.text)
        XCTAssertNotEqual(curlyText, ex.text, "the curly variant must differ", file: file, line: line)
        XCTAssertTrue(curlyText.contains("“"), "the curly variant has curly marks", file: file, line: line)
        for text in [ex.text, curlyText] {
            let r = Run(text)
            guard let q = r.quote(ex.quote, file: file, line: line) else { continue }
            XCTAssertEqual(q.rule, rule, "rule in: \(text)", file: file, line: line)
            XCTAssertEqual(q.speaker, ex.speaker, "speaker in: \(text)", file: file, line: line)
            XCTAssertEqual(q.kind, ex.kind, "kind in: \(text)", file: file, line: line)
            if let cue = ex.cue { XCTAssertEqual(q.cue, cue, "cue in: \(text)", file: file, line: line) }
        }
    }

    /// Every rule name the engine can write has an example here, and every example is a rule the engine writes.
    func testEveryRuleHasAnExample() {
        XCTAssertEqual(Set(Self.examples.keys), Set(AttributionRule.allCases.map(\.rawValue)))
    }

    func test_quote_comma_name_verb() { check("quote-comma-name-verb") }
    func test_quote_comma_verb_name() { check("quote-comma-verb-name") }
    func test_quote_comma_according_to() { check("quote-comma-according-to") }
    func test_quote_by_agent() { check("quote-by-agent") }
    func test_claim_owner() { check("claim-owner") }
    func test_name_verb_quote() { check("name-verb-quote") }
    func test_name_verb_colon() { check("name-verb-colon") }

    /// A quote left unclosed at its paragraph's end (a slip, no mark opening the next paragraph) ends there: the next
    /// paragraph's first word is no closing mark, so a cue clause opening that paragraph is read whole (`The lawyer
    /// said:` is the lawyer, not `lawyer said` with no article).
    func testCueAfterAQuoteLeftUnclosed() {
        let body =
            "Defence solicitor Ciaran Toner told the court his client was the victim.\n\nMr Toner stated: \"He said "
            + "he was attacked by two men.\n\nThe lawyer also argued: \"The person has no injuries at all.\""
        for text in bothStyles(Self.head + body) {
            let quote = Run(text).quote("The person")
            XCTAssertEqual(quote?.speaker, "Ciaran Toner", text)
            XCTAssertEqual(quote?.rule, "name-verb-colon", text)
        }
    }
    func test_name_verb_object_colon() { check("name-verb-object-colon") }
    func test_name_verb_indirect() { check("name-verb-indirect") }
    func test_verb_name_colon() { check("verb-name-colon") }
    func test_according_to_quote() { check("according-to-quote") }
    func test_split() { check("split") }
    func test_participle() { check("participle") }
    func test_name_colon() { check("name-colon") }
    func test_comma_clause() { check("comma-clause") }
    func test_comma_according_to() { check("comma-according-to") }
    func test_pronoun() { check("pronoun") }
    func test_continuation() { check("continuation") }
    func test_intro() { check("intro") }
    func test_headline_repeat() { check("headline-repeat") }
    func test_lead_repeat() { check("lead-repeat") }
    func test_crosshead_repeat() { check("crosshead-repeat") }
    func test_partial_repeat() { check("partial-repeat") }

    /// `partial-repeat` leaves alone one word, a term modifying the noun after it and a term explained after a comma
    /// (anyone's words hold those), a phrase `by` credits to others and one the later quote denies.
    func testPartialRepeatLeavesWordsAndTermsAlone() {
        let said = "\n\nJudge Ann Lee said: \"The care was troubling. Control orders and fast track rules failed.\""
        let cases = [
            ("The care had been \"troubling\" for years.", "troubling"),
            ("The trust ran a \"fast track\" scheme.", "fast track"),
            ("The trust used \"control orders\", which limit visits.", "control orders"),
        ]
        for (sentence, quote) in cases {
            for text in bothStyles(Self.head + "A new inquest has been ordered.\n\n" + sentence + said) {
                XCTAssertNil(Run(text).quote(quote)?.speaker, text)
            }
        }
        // nor a phrase `by` credits to others, nor one the later quote denies right before its words
        let credited =
            "The care was branded \"deeply troubling\" by inspectors.\n\nJudge Ann Lee said: \"It was deeply "
            + "troubling.\""
        let denied =
            "The care was branded \"deeply troubling\" in the report.\n\nJudge Ann Lee said: \"It was not deeply "
            + "troubling.\""
        for body in [credited, denied] {
            for text in bothStyles(Self.head + "A new inquest has been ordered.\n\n" + body) {
                XCTAssertNil(Run(text).quote("deeply troubling")?.speaker, text)
            }
        }
    }

    /// `lead-repeat` gives no speaker to a lead's word mentioned as a word, nor to lead words no later quote holds.
    func testLeadRepeatLeavesTermsAlone() {
        let body = "\n\nThe plan began in May.\n\nCllr Ann Reid said: \"The blog was shambolic from the start.\""
        for text in bothStyles(Self.head + "The term \"blog\" was used by councillors." + body) {
            XCTAssertNil(Run(text).quote("blog")?.speaker, text)
        }
        for text in bothStyles(Self.head + "The \"chaotic\" roll-out has angered residents." + body) {
            XCTAssertNil(Run(text).quote("chaotic")?.speaker, text)
        }
    }
    func test_quote_dash_name() { check("quote-dash-name") }

    /// `quote-dash-name` takes a name ending the headline after a dash or colon, or one role word the body gives a
    /// person; not a longer description, not words that go on past the name, not a quote inside a body sentence.
    func testQuoteDashNameLayouts() {
        let body = "\n\nThe senior coroner, Geraint Powys, spoke on Monday. Council leader John Smith agreed."
        let cases: [(String, String?)] = [
            ("Council row: 'We will fight this' - Smith", "John Smith"),
            ("'We will fight this': John Smith", "John Smith"),
            ("'Lethal junction must close' - coroner", "Geraint Powys"),
            ("'We will fight this' - senior council figure", nil),
            ("'We will fight this' - John Smith and the council vow to act on the plan today", nil),
        ]
        for (headline, speaker) in cases {
            for text in bothStyles(headline + body) {
                XCTAssertEqual(
                    Run(text).quote(headline.contains("Lethal") ? "Lethal" : "We will")?.speaker, speaker, text)
            }
        }
        // (offices of Irish, British and school copy are role words too: `Taoiseach`, `PM`, `TD`, `headteacher`)
        for (role, body) in [
            ("Taoiseach", "The Taoiseach, Leo Varadkar, spoke."), ("PM", "The PM, Rishi Sunak, spoke."),
            ("headteacher", "The headteacher, Ann Lee, spoke."),
        ] {
            for text in bothStyles("'We will fight this' - \(role)\n\n" + body) {
                XCTAssertEqual(
                    Run(text).quote("We will")?.speaker,
                    body.split(separator: ",")[1].trimmingCharacters(in: .whitespaces), text)
            }
        }
        for text in bothStyles("Council row\n\nHe said the plan was 'a disgrace' - John Smith disagreed.") {
            XCTAssertNil(Run(text).quote("a disgrace")?.speaker, text)
        }
    }
    func test_sentence_subject() { check("sentence-subject") }

    /// `sentence-subject` takes the person (or he/she) opening the sentence, never an organisation, a possessor or a
    /// quote that names something.
    func testSentenceSubjectTakesOnlyAPersonOpeningTheSentence() {
        let cases: [(String, String, String?)] = [
            (
                "Ann Lee arrived in Leeds.\n\nShe remembered the town as \"grey and tired\" in the winter.", "grey",
                "Ann Lee"
            ),
            ("The council approved the \"Local Plan\" on Tuesday.", "Local Plan", nil),
            ("Peter Brown's lawyer called for the \"full retraction\" of the story.", "full retraction", nil),
            ("Ann Lee bought a boat known as \"The Swan\" last year.", "The Swan", nil),
            ("Ann Lee was inducted into the \"Hall of Fame\" in 2019.", "Hall of Fame", nil),
            ("Ann Lee arrived.\n\nAnn Lee has \"frank\" meeting with Peter Brown\n\nThe talks went on.", "frank", nil),
            // a description opening the sentence is the person the article gave that role
            (
                "Council leader Ann Lee spoke in Leeds.\n\nThe leader walked out, hoping to \"get some common sense "
                    + "back into this\" soon.", "get some", "Ann Lee"
            ),
            // … not a role no one in the article holds, nor with another person named in between
            (
                "The talks went on.\n\nThe judge walked out, hoping to \"get some common sense back into this\".",
                "get some", nil
            ),
            (
                "Council leader Ann Lee spoke in Leeds.\n\nThe leader walked out when Tom Hale tried to \"get some "
                    + "common sense back into this\".", "get some", nil
            ),
        ]
        for (body, quote, speaker) in cases {
            for text in bothStyles(Self.head + body) {
                XCTAssertEqual(Run(text).quote(quote)?.speaker, speaker, text)
            }
        }
    }

    /// The subject opening a sentence comes after a connective and its comma (`However,`, `Meanwhile,`), after a
    /// fronted phrase (`Despite the draw,`) and after a participle clause (`Speaking after the game,`), for a name and
    /// for a description; a role written before a body and then
    /// the name (`Head coach of the team, the Black Satellites, Desmond Ofei,`) is that person's role; and the
    /// sentence's subject does not take words quoted after another person who speaks (`… how Tony Blair had in 1997
    /// complained about "Q"`), though it does with a person joined to it (`Ann Lee and Tom Hale said …`).
    func testSubjectsAfterConnectivesAndFrontedPhrasesAndRolesOfABody() {
        let cases: [(String, String, String?)] = [
            (
                "John Smith arrived late.\n\nHowever, Smith pointed to anxiety as a major reason.\n\n\"Satisfied? I "
                    + "think we are.\"", "Satisfied", "John Smith"
            ),
            (
                "Desmond Ofei, the head coach, was pleased.\n\nThe stadium was full.\n\nDespite the draw, the head "
                    + "coach pointed to anxiety.\n\n\"Satisfied? I think we are.\"", "Satisfied", "Desmond Ofei"
            ),
            (
                "Coach Annor Walker was pleased.\n\nThomas Acquah scored.\n\nSpeaking after the game, Walker could "
                    + "not hide his joy.\n\n\"It was a match we knew was difficult.\"", "It was a match", "Annor Walker"
            ),
            (
                "Head coach of the team, the Black Satellites, Desmond Ofei, says he is satisfied.\n\nThe stadium was "
                    + "full.\n\nThe head coach pointed to anxiety.\n\n\"Satisfied? I think we are.\"", "Satisfied",
                "Desmond Ofei"
            ),
            (
                "Michael Howard spoke in Leeds. He pointed to how Tony Blair had in 1997 complained about "
                    + "\"personalised abusive campaigning\".", "personalised", nil
            ),
            ("Ann Lee and Tom Hale said they are \"very happy\" for the couple.", "very happy", "Ann Lee"),
        ]
        for (body, quote, speaker) in cases {
            for text in bothStyles(Self.head + body) {
                XCTAssertEqual(Run(text).quote(quote)?.speaker, speaker, text)
            }
        }
    }

    /// `comma-clause` reads a description before the name (`…, SNP depute leader Keith Brown has claimed.`) and, for
    /// every fragment of the sentence, past the words quoted after it; not a clause that opens a quote of its own
    /// after them, nor the clause going on (`…, but Keith Brown said …`).
    func testCommaClauseReadsDescriptionsAndLaterFragments() {
        let both =
            "The \"appalling toxicity\" of the group is \"tarnishing the reputation\" of the parliament, SNP depute "
            + "leader Keith Brown has claimed."
        for text in bothStyles(Self.head + both) {
            let r = Run(text)
            XCTAssertEqual(r.quote("appalling toxicity")?.speaker, "Keith Brown", text)
            XCTAssertEqual(r.quote("tarnishing the reputation")?.speaker, "Keith Brown", text)
            XCTAssertEqual(r.quote("appalling toxicity")?.rule, "comma-clause", text)
        }
        let opensAQuote =
            "Asked for a delay by the defence \"because of the words used\", particularly his use of \"the word\", the "
            + "judge Ann Lee said it is \"language I hear every day\"."
        for text in bothStyles(Self.head + opensAQuote) {
            XCTAssertNil(Run(text).quote("because of the words")?.speaker, text)
        }
        let goesOn = "The group is \"tarnishing the reputation\" of the parliament, but Keith Brown said it was not."
        for text in bothStyles(Self.head + goesOn) {
            XCTAssertNil(Run(text).quote("tarnishing the reputation")?.speaker, text)
        }
    }

    /// `describing it as "Q"` reports a judgement as `saying` does - in a `with` clause or after a comma, not after a
    /// noun the sentence writes to (`written to the city council describing it as "Q"`).
    func testDescribingAsIsAParticipleCue() {
        let with = "The remark drew anger, with Aberdeen MP Stephen Flynn describing it as \"idiotic\"."
        let comma = "Stephen Flynn hit back at the plan, describing it as \"idiotic\"."
        for text in bothStyles(Self.head + with) + bothStyles(Self.head + comma) {
            XCTAssertEqual(Run(text).quote("idiotic")?.speaker, "Stephen Flynn", text)
            XCTAssertEqual(Run(text).quote("idiotic")?.rule, "participle", text)
        }
        let object =
            "Ann Lee died weeks after she had written to the city council describing it as \"a crash waiting.\""
        for text in bothStyles(Self.head + object) {
            XCTAssertNotEqual(Run(text).quote("a crash")?.rule, "participle", text)
        }
    }

    /// `NAN quoted him as saying: "Q"`, `"Q," the paper quoted Mr Chernin as saying`: the object of an active `quoted`
    /// speaks, not the outlet, even when no one is named (`quoted one trader as saying`); in the passive (`was quoted
    /// by The Australian as saying`) the outlet is no speaker either.
    func testTheObjectOfQuotedAsSayingSpeaks() {
        let lead = "Police chief Hakeem Odumosu spoke in Lagos on Thursday.\n\n"
        let cases: [(String, String, String?)] = [
            (
                lead + "NAN quoted him as saying: \"Traffic robbery was about to increase.\"", "Traffic robbery",
                "Hakeem Odumosu"
            ),
            (
                lead + "\"Traffic robbery was about to increase,\" the agency quoted Mr Odumosu as saying.",
                "Traffic robbery", "Hakeem Odumosu"
            ),
            (
                lead + "Chief executive Geoff Dixon was quoted by The Australian newspaper as saying the carrier could "
                    + "no longer remain \"all-Australian\".", "all-Australian", "Geoff Dixon"
            ),
        ]
        for (body, quote, speaker) in cases {
            for text in bothStyles(Self.head + body) {
                XCTAssertEqual(Run(text).quote(quote)?.speaker, speaker, text)
            }
        }
        for text in bothStyles(
            Self.head + lead + "\"A deal does not seem likely,\" Reuters quoted one trader as saying.")
        {
            XCTAssertNotEqual(Run(text).quote("A deal")?.speaker, "Reuters", text)
        }
    }

    /// `Coroner warns of 'lethal' junction`: a headline's one-word description is the person the body names with
    /// that role (`The senior coroner, Geraint Powys,`).
    func testAHeadlineDescriptionIsThePersonTheBodyNames() {
        for text in bothStyles(
            "Coroner warns of 'lethal' junction\n\nA coroner has warned about a junction.\n\nThe senior coroner, "
                + "Geraint Powys, said he would issue a report.")
        {
            XCTAssertEqual(Run(text).quote("lethal")?.speaker, "Geraint Powys", text)
        }
    }

    /// A headline quote inside a longer body quote, or holding one, takes its speaker; words that only share letters
    /// (`able` in `reasonable`) or a long first paragraph (no headline) do not.
    func testHeadlineQuoteInsideABodyQuote() {
        let body = "Ada Okafor said rates were at \"reasonable levels\" for now."
        for text in bothStyles("Rates 'reasonable'\n\n" + body) {
            XCTAssertEqual(Run(text).quote("reasonable")?.speaker, "Ada Okafor", text)
        }
        XCTAssertNil(Run("Rates 'able'\n\n" + body).quote("able")?.speaker)
        let long = "Rates 'reasonable' " + String(repeating: "and more words here ", count: 20)
        XCTAssertNil(Run(long + "\n\n" + body).quote("reasonable")?.speaker)
    }

    /// A headline quoting in brief (`'You sing well but capacity dololo'` for "You all sing well, but capacity
    /// dololo") takes the body quote's speaker: its words in order, at most one left out between two, commas ignored;
    /// not words in another order, nor fewer than three.
    func testHeadlineQuoteInBrief() {
        let body = "Gwede Mantashe said: \"You all sing well, but capacity dololo.\""
        for text in bothStyles("'You sing well but capacity dololo': Mantashe slams councillors\n\n" + body) {
            XCTAssertEqual(Run(text).quote("You sing well")?.speaker, "Gwede Mantashe", text)
        }
        XCTAssertNil(
            Run("'Capacity but well sing you' in council row\n\n" + body).quote("Capacity but")?.speaker)
        XCTAssertNil(Run("'You well' in council row\n\n" + body).quote("You well")?.speaker)
    }
    func test_nested() { check("nested") }
    func test_none() { check("none") }

    /// `none` with a cue whose subject names no one (`they said`): speech, the cue kept, no speaker.
    func test_none_keeps_an_unresolved_cue() {
        for text in bothStyles(Self.head + "\"We will win the vote on Tuesday,\" they said.") {
            let r = Run(text)
            guard let q = r.quote("We will win") else { continue }
            XCTAssertEqual(q.rule, "none")
            XCTAssertNil(q.speaker)
            XCTAssertEqual(q.cue, "said")
            XCTAssertEqual(q.kind, .speech)
        }
    }

    /// The layout names of the cue-before-quote search, from the tokens between the cue and the opening mark.
    func testNameVerbRuleLayouts() {
        let cases: [(String, String)] = [
            ("Mary Jones said \"we will win\".", "name-verb-quote"),
            ("Mary Jones said: \"We will win.\"", "name-verb-colon"),
            ("Mary Jones said, \"We will win.\"", "name-verb-colon"),
            ("Mary Jones told the BBC: \"We will win.\"", "name-verb-object-colon"),
            ("Mary Jones said the vote would be \"a walkover\" for her.", "name-verb-indirect"),
        ]
        for (body, rule) in cases {
            for text in bothStyles(Self.head + body) {
                let r = Run(text)
                XCTAssertEqual(r.quotes.first?.rule, rule, text)
                XCTAssertEqual(r.quotes.first?.speaker, "Mary Jones", text)
            }
        }
    }

    /// A function word capitalised to open its sentence is no speaker (`Despite protests …`: `protests` reads as a
    /// cue; `But calls for …`, `The term 'urban'`), while a one-word name that is a function word in lower case
    /// still speaks (`May said` after `Brian May`).
    func testACapitalisedFunctionWordIsNoSpeaker() {
        for (body, quote) in [
            (
                "Despite protests, the coroner stuck to his decision and the man had an \"unusual surname\" to hide.",
                "unusual"
            ),
            ("But calls for a change have fallen on deaf ears, though the \"time is ripe\" for one.", "time is ripe"),
        ] {
            for text in bothStyles(Self.head + body) {
                let speaker = Run(text).quote(quote)?.speaker
                XCTAssertNotEqual(speaker, "Despite", text)
                XCTAssertNotEqual(speaker, "But", text)
            }
        }
        for text in bothStyles(Self.head + "Brian May formed the band.\n\n\"We were amazed,\" May said.") {
            XCTAssertEqual(Run(text).quote("We were amazed")?.speaker, "Brian May", text)
        }
    }

    /// Names and words around a cue the subject finder reads past or keeps whole: `M&S` is one name, not `M`; a month
    /// after `in` stands between a subject and its cue like a day after `on`; a capitalised adverb or determiner
    /// opening the sentence is no speaker (`Ultimately`, `Other`).
    func testInitialsWithAnAmpersandAMonthAndOpeningAdverbs() {
        let cases: [(String, String, String?)] = [
            ("\"We are bringing in new ranges,\" said M&S.", "We are bringing", "M&S"),
            (
                "Band Aid founder Bob Geldof in July said he was sick of hearing \"guff\" about it.", "guff",
                "Bob Geldof"
            ),
            ("Other terms in the top 10 were \"hurricane\" and \"tsunami\".", "hurricane", nil),
        ]
        for (body, quote, speaker) in cases {
            for text in bothStyles(Self.head + body) {
                XCTAssertEqual(Run(text).quote(quote)?.speaker, speaker, text)
            }
        }
        for text in bothStyles(
            Self.head + "Ultimately, there will be, says Mr Donofrio, no value in being \"computer illiterate\".")
        {
            XCTAssertNotEqual(Run(text).quote("computer")?.speaker, "Ultimately", text)
        }
    }

    /// `"Q," McGlynn raged.`: a quote, its comma, a person or he/she, one verb in the past and the clause's end - the
    /// verb reports the quote whether or not the cue list knows it; not `be`/`have`, nor a description (`the coach`).
    /// Before its subject (`"Q," reflected McGlynn`) only verbs that report speech only there (`reflected`,
    /// `smiled`), no cues elsewhere (`reflected in the figures`). After a quote that ends its own sentence, a sentence
    /// of the name, adverbs and a cue alone.
    func testAnyPastVerbEndingTheClauseAfterAQuote() {
        let head = Self.head + "Falkirk boss John McGlynn watched the game. "
        for (body, speaker) in [
            ("\"It was criminal,\" McGlynn raged.", "John McGlynn"),
            ("\"It is over,\" he pressed.", "John McGlynn"),
            ("\"It is over,\" McGlynn had.", nil),
            ("\"It means the youngsters have learned,\" reflected John McGlynn.", "John McGlynn"),
            ("\"We were lucky,\" smiled McGlynn.", "John McGlynn"),
            // (`said a visibly joyous McGlynn.`: words that describe before the name after the cue)
            ("\"We did well,\" said a visibly joyous McGlynn.", "John McGlynn"),
            ("The \"hard work\" reflected in the figures.", nil),
            // (`"… yesterday." McGlynn further said.`: a sentence that is only the name, adverbs and the cue, ending
            // the paragraph, after a quote that ends its own sentence)
            ("\"We lost it yesterday.\" McGlynn further said.", "John McGlynn"),
            ("\"We lost it.\" McGlynn says the team will recover.", nil),
        ] as [(String, String?)] {
            for text in bothStyles(head + body) {
                XCTAssertEqual(Run(text).quotes.first?.speaker, speaker, text)
            }
        }
    }
}
