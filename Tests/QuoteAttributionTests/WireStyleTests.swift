import QuoteAttribution
import XCTest

/// Layouts of American wire copy and other outlets' habits that BBC copy rarely shows: party-and-state appositions,
/// a day after the cue, clauses joined by `, and`, relative clauses between a speaker and the cue.
final class WireStyleTests: XCTestCase {
    static let head = "Budget fight\n\n"

    func speaker(_ text: String, _ quote: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        let r = Run(text)
        guard let q = r.quote(quote, file: file, line: line) else { return nil }
        return q.speaker
    }

    /// Checks the speaker of the quote starting with `quote` in `body` (after the headline), in straight and curly
    /// marks.
    func expectSpeaker(
        _ body: String, _ quote: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        for text in bothStyles(Self.head + body) {
            XCTAssertEqual(speaker(text, quote, file: file, line: line), expected, text, file: file, line: line)
        }
    }

    /// Checks that the quote starting with `quote` in `body` (after the headline) has no speaker, in straight and
    /// curly marks.
    func expectNoSpeaker(_ body: String, _ quote: String, file: StaticString = #filePath, line: UInt = #line) {
        for text in bothStyles(Self.head + body) {
            XCTAssertNil(speaker(text, quote, file: file, line: line), text, file: file, line: line)
        }
    }

    /// Checks the speaker and the content (marks excluded) of the quote starting with `quote` in `body` (after the
    /// headline), in the marks as written: for tests whose point is the marks themselves.
    @discardableResult
    func expectQuote(
        _ body: String, _ quote: String, speaker: String, content: String, file: StaticString = #filePath,
        line: UInt = #line
    ) -> Run {
        let r = Run(Self.head + body)
        let q = r.quote(quote, file: file, line: line)
        XCTAssertEqual(q?.speaker, speaker, file: file, line: line)
        XCTAssertEqual(r.str(q?.content), content, file: file, line: line)
        return r
    }

    /// `Sen. Maria Lopez, D-N.M., said`: the full stops of `D-N.M.` end no sentence, so the apposition is skipped.
    func testPartyAndStateApposition() {
        expectSpeaker("Sen. Maria Lopez, D-N.M., said: \"We will not back down.\"", "We will not", "Maria Lopez")
    }

    /// `Sen. Chuck Schumer, D-N.Y., the majority leader, told`: a description after the party-and-state apposition.
    func testTwoAppositionsBeforeTheCue() {
        expectSpeaker(
            "Sen. Chuck Schumer, D-N.Y., the majority leader, told reporters the bill was \"dead on arrival\".",
            "dead on", "Chuck Schumer")
    }

    /// `X said officers "did everything right," but the review continues`: a clause opening with `but` after the
    /// quote is no attribution.
    func testAClauseOpeningWithButIsNoAttribution() {
        expectSpeaker(
            "Police Chief Jane Roe said officers \"did everything right,\" but the review continues.", "did everything",
            "Jane Roe")
    }

    /// Found on a second American development set: a person's office speaks for them; a party label in brackets; a
    /// clause after the quote that opens with `while` is no attribution; a description before the name in commas; a
    /// name opening its sentence before a parenthetical is the subject; `the utility` is the company named before.
    func testAmericanLayoutsOfTheSecondSet() {
        expectSpeaker(
            "Gov. Evelyn Stratton-Hughes said she would sign it. In a statement, her office called the vote \"a major "
                + "step forward.\"", "a major step", "Evelyn Stratton-Hughes")
        expectSpeaker(
            "Attorney General Daniel Whitlock defended the law. Whitlock's office said the group was \"a cartel.\"",
            "a cartel", "Daniel Whitlock")
        expectSpeaker(
            "Sen. Patrick Shaughnessy (D-Mass.) told Axios he is \"open to it,\" while an aide on the Commerce "
                + "Committee called the draft \"a messaging bill.\"", "open to it", "Patrick Shaughnessy")
        expectSpeaker(
            "\"Somebody knows something,\" his mother, Loretta Whitley, told reporters on Monday.", "Somebody knows",
            "Loretta Whitley")
        expectSpeaker(
            "Coach Darnell Whitaker said the team would lean on Tom Fonoti-Reyes.\n\nFonoti-Reyes, for his part, kept "
                + "it simple. \"Big shoes,\" he said.", "Big shoes", "Tom Fonoti-Reyes")
        expectSpeaker(
            "Southern California Gas said it had shut off power. The utility said it was \"cooperating fully\" with "
                + "investigators.", "cooperating fully", "Southern California Gas")
    }

    /// More layouts that left quotes without a speaker: an auxiliary between subject and a base-form cue (`she would
    /// say`, `her office would say only that`), a cue after `when` (`Said X, when asked about it:`), an infinitive cue
    /// (`used a speech to say`), `paid tribute to`, a modifier in a sentence ending `…, X added.`, and a one-word
    /// sentence quote right after the speaker's words (`"…," she said. "Everything."`).
    func testAuxiliariesInfinitivesAndShortSentences() {
        expectSpeaker(
            "Carla Mbeki-Rowe is preparing a plan. Her office would say only that \"all options remain.\"",
            "all options", "Carla Mbeki-Rowe")
        expectSpeaker(
            "Sen. Thomas Brennan spoke. Said Brennan, when asked about the vote: \"She is a serious legislator.\"",
            "She is a", "Thomas Brennan")
        expectSpeaker(
            "Charles Kennedy spoke. Mr Kennedy used a speech to say his party faced \"painful economic realities\".",
            "painful", "Charles Kennedy")
        expectSpeaker(
            "And Jamie Foxx, who had two nominations, paid tribute to the \"beautiful legacy\" of Ray Charles.",
            "beautiful", "Jamie Foxx")
        expectSpeaker(
            "Andrew Mennear spoke. It came out on Holocaust Day, a \"difficult\" time for many, Mr Mennear added.",
            "difficult", "Andrew Mennear")
        expectSpeaker(
            "Loretta Whitley spoke.\n\n\"He was doing everything right,\" she said. \"Everything.\"", "Everything",
            "Loretta Whitley")
    }

    /// British and Irish layouts: role words, then the name, inside an apposition (`Dazza's dad, former Millwall
    /// hardman Kev Whitlock, told`) but not after a preposition (`Nadia Pryce, the daughter of co-founder Stephen
    /// Pryce, said`); `Lyon president Jean-Luc Mercier … and insists`; a quoted modifier inside reported speech;
    /// `accepted that`; Welsh `ap`; a person inside a sequence with a party's name is still a pronoun antecedent.
    func testBritishAndIrishLayouts() {
        expectSpeaker(
            "Dazza's dad, former Millwall hardman Kev Whitlock, told SunSport his lad was \"gutted\".", "gutted",
            "Kev Whitlock")
        expectSpeaker(
            "Its chief executive, Nadia Pryce, the daughter of co-founder Stephen Pryce, said: \"We are spending.\"",
            "We are", "Nadia Pryce")
        expectSpeaker(
            "Lyon president Jean-Luc Mercier is holding out for a fee and insists the star is \"not for sale\".",
            "not for sale", "Jean-Luc Mercier")
        expectSpeaker(
            "Ms Catherine Ashdown said the committee remained on a \"gradual and careful\" path.", "gradual",
            "Catherine Ashdown")
        expectSpeaker(
            "Mrs Sandra Whitworth accepted that the record-keeping had been \"not what it should have been\".",
            "not what", "Sandra Whitworth")
        expectSpeaker(
            "\"It was for Dre,\" Randy Whitlock said, referring to guard Andre \"Dre\" Simmons. \"They jumped Dre.\"",
            "They jumped", "Randy Whitlock")
        expectSpeaker(
            "Hugh Lennard, chief economist at Capital Economics, said: \"It is clear.\"\n\nSimon Pettigrew at Pantheon "
                + "Macroeconomics was more cautious. \"Wage growth is high,\" he said.", "Wage growth",
            "Simon Pettigrew")
        expectSpeaker(
            "Plaid leader Llyr ap Dafydd spoke. \"The First Minister stood here,\" ap Dafydd said.", "The First",
            "Llyr ap Dafydd")
    }

    /// Descriptions of people the article never names stay descriptions, whoever was named before: `One AFC
    /// executive … "Q," the executive said`; `The store's owner, who asked not to be named, said …` ¶ `"Q," he said`.
    func testUnnamedDescriptionsAreNotNamedPeople() {
        expectSpeaker(
            "Nate Van Der Berg built a culture. One AFC executive, speaking on condition of anonymity, "
                + "called the price \"a steal.\"\n\n\"Jacksonville will regret it,\" the executive said.",
            "Jacksonville will", "the executive")
        expectSpeaker(
            "Police Chief Kevin Brzezinski asked businesses to check cameras.\n\nThe store's owner, who "
                + "asked not to be named, said his cameras captured it.\n\n\"I have owned this store for 17 years,\" he "
                + "said.", "I have owned", "the store's owner")
    }

    /// `"Q," Whitley Sr. said`, `Acme Inc. said`: the full stop of an abbreviation before the cue ends no sentence.
    func testAnAbbreviationBeforeTheCue() {
        expectSpeaker(
            "Terrence Whitley Sr. spoke. \"Do the right thing,\" Whitley Sr. said.", "Do the right",
            "Terrence Whitley Sr")
    }

    /// Axios-style bullets: a dash opening the next line is a list's bullet, not a clause after the quote.
    func testABulletIsNoClauseAfterTheQuote() {
        expectSpeaker(
            "What they are saying:\n- \"We have watched chips get smuggled,\" Harlan Voss said. \"The system is a "
                + "sieve.\"\n- A spokesperson for Beatrice Amankwah-Tetteh confirmed she is a co-sponsor.",
            "The system",
            "Harlan Voss")
    }

    /// `according to a statement from the American Civil Liberties Union`: the statement's author speaks.
    func testAStatementFromAnOrganisation() {
        expectSpeaker(
            "\"This is a dark day,\" according to a statement from the American Civil Liberties Union.", "This is a",
            "the American Civil Liberties Union")
    }

    /// `"Q," Alabama Gov. Katherine Pruett said`: the full stop of an abbreviated title ends neither the name nor the
    /// clause after the quote.
    func testAbbreviatedTitleAfterTheQuote() {
        expectSpeaker(
            "\"We have people on rooftops,\" Alabama Gov. Katherine Pruett said at a briefing.", "We have people",
            "Katherine Pruett")
        expectSpeaker("\"Not today,\" Atty. Gen. Rachel Kim told reporters.", "Not today", "Rachel Kim")
    }

    /// `would "gut" rural hospitals`: after an auxiliary a short quote is a verb of reported speech, not a modifier.
    func testQuotedVerbAfterAnAuxiliaryIsSpeech() {
        expectSpeaker("Maria Lopez said Tuesday that the bill would \"gut\" rural hospitals.", "gut", "Maria Lopez")
        // a quoted modifier with no cue stays a term
        let term = Run(Self.head + "The \"chip and pin\" cards arrive on Monday.")
        XCTAssertNil(term.quote("chip and pin")?.speaker)
    }

    /// `had "no idea" whether`: a clause word after the quote shows it is an object, not a modifier.
    func testQuoteBeforeAClauseWordIsSpeech() {
        expectSpeaker("Ian MacDonald said he had \"no idea\" whether others would resign.", "no idea", "Ian MacDonald")
    }

