import Foundation
import People
import Testing

/// The finder with the shipped name lists (Pipelines/lists/people), as the default pipeline uses it.
let shippedFinder: PersonFinder = {
    let lists = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../Pipelines/lists/people")
    func read(_ name: String) -> [String] {
        let text = (try? String(contentsOf: lists.appendingPathComponent(name), encoding: .utf8)) ?? ""
        return NameLexicon.names(fromList: text)
    }
    // the lists Pipelines/news.yaml gives the people stage
    let given = read("given-names.txt") + read("given-names-world.txt") + read("given-names-ssa.txt")
    let family = read("family-names.txt") + read("family-names-place-words.txt")
    let common = read("common-words.txt")
    precondition(
        given.count > 6000 && family.count > 10000 && common.count > 10000, "name lists missing under \(lists.path)")
    return PersonFinder(lexicon: NameLexicon(firstNames: given, surnames: family, commonWords: common))
}()

/// `(text, canonical, rule)` of every mention, for compact expectations.
func people(_ text: String, finder: PersonFinder = shippedFinder) -> [(String, String, String)] {
    let bytes = Array(text.utf8)
    return finder.mentions(in: text).map {
        (String(decoding: bytes[$0.range], as: UTF8.self), $0.canonical, $0.rule.rawValue)
    }
}

func texts(_ text: String) -> [String] { people(text).map(\.0) }

