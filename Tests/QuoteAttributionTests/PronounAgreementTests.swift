import QuoteAttribution
import XCTest

/// A pronoun's sex against what the document knows of its people: a title says it, a given name only makes it likely.
final class PronounAgreementTests: XCTestCase {
    /// Given names whose usual sex these tests rely on, as `given_name_genders` lists them.
    static let options: QuoteOptions = {
        var o = QuoteOptions()
        o.givenNameGenders = [("Layne", false), ("Stacy", false), ("Davis", true), ("Mark", true)]
        return o
    }()

    /// The speaker of the quote starting with `quote`, the same in straight and curly marks.
    func speaker(_ body: String, _ quote: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        let found = [body, curly(body)].map { text in
            Run("Airport scare\n\n" + text, options: Self.options).quote(quote, file: file, line: line)?.speaker
        }
        XCTAssertEqual(found[0], found[1], "straight and curly marks disagree", file: file, line: line)
        return found[0]
    }

    /// `He added`, `he went on`: the person who spoke last goes on speaking, though someone nearer fits the pronoun
    /// (`Judge Butler told Young, who …`), unless someone else was reported speaking since (`A Home Office spokesman
    /// said …`), or the pronoun goes on in the quote's own sentence.
    func testAPronounThatGoesOnSpeakingIsWhoSpokeLast() {
        let told =
            "John Young, 45, demanded money.\n\nPassing sentence, Judge Gerald Butler told Young, who turned "
            + "private detective two years ago, that his crime \"strikes at the very roots of our justice\". "
        XCTAssertEqual(
            speaker(told + "He went on: \"For that reason a deterrent sentence is due.\"", "For that"), "Gerald Butler")
        XCTAssertEqual(
            speaker(told + "He added: \"For that reason a deterrent sentence is due.\"", "For that"), "Gerald Butler")
        XCTAssertNotEqual(
            speaker(
                "Edward Leigh said the rules \"must change now\".\n\nA Home Office spokesman said the system was "
                    + "tightened. He added \"that the old system will be replaced\".", "that the old"),
            "Edward Leigh")
        XCTAssertEqual(
            speaker("\"We won,\" said Ann Lee, and she added: \"It was hard.\"", "It was hard"), "Ann Lee")
    }

    /// `Layne Watson … "Q," he said`: no one else fits, and only the name's usual sex is against him.
    func testAGivenNamesUsualSexYieldsWhenNoOneElseFits() {
        XCTAssertEqual(
            speaker(
                "Layne Watson said no one was injured.\n\n\"The mechanics are still inspecting it,\" he said.",
                "The mechanics"),
            "Layne Watson")
        // a title is evidence, not a likelihood
        XCTAssertNil(
            speaker(
                "Ms Layne Watson said no one was injured.\n\n\"The mechanics are inspecting it,\" he said.",
                "The mechanics"))
        // nor past a noun of the pronoun's sex, or an unknown subject, nearer than the name
        XCTAssertNotEqual(
            speaker(
                "Mark Oaten said the plan failed.\n\nA ministry spokeswoman said the venture had been ambitious. She added: \"It was not the only one.\"",
                "It was not"),
            "Mark Oaten")
    }

    /// `Captain Layne Watson credited his side` … `"Q," he said`: a pronoun after the subject overrules the usual sex
    /// of the given name (told by the person finder upstream) when someone else would fit it; a title's sex stands.
    func testAPronounAfterTheSubjectOverrulesTheGivenNamesSex() {
        func speaker(_ title: String) -> String? {
            let text =
                "Airport scare\n\nRival captain Mark Oaten said the team would adjust. \"We will try,\" he said.\n\n"
                + "\(title) Layne Watson credited his side.\n\nWatson admitted mistakes. \"We lost five wickets,\" he said."
            let bytes = Array(text.utf8)
            // the person finder's mentions: every occurrence of each name, with its person's id
            var mentions: [(range: Range<Int>, id: Int)] = []
            for (name, id) in [("Mark Oaten", 0), ("Layne Watson", 1), ("Watson", 1)] {
                let needle = Array(name.utf8)
                for start in 0...(bytes.count - needle.count)
                where bytes[start..<(start + needle.count)].elementsEqual(needle)
                    && !mentions.contains(where: { $0.range.contains(start) })
                {
                    mentions.append((start..<(start + needle.count), id))
                }
            }
            mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
            return Run(
                text, options: Self.options, persons: mentions.map(\.range), personIDs: mentions.map(\.id)
            ).quote("We lost")?.speaker
        }
        XCTAssertEqual(speaker("Captain"), "Layne Watson")
        XCTAssertEqual(speaker("Ms"), "Mark Oaten")
    }