    /// `Clarence "Sweets" Mobley, 71, said the city was "fixing …"`: a nickname inside the name splits no sentence.
    func testANicknameSplitsNoSentence() {
        for text in bothStyles(
            Self.head + "Resident Clarence \"Sweets\" Mobley, 71, said the city was \"fixing the postcard\".")
        {
            XCTAssertEqual(speaker(text, "fixing the")?.hasSuffix("Mobley"), true)
        }
    }

    /// Quotes joined by `and`, `or` or a comma are one speaker's words: `"aggressive" and "high-impact" marketing`
    /// (the second would read as a term alone), `described as "irresponsible" and "outrageous" by X`. Terms joined
    /// so with no speaker stay terms.
    func testCoordinatedQuotesShareTheSpeaker() {
        for text in bothStyles(
            Self.head + "Heineken said it plans to invest in \"aggressive\" and \"high-impact\" marketing.")
        {
            XCTAssertEqual(speaker(text, "aggressive"), "Heineken")
            XCTAssertEqual(speaker(text, "high-impact"), "Heineken")
        }
        for text in bothStyles(
            Self.head
                + "Her comments were described as \"irresponsible\" and \"outrageous\" by the Islamic Human Rights "
                + "Commission.")
        {
            XCTAssertEqual(speaker(text, "irresponsible")?.hasSuffix("Islamic Human Rights Commission"), true)
            XCTAssertEqual(speaker(text, "outrageous")?.hasSuffix("Islamic Human Rights Commission"), true)
        }
        let terms = Run(Self.head + "The \"chip and pin\" and \"contactless\" cards arrive on Monday.")
        XCTAssertNil(terms.quote("contactless")?.speaker)
    }

    /// `Spencer Flower said members needed to "embrace change" of a "radical" nature`: a modifier later in the sentence
    /// of words a cue's clause quotes is the same speaker's word (it would read as a term alone); not after a quote
    /// given otherwise (`"Q," Flower said of the "radical" plan` keeps the term), nor a naming (`the so-called "X"`).
    func testATermInTheClauseACueReportsIsTheSpeakers() {
        let head = Self.head + "Council leader Spencer Flower proposed the budget. "
        for text in bothStyles(head + "Flower said members needed to \"embrace change\" of a \"radical\" nature.") {
            XCTAssertEqual(speaker(text, "radical"), "Spencer Flower")
        }
        for text in bothStyles(
            head + "He said the university would take a \"firm\" line and a \"zero tolerance\" approach.")
        {
            XCTAssertEqual(speaker(text, "zero tolerance"), "Spencer Flower")
        }
        for text in bothStyles(head + "\"We must change,\" Flower said of the \"radical\" plan.") {
            XCTAssertNil(speaker(text, "radical"))
        }
        for text in bothStyles(head + "Flower said the \"reform\" was part of the so-called \"Big Society\" drive.") {
            XCTAssertNil(speaker(text, "Big Society"))
        }
    }

    /// `Mr Kruger was quoted in the Guardian newspaper saying: "Q"`, `He said the Government has targets for FOIs saying
    /// he wants to "Q"`: a noun after a preposition right before a participle is no subject; the person or he/she
    /// opening the sentence is - except after `from` or `by` (`a letter from the council saying "Q"` is the council's).
    func testAParticipleAfterAPrepositionsObjectIsTheSentenceSubjects() {
        let head = "Danny Kruger stood for the party. "
        expectSpeaker(
            head + "Mr Kruger was quoted in the Guardian newspaper saying: \"We plan to cut.\"", "We plan",
            "Danny Kruger")
        expectSpeaker(
            head + "He said the party has targets for FOIs saying he wants to \"ensure we are open\".", "ensure",
            "Danny Kruger")
        expectSpeaker(
            head + "Residents got a letter from Acme Homes saying: \"The road will close.\"", "The road",
            "Acme Homes")
        // a body opening the sentence speaks too; `with X claiming` is X's
        expectSpeaker(
            "Inquiry.\n\nThe Police Ombudsman has written to the chief constable asking that \"no further comment\" "
                + "is made.", "no further", "the Police Ombudsman")
        expectSpeaker(
            "Trust.\n\nThe Lib Dems are keen on trust, with Charles Kennedy claiming voters had a \"lack of trust\".",
            "lack of", "Charles Kennedy")
    }

    /// `'Q' says city councillor as …`, `'Q', claims Llanelli councillor`: a headline drops the article before the
    /// description after its cue; the body's person written with the role speaks (`Cllr` abbreviates `councillor`,
    /// as it does for `the councillor said` later), and a noun-like cue (`claims`, `laughs`) is a verb right after a
    /// quote and its comma.
    func testAHeadlineDescriptionWithoutItsArticleAndTitlesThatAbbreviateRoles() {
        let body =
            "\n\nNew homes must be built near jobs, a councillor has stressed.\n\nCllr Katie Porrer was talking at a "
            + "council meeting."
        for text in bothStyles("\"Build new homes near jobs\" says city councillor as plan debated" + body) {
            XCTAssertEqual(speaker(text, "Build new homes"), "Katie Porrer", text)
        }
        for text in bothStyles("\"Build new homes near jobs\", claims Llanelli councillor" + body) {
            XCTAssertEqual(speaker(text, "Build new homes"), "Katie Porrer", text)
        }
        expectSpeaker(
            "Cllr Jo Bloggs met Alan Smith on Monday.\n\nMr Smith said the meeting was useful.\n\n\"We will not back "
                + "down,\" the councillor said.", "We will not", "Jo Bloggs")
        expectSpeaker(
            "Bill Conti wrote the score.\n\n\"No one died, but it was scary at the time,\" laughs Conti.",
            "No one died",
            "Bill Conti")
    }

    /// `"Q," Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC`: the apposition's closing comma
    /// is missing; the name opening the clause is still the subject.
    func testAnAppositionWithoutItsClosingComma() {
        expectSpeaker(
            "\"It is all about digital,\" Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC.",
            "It is all", "Jeff Joseph")
    }

    /// `Bill Conti's job … "Q," he says`: a possessive mention is an antecedent when no subject or speaker is near.
    func testAPossessiveMentionIsAWeakAntecedent() {
        expectSpeaker(
            "Bill Conti's job is not for the faint-hearted. This year marks Conti's 17th turn. "
                + "\"The excitement is a live performance,\" he says.", "The excitement", "Bill Conti")
    }

    /// Layouts of BBC copy that left quotes without a speaker: a second predicate (`quit … and vowed:`), a comma
    /// after the cue (`said, in a statement, …`), an apposition without its closing comma before an organisation
    /// (`X, the leader of the Y Union said:`), a possessive document (`Mr Tanzi's statement said`), `who said` after a
    /// description, a semicolon standing for a colon (`asks;`), `, and X said:` opening a clause, a sentence whose
    /// person subject ends in a colon before the quote, and an introduction with `but conceded`.
    func testLayoutsThatLeftQuotesWithoutASpeaker() {
        expectSpeaker(
            "Harry Redknapp, 57, quit his post on Monday and vowed: \"I will not go down the road.\"", "I will not",
            "Harry Redknapp")
        expectSpeaker(
            "Altria Group said, in a statement, the government now \"must prove fraud\".", "must prove",
            "Altria Group")
        expectSpeaker(
            "Mark Serwotka, the leader of the Public and Commercial Services Union said: \"We had the day.\"",
            "We had", "Mark Serwotka")
        expectSpeaker("\"I apologise to all,\" Mr Tanzi's statement said.", "I apologise", "Tanzi")
        expectSpeaker(
            "The claim was denied by a UKIP spokesman, who said: \"It is empty.\"", "It is empty",
            "a UKIP spokesman")
        expectSpeaker("Glen Wood, an economist, asks; \"Who is going to fund it?\"", "Who is going", "Glen Wood")
        expectSpeaker(
            "Brent Bozell, PTC president and conservative activist said: \"MTV is selling it.\"", "MTV is",
            "Brent Bozell")
        expectSpeaker(
            "Kelly Sotherton finished third in Athens, and Carolina Kluft said: \"She is a great girl.\"", "She is",
            "Carolina Kluft")
        expectSpeaker(
            "Ozzy Osbourne himself was at a loss to explain its popularity: \"I have no idea.\"", "I have no",
            "Ozzy Osbourne")
        expectSpeaker(
            "The figures follow data from property website Rightmove which suggested owners hold a \"winter sale\".",
            "winter sale", "Rightmove")
        // … but not past a clause with its own subject, nor past a cue with another subject
        let capra = Run(
            Self.head + "Frank Capra was the butt of a gaffe when the host opened the envelope and declared \"come on "
                + "up, Frank\" to the room.")
        XCTAssertNotEqual(capra.quote("come on up")?.speaker, "Frank Capra")
        let glazer = Run(
            Self.head + "Malcolm Glazer owns a stake, and United's statement to the exchange said: \"The board has "
                + "noted it.\"")
        XCTAssertNotEqual(glazer.quote("The board has")?.speaker, "Malcolm Glazer")
        expectSpeaker(
            "Mr Negroponte wants the laptops to spread but conceded this was ambitious. \"Nokia make 200 million.\"",
            "Nokia make", "Negroponte")
    }

    /// `Police Chief Renee Carter … The chief said she …, "Q," she said`: the title inside the name counts, and a
    /// description resolved to someone the pronoun cannot be gives way to the pronoun's own antecedent.
    func testADescriptionAndAPronounAgree() {
        expectSpeaker(
            "Police Chief Renee Carter defended a plan.\n\nCouncilor Doug Carter, who is not related to the chief, said "
                + "he supported it.\n\nThe chief said she understood. \"He is right to ask,\" she said.", "He is right",
            "Renee Carter")
    }

    /// `Tory leader Michael Howard … the Tory leader argued …, he said`: a description names the person the article
    /// wrote next to that role, not the last person who spoke.
    func testADescriptionNamesThePersonGivenTheRole() {
        // (a capitalised office after `the` is such a description too, not a name: `The Prime Minister said`)
        expectSpeaker(
            "Prime Minister Rishi Sunak spoke after Labour leader Keir Starmer spoke.\n\nThe Prime Minister said the "
                + "plan showed \"desperation\".", "desperation", "Rishi Sunak")
        expectSpeaker(
            "First Minister Humza Yousaf spoke after Scottish Labour leader Anas Sarwar.\n\nThe First Minister accused "
                + "Mr Sarwar of \"desperation\".", "desperation", "Humza Yousaf")
        expectSpeaker(
            "Tory leader Michael Howard spoke on Monday. George Bush opposed it. But the Tory leader argued there was a "
                + "case. \"I believe we have a duty,\" he said.", "I believe", "Michael Howard")
    }

    /// `the lawyer`, `the player`, `the officer`, `the politician` after a person written with a narrower role
    /// (`Defence solicitor`, `Striker`, `Detective Sergeant`, `Labour MP`), with someone else named in between; the
    /// exact role still wins over a narrower one (`Family lawyer Rob Hale` over `solicitor Ciaran Toner`).
    func testAWiderWordForTheRole() {
        let cases: [(String, String, String)] = [
            (
                "Defence solicitor Ciaran Toner told the court his client was the victim. District Judge Ted Magill "
                    + "refused bail.\n\nThe lawyer said: \"The person has no injuries.\"", "The person", "Ciaran Toner"
            ),
            (
                "Striker Ann Lee scored twice on Saturday. Manager Kate Bond was delighted.\n\n\"It was a great day,\" "
                    + "the player said.", "It was a great", "Ann Lee"
            ),
            (
                "Detective Sergeant Tom Hale led the inquiry. Shop owner Ben Ross saw the men.\n\nThe officer said: "
                    + "\"We are appealing for witnesses.\"", "We are appealing", "Tom Hale"
            ),
            (
                "Labour MP Jane Roe visited the school with head teacher Ann Moss.\n\n\"We need more teachers,\" the "
                    + "politician said.", "We need more", "Jane Roe"
            ),
            (
                "Family lawyer Rob Hale spoke first. Defence solicitor Ciaran Toner disagreed.\n\nThe lawyer said: "
                    + "\"The family wants answers.\"", "The family wants", "Rob Hale"
            ),
        ]
        for (body, quote, speaker) in cases { expectSpeaker(body, quote, speaker) }
    }