@Suite struct EvidenceRules {
    @Test func titleGivesAPersonWithoutTheTitle() {
        #expect(people("Mr Okafor arrived. Dr. Jane Roe left.").map(\.0) == ["Okafor", "Jane Roe"])
        #expect(people("Mr Okafor arrived.")[0].2 == "title")
        #expect(texts("Sen. Elizabeth Warren spoke.") == ["Elizabeth Warren"])
        #expect(
            texts("Governor-elect Johnson Sakaja and president-elect Njoroge Muchiri spoke.") == [
                "Johnson Sakaja", "Njoroge Muchiri",
            ])
        #expect(texts("US Secretary of State John Kerry flew in.") == ["John Kerry"])
        #expect(texts("He is a friend of princes William and Harry.") == ["William", "Harry"])
        // a plural honorific before a list (`Cllrs`, `Messrs`)
        #expect(
            texts("Present were Cllrs Paul Hogan, John Dolan and Tom Farrell.") == [
                "Paul Hogan", "John Dolan", "Tom Farrell",
            ])
        #expect(texts("Messrs Smith and Jones disagreed.") == ["Smith", "Jones"])
        #expect(texts("Premiership leaders Chelsea face Newcastle.").isEmpty)
    }

    @Test func roleNounBeforeTheName() {
        #expect(people("The deal was signed by chief executive Tunde Bakare on Monday.").map(\.2) == ["role"])
        #expect(texts("sprinters Kostas Kenteris and Katerina Thanou") == ["Kostas Kenteris", "Katerina Thanou"])
        #expect(texts("It was a thrashing as Reds substitute Mo Salah set a record.") == ["Mo Salah"])
        // a role noun introduces the whole name: an unknown word before a given name is no description after it
        #expect(texts("The accused's lawyer Aman Ravindra Singh spoke.") == ["Aman Ravindra Singh"])
        #expect(texts("Veteran Conchita Martinez won.") == ["Conchita Martinez"])
        // … but a word no list knows opening an apposition is the name's first word, unless hyphenated
        #expect(
            texts("The press secretary to the Governor, Oladele John Nihi, described the report as false.") == [
                "Oladele John Nihi"
            ])
        #expect(
            texts("It went to its director, Tunisian-born Abdellatif Kechiche, who said so.") == ["Abdellatif Kechiche"]
        )
        // (`lawmaker`, `legislator`, `politician` are roles too)
        #expect(texts("It recalled the murder of the anti-immigration politician Pim Fortuyn.") == ["Pim Fortuyn"])
        #expect(texts("Opposition lawmaker Seo Young-kyo is under fire.") == ["Seo Young-kyo"])
        // … nor after a title written in capitals (`SP`, Superintendent of Police in South Asian copy)
        #expect(texts("Orangi SP Abid Ali Baloch told Dawn that it was over.") == ["Abid Ali Baloch"])
    }

    @Test func anAgeInBracketsIsOnlyDigits() {
        #expect(texts("Police named the man as Sheehan (31), who lives nearby.") == ["Sheehan"])
        // (a team's record is no age)
        #expect(texts("Anderson (7-2) led 20-7 at halftime.").isEmpty)
    }

    @Test func aCourtesyTitleNeverEndsAName() {
        #expect(texts("The Hogs face Ole Miss on Saturday.").isEmpty)
        // (a title that is a family name too still may: `Jack Lord`; and a peer's title: `Danny Earl`)
        #expect(texts("Ole Gunnar said no.") == ["Ole Gunnar"])
        #expect(texts("Two goals from Danny Earl won it.") == ["Danny Earl"])
    }

    @Test func aStreetOrLocalityIsNoName() {
        #expect(texts("Work on Leith Walk will start. Mary Walk said no.") == ["Mary Walk"])
        #expect(texts("He lives in Gautam Budh Nagar and works in K.K. Nagar.").isEmpty)
        // two words a preposition of place shows to be a place are that place elsewhere too, with no other evidence
        // a saint's title before a given name and a place's or a body's word names a church, a street, a building
        #expect(texts("Services were held at St Nicholas Church and Saint Sulpice Church.").isEmpty)
        #expect(texts("Singers included Charlotte Church.") == ["Charlotte Church"])
        // a royal's or a saint's name in the possessive before a place's or a body's word names the place or the body
        #expect(texts("Students at Queen Mary's College and St Thomas' Hospital staff met.").isEmpty)
        // (a speech verb is evidence of its own; without the preposition the family name is evidence enough)
        #expect(texts("Houses flooded in Fenwold Heath, and Fenwold Heath was angry.").isEmpty)
        #expect(texts("Houses flooded and Fenwold Heath was angry.") == ["Fenwold Heath"])
        #expect(
            texts("Houses flooded in Fenwold Heath. Fenwold Heath said it was small.") == [
                "Fenwold Heath", "Fenwold Heath",
            ])
        // where people are from, after a noun for them or an age, is a place; a letter is from a person
        #expect(texts("The pair from Fenby Cross were charged. Fenby Cross was quiet.").isEmpty)
        // (after a noun, not a known given name's: `from` names a sender too)
        #expect(texts("There was a note for the boy from Marcus Rashford.") == ["Marcus Rashford"])
        #expect(texts("A 15-year-old from Marden Wells was charged.").isEmpty)
        #expect(texts("A letter from Dale Cross was read out.") == ["Dale Cross"])
        // two words after `the` with a plural are a team, in the plural or the singular, wherever else they stand
        #expect(
            texts(
                "It was a night of firsts for the Corvane Knights. It was the first goal of his Corvane Knights career. "
                    + "Every Corvane Knight cheered."
            ).isEmpty)
        #expect(texts("It was the first goal of his Corvane Knights career.") == ["Corvane Knights"])
        // (whatever given name opens them; but a given name and a family name ending in `s` are a person's)
        #expect(texts("They lost to the Florida Gators 40-21.").isEmpty)
        #expect(texts("It beat the Howard Hughes biopic.") == ["Howard Hughes"])
    }

    @Test func speechVerbMakesASpeaker() {
        #expect(people("\"It was hard,\" Ronaldinho said.").map(\.0) == ["Ronaldinho"])
        #expect(people("\"It was hard,\" said Ronaldinho.").map(\.2) == ["speech-verb"])
        // plural nouns at the start of a sentence are not names
        #expect(texts("Analysts said the deal was good. Officials said nothing.").isEmpty)
        // a name set off by commas after its description may take `has`, `had` before the verb; a bare name not
        // (`Air Deccan has said` is a firm)
        #expect(
            texts("The commissioner of police in Lagos, Hakeem Odumosu, has claimed it is safe.") == ["Hakeem Odumosu"])
        #expect(texts("Yesterday Air Deccan has said it will grow.").isEmpty)
        // sports copy: `a`/`an` and an adjective between the inverted verb and a name that ends the clause
        #expect(people("\"We won,\" said a delighted Sarfraz.").map(\.2) == ["speech-verb"])
        #expect(texts("\"We won,\" said a visibly joyous Sarfraz, who led the side.") == ["Sarfraz"])
        #expect(texts("\"We won,\" said an emotional Qadir.") == ["Qadir"])
        // … not a description going on after the capitalised word, nor a role between
        #expect(texts("\"We won,\" said a delighted Chelsea striker.").isEmpty)
        #expect(texts("\"We won,\" said a former Qadir aide.").isEmpty)
    }

    @Test func appositions() {
        #expect(people("Tunde Bakare, 34, was hired.").map(\.2) == ["apposition"])
        #expect(people("Mayowa Shitu, aged 29 years, was held.").map(\.2) == ["apposition"])
        // an age outweighs a town's name in a full name (`Chidambaram`), not a place named whole
        #expect(texts("Vandana Kumar Chidambaram, 24, was jailed.") == ["Vandana Kumar Chidambaram"])
        // an age closing a dash's aside, or an age before a full name (not before one word: `the 25-year-old Dubliner`)
        #expect(texts("The suspect — Ameer Jan Mehsud, 65 — was arrested.") == ["Ameer Jan Mehsud"])
        #expect(texts("It left another person — 20-year-old Wajid Kaleem — injured.") == ["Wajid Kaleem"])
        #expect(texts("But the 25-year-old Dubliner stayed.").isEmpty)
        // a known given and family name after an article, before a lower-case noun: a thing named after the person
        #expect(texts("He rang to talk about the Sadiq Khan balloon.") == ["Sadiq Khan"])
        #expect(texts("He bought the Blue Peter Book of the Year.").isEmpty)
        #expect(texts("His opponent, Viktor Yanukovich, still has support.") == ["Viktor Yanukovich"])
        #expect(texts("Okonkwo, the chief executive of the firm, resigned.") == ["Okonkwo"])
    }

    @Test func givenAndFamilyNamesWithoutAnyCue() {
        #expect(people("The deal with Ada Okafor's firm fell through.").map(\.0) == ["Ada Okafor"])
        #expect(people("The plan was backed by Xandro Henry yesterday.").map(\.2) == ["family-name"])
        #expect(texts("Theresa May won.") == ["Theresa May"])
    }

    @Test func particlesInitialsAndHyphens() {
        #expect(texts("Striker Ruud van Nistelrooy scored.") == ["Ruud van Nistelrooy"])
        #expect(texts("President George W. Bush and J.K. Rowling met.") == ["George W. Bush", "J.K. Rowling"])
        #expect(texts("Mr Martin O'Neill and Ms Anne-Marie Duff.") == ["Martin O'Neill", "Anne-Marie Duff"])
        #expect(texts("They are Mr Tom de la Mare and Mr Bill Conti.") == ["Tom de la Mare", "Bill Conti"])
    }

    @Test func negativeEvidence() {
        #expect(texts("Shares rose on Wall Street and in the Premier League.").isEmpty)
        #expect(texts("But the Bank of England said on Monday.").isEmpty)
        #expect(texts("British Airways and Downing Street said no.").isEmpty)
        #expect(texts("Tory MPs warn of splits. The Hunting Bill passed. Gloucestershire said no.").isEmpty)
        // a gazetteer span covering the whole candidate blocks it
        let text = "Jordan said it would help."
        let blocked = text.utf8.count > 0 ? [0..<6] : []
        var copy = text
        let found = copy.withUTF8 { shippedFinder.mentions(in: $0, blocked: blocked) }
        #expect(found.isEmpty)
    }

    @Test func sentenceInitialWordsAreStripped() {
        #expect(texts("But Ada Okafor disagreed.") == ["Ada Okafor"])
        #expect(texts("Analyst Jane Roe said it was bad.") == ["Jane Roe"])
        #expect(texts("Veteran Spaniard Conchita Martinez won.") == ["Conchita Martinez"])
    }

    @Test func leftoversOfTitlesAndCompoundNamesAreNotSpeakers() {
        // `Weitz, who` is a person (`who` is said of people); what is left of the title `About A Boy` is not
        #expect(texts("Weitz, who directed About A Boy, said New Line feared it.") == ["Weitz"])
        #expect(texts("A spokesman for the Department for Culture, Media and Sport said no.").isEmpty)
        #expect(texts("Figures published last week suggest otherwise. Globally, the market grew.").isEmpty)
    }

    @Test func namesNeverCrossALineBreak() {
        #expect(texts("Music man at the Oscars\n\nBill Conti's job is hard.") == ["Bill Conti"])
    }
}