    /// `Brady doesn't know if Wentz will play`, `he believed Okimoto and Weyer would be good additions`: a name after
    /// `if` or `whether`, or in a pair that is a modal's subject, is no one a later he goes on with.
    func testANameInAnIfClauseOrAPairBeforeAModalIsNoAntecedent() {
        XCTAssertEqual(
            speaker(
                "Coach Mark Brady doesn't know if Carl Wentz will play. He said: \"We will see on Sunday.\"",
                "We will see"),
            "Mark Brady")
        XCTAssertEqual(
            speaker(
                "Mayor Rick Blain said he believed Ann Okimoto and Matt Weyer would be good additions. \"This will "
                    + "be a seamless transition,\" he said.", "This will"),
            "Rick Blain")
    }

    /// `Davis Gates` after `Stacy Davis Gates` is her surname, not a man called Davis.
    func testAGivenNameInsideASurnameSaysNothingOfSex() {
        XCTAssertEqual(
            speaker(
                "Union leader Stacy Davis Gates said she was not discouraged.\n\n\"We will not see it in our classrooms,\" Davis Gates said.\n\nThe union wants to help, she said.\n\n\"We are blamed for a lot,\" she said.",
                "We are blamed"),
            "Stacy Davis Gates")
    }

    /// `According to him, …` ¶ `…, he said.` ¶ `"Q," he said`: paragraphs that go on with the same pronoun and name
    /// no one carry the person named before them.
    func testAPronounChainCarriesThePersonFurther() {
        XCTAssertEqual(
            speaker(
                "Police spokesperson Luke Owoyegyire said five were held.\n\n\"They were in a car,\" Mr Owoyegyire said.\n\nAccording to him, items were seized.\n\nThe tools were meant for crime, he said.\n\n\"We commend the police,\" he said.",
                "We commend"),
            "Luke Owoyegyire")
        // a paragraph naming someone else ends the chain
        XCTAssertNil(
            speaker(
                "Police spokesperson Luke Owoyegyire said five were held.\n\nAmy Carter, a neighbour, watched.\n\nThe street was quiet.\n\nShops were shut.\n\n\"We commend the police,\" he said.",
                "We commend"))
    }

    /// `Incoming majority leader Kevin Engler …`: the role phrase opens the sentence, so the name is its subject.
    func testARolePhraseOpeningTheSentenceLeavesTheNameItsSubject() {
        XCTAssertEqual(
            speaker(
                "\"The filibuster brings compromise,\" says Callahan.\n\nIncoming majority leader Kevin Engler, however, dislikes it. He says, \"I am against a filibuster.\"",
                "I am against"),
            "Kevin Engler")
    }