    /// `The committee met and Terry Parish said: "Q"`, `… – and Cllr Terry Parish told reporters: "Q"`: `and` after a
    /// lower-case word or a dash opens a new clause whose subject speaks; after a name or a pronoun it coordinates
    /// subjects (`she and Harper agreed to meet "in a few months"` is not Harper's alone, so the outer speaker's).
    func testAndAfterAClauseOpensANewSubject() {
        expectSpeaker(
            "The committee met and Terry Parish said: \"That is what we intend to do.\"", "That is what", "Terry Parish"
        )
        expectSpeaker(
            "The committee gave its answer - and Cllr Terry Parish told reporters: \"That is what we intend to do.\"",
            "That is what", "Terry Parish")
        expectSpeaker(
            "Premier Kathleen Wynne met Prime Minister Stephen Harper.\n\nWynne said she and Harper agreed to meet "
                + "again \"in a few months.\"", "in a few months", "Kathleen Wynne")
    }

    /// `Liverpool legend Phil Thompson has pleaded with Steve Gerrard …` ¶ `The former assistant boss also warned …
    /// He told …: "Q"`: a description no title or quote ties to anyone, early in the story, is the person opening its
    /// first sentence - or the person whose cue ends that sentence (`Tony Blair has … failed, Michael Howard has said.`
    /// ¶ `"Q", the Conservative leader said`).
    func testADescriptionEarlyInTheStoryIsItsMainActor() {
        expectSpeaker(
            "Liverpool legend Phil Thompson has pleaded with Steve Gerrard to reject any overtures from Chelsea.\n\n"
                + "The former assistant boss also warned that honours won at Chelsea would be cheapened. He told BBC "
                + "Radio Five Live: \"Liverpool would think about any bid made.\"", "Liverpool would", "Phil Thompson")
        expectSpeaker(
            "Tony Blair has had the chance to tackle the problems facing Britain and has failed, Michael Howard has "
                + "said.\n\n\"Britain is heading in the wrong direction\", the Conservative leader said in his message.",
            "Britain is heading", "Michael Howard")
    }

    /// `Keshav Ubale, assistant commissioner of North ward, under whose jurisdiction …, said`, `Ann Lee, a teacher at
    /// Park School, who …, said`: a relative clause after an apposition whose description ends in a noun phrase; the
    /// person opening the chain speaks, not the ward or `a teacher at …`.
    func testARelativeClauseAfterADescribingApposition() {
        expectSpeaker(
            "Keshav Ubale, assistant commissioner of North ward, under whose jurisdiction the area falls, said, "
                + "\"This matter does not come under the ward office.\"", "This matter", "Keshav Ubale")
        expectSpeaker(
            "Ann Lee, a teacher at Park School, who has lived there for years, said: \"We are worried.\"",
            "We are worried", "Ann Lee")
    }

    /// `Caprice, who left …, afterwards said:`: the relative clause and the adverb between speaker and cue.
    func testRelativeClauseAndAdverbBeforeTheCue() {
        expectSpeaker(
            "Nadia Caprice, who left in the fourth eviction, afterwards said: \"I am so happy.\"", "I am so happy",
            "Nadia Caprice")
    }

    /// `…, and Pollard said …`: a name after `, and` is a clause subject, so a later `he` refers to it rather than to
    /// the subject of the sentence before.
    func testSubjectAfterCommaAndIsThePronounsAntecedent() {
        let text =
            Self.head + "Lleyton Hewitt said it. The event starts in May, and Geoff Pollard said the court was quick. "
            + "\"It is faster than last year,\" he said."
        for t in bothStyles(text) {
            XCTAssertEqual(speaker(t, "It is faster"), "Geoff Pollard")
        }
    }

    /// `elder Agnes Sakchekapo, 84, said …` then `"Q," she said`: a cue right after the name (and its age) makes it a
    /// subject whatever lower-case word precedes it, so the pronoun finds it.
    func testRoleWordBeforeASubjectKeepsItTheAntecedent() {
        let text =
            Self.head
            + "Rafael Ortiz spoke first. In the village, elder Agnes Sakchekapo, 84, said she remembered it.\n\n"
            + "\"Then the lake was clean,\" she said."
        for t in bothStyles(text) {
            XCTAssertEqual(speaker(t, "Then the lake"), "Agnes Sakchekapo")
        }
    }

    /// `Sen. Teresa Valdez, D-N.M., who wrote the bill, called the vote "Q"`: two appositions between name and cue.
    func testRelativeClauseAfterAPartyApposition() {
        expectSpeaker(
            "Sen. Teresa Valdez, D-N.M., who wrote the bill, called the vote \"a lifeline for farmers\".", "a lifeline",
            "Teresa Valdez")
    }

    /// `shot back that …`: phrasal cues of debate copy.
    func testShotBack() {
        expectSpeaker(
            "Tom Rourke shot back that Dana Whitlock had \"never signed a paycheck\" in her life.", "never signed",
            "Tom Rourke")
    }

    /// `…, saying "Q"`: the participle's subject is the nearest person, not a place named in an apposition.
    func testParticipleSubjectPrefersAPerson() {
        let text =
            Self.head
            + "Tom Rourke, 61, a former Augusta car dealer, repeated his pledge, saying it would make Georgia \"the most competitive state\"."
        let persons = [text.utf8.count - text.drop { $0 != "T" }.utf8.count].map { start -> Range<Int> in
            let b = Array(text.utf8)
            let name = Array("Tom Rourke".utf8)
            let i = (start..<b.count).first { b[$0..<min($0 + name.count, b.count)].elementsEqual(name) }!
            return i..<(i + name.count)
        }
        let r = Run(text, persons: persons)
        XCTAssertEqual(r.quote("the most competitive")?.speaker, "Tom Rourke")
    }

    /// `X said New Line feared the film would be "Q"`: a verb of thinking inside reported speech reports X's words.
    func testThinkingVerbInsideReportedSpeechKeepsTheOuterSpeaker() {
        expectSpeaker(
            "Chris Weitz said New Line feared that the film would be \"unviable financially\".", "unviable",
            "Chris Weitz")
        // alone, the thinking verb's subject speaks
        expectSpeaker("Ada Okafor feared the plan would be \"a disaster\" for staff.", "a disaster", "Ada Okafor")
    }

    /// `Cory Doctorow, European co-ordinator for …, expressed doubts … "Q," he said`: a name opening its sentence
    /// with an apposition is the subject the pronoun refers to, not a speaker of an earlier paragraph.
    func testSentenceOpeningNameWithAppositionIsTheAntecedent() {
        let text =
            Self.head + "Analyst Ian Fogg said the plan was bold.\n\n"
            + "Cory Doctorow, European co-ordinator for a campaign group, expressed doubts about it. "
            + "\"Not one of these systems has ever worked,\" he said."
        for t in bothStyles(text) {
            XCTAssertEqual(speaker(t, "Not one"), "Cory Doctorow")
        }
    }

    /// `Mary Carter … John Carter … "Q," she said`: with the upstream person ids, a pronoun agrees in gender with the
    /// person a surname names, not with everyone sharing it.
    func testPronounGenderFollowsThePersonNotTheSurname() {
        let text =
            Self.head + "Police Chief Mary Carter spoke first. Councilor John Carter said he worried. "
            + "\"The numbers will tell,\" she said."
        let bytes = Array(text.utf8)
        func range(_ name: String) -> Range<Int> {
            let n = Array(name.utf8)
            let i = (0...(bytes.count - n.count)).first { bytes[$0..<($0 + n.count)].elementsEqual(n) }!
            return i..<(i + n.count)
        }
        let r = Run(text, persons: [range("Mary Carter"), range("John Carter")], personIDs: [0, 1])
        XCTAssertEqual(r.quote("The numbers")?.speaker, "Mary Carter")
    }

    /// `the hospital said` after `taken to Jaslok Hospital`: an institution's description is the name with its head in
    /// it, subject or not.
    func testAnInstitutionHeadFindsTheNameHoldingIt() {
        expectSpeaker(
            "The woman was taken to Jaslok Hospital on Monday.\n\nIn a statement, the hospital said: \"The patient is "
                + "stable.\"", "The patient", "Jaslok Hospital")
    }

    /// `"Q," he was quoted as saying`: a quote another outlet reported.
    func testQuotedAsSaying() {
        expectSpeaker(
            "Gwede Mantashe told the paper he was excited.\n\n\"We did not run away from them,\" he was quoted as saying.",
            "We did not", "Gwede Mantashe")
        // … and without `as`, as Malaysian and Indian copy writes it, an outlet after it
        expectSpeaker(
            "Jamal Yunos spoke on Monday.\n\n\"They misunderstood what I said,\" he was quoted saying by the portal.",
            "They misunderstood", "Jamal Yunos")
        expectSpeaker(
            "Jamal Yunos was quoted saying \"they misunderstood what I said\" by the portal.", "they misunderstood",
            "Jamal Yunos")
    }

    /// `Said he: "Q"`: an inverted cue opening its sentence takes a pronoun subject.
    func testSaidHeOpeningASentence() {
        expectSpeaker(
            "Governor Babajide Sanwo-Olu spoke on Thursday.\n\nSaid he: \"I made phone calls to the President.\"",
            "I made phone", "Babajide Sanwo-Olu")
    }

    /// `A statement on Twitter said: "Q"`: the platform is no speaker.
    func testAPlatformIsNoSpeaker() {
        expectNoSpeaker("A statement on Twitter said: \"It is with great sadness that we write.\"", "It is with")
    }

    /// `“Q,’’ said X`: a doubled closing single mark stands for a closing double one (the quote does not run on).
    func testADoubledSingleMarkClosesADoubleQuote() {
        let r = expectQuote(
            "“Games like this build character,’’ said Celtics guard Courtney Lee. “The group learned to trust each other.’’",
            "Games like", speaker: "Courtney Lee", content: "Games like this build character,")
        XCTAssertEqual(r.quotes.count, 2)
    }

    /// `″Clearly this is serious.` ¶ `“Equally …”`: a double prime opening a paragraph is an opening mark set with the
    /// wrong character, so the quotes after it pair as written; after a digit it is inches (`5′10″`).
    func testADoublePrimeOpensAQuote() {
        let r = expectQuote(
            "Damian Hinds was asked about it.\n\n″Clearly this is serious.\n\n“Equally the Treasury is focused.”\n\n"
                + "He added: “This is one of those stories.”", "This is one", speaker: "Damian Hinds",
            content: "This is one of those stories.")
        XCTAssertEqual(r.quotes.count, 2)
        XCTAssertEqual(Run(Self.head + "He is 5′10″ tall, his coach Ann Lee said.").quotes.count, 0)
    }