@Suite struct Coreference {
    @Test func surnamesAndTitlesResolveToTheFullName() {
        let found = people(
            "Barack Obama arrived. Mr Obama said little. Later Obama left, and President Obama flew home.")
        #expect(found.map(\.0) == ["Barack Obama", "Obama", "Obama", "Obama"])
        #expect(Set(found.map(\.1)) == ["Barack Obama"])
        #expect(found[2].2 == "coreference")
    }

    @Test func aShortFormBeforeTheFullNameResolvesToo() {
        let found = people("Okafor quits\n\nThe boss, Ada Okafor, resigned on Monday.")
        #expect(found.map(\.1) == ["Ada Okafor", "Ada Okafor"])
    }

    /// Two people sharing a surname: the bare surname names the one the body introduced first, the story's
    /// principal, however recently the other was named (news writes anyone else with the surname in full).
    @Test func aSharedSurnameGoesToTheStorysPrincipal() {
        let found = people(
            "Diner reopens\n\nMark Tully came back. Nora Tully said it was fun. Tully agreed, and Nora Tully smiled.")
        #expect(found.map(\.1) == ["Mark Tully", "Nora Tully", "Mark Tully", "Nora Tully"])
        // (the headline counts for nothing: it may glue a word to a name, `Unconcerned Caixinha claims`)
        let headline = people("Nora Tully wins\n\nMark Tully came back. Nora Tully said it was fun. Tully smiled.")
        #expect(headline.last?.1 == "Mark Tully")
    }