    /// `The suspects include Isa Kalulu, 36 and Mathias Nsamba, 34, and Alex Okello, 24`: people listed with their ages
    /// are no subjects for a pronoun to go back to.
    func testPeopleListedWithTheirAgesAreNoSubjects() {
        XCTAssertEqual(
            speaker(
                "Army spokesman Charles Kabona said three suspects were arrested.\n\nThe suspects include Isa Kalulu, 36, Mathias Nsamba, 34, all from Gayaza, and Alex Okello, 24, from Bukedea.\n\n\"These people have been operating in the area,\" he said.",
                "These people"),
            "Charles Kabona")
    }
    /// `Tom Reed said the jury found Ian Cole guilty` ¶ `"Q," he said`: a name in what a cue reports is that clause's
    /// subject, not the sentence's, so the pronoun goes on with the one who spoke; not when a comma or `but` has
    /// ended the report, or when the name is itself a cue's subject or follows its inverted cue.
    func testANameInWhatACueReportsIsNoAntecedent() {
        XCTAssertEqual(
            speaker(
                "Defence lawyer Tom Reed said the jury had found Ian Cole guilty.\n\n\"We will appeal,\" he said.",
                "We will appeal"),
            "Tom Reed")
        XCTAssertEqual(
            speaker(
                "Union leader Ana Diaz said she was \"stunned\" Mary Holt had resigned. \"Nobody told us,\" she said.",
                "Nobody told"),
            "Ana Diaz")
        // `before the club said X, Bellamy insisted`: the comma ended the report
        XCTAssertEqual(
            speaker(
                "Before the club said Jim Hart would stay, Ron Bell insisted he wanted to leave. \"I will go,\" he said.",
                "I will go"),
            "Ron Bell")
        // `Hewitt said X but Pollard rejected it`
        XCTAssertEqual(
            speaker(
                "Lee Hall said he had had enough, but official Tom Pike rejected his comments. \"It is fine,\" he said.",
                "It is fine"),
            "Tom Pike")
        // `…, says Tim Dams`: the name after an inverted cue is its subject
        XCTAssertEqual(
            speaker(
                "Jon Moss had praised the film. It may suffer from the vote, says Tim Dams, an editor. \"It is too political,\" he said.",
                "It is too"),
            "Tim Dams")
    }
    /// `According to Mr Enock Abaine, the regional commander, …` ¶ `"Q," he said`: the source a sentence is attributed
    /// to is as strong an antecedent as a subject, stronger than a man listed with his age.
    func testTheSourceOfAccordingToIsAnAntecedent() {
        XCTAssertEqual(
            speaker(
                "Two died: Ester Nabbaale, 13, a pupil, and Hakim Walukagga, 35, a farmer.\n\nAccording to Mr Enock Abaine, the regional police commander, the officers are held in Masaka.\n\n\"We have arrested all the officers,\" he said.",
                "We have arrested"),
            "Enock Abaine")
    }

    /// `"Q1," he said.` … paragraphs naming no one … `"Q2," he added.`: with no one in reach, he is the person the
    /// latest quote was given to; not when that quote was someone else's, nor when another person was named since.
    func testAPronounWithNoOneInReachGoesToTheLatestSpeaker() {
        let body =
            "Foreign Minister Hasan Mahmud said the refugees will be sent back.\n\n\"That is our priority,\" he said.\n\nOver a hundred people have also entered India.\n\nResponding to a question, the foreign minister said they kept the media informed.\n\nHe said the ambassador was summoned.\n\n\"We never want to see our security compromised,\" he added."
        XCTAssertEqual(speaker(body, "We never want"), "Hasan Mahmud")
        let other =
            "Foreign Minister Hasan Mahmud said the refugees will be sent back.\n\n\"That is our priority,\" he said.\n\nOver a hundred people have also entered India.\n\nThe envoy said the talks \"went well\", an aide recalled.\n\nMany were hopeful.\n\n\"We never want to see our security compromised,\" he added."
        XCTAssertNil(speaker(other, "We never want"))
    }

    /// `Members backed a call from Coun Giles McNeil.` ¶ `"Q," he said`: the one person named in the sentence just
    /// before, whose subject is no person, is whom the pronoun goes on with - not a subject further back.
    func testAPronounGoesOnWithThePersonNamedJustBeforeWhenThatSentenceHasNoPersonSubject() {
        XCTAssertEqual(
            speaker(
                "Coun Lewis Strange said the plan was in the wrong place.\n\nMembers then backed a call from Coun Giles McNeil for a site visit.\n\n\"The design is totally alien,\" he said.",
                "The design"),
            "Giles McNeil")
        // a person opening that sentence keeps the pronoun (`He`, a description or a name)
        XCTAssertEqual(
            speaker(
                "Coun Lewis Strange said the plan was in the wrong place.\n\nHe then backed a call from Coun Giles McNeil for a site visit.\n\n\"The design is totally alien,\" he said.",
                "The design"),
            "Lewis Strange")
        XCTAssertEqual(
            speaker(
                "Coun Lewis Strange said the plan was in the wrong place.\n\nCoun Strange then backed a call from Coun Giles McNeil for a site visit.\n\n\"The design is totally alien,\" he said.",
                "The design"),
            "Lewis Strange")
    }