    /// `Sergeant Tom Faudskar, of the Rochester Police Department says, "Q"`: the person speaks, not the body they
    /// belong to.
    func testAPersonBeforeTheirAffiliationSpeaks() {
        expectSpeaker(
            "Sergeant Tom Faudskar, of the Rochester Police Department says, \"We negotiated with the subject.\"",
            "We negotiated", "Tom Faudskar")
    }

    /// `the Scottish Labour leader said` after `Scottish Labour leader Anas Sarwar … council leader Susan Aitken`: the
    /// description's own words pick the role holder, not only its head.
    func testADescriptionsWordsPickTheRoleHolder() {
        expectSpeaker(
            "Scottish Labour leader Anas Sarwar criticised council leader Susan Aitken.\n\nThe Scottish Labour leader said the city was \"neglected\" by the SNP.",
            "neglected", "Anas Sarwar")
    }

    /// `SkyWest … issued a statement, "Q"`, `Gardner cited "Q"`: statement phrases and `cite` are cues.
    func testStatementPhrasesAndCiteAreCues() {
        expectSpeaker(
            "In a prepared statement, SkyWest Airlines issued a statement, \"After a routine flight, passengers deplaned.\"",
            "After a routine", "SkyWest Airlines")
        expectSpeaker(
            "In the statement, Sen. Cory Gardner cited \"double digit premium increases\" in the state.",
            "double digit",
            "Cory Gardner")
    }

    /// `the sheriff's office said`, `the statement said` after the body named in full: the body, with its owner's
    /// name (the engine keeps the article; the quotes stage drops it).
    func testAnOfficeAndItsStatementSpeakForTheBody() {
        let body =
            "The Jefferson County Sheriff's Office said deputies found the body.\n\n\"The child fabricated a story,\" the sheriff's office said in an update.\n\n\"This offense is a tragedy for the family,\" the statement said."
        expectSpeaker(body, "The child", "the Jefferson County Sheriff's Office")
        expectSpeaker(body, "This offense", "the Jefferson County Sheriff's Office")
    }

    /// `Capt. Forrest Smith of the Mesa Fire Department told`: the person speaks, not the department.
    func testAPersonOfTheBodySpeaks() {
        expectSpeaker(
            "\"You can create enough fire to catch your fireplace,\" Capt. Forrest Smith of the Mesa Fire Department told reporters.",
            "You can create", "Forrest Smith")
    }

    /// `Asha Riyas on Wednesday said`: a day between the subject and its cue.
    func testADayBetweenTheSubjectAndTheCue() {
        expectSpeaker(
            "Minister Asha Riyas on Wednesday said the leader was \"cheating the secular Congress\".",
            "cheating", "Asha Riyas")
    }

    /// `“Q," said X`: a straight mark closes a curly one when no straight mark is open (copy that mixes the two).
    func testAStraightMarkClosesACurlyOne() {
        expectQuote(
            "“We are thankful it only hit trees,\" said Rob Schmid, the county coordinator.", "We are thankful",
            speaker: "Rob Schmid", content: "We are thankful it only hit trees,")
    }

    /// `Calling the drought "the most serious situation" in 25 years, Tom Vilsack predicted …`: a quote inside a
    /// sentence-opening participle clause is the main clause's subject's.
    func testAQuoteInsideAnOpeningParticipleClause() {
        expectSpeaker(
            "Calling the drought \"the most serious situation\" in 25 years, Secretary Tom Vilsack predicted higher prices.",
            "the most serious", "Tom Vilsack")
        // not when the clause ends before the quote
        for text in bothStyles(
            Self.head + "Speaking on Monday, Tom Vilsack left. The drought was \"the most serious\".")
        {
            XCTAssertNotEqual(speaker(text, "the most serious"), "Tom Vilsack", text)
        }
    }

    /// `"Q," the Smith family said`: the family speaks (the quotes stage names it `Smith family`).
    func testAFamilySpeaksAsOne() {
        expectSpeaker(
            "Coach Dean Smith died Saturday.\n\n\"He passed away peacefully,\" the Smith family said in a statement.",
            "He passed away", "the Smith family")
    }

    /// `"Q," his son, Pat Dye Jr., said`: the name between the commas ends in a suffix's full stop (the engine alone
    /// names him without it; with the people stage the canonical name keeps it).
    func testANameWithASuffixInsideAnApposition() {
        expectSpeaker(
            "Pat Dye died on Monday.\n\n\"I want to thank all of the people,\" his son, Pat Dye Jr., said.",
            "I want to thank", "Pat Dye Jr")
    }

    /// `Joseph Matovu, the division chairperson denies claims …` then `"Q"`: the intro's subject is the name before
    /// the open apposition, not the description.
    func testAnIntroWhoseAppositionIsNotClosed() {
        expectSpeaker(
            "Joseph Matovu, the Nansana division chairperson denies claims that they were partying.\n\n\"The meeting was official and we were planning for the division.\"",
            "The meeting was", "Joseph Matovu")
    }
    /// `"Q," said the Huddersfield chief executive, Ralph Rimmer.`: after an inverted cue, the name in apposition to
    /// the description is the speaker.
    func testANameInAppositionAfterAnInvertedCuesDescription() {
        expectSpeaker(
            "The club voted no.\n\n\"The plan was flawed,\" said the Bradford chief executive, Ralph Rimmer. \"We hope to be wrong.\"",
            "The plan was", "Ralph Rimmer")
        expectSpeaker(
            "Fees rose.\n\nThe share of poorer students \"hardly changed at all\", said its chief executive, Sir Howard Newby.",
            "hardly changed", "Howard Newby")
    }
    /// `Sen. Thomas Brennan Jr., who is known to colleagues as "Tad," said Democrats were "Q"`: American copy closes an
    /// apposition with the comma inside a nickname's marks; the name's quote takes no `said X` after it, and the words
    /// quoted after the cue are the subject's.
    func testANicknameClosingAnApposition() {
        let brennan =
            "Talks stalled.\n\nSen. Thomas Brennan, who is known to colleagues as \"Tad,\" said Democrats were "
            + "\"moving the goalposts.\""
        expectSpeaker(brennan, "moving the", "Thomas Brennan")
        expectNoSpeaker(brennan, "Tad")
        expectNoSpeaker("Ann Lee is known by friends as \"Annie,\" said her sister.", "Annie")
    }