    @Test func aGivenNameAloneJoinsTheOnlyPersonWithIt() {
        let found = people("Tony Blair spoke. Later Tony smiled.")
        #expect(found.map(\.1) == ["Tony Blair", "Tony Blair"])
    }

    @Test func wordsWithoutEvidenceOrAFullNameAreNotPeople() {
        #expect(texts("Fowler missed. Keane scored.").isEmpty)
    }

    /// A family name that is a word of time or a party counts alone right before a verb of speech or after a title
    /// (a common family name among the words of time, `May`, inside its sentence too), once the document named the one
    /// person who has it (``OrdinaryWordFamilyNames``): `said Sunday`, `In May` and a month's possessive are times,
    /// `Tory MPs` a party.
    @Test func aTimeWordFamilyNameCountsAloneBeforeAVerbOfSpeech() {
        let found = people(
            "Theresa May spoke. May told MPs it would pass. In May Britain voted. Police said Sunday that it was May's."
        )
        #expect(found.map(\.0) == ["Theresa May", "May"])
        #expect(found.map(\.1) == ["Theresa May", "Theresa May"])
        #expect(texts("Mike Friday said no. Friday quickly added more.") == ["Mike Friday", "Friday"])
        // two people with the name: it names neither; no full name: nobody
        #expect(
            texts("Mike Friday said yes, and Ann Friday said no. Friday said more.") == ["Mike Friday", "Ann Friday"])
        #expect(texts("Sunday said the club would close.").isEmpty)
        #expect(texts("Mayor John Tory spoke. Tory MPs left, and Mayor Tory stayed.") == ["John Tory", "Tory"])
        // after a preposition or an article it is a time or a people: `Police on Sunday said`, `the French said`
        #expect(texts("Dave Sunday said yes. Police on Sunday said so, and the French said no.") == ["Dave Sunday"])
        // a headline's word found by two passes is one mention
        #expect(
            texts("Chancellor May Cut Taxes Next Year\n\nTheresa May said taxes would fall. May said so.").count == 3)
    }

    /// A family name written with its accents and then without them (``accentlessHash(_:_:_:)``) is one name; so is
    /// an ordinary word that is such a name without them (`pare`), before a verb of speech.
    @Test func aFamilyNameWithoutItsAccentsIsTheSameName() {
        #expect(
            people("Thomas Müller scored. Muller said it was fine.").map(\.1) == ["Thomas Müller", "Thomas Müller"])
        #expect(people("Chief Steve Paré spoke. Pare added more.").map(\.1) == ["Steve Paré", "Steve Paré"])
        // two people whose names differ only by accents: it names neither
        #expect(people("Ann Müller and Tom Mûller met. Muller said no.").last?.1 == "Muller")
    }

    /// `Megan (Dowdall)`: a given name with the family name in brackets after it (``BracketedFamilyNames``) - both
    /// words name one person, the one named so in full when the document does.
    @Test func aGivenNameWithTheFamilyNameInBracketsIsOnePerson() {
        let found = people("\"Eddie (O'Sullivan) was calm,\" he said. Eddie O'Sullivan left.")
        #expect(found.map(\.0) == ["Eddie", "O'Sullivan", "Eddie O'Sullivan"])
        #expect(Set(found.map(\.1)) == ["Eddie O'Sullivan"])
        #expect(Set(found.map(\.2)) == ["coreference", "given-name"])
        // an obituary's maiden name, a referee's county, a city's country
        let others = texts("Lottie (Graves) Pike and referee J Ross (Essex) met at Paris (France).")
        #expect(!others.contains("Graves") && !others.contains("Essex") && !others.contains("France"))
    }

    @Test func clustersAreNumberedInOrderOfFirstMention() {
        let found = shippedFinder.mentions(in: "Ada Okafor met John Bakare. Okafor left.")
        #expect(found.map(\.cluster) == [0, 1, 0])
    }
}