    /// `"We hear the same stuff from Dave Dempsey," he said`: people rarely speak of themselves by name, so the
    /// pronoun is not the person the quote names.
    func testAPronounIsNotThePersonItsQuoteNames() {
        let body =
            "Councillor David Alexander listened. Councillor Dave Dempsey then asked for more detail.\n\n\"We hear the same stuff from Dave Dempsey every week,\" he said."
        XCTAssertEqual(speaker(body, "We hear"), "David Alexander")
        // a quote that names no one leaves the nearest subject
        XCTAssertEqual(
            speaker(body.replacingOccurrences(of: "from Dave Dempsey ", with: ""), "We hear"), "Dave Dempsey")
    }

    /// `He praised opener Fakhar Zaman …` ¶ `"Q," he said`: the people a sentence whose subject is he/she names after
    /// that pronoun are whom its person spoke of - the pronoun after it goes on with the same person, further back.
    /// A he/she inside a fronted clause is no subject (`Asked whether he had pushed off, Okafor smiled`).
    func testAPronounGoesOnPastThePeopleItsSentenceBeforeNamesAfterTheSamePronoun() {
        let lead =
            "Pakistan captain Sarfraz Ahmed credited the whole team for the series win.\n\n\"All the players worked really hard,\" he said.\n\n"
        XCTAssertEqual(
            speaker(
                lead
                    + "He praised the batting of opener Fakhar Zaman for leading the team.\n\n\"We did a tremendous job,\" he said.",
                "We did"),
            "Sarfraz Ahmed")
        // without the pronoun opening that sentence, the person it names is whom the pronoun goes on with
        XCTAssertEqual(
            speaker(
                lead
                    + "The crowd praised the batting of opener Fakhar Zaman for leading the team.\n\n\"We did a tremendous job,\" he said.",
                "We did"),
            "Fakhar Zaman")
        XCTAssertEqual(
            speaker(
                "Coach Mike Castellano said Chidi Okafor had pushed off.\n\nAsked whether he had pushed off, Okafor smiled. \"Nah,\" he said.",
                "Nah"),
            "Chidi Okafor")
    }

    /// `The home captain said …. "Q1` ¶ `Q2",he asserted`: the quote a lower-case he/she right after it attributes does
    /// not count in the reach back to the description that is the pronoun's subject, however long it runs.
    func testADescriptionBeforeALongQuoteIsThePronounsSubject() {
        let words = Array(repeating: "we are building this team for the longer formats of the game", count: 9)
            .joined(separator: " and ")
        let body =
            "Pakistan cricket captain, Sarfraz Ahmed, credited the team.\n\nHe praised the batting of opener Fakhar Zaman.\n\nThe home captain said the young players are gelling. \"But still \(words).\n\n\"I am happy that we won the series\",he asserted."
        XCTAssertEqual(speaker(body, "But still"), "Sarfraz Ahmed")
    }

    /// `chairman Ann Lee claimed …` ¶ `As the Observer reported, …` ¶ `The council will also …` ¶ `She said: "Q"`:
    /// paragraphs that name no one do not use up the pronoun's reach; one that names someone of the pronoun's sex does.
    func testParagraphsThatNameNoOneDoNotUseUpThePronounsReach() {
        let lead =
            "Councillor brands cuts\n\nSpeaking at a board meeting, chairman Ann Lee claimed the plans were bad.\n\n"
        let filler =
            "As the Observer reported last week, bus services could be cut.\n\nThe council will also save money.\n\n"
        XCTAssertEqual(
            speaker(lead + filler + "She said: \"This document was devastating news.\"", "This document"), "Ann Lee")
        XCTAssertNotEqual(
            speaker(
                lead + filler
                    + "Rita Moss, the treasurer, disagreed.\n\nShe said: \"This document was devastating news.\"",
                "This document"),
            "Ann Lee")
        // nor past a paragraph that describes someone of the pronoun's sex, nor to one of two women named together
        XCTAssertNil(
            speaker(
                lead + "The woman, 34, was detained near the scene.\n\nShe was later taken to hospital.\n\n"
                    + "She told officers: \"This document was devastating news.\"", "This document"))
        XCTAssertNil(
            speaker(
                "Councillor brands cuts\n\nMs Ann Lee and Ms Rita Moss both claimed the plans were bad.\n\n"
                    + filler + "She said: \"This document was devastating news.\"", "This document"))
        // six such paragraphs are too many (the two before the pronoun's own are in reach anyway, and three more)
        XCTAssertNil(
            speaker(
                lead + filler + filler + filler + "She said: \"This document was devastating news.\"", "This document"))
    }
}