    /// `Worker Mark Lewis, 53, has worked at the site for 37 years.` ¶ `"Q"`: a cue-less quote paragraph after a
    /// paragraph that ends by introducing one person is that person's; not when the quote's paragraph has a cue or
    /// the introducing sentence names someone else too.
    func testAQuoteParagraphAfterAPersonIsIntroduced() {
        expectSpeaker(
            "The plant will shut.\n\nDan Moss, 53, of Elm Road, has worked at the site for 37 years.\n\n\"It is a sad time for us all.\"",
            "It is a sad time", "Dan Moss")
        // (a capitalised word and any plain noun before the name: `Re-treading worker Dan Moss`)
        expectSpeaker(
            "The plant will shut.\n\nRe-treading worker Dan Moss, 53, has worked at the site for 37 years.\n\n\"It is a sad time for us all.\"",
            "It is a sad time", "Dan Moss")
        expectNoSpeaker(
            "The plant will shut.\n\nWorker Dan Moss has worked with Ann Lee for years.\n\n\"It is a sad time for us all.\"",
            "It is a sad time")
        // a paragraph about the person throughout (`He closed … But this time he …`), or opened by the role the
        // article gave them (`The Springbok coach was full of praise …`)
        expectSpeaker(
            "The plant will shut.\n\nDan Moss said: \"We need staff.\"\n\nHe closed for eight weeks. But this time he has been refused.\n\n\"This time there is nothing.\"",
            "This time there", "Dan Moss")
        expectSpeaker(
            "Springbok coach Allister Coetzee was pleased.\n\n\"We won,\" said Coetzee.\n\nThe Springbok coach was full of praise for his forwards.\n\n\"Guys like Siya Kolisi were outstanding today.\"",
            "Guys like", "Allister Coetzee")
        // a paragraph opened by his or her things (`His plant … is recruiting more staff.`) is about that person too
        expectSpeaker(
            "The plant will grow.\n\nDan Moss, the managing director, said: \"We agree.\"\n\nHis plant, a centre of excellence for its parent company, is recruiting more staff.\n\n\"We are seeing more success.\"",
            "We are seeing", "Dan Moss")
        // (nor when the writer's words follow the quote in its paragraph: `"Q," his obituary reads`)
        expectNoSpeaker(
            "Tony Ruiz died on Tuesday.\n\nHe came to the United States at 16 and lived in Yonkers.\n\n\"Tony lived the American Dream,\" his obituary reads.",
            "Tony lived")
    }
    /// `Judge X asked: "Q?" Mr Y said Douglas had …`: a question a cue and colon introduce ends its sentence; the
    /// clause after it is not its attribution.
    func testAQuestionIntroducedByACueIsNotAttributedByTheClauseAfterIt() {
        expectSpeaker(
            "Court row.\n\nDistrict judge Barney McElholm asked: \"Was that the sum total of this case?\" Mr Stelfox said Douglas had been stopped.",
            "Was that the sum", "Barney McElholm")
        // (with no cue before it, the clause after a question attributes it: `"Q?" Walsh asked.`)
        expectSpeaker(
            "Court row.\n\nThe case went on. \"Was that the sum total of this case?\" Mr Stelfox asked.",
            "Was that the sum", "Stelfox")
    }
    /// `The leader accused Ms Aitken of being "Q"` after `party leader Anas Sarwar … council leader Susan Aitken`: a
    /// description speaking is not the person its own sentence names after the cue.
    func testADescriptionIsNotThePersonItsSentenceNamesAfterIt() {
        expectSpeaker(
            "Party leader Anas Sarwar criticised council leader Susan Aitken.\n\nThe leader accused Ms Aitken of being \"completely out of touch\".",
            "completely out", "Anas Sarwar")
    }
    /// `But Made said that "Q," the paper reported`: an outlet passing the words on is not their speaker when its
    /// sentence reports who said them.
    func testAnOutletPassingOnWordsIsNotTheirSpeaker() {
        expectSpeaker(
            "Minister Joseph Made spoke on Friday.\n\nBut Made said that \"only dreamers would call for it,\" the paper reported.",
            "only dreamers", "Joseph Made")
    }
    /// `and` inside an organisation's name (`Kent Fire and Rescue Service`, `the Finance and Economy Ministry`), and
    /// `the spokesperson` after `A spokesperson for X said …` or `An X spokesman said …` with no quote of X's yet.
    func testAndInsideAnOrganisationsNameAndItsSpokesperson() {
        expectSpeaker(
            "A barn burned down.\n\nA spokesperson for Kent Fire and Rescue Service said the fire was out.\n\n\"One engine is still there,\" said the spokesperson.",
            "One engine", "Kent Fire and Rescue Service")
        expectSpeaker(
            "Growth will slow.\n\n\"Conditions are likely to remain unfavourable,\" the Finance and Economy Ministry said.",
            "Conditions are", "the Finance and Economy Ministry")
        // the body written before the word (`A Bayern spokesman said …`), not the player the sentence is about
        expectSpeaker(
            "Injury.\n\nA Bayern spokesman said the decision not to take Hashemian was about fitness. \"He's got back "
                + "pain,\" the spokesman said.", "He's got", "Bayern")
    }
    /// `Denise Pye, who has worked there for eight years and is married with three children said: "Q"`: a relative
    /// clause whose closing comma is missing before the cue still belongs to the person before it.
    func testARelativeClauseWithoutItsClosingComma() {
        expectSpeaker(
            "The mill will shut.\n\nDenise Pye, who has worked there for eight years and is married with three children said: \"Nearly everyone has been in tears.\"",
            "Nearly everyone", "Denise Pye")
        expectSpeaker(
            "Leaders met.\n\nHe will miss an address from Iraqi leader Iyad Allawi, who this week criticised nations which took a \"spectator\" role.",
            "spectator", "Iyad Allawi")
    }
    /// `felt` and `thought` are the cues `feel` and `think` in the past (irregular forms); a thinking verb whose
    /// subject is a pronoun inside someone's reported speech reports that speaker's words, and an impersonal passive
    /// (`It is thought …`) names no one.
    func testThinkingVerbsInThePast() {
        expectSpeaker(
            "Awards loom.\n\nThe film critic Peter Bradshaw felt that there \"might well be\" a sweep of awards.",
            "might well be", "Peter Bradshaw")
        expectSpeaker(
            "Tory MP Nigel Waterson said the chief should go.\n\nAsked about it, Mr Alan Johnson told the BBC he thought it was a \"non-story\" on Thursday.",
            "non-story", "Alan Johnson")
        expectNoSpeaker(
            "Unions met the Cabinet Office.\n\nIt is thought the overhaul could mean a \"career average\" pension.",
            "career average")
    }
    /// Court copy: counsel `submitted` what they said (`"Q," submitted prosecutor Andrea Johnson`); and other verbs
    /// of speaking (`assured`, `bemoan`, `laughed off`).
    func testMoreVerbsOfSpeaking() {
        expectSpeaker(
            "The case was postponed.\n\n\"The State needs more time,\" submitted prosecutor Andrea Johnson.",
            "The State needs", "Andrea Johnson")
        expectSpeaker(
            "The show opens in May.\n\n\"There will be no dancing Hobbits,\" assured producer Kevin Wallace.",
            "There will be", "Kevin Wallace")
        expectSpeaker(
            "Ronnie Corbett spoke out.\n\nCorbett is the latest star to bemoan the \"dumbing down\" of television.",
            "dumbing down", "Ronnie Corbett")
    }
    /// A subordinate clause opening the sentence has its own subject (`As Mr Lyons persisted, Judge Windle … told him
    /// to "Q"`); a relative clause opened without its comma belongs to the person before it (`Joseph Lenku who was hard
    /// pressed to explain it, said …` ¶ `"Q"`).
    func testSubordinateAndRelativeClausesBeforeTheCue() {
        expectSpeaker(
            "Court row.\n\nAs Mr Lyons persisted, Judge Windle thumped the table and told him to \"stay quiet, then I'll hear you\".",
            "stay quiet", "Windle")
        expectSpeaker(
            "Crime under control.\n\nSecretary Joseph Lenku who was hard pressed to explain the measures, said the arrests were a clear sign.\n\n\"There is no doubt the arrests averted a disaster.\"",
            "There is no doubt", "Joseph Lenku")
    }
    /// A lead that describes (`A Keighley ward councillor has said he is "furious"`) and a next paragraph that names
    /// (`Cllr Khadim Hussain, who represents …`, `Angela Tillet, chief executive of the trust, said`); not a
    /// spokesperson, nor a description the next paragraphs name no one for.
    func testALeadDescribesWhomTheNextParagraphNames() {
        expectSpeaker(
            "A Keighley ward councillor has said he is \"furious\" about what residents were told.\n\nCllr Khadim Hussain, who represents Keighley Central, said residents were misled.",
            "furious", "Khadim Hussain")
        expectSpeaker(
            "A hospital chief said a \"very high demand\" is piling pressure on waiting times.\n\nFigures show one in four waited four hours.\n\nAngela Tillet, chief executive of the trust, said staff were working hard.",
            "very high demand", "Angela Tillet")
        expectSpeaker(
            "A spokesman said the figures were \"very worrying\".\n\nCllr Khadim Hussain, who represents Keighley Central, said residents were misled.",
            "very worrying", "a spokesman")
    }
    /// A passive cue opening the sentence before a quote (`… has been noted internationally, Mayor Valérie Plante
    /// said.` ¶ `"Q"`) names no one and leaves the introduction to the cue after it.
    func testAPassiveCueLeavesTheIntroductionToTheNextCue() {
        expectSpeaker(
            "Council sits.\n\nThe fact that women hold top positions has been noted internationally, Mayor Valérie Plante said.\n\n\"I think there are a lot of municipalities looking at us.\"",
            "I think there are", "Valérie Plante")
    }
    /// A spokesperson for no body named speaks for the organisation that spoke or acted just before (`Kent Police has
    /// warned that …` ¶ `"Q," a spokesperson said`), not for one named with the spokesperson (`a spokesman for the author`).
    func testASpokespersonSpeaksForTheBodyThatSpokeBefore() {
        expectSpeaker(
            "Police warning.\n\nKent Police has warned that dissidents are intent on murder.\n\n\"Police believe terrorist groups are intent on it,\" a spokesperson said.",
            "Police believe", "Kent Police")
        expectSpeaker(
            "Book deal.\n\nThe publisher Orion said the deal was signed.\n\n\"She lives and breathes her worlds,\" said a spokesman for the author.",
            "She lives", "a spokesman")
    }
    /// The outlet or person a body spoke to is who listened (`The Police Federation told BBC News NI that …`, `Acme
    /// told the Guardian`): the body, not its listener, is what a later spokesperson or `it` stands for.
    func testTheListenerOfABodyIsNoReferent() {
        expectSpeaker(
            "Legal action.\n\nThe Police Federation told BBC News NI that it had not ruled out legal action.\n\nA spokesman said they would \"exhaust all internal processes\" first.",
            "exhaust all internal", "the Police Federation")
        expectSpeaker(
            "Shop closes.\n\nAcme Foods told the Guardian that the branch would close.\n\nA spokeswoman said staff would be \"fully supported\" in the move.",
            "fully supported", "Acme Foods")
    }
    /// `tells`, `writes`, `asks` are verbs, never nouns: their subject may stand before an apposition or a relative
    /// clause (`"Q," Mr Hughes, who owns a cattle station near Georgetown, tells AAP`).
    func testAThirdPersonTellsTakesASubjectBeforeAnApposition() {
        expectSpeaker(
            "Drought.\n\nBrian Hughes moved his cattle south.\n\n\"I don't even know how many I have left,\" Mr Hughes, who owns a cattle station near Georgetown, tells AAP.",
            "I don't even know", "Brian Hughes")
    }
    /// `who` after an age is the person before the age (`another resident, Suzette Witter, 44, who said … "Q"`).
    func testWhoAfterAnAgeIsThePersonBeforeIt() {
        expectSpeaker(
            "Water cry.\n\nIt was backed by another resident, Suzette Witter, 44, who said the youth must \"come off di streets\".",
            "come off di streets", "Suzette Witter")
    }
    /// A role phrase with `ex-` opening the sentence (`Fellow ex-Irish Labour party member Huw McCallion, who …,
    /// said`) leaves the name its sentence's subject: the pronoun after it is that person, not the one in the clause.
    func testAnExPrefixedRolePhraseBeforeTheSubject() {
        expectSpeaker(
            "Mike Nangle died.\n\nFellow ex-Irish Labour party member Huw McCallion, who served alongside Mr Nangle, said he would be missed.\n\n\"He was a very dependable family man,\" he said.",
            "He was a very dependable", "Huw McCallion")
    }
    /// The lead may describe with `the` or a place's possessive when it opens the story's people (`Northern Ireland's
    /// health minister says …` ¶ `Robin Swann was speaking …`), or with a role before `from` (`A councillor from
    /// Dundee`); a holder of the role must carry its modifiers (not `deputy First Minister Michelle O'Neill` for the
    /// health minister), and after a person already named the description refers back, not forward.
    func testALeadDescribesWithTheOrAPossessive() {
        expectSpeaker(
            "Minister concerned.\n\nNorthern Ireland's health minister says he is \"deeply concerned\" about the resignation.\n\nRobin Swann was speaking after Paul Givan resigned.\n\nThe move means deputy First Minister Michelle O'Neill goes too.",
            "deeply concerned", "Robin Swann")
        expectSpeaker(
            "Row over tweet.\n\nA councillor from Dundee has branded Aberdeen a \"hell hole\" in a tweet.\n\nGregor Murray, an independent councillor, made the remark yesterday.",
            "hell hole", "Gregor Murray")
        // (after the quote too; the words after the head pick the holder: not `council leader Susan Aitken`)
        expectSpeaker(
            "SNP in chaos.\n\nThe SNP administration should \"get on with the day job\", the leader of the city's Labour group has said.\n\nFrank McAveety spoke out after two councillors quit.\n\nMeanwhile, council leader Susan Aitken caused controversy.",
            "get on with the day job", "Frank McAveety")
        // (a third paragraph on for someone written with the role, when no one came before)
        expectSpeaker(
            "Judge's concern.\n\nA JUDGE has described as \"extremely serious\" claims that a man was told to plead guilty.\n\nThe claims were made at Limerick Court.\n\nThe defendant said he had been advised by a garda.\n\nUpon hearing this, Judge Eugene O'Kelly adjourned the case.",
            "extremely serious", "Eugene O'Kelly")
        XCTAssertNotEqual(
            speaker(
                "Blunkett sorry.\n\nDavid Blunkett has apologised to MPs.\n\nThe home secretary confirmed a report branded the law \"a mess\".\n\nShadow home secretary David Davis said it was chaos.",
                "a mess"), "David Davis")
    }
    /// Words quoted from someone's claim are theirs (`Peter Hain's description of him as an "attack mongrel"`), not
    /// someone's judgement of the claim (`Mr Bell's comments were "highly irresponsible"`), and a later quote of the
    /// sentence's subject does not continue the claim's owner.
    func testWordsFromSomeonesClaim() {
        expectSpeaker(
            "Howard hits back.\n\nMichael Howard delivered a rebuff to Peter Hain's description of him as an \"attack mongrel\".",
            "attack mongrel", "Peter Hain")
        expectSpeaker(
            "Schools row.\n\nThe Muslim Council of Britain said Ofsted boss Mr David Bell's comments were \"highly irresponsible\".",
            "highly irresponsible", "the Muslim Council of Britain")
        expectNoSpeaker(
            "Howard hits back.\n\nMichael Howard delivered a rebuff to Peter Hain's description of him as an \"attack mongrel\".\n\n\"One day you will tell your children you were there.\"",
            "One day you")
        // (a later quote of the sentence goes on with the sentence's own speaker)
        expectSpeaker(
            "Cuts row.\n\nAlan Johnson described Theresa May's claim that there is \"no direct correlation\" between crime and police numbers as \"ludicrous\".",
            "ludicrous", "Alan Johnson")
    }
    /// Of several people written with a role (`minister Michael Tomlinson`, `security minister Tom Tugendhat`), `the
    /// minister` is the one the article went on with, not the one written with the role last.
    func testTheRoleHolderTheArticleWentOnWith() {
        expectSpeaker(
            "Radio row.\n\nHost Nick Ferrari grilled minister Michael Tomlinson. Security minister Tom Tugendhat told MPs it was hatred.\n\nTomlinson replied: \"What he said was wrong.\"\n\nThe minister said: \"It was wrong, Nick.\"",
            "It was wrong, Nick", "Michael Tomlinson")
    }
    /// A body's name, its place, then the person's title and name after an inverted cue (`said United Educators of San
    /// Francisco President Cassondra Curiel`); `who` after a chain of appositions ending in a place is the person who
    /// opens it, even after a preposition (`an email from Dean Mastrojohn, the manager for North America, who wrote:`).
    func testPeopleBehindBodiesAndPlaces() {
        expectSpeaker(
            "Strike goes on.\n\n\"Our team has waited patiently,\" said United Educators of San Francisco President Cassondra Curiel.",
            "Our team", "Cassondra Curiel")
        expectSpeaker(
            "Jobs go.\n\nThe only comment came in an email from Dean Mastrojohn, Acme's media manager for North America, who wrote: \"I can confirm the decision.\"",
            "I can confirm", "Dean Mastrojohn")
    }
    /// A participle cue after a preposition (`before telling`, `after claiming`) shares the sentence's subject, not the
    /// nearest person, who is its object.
    func testAParticipleAfterAPrepositionSharesTheSubject() {
        expectSpeaker(
            "Campus opens.\n\nEdna Lee met the visitors. She handed Anne Ross a bouquet before telling the BBC: \"I did present the posy.\"",
            "I did present", "Edna Lee")
        expectSpeaker(
            "Row reopens.\n\nBoss Graeme Souness has reopened his dispute with Craig Bellamy after claiming the Welshman was \"not good enough\".",
            "not good enough", "Graeme Souness")
    }
    /// A plural agent noun before `of` continues a body's name (`British Chambers of Commerce`, `Maintenance
    /// Contractors of New England`), so the body speaks by its whole name and `the group` finds it.
    func testBodiesNamedWithAPluralBeforeOf() {
        expectSpeaker(
            "Rates held.\n\n\"Firms need help,\" the British Chambers of Commerce said.",
            "Firms need", "the British Chambers of Commerce")
        expectSpeaker(
            "Janitors may strike.\n\nBut the Maintenance Contractors of New England said that they agreed.\n\n\"The strike is unnecessary,\" the group said.",
            "The strike is", "the Maintenance Contractors of New England")
    }
    /// `the sheriff said` after `Sheriff Alastair Brown`: a Scottish judge's title is a role the article gave him.
    func testTheSheriffIsTheSheriffNamedBefore() {
        expectSpeaker(
            "Case thrown out.\n\nSheriff Alastair Brown said the office had erred.\n\nThe sheriff said at the conclusion: \"I do not know how the Crown hoped to win.\"",
            "I do not know", "Alastair Brown")
    }
    /// `"Q" Ms Jack said.`: a quote opening its sentence, then a name and a cue with the comma left out; not a
    /// nickname, a term inside a clause, or a quote that ends its sentence before the next one starts with a name.
    func testANameAndCueAfterAQuoteWithoutItsComma() {
        expectSpeaker(
            "Court delayed.\n\nSheriff Sara Matheson took the bench.\n\n\"We are only getting an answering machine\" Donna Jack said.",
            "We are only", "Donna Jack")
        expectNoSpeaker("Band split.\n\nBrian 'Head' Welch told a radio station he had left.", "Head")
        expectNoSpeaker(
            "Vote.\n\nAsked if it was the \"decapitation strategy\" Lord Rennard said it was not a term he used.",
            "decapitation")
        for text in bothStyles(
            Self.head + "Texts.\n\n\"She was swept away.\" Mr Gupta says the texts were vivid.")
        {
            XCTAssertNotEqual(speaker(text, "She was swept"), "Gupta", text)
        }
    }