@Suite struct Lexicon {
    @Test func listsSkipCommentsAndExtraColumns() {
        #expect(NameLexicon.names(fromList: "# comment\nAda 0.1\n\n  Tunde\n") == ["Ada", "Tunde"])
        #expect(NameLexicon.names(fromList: "\tZoë\t12\n  # indented comment\nÓ Súilleabháin") == ["Zoë", "Ó"])
    }

    /// A list saved with Windows line ends reads as the same names (a `Character` split read `\r\n` as one character
    /// and the whole list as one line).
    @Test func listsWithWindowsLineEndsReadTheSame() {
        #expect(
            NameLexicon.names(fromList: "# comment\r\nAda 0.1\r\n\r\nTunde\r\nOkafor\r\n") == [
                "Ada", "Tunde", "Okafor",
            ])
        let table = NameLexicon.givenNameSexes(fromTable: "# NAME<TAB>m|f\r\nTim\tm\r\nShellie\tf\r\n")
        #expect(table.names.map(\.name) == ["Tim", "Shellie"])
        #expect(table.names.map(\.male) == [true, false])
        #expect(table.problems.isEmpty)
    }

    /// Each bad line of a sexes table is reported with its number and its text; blank lines, comments, spaces around
    /// a line and empty fields are no problem.
    @Test func sexesTableReportsEveryBadLine() {
        let table = NameLexicon.givenNameSexes(
            fromTable: "Tim\tm\n\n  # comment\nAda\t\tf \nBob\tx\nCal m\nDee\tm\tf\nÉlodie\tf")
        #expect(table.names.map(\.name) == ["Tim", "Ada", "Élodie"])
        #expect(table.names.map(\.male) == [true, false, false])
        #expect(table.problems.map(\.line) == [5, 6, 7])
        #expect(table.problems.first?.message == "expected NAME<TAB>m or NAME<TAB>f, got 'Bob\tx'")
    }

    @Test func namesAndClosedClassesCombine() {
        let lexicon = NameLexicon(firstNames: ["Ada"], surnames: ["Okafor"])
        #expect(lexicon.classes(of: "ADA").contains(.firstName))
        #expect(lexicon.classes(of: "okafor").contains(.surname))
        #expect(lexicon.classes(of: "Mr").contains(.honorific))
        #expect(lexicon.classes(of: "said").contains(.speechVerb))
    }
}