    /// `the charges had been dismissed "Q"`: a cue verb made passive has no speaker for a subject; the cue before it
    /// is the speaker's (but a passive verb of naming still names: `could not be called an "open trial"`).
    func testAPassiveCueGivesWayToTheCueBeforeIt() {
        expectSpeaker(
            "Cleared.\n\nJudge Steven Keown noted the charges had been completely dismissed \"without any blemish\".",
            "without any", "Steven Keown")
        expectNoSpeaker(
            "Trial.\n\nThe team accused the prison of flouting orders, saying the hearing could not be called an \"open trial\".",
            "open trial")
        // irregular participles are passive too: whoever told the Taoiseach is not the speaker
        expectSpeaker(
            "Reshuffle.\n\nTrevor Sargent claimed the Taoiseach was told that the plan would \"go down like a lead "
                + "balloon\".", "go down", "Trevor Sargent")
    }

    /// `Lord Nicholls of Birkenhead said`, `Ana Faro, an analyst at Nomura told`: a name after a preposition that
    /// follows a person or a word for one is no subject; the person or description before the preposition is. A
    /// document's or spokesperson's body still speaks (`the letter from Qwest said`). The people stage's mentions
    /// decide who is a person, as in `news.yaml`.
    func testAPlaceOrBodyAfterAPersonsPrepositionIsNoSubject() {
        func expect(_ body: String, _ quote: String, _ expected: String, persons names: [String], line: UInt = #line) {
            for text in bothStyles(Self.head + body) {
                let bytes = Array(text.utf8)
                let persons = names.compactMap { name -> Range<Int>? in
                    let needle = Array(name.utf8)
                    guard
                        let start = (0...(bytes.count - needle.count)).first(where: {
                            bytes[$0..<($0 + needle.count)].elementsEqual(needle)
                        })
                    else { return nil }
                    return start..<(start + needle.count)
                }
                XCTAssertEqual(Run(text, persons: persons).quote(quote)?.speaker, expected, text, line: line)
            }
        }
        expect(
            "Lord Nicholls of Birkenhead said: \"Indefinite imprisonment is anathema.\"", "Indefinite", "Nicholls",
            persons: ["Nicholls"])
        expect(
            "\"There is a whiff of a sweetener in there,\" Ana Faro, an analyst at Nomura told the BBC.",
            "There is a whiff", "Ana Faro", persons: ["Ana Faro"])
        expect(
            "\"We intend to submit a modified offer,\" the letter from Qwest said.", "We intend", "Qwest", persons: [])
    }

    /// `An official told KPRC's Phil Archer …` ¶ `"Q," the official said`: the description goes back to someone the
    /// article never names, and says so (``ExtractedQuote/speakerIsUnnamed``), so that the quotes stage does not give
    /// it to the reporter named nearby; a predicate (`to become an actor`) or a word inside a quote introduces no one.
    func testADescriptionOfSomeoneNeverNamedIsMarkedUnnamed() {
        let text =
            "Floods\n\nAn official told KPRC's Phil Archer that they left.\n\n\"The water is up,\" the official said."
        let start = text.utf8.count - Array(text.utf8.drop { $0 != UInt8(ascii: "'") }).count + 3  // `Phil Archer`
        // (as `news.yaml` runs it: the people stage's mentions, WordNet's person nouns)
        var options = QuoteOptions()
        options.personNouns = ["official", "actor"]
        let r = Run(text, options: options, persons: [start..<(start + 11)])
        XCTAssertEqual(String(decoding: Array(text.utf8)[start..<(start + 11)], as: UTF8.self), "Phil Archer")
        XCTAssertEqual(r.quote("The water")?.speaker, "the official")
        XCTAssertEqual(r.quote("The water")?.speakerIsUnnamed, true)
        let actor =
            "Star\n\nKeanu Reeves thanked her for inspiring him to become an actor. \"I asked if it was OK to be an "
            + "actor,\" Reeves said.\n\nThe actor spoke of school. \"Hollywood was calling,\" he said."
        XCTAssertEqual(Run(actor, options: options).quote("Hollywood")?.speakerIsUnnamed, false)
    }

    /// `He was told to "stay away"`, `Smith has been accused of using the "politics of confusion"`: when the last cue
    /// before a quote is passive, the sentence's subject is spoken to or about, and no one named spoke; an active cue
    /// after the passive one keeps the subject (`was quoted as saying`, `is alleged to have said`).
    func testAPassiveCueMakesTheSubjectNoSpeaker() {
        let head = "Late.\n\nJohn Smith arrived at the site on Monday. "
        for text in bothStyles(head + "He was told to \"stay away\" from the site.") {
            XCTAssertNil(speaker(text, "stay away"))
        }
        expectNoSpeaker(
            head + "Smith has been accused of using the \"politics of confusion\" to hide it.", "politics of")
        expectSpeaker(
            head + "Smith was quoted by a newspaper as saying the firm could not remain \"all-British\".",
            "all-British",
            "John Smith")
        expectSpeaker(
            head + "Smith is alleged to have said that the plans should be \"torn up\" at once.", "torn up",
            "John Smith")
    }

    /// `Steve Rose, 44, of Quilter Road, said`: an address ends the chain of appositions without a town after it.
    func testAnAddressWithoutATownEndsTheAppositions() {
        expectSpeaker("Fire.\n\nSteve Rose, 44, of Quilter Road, said: \"It got really dark.\"", "It got", "Steve Rose")
    }
    /// A name inside a quote does not stop a run of paragraphs that go on with the same pronoun: `"I had negotiated
    /// with Dr Mahathir before," he told reporters` is still the leader named four paragraphs up.
    func testANameInsideAQuoteDoesNotEndAPronounChain() {
        expectSpeaker(
            "Talks.\n\nPKR leader Anwar Ibrahim played down the talks.\n\n\"We are in initial discussions,\" he said.\n\n\"I had negotiated with Dr Mahathir before,\" he told reporters.\n\n\"I do not deny it,\" he said.\n\nHe said any cooperation will be based on \"common perimeters\".",
            "common perimeters", "Anwar Ibrahim")
    }
    /// `According to him, "Q"`: the object form after `according to` is the speaker's pronoun (`her` only when no
    /// noun follows it: `according to her lawyer` is the lawyer); `indicated` reports speech.
    func testAccordingToHimAndIndicated() {
        expectSpeaker(
            "Talks.\n\nTom Hale spoke in Parliament.\n\nAccording to him, \"the ministers have no more excuses.\"",
            "the ministers", "Tom Hale")
        expectSpeaker(
            "Talks.\n\nJane Roe was there. According to her lawyer, the plan \"is fine\".", "is fine", "her lawyer")
        expectSpeaker(
            "Deficit.\n\nMr Bush indicated there would be \"strict discipline\" on spending.", "strict discipline",
            "Bush")
    }
    /// `Union Says 124 Workers Sent Home`: a title-case headline's verb of speech ends the name before it, and the
    /// bare head opening the headline is no body for `the union` to mean.
    func testAHeadlineVerbOfSpeechEndsTheNameBeforeIt() {
        let r = Run(
            "Union Says 124 Workers Sent Home\n\nStaff were told to stay away.\n\n\"It is a failure,\" the union said.")
        XCTAssertEqual(r.quote("It is a failure")?.speaker, "the union")
    }
    /// `to U.S. Secretary Tom Vilsack`: the last full stop of dotted capitals ends no sentence before a capital, so
    /// the cue before it still reaches the quote.
    func testDottedCapitalsEndNoSentence() {
        expectSpeaker(
            "Drought.\n\nSteve Beshear said in a letter to U.S. Secretary Tom Vilsack that conditions have \"critically impacted\" the state.",
            "critically impacted", "Steve Beshear")
    }
    /// `On Wednesday, Mr Mallon provoked fury by branding the campaign "two-bit Tories".` then a quote of his own: a
    /// fronted phrase before the comma leaves the sentence's subject after it.
    func testAFrontedPhraseLeavesTheSubjectAfterItsComma() {
        expectSpeaker(
            "Vote.\n\nRay Mallon spoke in Durham. On Wednesday, Mr Mallon provoked fury outside its headquarters: \"The campaign is run by people who are not interested.\"",
            "The campaign", "Ray Mallon")
    }
    /// `A SHERIFF has claimed …`: a role word set in capitals opening a British story describes the person the next
    /// paragraphs name; an office written as an acronym (`the MP insisted`) still speaks as a description.
    func testARoleInCapitalsOpeningAStoryDescribes() {
        let r = Run(
            "Sheriff claims court full\n\nA SHERIFF has claimed his court is in \"crisis\".\n\nSheriff Gordon Liddle spoke from the bench."
        )
        XCTAssertEqual(r.quote("crisis")?.speaker, "Gordon Liddle")
        expectSpeaker(
            "Row.\n\nMP Gaffa Mbwatekamwa stormed the office.\n\n\"I am tired of being tossed about,\" the MP insisted.",
            "I am tired", "Gaffa Mbwatekamwa")
    }
    /// Page furniture between a person and `She said` (`Advertisement`, `Hide Ad`, `Turn to Page 2`) does not count
    /// among the paragraphs a pronoun looks back over.
    func testPageFurnitureDoesNotCountAsParagraphs() {
        expectSpeaker(
            "Festival.\n\nCllr Joanna Mowat tabled a motion on the closures.\n\nAdvertisement\n\nHide AdAdvertisement\n\nHide Ad\n\nShe said: \"This is the biggest experiment we have done.\"",
            "This is the biggest", "Joanna Mowat")
    }

    /// `The former European amateur champion Paddy Gribben, from Warrenpoint, is up with the leaders.`: articles,
    /// titles and capitalised words opening the sentence before the name leave it the sentence's subject, nearer
    /// than the person of the paragraph before.
    func testRoleWordsOpeningTheSentenceBeforeTheSubject() {
        expectSpeaker(
            "Golf.\n\nZane Scotland had a rocky start.\n\nThe former European amateur champion Paddy Gribben, from Warrenpoint, is up with the leaders. \"I feel very proud,\" he said.",
            "I feel very proud", "Paddy Gribben")
    }
    /// `Ms Palaszczuk this morning disagreed.`, `Mr Hilton on Tuesday said`: a time phrase between the subject and its
    /// verb leaves the name the sentence's subject, nearer than the person of the paragraph before.
    func testATimePhraseBetweenSubjectAndVerb() {
        expectSpeaker(
            "Threats.\n\nHer deputy Jackie Trad has declared climate change the biggest threat.\n\nAnnastacia Palaszczuk this morning disagreed.\n\n\"The biggest threat is Scott Morrison,\" she said.",
            "The biggest threat", "Annastacia Palaszczuk")
    }
    /// `… the knife's "real use" Fraser emphatically replied: "No".`: a colon before the quote makes the name right
    /// after the previous quote its speaker; `The local MSP accused` is the MSP named before.
    func testAColonAfterTheNameFollowingAQuoteAndAnOfficeAsAnAcronym() {
        expectSpeaker(
            "Knife.\n\nAlexander Fraser was stopped by police.\n\nAsked whether it was a cover-up for the knife's \"real use\" Fraser emphatically replied: \"No\".",
            "No", "Alexander Fraser")
        expectSpeaker(
            "Courts.\n\nGalloway MSP Finlay Carson has questioned the move.\n\nThe local MSP accused him of playing \"Scrooge\" by refusing to spend money.",
            "Scrooge", "Finlay Carson")
    }
    /// `Sun says the impounding formed part of an operation called 'Buya Mthetho'.` ¶ `"Q"`: a name quoted inside the
    /// sentence that introduces a quote is no quote of its own.
    func testANameQuotedInsideAnIntroductionDoesNotBlockIt() {
        expectSpeaker(
            "Strike.\n\nMicheal Sun, the city's safety chief, spoke.\n\nSun says the impounding formed part of an operation called 'Buya Mthetho' which restores order.\n\n\"We want to urge all operators to engage with us.\"",
            "We want to urge", "Micheal Sun")
    }

    // Round 2's eighth session: British and world development sets.

    /// `for what he called "inappropriate comments"`: `what`, a subject and a verb of naming report the subject's
    /// judgement in its words; a passive (`what is called "X"`) still names a thing.
    func testWhatASubjectCalledIsTheirWords() {
        expectSpeaker(
            "Apology.\n\nAlderman Maurice Devenney has welcomed the apology, for what he called \"inappropriate comments\" online.",
            "inappropriate comments", "Maurice Devenney")
        expectNoSpeaker(
            "Plan.\n\nCouncillor Ann Lee backed the plan. It is what is called \"a soft landing\".", "a soft landing")
        expectSpeaker(
            "Row.\n\nIndependent Cllr Richard Jones has taken offence to the comment which he called \"childish\" and \"dismissive\".",
            "childish", "Richard Jones")
    }

    /// `as Judge McElholm put it, "Q"`; `posted on Twitter: "Q"` (not the noun: `Their LinkedIn posts about "Q"`);
    /// `has spoken of her pride at the "Q"`, `has written that`: the past participles of `speak` and `write`.
    func testPutItPostedSpokenAndWritten() {
        expectSpeaker(
            "Court.\n\nThe case was adjourned to see, as Judge Barney McElholm put it, \"if we can get this resolved\".",
            "if we can get", "Barney McElholm")
        expectSpeaker(
            "Budget.\n\nCouncillor Catherine Vallis posted on Twitter: \"Glad that this was removed from the budget.\"",
            "Glad that this", "Catherine Vallis")
        expectNoSpeaker(
            "Startups.\n\nThe founders raised money. Their LinkedIn posts about \"building in public\" drew likes.",
            "building in public")
        expectSpeaker(
            "Town.\n\nCouncillor Susan Hinchcliffe has spoken of her pride at the \"innovations and growth\" in Keighley.",
            "innovations and growth", "Susan Hinchcliffe")
        expectSpeaker(
            "Row.\n\nMinister Ann Lee has written that the delay was \"a disgrace to the city\".", "a disgrace",
            "Ann Lee")
    }

    /// `Mr Ross appeared to mock Mr Swinney, who was sitting beside Nicola Sturgeon, saying: "Q"`: a participle
    /// after a comma shares the subject of the sentence, not the nearest name; not past a quote with a cue of its
    /// own (`Mr Sullivan "made accounting decisions," he told the court, saying`).
    func testAParticipleAfterACommaSharesTheSentenceSubject() {
        expectSpeaker(
            "FMQs.\n\nDouglas Ross appeared to mock John Swinney, who was sitting beside Nicola Sturgeon, saying: \"This new document reveals it all.\"",
            "This new document", "Douglas Ross")
        expectSpeaker(
            "Councils.\n\nCaithness civic leader Willie Mackay backed Gail Ross's suggestion, saying it was \"a splendid idea\".",
            "a splendid idea", "Willie Mackay")
        // a participle opening the text has no sentence before it to look into
        XCTAssertNil(Run("Saying \"we are fine\" was easy for Ann Lee.").quote("we are fine")?.speaker)
        expectSpeaker(
            "Trial.\n\nBernie Ebbers spoke in court. Scott Sullivan \"made accounting decisions,\" he told the court, saying his finance chief had \"a keen command of the numbers\".",
            "a keen command", "Bernie Ebbers")
    }

    /// `said Coun. Rebecca Bligh`: the abbreviated councillor of Canadian copy is a title whose full stop ends no
    /// sentence.
    func testCounIsATitle() {
        expectSpeaker(
            "Council.\n\n\"Oh my gosh, I'm going to call a point of order,\" said Coun. Rebecca Bligh. \"It's really inappropriate.\"",
            "Oh my gosh", "Rebecca Bligh")
    }

    /// `"Q," Gager, who is in his second term as mayor, told The Gleaner`: a cue's base form with no speaker (`term`)
    /// is a noun; the clause goes on to the real cue.
    func testANounThatLooksLikeACueInsideARelativeClause() {
        expectSpeaker(
            "Byelection.\n\nThe councillors are Collen Gager and Nicole Nugent.\n\n\"It is good to serve the people,\" Gager, who is in his second term as mayor, told The Gleaner.",
            "It is good", "Collen Gager")
    }

    /// `The mother-of-five said:`, `the father-of-two added`: British papers describe a person named before by the
    /// children they have, like an age; the word's sex picks among the people in reach.
    func testAParentOfSomanyChildrenIsThePersonNamedBefore() {
        expectSpeaker(
            "Illness.\n\nSarah Chandler is enlisting the help of a solicitor.\n\nThe mother-of-five said: \"He came home and could not walk.\"",
            "He came home", "Sarah Chandler")
        expectSpeaker(
            "Crash.\n\nMrs Ann Lee was hurt. Her husband, Tom Lee, told police he was driving.\n\n\"It was a blur,\" the father-of-two added.",
            "It was a blur", "Tom Lee")
    }

    /// `said the Rev Neil Richardson`: British style writes `the` before the Rev and the Rt Hon, a name all the same;
    /// `Judge Andrew Lockhart QC`: letters after a name (`QC`, `MP`, `OBE`) make it no organisation, so `the judge`
    /// finds him; `Whilst Mariya Pervez, another supporter, said`: `whilst` opens no name.
    func testBritishHonorificsPostNominalsAndWhilst() {
        expectSpeaker(
            "Ludlow.\n\n\"We pointed out that the law allowed us to film,\" said the Rev Neil Richardson, a member of the campaign.",
            "We pointed out", "Neil Richardson")
        expectSpeaker(
            "Court.\n\nJudge Andrew Lockhart QC told him the threat aggravated the offence. Robert Tolhurst, defending, had suggested sentencing should be adjourned.\n\nBut the judge responded: \"I am going to sentence him today.\"",
            "I am going", "Andrew Lockhart")
        expectSpeaker(
            "Petition.\n\nWhilst Mariya Pervez, another supporter, said: \"A bigoted Tory has no place in education.\"",
            "A bigoted Tory", "Mariya Pervez")
    }

    /// `In a press communique, Governor Lenku faulted MPs Peris Tobiko …` ¶ `"Q," said the Governor.`: the role word
    /// written before one person is not another's, named after a verb (`Lenku faulted MPs Peris Tobiko`).
    func testARoleWordIsNotTheNextPersonsAcrossAVerb() {
        expectSpeaker(
            "Kajiado.\n\nIn a press communique, Governor Joseph Lenku faulted MPs Peris Tobiko and Elijah Kanchory for \"spreading propaganda\".\n\n\"Sadly, an elected MP has the temerity to present outright fallacies,\" said the Governor.",
            "Sadly, an elected", "Joseph Lenku")
    }

    /// `Acting Chief Magistrate Faith McGusty`: with person mentions from the people stage, a speaker's name starts
    /// where the mention does, past capitalised words the person finder read as a role.
    func testTheNameStartsWhereThePersonMentionDoes() {
        let text =
            "Row\n\nActing Chief Magistrate Faith McGusty has blasted the police for \"erroneous reporting\" of her cases."
        let bytes = Array(text.utf8)
        let name = Array("Faith McGusty".utf8)
        let start = (0...(bytes.count - name.count)).first { Array(bytes[$0..<($0 + name.count)]) == name }!
        let r = Run(text, persons: [start..<(start + name.count)], personIDs: [0])
        XCTAssertEqual(r.quote("erroneous reporting")?.speaker, "Faith McGusty")
    }