@Suite struct Lineups {
    @Test func teamSheetsListPeople() {
        let found = people(
            "Result.\nMan Utd: Carroll, Gary Neville, Ferdinand, Brown, O'Shea (Ronaldo 33), Keane.\nSubs Not Used: Howard, Bellion."
        )
        #expect(
            found.map(\.0) == [
                "Carroll", "Gary Neville", "Ferdinand", "Brown", "O'Shea", "Ronaldo", "Keane", "Howard", "Bellion",
            ])
        #expect(found.allSatisfy { $0.2 == "lineup" })
    }

    @Test func bracketsWithoutAMinuteNameClubs() {
        #expect(
            texts(
                "France: Julien Bonnaire (Bourgoin), Serge Betsen (Biarritz), Yann Delaigue (Castres), Jerome Thion (Biarritz)."
            )
                == ["Julien Bonnaire", "Serge Betsen", "Yann Delaigue", "Jerome Thion"])
    }

    @Test func squadListsWithClubsAndSemicolons() {
        #expect(
            texts("Squad.\nCoyne (Burnley), Jones (Wolves), Roberts (Tranmere), Collins (Sunderland).")
                == ["Coyne", "Jones", "Roberts", "Collins"])
        #expect(texts("Team.\nDelport; Pieters, Rasmussen, Lombard, O'Leary; Brown, Powell.").count == 7)
    }

    @Test func proseAfterAColonIsNoLineup() {
        #expect(texts("The firm said: Apple, Sony, Nokia and Philips were all asked.").isEmpty)
        #expect(texts("Venues: London, Paris, Berlin.").isEmpty)
        // two items are a line-up only after a full one
        #expect(texts("Booked: Fowler, Sibierski.").isEmpty)
    }
}

@Suite struct ListedNames {
    /// A list (commas and an `and`) in which at least half the names are people by other evidence (a title, a known
    /// given name) vouches for the full names no list holds.
    @Test func aListOfPeopleMakesTheOtherFullNamesPeople() {
        let found = people(
            "The accused are Mr Clement Lwabila, Saidi Miti, Mark Kapalu and Point Mwanza, the court heard.")
        #expect(found.map(\.0) == ["Clement Lwabila", "Saidi Miti", "Mark Kapalu", "Point Mwanza"])
        #expect(found.map(\.2) == ["title", "list", "given-name", "list"])
        // … the other way round too: the people last
        #expect(
            texts("Goals came from Tshepang Moremi, John Appolla, and Mr Evidence Makgopa.")
                == ["Tshepang Moremi", "John Appolla", "Evidence Makgopa"])
        // one person among four names is a bill of acts, not a list of people
        #expect(
            texts("On stage were Mr Jools Hollande, Snoe Patrola, Tinage Fanclub and Scissa Sistas.") == [
                "Jools Hollande"
            ])
    }

    /// No list without `and`/`or` (`X, Y` is an apposition), no list without a person in it, and no office in one.
    @Test func appositionsOfficesAndListsWithoutAPersonAreNot() {
        #expect(texts("Information Minister, Mr Kojo Oppong Nkrumah, spoke.") == ["Kojo Oppong Nkrumah"])
        #expect(texts("Sewa Nkrumah, Woodhall Spa and Kirkby Moorside voted.") == [])
        #expect(texts("Present were Mr Tom Hale, Business Secretary and Presiding Officer.") == ["Tom Hale"])
        // ordinary words are titles and bands, not names (`common_words`), unless a given name opens them
        #expect(
            texts("Nominees are Mr Tom Hale, Minority Report and Early Doors.") == ["Tom Hale"])
        #expect(texts("Nominees are Mr Tom Hale and Grace Report.") == ["Tom Hale", "Grace Report"])
    }
}