    /// `However, Professor Paul Boyle, President and Vice-Chancellor of the University, welcomed …` ¶ `He said: "Q"`: a
    /// name after an opening connective and its comma is still the sentence's subject, nearer than the speaker before.
    func testASubjectAfterAnOpeningConnective() {
        expectSpeaker(
            "Chancellor.\n\nAdam Gray, a supporter, said: \"It is a hugely disappointing move.\"\n\nHowever, Professor Paul Boyle, President and Vice-Chancellor of the University, welcomed the new role. He said: \"We are delighted.\"",
            "We are delighted", "Paul Boyle")
    }

    /// `But Councillor Hinchcliffe refutes the allegations and has spoken of her pride at the "Q"`: a capitalised
    /// connective opening the sentence's name sequence leaves the name its subject for a second predicate; `people, who
    /// Pappas labelled as "Q"`: `who` opens the subject's judgement as `which` does.
    func testAConnectiveInsideTheSubjectsSequenceAndWhoLabelled() {
        expectSpeaker(
            "Keighley.\n\nCouncillor Susan Hinchcliffe leads the council. But Councillor Hinchcliffe refutes the allegations and has spoken of her pride at the \"innovations and growth\" in Keighley.",
            "innovations and growth", "Susan Hinchcliffe")
        expectSpeaker(
            "Protest.\n\nMayor Chris Pappas tweeted a video of people, who Pappas labelled as \"members of the ANC\".",
            "members of the ANC", "Chris Pappas")
    }

    /// `A LABOUR MSP has hit out at Douglas Ross for making a "Q"`: `hit out` reports the subject's words, and an
    /// article then capitals ending in an office, however short, is the lead's description of the person the next
    /// paragraph names.
    func testHitOutAndALeadInCapitals() {
        expectSpeaker(
            "Holyrood.\n\nA LABOUR MSP has hit out at Douglas Ross for making a \"personal and offensive attack\" on John Swinney.\n\nMid Scotland and Fife MSP Alex Rowley said the remarks were wrong.",
            "personal and offensive", "Alex Rowley")
    }

    /// `Detective Chief Inspector Rachel Smith from GMP Major Incident Team said:`: the body after `from`, `of` or `at`
    /// is the speaker's affiliation with no comma too; `Adding: "Q"` opening a paragraph goes on with the speaker.
    func testAnAffiliationWithoutACommaAndAddingColon() {
        expectSpeaker(
            "Tribute.\n\nDetective Chief Inspector Rachel Smith from GMP Major Incident Team said: \"This has come as devastating news.\"",
            "This has come", "Rachel Smith")
        expectSpeaker(
            "Council.\n\nTony Green said: \"In 2020, all the councils were merged.\"\n\nAdding: \"In recent years, the committee has built a new cemetery.\"",
            "In recent years", "Tony Green")
    }

    /// `The Prime Minister reacted strongly to these allegations. He called the PN an "extremist faction"`: a
    /// description opening the sentence before is its subject whatever the verb, and he/she means the person it
    /// describes; not someone's thing (`The 52-year-old's enthusiasm …`) nor a modifier (`The former world number one`).
    /// The description may follow a fronted clause or a connective.
    func testAPronounAfterASentenceOpenedByADescription() {
        // (in the paragraph before too, when the pronoun's own paragraph names no one before it: `But the Prime
        // Minister has made it clear …` ¶ `At a town hall meeting, he said, "Q"` is not the party officer quoted before)
        expectSpeaker(
            "Dominica\n\nPrime Minister Roosevelt Skerrit spoke on Monday. Nicholas George, of the UWP, told DNO the "
                + "party wants Skerrit to resign.\n\n\"We stand by that call,\" he stated.\n\nBut the Prime Minister has "
                + "made it clear that he has no intention of resigning.\n\nAt a town hall meeting on Friday, he said, "
                + "\"Let me tell you very clearly that I am staying.\"", "Let me tell", "Roosevelt Skerrit")
        // (after a participle clause or a connective too: `Speaking after the game, the coach …`, `However, the coach …`)
        for opening in ["Speaking after the game, the coach", "However, the coach"] {
            expectSpeaker(
                "Match report\n\nHead coach Annor Walker was in good spirits. Thomas Acquah scored the only goal.\n\n"
                    + "\(opening) could not hide his joy after the win.\n\n\"We worked hard for this,\" he said.",
                "We worked hard", "Annor Walker")
        }
        expectSpeaker(
            "Malta.\n\nPrime Minister Robert Abela spoke on Monday. Jason Azzopardi claimed the minister was an accomplice.\n\nThe Prime Minister reacted strongly to these allegations. He called the PN an \"extremist faction\".",
            "extremist faction", "Robert Abela")
        expectSpeaker(
            "Tennis.\n\nJimmy Connors coached with David Felgate for three days. \"It was a joy,\" said Connors.\n\nThe 52-year-old's enthusiasm is in contrast to his relationship with officials. \"I've had discussions with the USTA,\" he said.",
            "I've had discussions", "Jimmy Connors")
    }

    /// Crime reports name the force once (`Kent Police`, `Police Scotland`, `the NYPD`) and then write `police said`,
    /// `"Q," police said` or `the force said`: the force speaks. With none named before, the first named after (a
    /// headline's `praised by police`); a body with a police word that is no force (`Police Federation`) or no force
    /// at all leaves `police` as written.
    func testPoliceSpeakAsTheForceTheReportNames() {
        let body =
            "Kent Police were called to the A2 on Monday.\n\nPolice said the driver was \"known to officers\".\n\n"
            + "\"We are appealing for witnesses,\" police said.\n\nThe force said the road was \"closed for hours\"."
        expectSpeaker(body, "known to officers", "Kent Police")
        expectSpeaker(body, "We are appealing", "Kent Police")
        expectSpeaker(body, "closed for hours", "Kent Police")
        expectSpeaker(
            "Police Scotland confirmed the arrest.\n\n\"Inquiries are continuing,\" police said.", "Inquiries",
            "Police Scotland")
        // (the stage names the body without its article)
        expectSpeaker("The NYPD opened an inquiry.\n\nPolice said the suspect was \"armed\".", "armed", "the NYPD")
        for text in bothStyles(
            "Police warn of 'serious' risk\n\nA man was hurt on Monday.\n\nInspector Ann Roe of Thames Valley Police "
                + "said he used a ladder.")
        {
            XCTAssertEqual(speaker(text, "serious"), "Thames Valley Police", text)
        }
        expectSpeaker(
            "The Police Federation met on Monday.\n\n\"It is a scandal,\" police said.", "It is a scandal", "police")
        expectSpeaker("\"It is a scandal,\" police said.", "It is a scandal", "police")
    }

    /// `A statement signed by the acting NPP Secretary of the Assin South constituency, Elvis Bosomtwe, said …` then
    /// `the statement said … "Q"`: the document speaks for the person who signed it.
    func testTheStatementIsItsSignatorys() {
        expectSpeaker(
            "Protocols.\n\nA statement signed by the acting NPP Secretary of the Assin South constituency, Elvis Bosomtwe however said those reports were \"mischievous propaganda\".\n\nDescribing the MP as a \"law-abiding citizen\", the statement said Mr. Ntim Fordjour \"has not breached COVID-19 protocols as some would want the public to believe\".",
            "has not breached", "Elvis Bosomtwe")
        // `signed by` opening the text, with no noun before it, is looked at safely
        let opening = Run("Petition signed by thousands\n\nThe statement said it was \"a disgrace to us all\".")
        XCTAssertEqual(opening.quote("a disgrace")?.speaker, "the statement")
    }

    /// `"Q," said L.A. County Supervisor Mark Ridley-Thomas`: the full stop closing a dotted abbreviation does not end
    /// the body's name before the titled person; the speaker is the person, not `L.A`.
    func testADottedAbbreviationBeforeATitledPerson() {
        expectSpeaker(
            "\"I need to see more evidence,\" said L.A. County Supervisor Mark Ridley-Thomas, who sits on the board.",
            "I need to see", "Mark Ridley-Thomas")
        expectSpeaker("\"We will see,\" said N.J. Gov. Phil Murphy.", "We will see", "Phil Murphy")
    }

    /// `Cllr Mohammed Iqbal, leader of Pendle Council said: "Q"`: local copy leaves out the comma closing the
    /// apposition; the office between the body or place and the person named before the comma makes the person the
    /// speaker, not the council or the see. With no person before it, the office speaks as written.
    func testAnOfficeWithoutItsClosingCommaIsThePersonsApposition() {
        expectSpeaker(
            "Cllr Mohammed Iqbal, leader of Pendle Council said: \"We totally condemn the attack.\"", "We totally",
            "Mohammed Iqbal")
        expectSpeaker(
            "Cllr Mary Smith, chair of the Leeds Civic Trust said: \"We are pleased.\"", "We are pleased", "Mary Smith")
        expectSpeaker("The Leeds Civic Trust said: \"We are pleased.\"", "We are pleased", "the Leeds Civic Trust")
    }

    /// `The Environment Agency has apologised for "any inconvenience caused" and says it is "working hard"`: a verb
    /// after `and` shares the sentence's subject past a term quoted before it; a weak cue there (`claims`) before an
    /// article or `that` is a verb, where after a noun it stays one (`the allegations and claims of "bias"`).
    func testAVerbAfterAndSharesTheSubjectPastAQuotedTerm() {
        expectSpeaker(
            "The Environment Agency has apologised for \"any inconvenience caused\" and says it is \"working hard\".",
            "working hard", "the Environment Agency")
        expectSpeaker(
            "The Ulster Unionist Party has defended its stance and claims the \"messy\" situation was avoidable.",
            "messy", "the Ulster Unionist Party")
        expectNoSpeaker("Police investigated the allegations and claims of \"bias\" in the force.", "bias")
    }

    /// `The Wisconsin Democratic Party released a statement. They said Walker "failed Wisconsin"`: `they` opening the
    /// sentence after one whose subject is a body is the body (named with its article here; the stage drops it);
    /// after people (`Residents met the council.`), or a body's sentence going on to people in the plural (`Police
    /// arrested two men.`), it is no one the article names.
    func testTheyAfterASentenceOpenedByABodyIsTheBody() {
        expectSpeaker(
            "The Wisconsin Democratic Party released a statement. They said the governor \"failed Wisconsin\".",
            "failed Wisconsin", "the Wisconsin Democratic Party")
        expectNoSpeaker("Residents met the council on Monday. They said the plan was \"a disgrace\".", "a disgrace")
        expectNoSpeaker(
            "Police arrested two men on Friday. They told officers they had been \"nowhere near the shop\".", "nowhere")
    }

    /// `Sheriff Dale Murrow said that deputies were called to "an armed man firing shots"`: `called to` sends people
    /// somewhere and names nothing, so the sentence's cue reports the quote; `is called "X"` still names a thing.
    func testCalledToIsAPassiveThatReportsNothing() {
        expectSpeaker(
            "Sheriff Dale Murrow said that deputies were called to \"an armed man firing shots\" near the highway.",
            "an armed man", "Dale Murrow")
    }

    /// `Piers Aldous, chair of Highgate Residents Association, who opposed the changes said …`: an apposition between
    /// the person and a relative clause whose closing comma is missing before the cue.
    func testAnAppositionBeforeAnOpenRelativeClause() {
        expectSpeaker(
            "Piers Aldous, chair of Highgate Residents Association, who opposed the changes said it showed the "
                + "\"triumph of common sense.\"", "triumph of", "Piers Aldous")
    }
}
