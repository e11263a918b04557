import People
import Testing

/// Naming habits of outlets other than the BBC: American copy without courtesy titles, honorifics of Australian,
/// Indian, Kenyan, Malaysian and Nigerian papers, family names written first, and place names that read like people.
@Suite struct WorldStyleRules {
    @Test func relativeWhoMakesAOneWordNameAPerson() {
        #expect(people("Weitz, who directed the film, spoke.").map(\.2) == ["apposition"])
    }

    @Test func nationalityBeforeAFullNameIsARole() {
        #expect(texts("Hantuchova beat Bulgarian Magdaleena Maleeva in three sets.").contains("Magdaleena Maleeva"))
        #expect(texts("She won the Australian Open.").isEmpty)
    }

    @Test func honorificsOfOtherOutletsAreStripped() {
        #expect(texts("Minority leader Hon Fatuma Abdi Hassan opposed the motion.") == ["Fatuma Abdi Hassan"])
        #expect(texts("Among them was Madam Rosnah Abdul Rahman, 58, a cleaner.") == ["Rosnah Abdul Rahman"])
        #expect(texts("Cr Felicity O'Dwyer said no.") == ["Felicity O'Dwyer"])
        #expect(texts("Shri Harish Chandra Bhatt chaired it.") == ["Harish Chandra Bhatt"])
        #expect(texts("Residents accused Clr Ndhlovu of neglect.") == ["Ndhlovu"])
        #expect(texts("Supporting the ticket, VP Kamala Harris spoke.") == ["Kamala Harris"])
    }

    /// A given name and a place word no family-name list holds (`Lake`, `Bridge`) are a person when a role, a speech
    /// verb or an apposition says so, and so is the same name elsewhere; a given name before a place word alone is
    /// still a place (`Stanley Park`).
    @Test func aPlaceWordAfterAGivenNameIsAFamilyNameWithEvidence() {
        #expect(
            texts("Election eve: Kari Lake rallies.\n\nGOP candidate Kari Lake made her way up to Prescott.") == [
                "Kari Lake", "Kari Lake",
            ])
        #expect(texts("Kari Lake said she would win.") == ["Kari Lake"])
        #expect(texts("They walked to Stanley Park on Sunday.").isEmpty)
    }

    /// A given name that is also an ordinary word opens no name before a title (`Junior Minister of Local Government
    /// Anand Persaud`); a given name that is only a name still does where stronger evidence says so.
    @Test func anOrdinaryWordBeforeATitleIsNoGivenName() {
        #expect(
            texts("Minister Juan Edghill and Junior Minister of Local Government Anand Persaud met residents.") == [
                "Juan Edghill", "Anand Persaud",
            ])
    }

    /// Offices written in lower case before a name are roles like any job (`former congresswoman Gabby Giffords`,
    /// `ward councillor Penny East`), even when no list knows the name.
    @Test func lowerCaseOfficesBeforeANameAreRoles() {
        #expect(texts("He was joined by his wife, former congresswoman Gabby Giffords.") == ["Gabby Giffords"])
        #expect(texts("Nobande says ward councillor Penny East has made promises.").contains("Penny East"))
    }

    /// An office after a title and `of`, or a title's list of portfolios running on after `and`, ends at its last
    /// portfolio word; the words after it are the holder (`Minister of Youth, Empowerment and Elder Affairs Cynthia
    /// Forde`, `Minister of Legal Affairs Mohabir Anil Nandlall`).
    @Test func aListOfPortfoliosEndsBeforeTheHolder() {
        #expect(
            texts(
                "Also there were the Minister of Youth, Empowerment and Elder Affairs Cynthia Forde and the Minister of Environment, Wildlife and Tourism Tshekedi Khama."
            ) == ["Cynthia Forde", "Tshekedi Khama"])
        // (right after the title and `of` too, when a word before the portfolio is no portfolio of its own)
        #expect(
            texts("Residents met Minister of Legal Affairs Mohabir Anil Nandlall, SC, on Thursday.") == [
                "Mohabir Anil Nandlall"
            ])
    }

    /// Parliamentary copy writes a member's party and seat in brackets after the name (`Shahidan Kassim (BN-Arau)`,
    /// `(D-Ill.)`): that is a legislator; a technical term in brackets (`(EV-DO)`) says nothing.
    @Test func aPartyAndSeatInBracketsMarksALegislator() {
        #expect(
            texts("The row began when Shahidan Kassim (BN-Arau) asked about a question by Pang Hok Liong (PH-Labis).")
                == ["Shahidan Kassim", "Pang Hok Liong"])
        #expect(texts("The phones use Optimised Links (EV-DO) now.").isEmpty)
    }

    @Test func placeHeadWordsVetoANameReading() {
        #expect(texts("Flooding hit Fort Worth, Palm Springs and Long Beach on Monday.").isEmpty)
        #expect(texts("Hurricane Delia made landfall.").isEmpty)
    }

    @Test func aDescriptionAfterAnArticleIsNoName() {
        #expect(texts("\"Water matters,\" the Idaho Republican said.").isEmpty)
    }

    @Test func oneWordNamesJoinTheFullNameTheyStartOrSitIn() {
        let twins = people("Caleb Booker scored 20. Micah Booker added 12. \"It was fun,\" Caleb said.")
        #expect(twins.last?.0 == "Caleb" && twins.last?.1 == "Caleb Booker")
        let family = people(
            "Train operator chief Lim Kok Seng apologised. Mr Lim said repairs were done. "
                + "Grassroots adviser Melissa Tan Hui Ling was angry. Ms Tan said so.")
        #expect(family.filter { $0.0 == "Lim" }.map(\.1) == ["Lim Kok Seng"])
        #expect(family.filter { $0.0 == "Tan" }.map(\.1) == ["Melissa Tan Hui Ling"])
    }

    @Test func aQuotedNicknameStaysInsideTheName() {
        #expect(texts("Clarence \"Sweets\" Mobley, a trumpeter, died.") == ["Clarence \"Sweets\" Mobley"])
        #expect(texts("said drummer Alvin “Duke” Fontenot, who played with him.") == ["Alvin “Duke” Fontenot"])
        let later = people("Andre \"Big Shot\" Mayfield scored 29. Mayfield said little.")
        // the nickname stays in the mention, not in the canonical name: one identity with or without it
        #expect(later.map(\.1) == ["Andre Mayfield", "Andre Mayfield"])
        // single marks, straight and curly, and an unknown given name before the nickname
        #expect(
            people("Minister Chandrakant 'Dada' Pawar spoke. Pawar said so.").map(\.1) == [
                "Chandrakant Pawar", "Chandrakant Pawar",
            ])
        #expect(people("Minister Chandrakant ‘Dada’ Pawar spoke.").map(\.0) == ["Chandrakant ‘Dada’ Pawar"])
        #expect(people("Samoan worker Ioane “Johnny” Faleolo said so.").map(\.1) == ["Ioane Faleolo"])
        // a quoted title between two names is no nickname
        #expect(!texts("Director Ana Ruiz's \"Winter Wheat\" won.").contains { $0.contains("Wheat") })
    }

    /// `Fathi Bin Shatwan, Libya's oil minister, told`: a possessive opens a role apposition as an article does.
    @Test func aPossessiveRoleAppositionIsEvidence() {
        #expect(texts("\"I agree,\" Fathi Bin Shatwan, Libya's oil minister, told Reuters.") == ["Fathi Bin Shatwan"])
        #expect(texts("\"I agree,\" Fathi Bin Shatwan, Libya's largest, told Reuters.").isEmpty)
    }

    /// `Dev Malhotra, of the campaign group Walk Ride, who gave evidence, said`: an affiliation after `of`, then `who`
    /// or a speech verb after the next comma. An `of` phrase alone is no evidence.
    @Test func anAffiliationThenWhoOrASpeechVerbIsEvidence() {
        #expect(
            texts("Dev Malhotra, of the campaign group Walk Ride, who gave evidence, said more.").contains(
                "Dev Malhotra"))
        #expect(texts("Dev Malhotra, of the campaign group, said more.") == ["Dev Malhotra"])
        #expect(texts("Harbour Widgets, of the chain, opened more.").isEmpty)
        #expect(texts("Gwenllian Rees, from Carmarthen, has been waiting 27 months.") == ["Gwenllian Rees"])
    }

    /// Two people share a surname: a short form with a title goes to the one written with that title
    /// (`Chief Carter`), and a courtesy title of one sex never to a person the article gave the other.
    @Test func aTitleOrCourtesyTitlePicksAmongPeopleSharingASurname() {
        let carters = people(
            "Police Chief Renee Carter presented the plan. Councilor Doug Carter said he supported it. "
                + "Chief Carter said she had heard.")
        #expect(carters.last?.1 == "Renee Carter")
        let mackays = people(
            "Mr Graham Mackay runs cattle. Ms Jenny Mackay runs the books. Mr Mackay said so.")
        #expect(mackays.last?.1 == "Graham Mackay")
    }

    /// `a spokesperson for Meta said`: the role is the subject; the name after `for` gets no evidence from the verb.
    @Test func aNameAfterARoleForIsNoSpeaker() {
        #expect(texts("Asked about it, a spokesperson for Meta said the claims were false.").isEmpty)
        #expect(texts("An analyst at Jefferies said shares would rise.").isEmpty)
    }

    /// Found on the third BBC development set: a role for a surname written in full elsewhere (`best actor for
    /// DiCaprio`), a full name after a corporate noun that opens with a given name, a full name joined to a titled
    /// one, police ranks, and `Sri` in `Sri Lanka`.
    @Test func bbcHabitsOfTheThirdDevelopmentSet() {
        #expect(
            people("Leonardo DiCaprio won. Best actor for DiCaprio was no surprise. DiCaprio said so.").map(\.1) == [
                "Leonardo DiCaprio", "Leonardo DiCaprio", "Leonardo DiCaprio",
            ])
        #expect(texts("He loves married publisher Kimberly Quinn.") == ["Kimberly Quinn"])
        #expect(texts("Talks between Yassir Arafat and Mr Peres came close.") == ["Yassir Arafat", "Peres"])
        #expect(texts("Chief Supt Mick Deats spoke.") == ["Mick Deats"])
        // `Sri Lanka` as the country list blocks it: the honorific `Sri` is inside the gazetteer name
        let text = "Blogs from Sri Lanka helped. Sri Lankan officials said so."
        var copy = text
        let blocked = [11..<20]  // `Sri Lanka`
        #expect(String(decoding: Array(text.utf8)[blocked[0]], as: UTF8.self) == "Sri Lanka")
        #expect(copy.withUTF8 { shippedFinder.mentions(in: $0, blocked: blocked) }.isEmpty)
    }

    /// `Jerome Pruitt Jr.`, `Warren Boudreaux III`: a generational suffix belongs to the name (with its full stop)
    /// but not to its key, so `Pruitt` is him; `Sr.` and `Jr.` of one name are two people; `III` after a name is no
    /// acronym; `King Jr. Avenue` is a street.
    @Test func aGenerationalSuffixIsPartOfTheName() {
        #expect(
            people("Ald. Jerome Pruitt Jr. spoke. Pruitt said no.").map(\.1) == [
                "Jerome Pruitt Jr.", "Jerome Pruitt Jr.",
            ])
        #expect(
            people("Warren Boudreaux III, the chief executive, spoke. Boudreaux said so.").map(\.0) == [
                "Warren Boudreaux III", "Boudreaux",
            ])
        let family = people(
            "Terrence Whitley Sr. spoke at the vigil. Terrence Whitley Jr. was 19. Whitley Sr. said so.")
        #expect(family.map(\.1) == ["Terrence Whitley Sr.", "Terrence Whitley Jr.", "Terrence Whitley Sr."])
        #expect(texts("Martin Luther King Jr. Avenue was closed.").isEmpty)
    }

    /// A surname after a gazetteer place that is no given name is a team (`Buffalo Bills`), a parish is a
    /// place, and `Everybody` opening a sentence is no name.
    @Test func teamsParishesAndIndefinitePronounsAreNoPeople() {
        let text = "The Buffalo Bills found their closer. Everybody agreed in Plaquemines Parish."
        var copy = text
        let buffalo = 4..<11
        #expect(String(decoding: Array(text.utf8)[buffalo], as: UTF8.self) == "Buffalo")
        #expect(copy.withUTF8 { shippedFinder.mentions(in: $0, blocked: [buffalo]) }.isEmpty)
        #expect(people("Jordan Hale, 19, was listed in stable condition.").map(\.0) == ["Jordan Hale"])
    }

    /// A family: the principal is written by surname, the relatives, introduced by a kinship noun, by given name or
    /// `the elder`/`the younger` (`Chidi Okafor` … `His father, Ikenna Okafor` … `Okafor said` is Chidi).
    @Test func aBareSurnameNamesTheFamilysPrincipal() {
        let okafor = people(
            "With seconds left, Chidi Okafor shot. Okafor finished with 41 points. His father, Ikenna Okafor, sat "
                + "courtside. Asked about his father afterward, Okafor grew quiet.")
        #expect(okafor.map(\.1) == ["Chidi Okafor", "Chidi Okafor", "Ikenna Okafor", "Chidi Okafor"])
        let harper = people("Luke Harper, whose grandfather Alf Harper planted the trees, spoke. Mr Harper said so.")
        #expect(harper.last?.1 == "Luke Harper")
        // in-laws are relatives too: the bare surname stays with the person who introduced them
        let snow = people(
            "Katherine Snow says her mother-in-law, Charlene Snow, died at home. Snow says she waited. Her "
                + "son-in-law, Dale Snow, drove. Snow was angry.")
        #expect(snow.map(\.1) == ["Katherine Snow", "Charlene Snow", "Katherine Snow", "Dale Snow", "Katherine Snow"])
        let mehta = people(
            "Arjun Mehta sued. Mehta's father, Rajesh Mehta, a retired cardiologist, said no. The elder Mehta said so.")
        #expect(mehta.last?.1 == "Rajesh Mehta")
        #expect(texts("Councilmember Quetcy Rosario-Lugo said no.") == ["Quetcy Rosario-Lugo"])
        // the first of two Spanish family names stands for the person
        #expect(
            people("Commissioner Graciela Restrepo Vidal toured it. Restrepo said so.").map(\.1) == [
                "Graciela Restrepo Vidal", "Graciela Restrepo Vidal",
            ])
        // Malay names go by the name after a leading `Muhammad` (`Sanusi` of `Muhammad Sanusi Md Noor`), not a Western
        // middle name (`Anne` of `Mary Anne Louise Smith`)
        let malay = people("He slammed Datuk Seri Muhammad Sanusi Md Noor on Monday. He noted that Sanusi should stop.")
        #expect(malay.map(\.1) == ["Muhammad Sanusi Md Noor", "Muhammad Sanusi Md Noor"])
        let western = people("He met Mary Anne Louise Smith on Monday. He noted that Anne should stop.")
        #expect(!western.contains { $0.0 == "Anne" && $0.1 == "Mary Anne Louise Smith" })
    }

    @Test func aPartyAndStateLabelIsNoName() {
        #expect(texts("\"We will act,\" said Rep. Jim Jordan, R-Ohio, on Monday.") == ["Jim Jordan"])
        #expect(
            texts("Sen. Ben Ray Lujan, D-N.M., and Sen. Bernie Sanders, I-Vt., agreed.") == [
                "Ben Ray Lujan", "Bernie Sanders",
            ])
    }

    @Test func aMinistersPortfolioIsNotPartOfTheName() {
        #expect(
            texts("Minister of State for Transport Faizal bin Hashim said repairs were done.") == ["Faizal bin Hashim"])
        // the office's other words: a second portfolio, the opposition, the police, public expenditure
        #expect(
            texts("Minister of Tourism and Lands Harin Fernando told Parliament that the visit went well.") == [
                "Harin Fernando"
            ])
        #expect(
            texts("Leader of the Opposition Pritam Singh said it was wrong. Mr Singh left.") == [
                "Pritam Singh", "Singh",
            ])
        #expect(texts("The Minister for Public Expenditure Jack Chambers said no.") == ["Jack Chambers"])
        // `Colr.`, as Northern Irish papers write councillor
        #expect(texts("SDLP Colr. Michael Coyle said it was the end of an era.") == ["Michael Coyle"])
    }

    @Test func aTitleAloneIsNoName() {
        #expect(texts("Nakuru assembly impeaches Deputy Governor").isEmpty)
        #expect(texts("\"We lost,\" Coach said.").isEmpty)
        #expect(texts("Mr King said so.") == ["King"])
        // an address or a rank: `Mr Speaker`, `Chief Whip`, `the Lord Chief Justice`
        #expect(texts("\"Because Mr Speaker, they wait,\" he said. The Minority Chief Whip spoke.").isEmpty)
        #expect(texts("Police arrested them, Gardaí said.").isEmpty)
    }

    @Test func aParticleOpeningASentenceIsStillAParticle() {
        let found = people("Defence lawyer Marisol de la Cruz spoke. De la Cruz said the jury erred.")
        #expect(found.map(\.1) == ["Marisol de la Cruz", "Marisol de la Cruz"])
    }

    @Test func aPartysWordAloneIsTheFamilyNameOfSomeoneNamedWithIt() {
        // a past verb's subject, beside `and`, in the possessive, after `by` at a clause's end
        #expect(
            texts(
                "Minister Tessa Green spoke. They liked how Green handled it. Green and Arroyo wrote. "
                    + "I see Green's interest. It was put in place by Green."
            ).filter { $0 == "Green" }.count == 4)
        #expect(
            texts("Marietta English ran. Unlike Blake and English, no one led.").filter { $0 == "English" }.count == 1)
        // (a language beside another language is no one's family name)
        #expect(texts("Novelist Louise Welsh spoke. It will be translated into Welsh and Gaelic.") == ["Louise Welsh"])
        // with no one named so, the party's word stays a party's
        #expect(texts("Labour lost the seat. It was backed by Labour.").isEmpty)
    }

    @Test func aWordTheDocumentTreatsAsAnOrganisationIsNoName() {
        #expect(texts("Dutch firm Heineken saw its profits fall. Heineken said it would cut costs.").isEmpty)
        #expect(texts("Mozilla said that its browser gained. The Mozilla Foundation agreed.").isEmpty)
        #expect(texts("Heineken, which also owns Amstel, said sales fell.").isEmpty)
        #expect(texts("It signed a deal with Heineken, which owns Amstel. Heineken said sales fell.").isEmpty)
        // (after a preposition `which` is as often about the thing before: a family name stays one - unless a second
        // signal says body, as a founder's company's possessive before its thing does)
        #expect(
            texts("Sir James Dyson founded it. A grant went to Dyson, which employs 900. Dyson's factory grew.") == [
                "James Dyson"
            ])
        #expect(
            texts("David Hatcher was hurt. There were issues with Hatcher, which caused alarm.") == [
                "David Hatcher", "Hatcher",
            ])
        // a company named after its founder: `Harlow Systems` makes a bare `Harlow` the company
        #expect(texts("Harlow Systems makes chillers. Harlow said orders rose.").isEmpty)
        #expect(texts("Harlow Orchards needs pickers. Harlow said orders rose.").isEmpty)
        // a school named after a president: `Lincoln Elementary … Lincoln has 300 pupils`
        #expect(texts("Lincoln Elementary will close. Lincoln said it had 300 pupils.").isEmpty)
        #expect(texts("Fans of rock band Iron Maiden cheered.").isEmpty)
        // (a union, a charity or a club too: `retail union Usdaw, who noted` is no person)
        #expect(
            texts("It was backed by Dave McCrossen of retail union Usdaw, who noted the cost.") == ["Dave McCrossen"])
        // a person is still a person: `who`, `he`, a title
        #expect(texts("Okafor, who chairs the board, said he would stay.") == ["Okafor"])
        #expect(texts("Mr Heineken said he was pleased.") == ["Heineken"])
        // (a firm's word after a family name the document wrote after a given name, or a given name and a middle name,
        // is the person's: `Varden's bid` is his bid)
        #expect(
            texts("Gov. Tomas Bel Varden spoke. All Varden could do was wait. Varden's bid stalled.") == [
                "Tomas Bel Varden", "Varden", "Varden",
            ])
        // a plural verb after a one-word name opening its clause: British copy's body (`Arriva say`, `Millwall were`)
        #expect(texts("Arriva say the route is not viable. Arriva said the timetable would change.").isEmpty)
        #expect(texts("Millwall were fined. Millwall said they would appeal.").isEmpty)
        #expect(texts("Friends of Kosgei say he trained hard. Kosgei said he was ready.") == ["Kosgei", "Kosgei"])
    }

    /// `Suncorp said it had received …`: `it`, an auxiliary and a verb other than `be` after a speech verb make an
    /// unknown word a body; a dummy `it` does not (`… it had been hard`), nor a word the name lists know, nor the last
    /// word of a longer name in the document.
    @Test func aWordThatSaidItHadDoneSomethingIsABody() {
        #expect(texts("Floods rose. Suncorp said it had received 1000 claims.").isEmpty)
        #expect(texts("Floods rose. Zorbanek said it would appeal the ruling.").isEmpty)
        #expect(texts("Floods rose. Zorbanek said it had been hard.") == ["Zorbanek"])
        #expect(texts("Floods rose. Garcia said it would take time.") == ["Garcia"])
        #expect(
            texts("Coach Pia Zorbanek spoke. Zorbanek said it would take time.") == ["Pia Zorbanek", "Zorbanek"])
    }

    @Test func aNameEndingInAGazetteerPlaceIsNoPerson() {
        let text = "Telekom Austria said profits rose. Michael Jordan watched."
        let bytes = Array(text.utf8)
        func range(_ word: String) -> Range<Int> {
            let w = Array(word.utf8)
            let i = (0...(bytes.count - w.count)).first { bytes[$0..<($0 + w.count)].elementsEqual(w) }!
            return i..<(i + w.count)
        }
        var copy = text
        let found = copy.withUTF8 { shippedFinder.mentions(in: $0, blocked: [range("Austria"), range("Jordan")]) }
        #expect(found.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["Michael Jordan"])
    }

    @Test func aCopulaRoleOrARelativeMakesAnUnknownNameAPerson() {
        // neither word is in the name lists; the sentence says what the name is
        #expect(
            people("Xandros Pelekanou and his wife Amy were found. Pelekanou was the CEO of Tirnava Iron Works.")
                .map(\.1) == ["Xandros Pelekanou", "Amy", "Xandros Pelekanou"])
        #expect(people("Ozwitch was previously an employee of the firm.").map(\.2) == ["predicate"])
        #expect(people("DNA was found on Vardakis's mother's car.").map(\.0) == ["Vardakis"])
        // roles a company or a team holds as well are not enough
        #expect(texts("Tirnava is the leader in steel. Quorvex was the winner of the bid.").isEmpty)
        #expect(texts("Whoever is the prime minister will act.").isEmpty)
    }

    @Test func onePartOfAHyphenatedSurnameNamesThePerson() {
        let suspect = people(
            "Police arrested 31-year-old Angel Colon-Ortiz on Friday. Ortiz is being held. A sample from Ortiz matched."
        )
        #expect(suspect.map(\.1) == ["Angel Colon-Ortiz", "Angel Colon-Ortiz", "Angel Colon-Ortiz"])
        // a person of that surname is still the first owner of it
        let two = people(
            "Mayor Dana Ortiz spoke. Angel Colon-Ortiz was charged. \"No,\" Ortiz said.")
        #expect(two.last?.1 == "Dana Ortiz")
    }

    @Test func realCopyHabitsOfOutletsAroundTheWorld() {
        // a city named like a prince (the gazetteer's place), after an article
        var city = "A Prince George labour representative is raising alarm bells."
        let found = city.withUTF8 { shippedFinder.mentions(in: $0, blocked: [2..<15]) }
        #expect(found.isEmpty)
        // a generational suffix after a comma, as Philippine and older American copy writes it
        #expect(
            texts("PNP chief Gen. Jose Melencio C. Nartatez, Jr. said the report was ready.") == [
                "Jose Melencio C. Nartatez, Jr."
            ])
        // the last word of a portfolio in -ing is not the name's first word
        #expect(
            texts("Minister for Information and Broadcasting Fawad Chaudhry announced a ceasefire.") == [
                "Fawad Chaudhry"
            ])
        // a byline alone on its line
        #expect(people("Floods to continue\nBy Cloe Read\nResidents were told to leave.").map(\.2) == ["byline"])
    }

    @Test func aBareCapitalBeforeAGivenNameIsAnInitial() {
        #expect(texts("Former BJP ministers V Sunil Kumar and C T Ravi also spoke.").contains("V Sunil Kumar"))
        #expect(
            texts("Minister of Tourism P.A. Muhammed Riyas said so. Gda Stephen Flynn agreed.") == [
                "P.A. Muhammed Riyas", "Stephen Flynn",
            ])
        // not a player's position after a team's colon
        #expect(texts("Nuggets: G Marcus Dell returned after missing a game.") == ["Marcus Dell"])
    }

    @Test func twoCapitalsBeforeANameAreInitials() {
        #expect(texts("It was attended by Foreign Minister AK Abdul Momen.") == ["AK Abdul Momen"])
        // not a company's acronym, nor an office (`PC`), nor `Jay-Z` or `DoH` as acronyms
        #expect(texts("LG Card shares fell. MG Rover closed.").isEmpty)
        #expect(texts("PC John Smith arrested him. The DoH said so. Jay-Z said so.") == ["John Smith", "Jay-Z"])
    }

    @Test func officesAndRolesBeforeNamesThatLookLikeOtherWords() {
        #expect(
            texts("Eastwood MSP Jackson Carlaw spoke. Health director Bill Hill said so.") == [
                "Jackson Carlaw", "Bill Hill",
            ])
        #expect(texts("UNC coach Dean Smith died on Saturday.") == ["Dean Smith"])
    }

    @Test func aSentenceOpeningNameBeforeAVerbInThePast() {
        let finder = PersonFinder(lexicon: NameLexicon(firstNames: [], surnames: ["Betts"]))
        #expect(
            people("The score was tied. Mookie Betts tripled in the sixth.", finder: finder).map(\.0) == [
                "Mookie Betts"
            ])
        // not before another kind of word: `Angry Betts fans` opens a headline
        #expect(people("Angry Betts fans left early.", finder: finder).isEmpty)
    }

    @Test func aNameNeverEndsInAQuestionWordOrAPronoun() {
        #expect(texts("Q. What made you run? A. How could I not?").isEmpty)
        #expect(texts("They played France A on Friday. Ok I see.").isEmpty)
        #expect(!texts("Praising King Charles and Camilla, the Queen Consort, she spoke.").contains("Consort"))
    }

    @Test func aFamilyNameThatIsAlsoAPlaceWord() {
        let finder = PersonFinder(lexicon: NameLexicon(firstNames: ["Elaine", "Stanley"], surnames: ["Hill", "Park"]))
        // after a courtesy title, and a full name the title's mention confirms
        #expect(
            people("Elaine Hill clutched a tissue. \"It was sad,\" Ms Hill said.", finder: finder).map(\.1) == [
                "Elaine Hill", "Elaine Hill",
            ])
        // a given name and a word that heads place names, with no one to confirm it, is a place
        #expect(people("They met at Stanley Park on Sunday.", finder: finder).isEmpty)
        // … unless a speech verb or an apposition says it is someone: a place says nothing
        #expect(people("Stanley Park said the plan was sound.", finder: finder).map(\.0) == ["Stanley Park"])
        #expect(people("\"It is sound,\" said Stanley Park.", finder: finder).map(\.0) == ["Stanley Park"])
        #expect(
            people("Stanley Park, 31, a senior engineer, lost his job.", finder: finder).map(\.0) == ["Stanley Park"])
        // a title before the place word alone, when the document names the person in full (`Mayor Street` after
        // `Mayor Andy Street`)
        let mayor = PersonFinder(lexicon: NameLexicon(firstNames: ["Andy"], surnames: []))
        #expect(
            people("Mayor Andy Street spoke on Friday. Later Mayor Street urged the council to act.", finder: mayor)
                .map(\.1) == ["Andy Street", "Andy Street"])
        // and a name before a role noun is the body the role is of (`said William Hill spokesman Rupert Adams`)
        let bodies = PersonFinder(
            lexicon: NameLexicon(firstNames: ["William", "Rupert"], surnames: ["Hill", "Adams"]))
        #expect(
            people("\"It will do good,\" said William Hill spokesman Rupert Adams.", finder: bodies).map(\.0) == [
                "Rupert Adams"
            ])
    }

    /// `Kojo Appiah-Kubi` and `Kojo Appiah Kubi`, `Robert Kilroy-Silk` and `Robert Kilroy Silk`: one person, whose
    /// surname the article writes with a hyphen once and without once; named as the article first writes it.
    @Test func aSurnameWrittenWithAndWithoutItsHyphenIsOnePerson() {
        let found = people(
            "Dr. Kojo Appiah-Kubi lost his cool on air. Kojo Appiah Kubi said the callers were lazy. Robert Kilroy Silk spoke. Robert Kilroy-Silk said no."
        )
        #expect(
            found.map(\.1) == [
                "Kojo Appiah-Kubi", "Kojo Appiah-Kubi", "Robert Kilroy Silk", "Robert Kilroy Silk",
            ])
    }

    /// `The MP for Lincoln says`: an office written as an acronym before `for` is the subject, not the place after it
    /// (Lincoln is a given name too), as `a spokesperson for Meta said` is.
    @Test func theMPForAPlaceSays() {
        let finder = PersonFinder(lexicon: NameLexicon(firstNames: ["Lincoln", "Hamish"], surnames: ["Falconer"]))
        #expect(
            people("The MP for Lincoln says he remains committed. Hamish Falconer said so.", finder: finder).map(\.0)
                == ["Hamish Falconer"])
    }

    @Test func americanLocalCopyHabits() {
        // a day of the week after the name, and an office inside a long agency name
        #expect(
            texts(
                "Federal Emergency Management Agency Administrator Deanne Criswell joined Gov. Kim Reynolds Thursday morning."
            ) == ["Deanne Criswell", "Kim Reynolds"])
        #expect(texts("Cherokee County Coroner Dennis Fowler stated that crews arrived.") == ["Dennis Fowler"])
        // a spokesperson before a one-word name no list knows
        #expect(texts("Pakistan Tehreek-e-Insaf Spokesperson Naeem-ul-Haq said so.") == ["Naeem-ul-Haq"])
        // but a man called Friday stays whole
        #expect(texts("Coach Mike Friday said the squad was ready.") == ["Mike Friday"])
        // a compound adjective, a newspaper and a title ending a description are no people
        #expect(texts("The Iranian-backed group fired. The Detroit Free Press reported it.").isEmpty)
        #expect(texts("U.S. Secretary of Agriculture Tom Vilsack predicted a rise.") == ["Tom Vilsack"])
        #expect(texts("She became the first Senate President Pro Tempore to sign a bill.").isEmpty)
        #expect(texts("Public Advocate Jumaane Williams spoke.") == ["Jumaane Williams"])
        // an office inside an organisation's name the entities stage found (`… Chamber of Commerce President`): a
        // given name and a family name after it are a person (`Sri Lanka` above stays a place)
        var chamber = "Brooklyn Chamber of Commerce President Carlo Scissura said so."
        let organisation = 0..<53
        #expect(
            chamber.withUTF8 { shippedFinder.mentions(in: $0, blocked: [organisation]) }.map(\.canonical) == [
                "Carlo Scissura"
            ])
        // dotted place abbreviations are no initials; assembly members and teams
        #expect(
            texts("Son sent to N.J. Mariposa Benitez, a founder of the group, spoke. U.S. Senators met.") == [
                "Mariposa Benitez"
            ])
        #expect(texts("Commissioners Claudell Brown and Larry Lowrance voted no.").first == "Claudell Brown")
        #expect(
            texts("\"Can you imagine?\" said Republican Assembly Member Michael Lawler. The Boston Red Sox won.") == [
                "Michael Lawler"
            ])
    }
    /// British local papers give a speaker's age, street and town, and write job titles out in capitals.
    @Test func britishLocalCopyHabits() {
        #expect(
            texts("Maria Dunn, 52, of Oakfield Road, Burnley, who has worked there for ten years, said so.") == [
                "Maria Dunn"
            ])
        #expect(texts("Tom Price, Filey Harbour Operations Manager, said the sea was calm.") == ["Tom Price"])
        // a given name before a role word is still a name
        #expect(texts("Amanda Champion said she was pleased.") == ["Amanda Champion"])
        // an article's first word set in capitals: a given name there belongs to the name, in the name's case
        #expect(
            people("KEVIN Nolan led Burnley to the title. Nolan said so.").map(\.1) == ["Kevin Nolan", "Kevin Nolan"])
        #expect(texts("NHS staff met Kevin Nolan.") == ["Kevin Nolan"])
        // a Scottish city's civic head and spouse: `Provost` is a title
        #expect(texts("Lord Provost Ian Moray thanked Lady Provost Ann Moray.") == ["Ian Moray", "Ann Moray"])
    }
    /// `Kent Fire and Rescue Service`: `and` inside an organisation's name; two people or a person and a company
    /// joined by `and` stay what they are.
    @Test func andInsideAnOrganisationsName() {
        #expect(texts("A spokesperson for Kent Fire and Rescue Service said the fire was out.").isEmpty)
        #expect(texts("Ann Lee and Acme Steel Group said so.") == ["Ann Lee"])
        #expect(
            texts("Former champion Kelli White and Olympic relay star Alvin Harrison were banned.") == [
                "Kelli White", "Alvin Harrison",
            ])
        #expect(
            texts("On Richard Madeley and Judy Finnigan's Channel 4 show.") == ["Richard Madeley", "Judy Finnigan"])
    }

    /// A month after a courtesy title is a name (`Mrs May`), as is any time word there (`Mr Day`); a given and a
    /// family name in capitals opening a sentence, its lead-in in capitals or after a colon is a person (`ERNIE HOWE
    /// felt`, `Picture: HARRIET BACKHOUSE`), named as names are written; a line of capitals is not; step-relatives are
    /// roles.
    @Test func monthsAfterTitlesNamesInCapitalsAndStepRelatives() {
        #expect(texts("He heard the word sorry from Mrs May to Parliament.") == ["May"])
        // any time word right after a courtesy title (`Mr Day`), not after other words (`The Day said`)
        #expect(
            texts("\"These are hard times,\" said Mr Day. Mrs Winter agreed. The Day said so.") == ["Day", "Winter"])
        #expect(texts("The talks were held in May.").isEmpty)
        #expect(
            people("Town lose\n\nERNIE HOWE felt it was a bad day. Howe said so.").map(\.1) == [
                "Ernie Howe", "Ernie Howe",
            ])
        // inside a lead-in in capitals, after a title or an adjective (`O'NEILL` keeps the capital after the mark)
        #expect(
            people("Row\n\nTAOISEACH LEO O'NEILL was accused. AN IRATE DAN McFarland left.").map(\.1) == [
                "Leo O'Neill", "Dan McFarland",
            ])
        #expect(texts("THE BIG FOUR LEO SAID NO\n\nThe show ended.").isEmpty)
        #expect(texts("A tribute was paid. Picture: HARRIET BACKHOUSE\n\nHe was loved.") == ["HARRIET BACKHOUSE"])
        #expect(texts("JAMES MAY SHOCK AS SHOW AXED\n\nThe show ended.").isEmpty)
        #expect(texts("He was joined by his wife and stepson Sholto.") == ["Sholto"])
    }

    /// Given names alone in a list that a kinship noun opens are relatives (`two children, Ian and Amy`, `mother to
    /// James, Sally and Susanna`); a list without one is not.
    @Test func relativesListedByGivenName() {
        #expect(texts("They went on to have two children, Ian and Amy, and four grandchildren.") == ["Ian", "Amy"])
        #expect(texts("She was mother to James, Sally and Susanna.") == ["James", "Sally", "Susanna"])
        #expect(texts("Stocks in Paris, Milan and Madrid rose.").isEmpty)
    }

    /// Irish copy: `Garda` is a rank before a name; `An Garda Síochána` and a bureau of the Garda are no people.
    @Test func gardaIsARank() {
        #expect(texts("Garda Motherway said he believed it. Garda John Kelly agreed.") == ["Motherway", "John Kelly"])
        #expect(texts("It reverses An Garda Síochána's stance.").isEmpty)
        #expect(texts("Officers from the Garda National Drugs and Organised Crime Bureau searched it.").isEmpty)
    }

    /// `Joseph ole Lenku`: the Maasai particle `ole` in lower case is inside the name; `Ole` is a given name.
    @Test func theMaasaiParticleOle() {
        #expect(texts("Interior Secretary Joseph ole Lenku said so.") == ["Joseph ole Lenku"])
        #expect(texts("Striker Ole Gunnar Solskjaer scored.") == ["Ole Gunnar Solskjaer"])
    }

    /// Bylines of several writers, and a writer before the outlet.
    @Test func bylineListsAndOutlets() {
        #expect(
            texts("Court hears plea\n\nBy Marta Ilves, Tendai Moyo and Jenni Evans\n\nThe court sat.") == [
                "Marta Ilves", "Tendai Moyo", "Jenni Evans",
            ])
        #expect(texts("Boy held\n\nBy Ronn Blitzer | Fox News\n\nPolice spoke.") == ["Ronn Blitzer"])
        // a list that is no byline
        #expect(texts("Stocks fell\n\nShares in Acme Steel, Globe Media and Fox News fell.").isEmpty)
        // bylines set in capitals, alone, before the outlet, or after a bar
        #expect(
            texts(
                "Court sits\n\nBy MARY CALLAHAN\n\nThe court sat.\n\nMay 3, 2011|By ANDREW SCHOTZ |\n\nBy AP\n\nBy BOB WEE Associated Press"
            )
                == ["MARY CALLAHAN", "ANDREW SCHOTZ", "BOB WEE"])
        // (a sports position before a name)
        #expect(texts("The shots beat goalie Patik Svancara twice.") == ["Patik Svancara"])
    }

    /// `the Bush administration`: a family name naming a leader's time in office is the leader.
    @Test func aFamilyNameNamingAGovernment() {
        #expect(texts("Aides in the Bush administration and the Thatcher years agreed.") == ["Bush", "Thatcher"])
        // not any name after an article, nor a place
        #expect(texts("The Smith report and the Kenya government disagreed.").isEmpty)
    }

    /// A title-case headline is one capitalised run: its words that name a person of the body are that person.
    @Test func namesInATitleCaseHeadline() {
        #expect(
            people("Lobbyist Roe Sentenced To Four Months\n\nLobbyist Jack Roe was sentenced. Roe said sorry.").map {
                [$0.0, $0.1]
            } == [["Roe", "Jack Roe"], ["Jack Roe", "Jack Roe"], ["Roe", "Jack Roe"]])
        #expect(
            people("Ada Okafor Slammed By Committee\n\nMP Ada Okafor was criticised.").map(\.0) == [
                "Ada Okafor", "Ada Okafor",
            ])
        // (a past form ending the run is the headline's verb, not part of the name: `Sheldon Silver Sentenced`)
        #expect(
            texts("'Deeply Corrupt' Sheldon Silver Sentenced to 7 Years\n\nThe judge slammed Speaker Sheldon Silver.")
                == ["Sheldon Silver", "Sheldon Silver"])
        // a family name two people share names neither; a sentence-case first line is read as usual
        #expect(
            texts("Williams Sisters Win Again In Paris\n\nVenus Williams beat Serena Williams.") == [
                "Venus Williams", "Serena Williams",
            ])
    }

    /// A question in a quote opens with an auxiliary (`"Was Chaudhry's statement general?"`), a court report's
    /// sentence with a participle (`Remanding Hart into custody`): neither is a name word; a hyphenated given name in
    /// `-ing` is (`Mei-Ling Cho`).
    @Test func auxiliariesAndParticiplesOpeningASentenceAreNoNames() {
        #expect(
            texts(
                "Minister Fawad Chaudhry spoke. The judge asked: \"Was Chaudhry's statement general? Had Khawaja Haris seen it?\""
            ) == ["Fawad Chaudhry", "Chaudhry", "Khawaja Haris"])
        #expect(texts("Jack Hart admitted it. Remanding Hart into custody, the judge spoke.") == ["Jack Hart", "Hart"])
        #expect(texts("Its finance chief, Mei-Ling Cho, told analysts.") == ["Mei-Ling Cho"])
        // a given name in -ing is a name (`Irving`)
        #expect(texts("Irving Berlin wrote it.") == ["Irving Berlin"])
    }

    /// Filipino, Spanish, Dutch and German family names written with their particles when no given name precedes them
    /// (`a tearful de la Rosa`, `van der Walt said`): the mention keeps them, the person is the same.
    @Test func particlesOpeningAFamilyNameBelongToTheMention() {
        let senate = people("Senator Ronald dela Rosa spoke. \"I did not know,\" said a tearful de la Rosa.")
        #expect(
            senate.map { [$0.0, $0.1] } == [
                ["Ronald dela Rosa", "Ronald dela Rosa"], ["de la Rosa", "Ronald dela Rosa"],
            ])
        #expect(
            people("Captain Jaco van der Walt scored. Later van der Walt said it was over.").map(\.0) == [
                "Jaco van der Walt", "van der Walt",
            ])
        // not `al`, `el`: organisations and weather open with them
        #expect(texts("The al Qaeda leader hid.").isEmpty)
    }

    /// `Deputy Ministers appear`, `Fine Gael Ministers`, `a resident of Ngabano village`: a plural title (alone or
    /// ending a name) and a name before a noun of settlements are no one; South Asian offices (`CM`, `DIG`) are titles.
    @Test func pluralTitlesPlacesBeforeASettlementNounAndSouthAsianOffices() {
        #expect(texts("Deputy Ministers appear before the House.").isEmpty)
        // a name ending in such a plural is no one either: `Fine Gael Ministers`, `Junior Ministers`, `Roman Catholics`
        #expect(texts("Fine Gael Ministers met. Junior Ministers were named. Roman Catholics prayed.").isEmpty)
        #expect(texts("Rhys Chambers said so.") == ["Rhys Chambers"])
        #expect(texts("The patient, a resident Ngabano village, was isolated.").isEmpty)
        #expect(texts("CM Maryam Nawaz eliminated the gangs.") == ["Maryam Nawaz"])
        // `Ch` (Chaudhry) is an honorific in Pakistani copy, and opens `Ch Supt` in British
        #expect(texts("He answered Ch Fawad Hussain. Ch Supt John Smith agreed.") == ["Fawad Hussain", "John Smith"])
        // (and southern African police ranks: `Snr Asst Comm Charity Charamba`)
        #expect(texts("\"We will act,\" Snr Asst Comm Charamba said.") == ["Charamba"])
    }

    /// `Mr Street`, `Mayor Andy Street`: a place word is a family name after a courtesy title, or after a title and a
    /// given name, even when the family-name list lacks it; not after other honorifics (`Garda Station`).
    @Test func aPlaceWordAfterACourtesyTitleOrATitleAndAGivenName() {
        #expect(
            people("West Midlands Mayor Andy Street has joined. Mr Street said so.").map { [$0.0, $0.1] } == [
                ["Andy Street", "Andy Street"], ["Street", "Andy Street"],
            ])
        #expect(texts("He was taken to Bridewell Garda Station.").isEmpty)
    }

    /// Ranks and bodies of other outlets: a title after a rank honorific is no name (`Garda Superintendent, Michael
    /// Finnan`), nor the plural of a place's word (`rural Garda Stations`), nor a forum (`the rival World Social Forum`);
    /// an Arabic article fused to a family name continues the name (`Mohamed bin Abdulrahman al-Thani`); a lower-case
    /// `by` line is a byline.
    @Test func ranksBodiesArabicNamesAndLowerCaseBylines() {
        #expect(texts("He met Garda Superintendent, Michael Finnan, on Monday.") == ["Michael Finnan"])
        #expect(texts("The closure of rural Garda Stations has hurt.").isEmpty)
        #expect(texts("It comes as ten Sheriff Courts have been closed.").isEmpty)
        #expect(texts("Former world number two Tommy Haas is also a doubt.") == ["Tommy Haas"])
        #expect(texts("Porto Alegre will host the rival World Social Forum.").isEmpty)
        // newspapers' names, storms and markets name no one; a family name the lists hold still does
        #expect(texts("The editor of the Ceredigion Herald, owned by Trinity Mirror, spoke.").isEmpty)
        #expect(texts("Storm Desmond hit Carlisle. The head of Grimsby Fish Market spoke.").isEmpty)
        #expect(texts("Jim Courier played. Tom Herald watched.") == ["Jim Courier", "Tom Herald"])
        #expect(
            texts("Foreign Minister Sheikh Mohamed bin Abdulrahman al-Thani has said so.") == [
                "Mohamed bin Abdulrahman al-Thani"
            ])
        #expect(texts("Rates held\n\nby Saman Indrajith\n\nThe minister spoke.") == ["Saman Indrajith"])
    }

    /// Names written family name first share their first word (`Kim Seung-youn`, `judge Kim Ki-jung`): the bare
    /// family name is the first introduced, the story's principal; a place the gazetteers name is no inner name of a
    /// longer one (`Israel` beside the photographer `Mark Israel Shalem`).
    @Test func aSharedFamilyNameWrittenFirstAndAPlaceInsideAName() {
        let korea = people(
            "Court rules\n\nThe court gave a suspended term to Kim Seung-youn, chairman of Hanwha. Presiding judge Kim "
                + "Ki-jung spoke. Kim was ordered to pay.")
        #expect(korea.last.map { [$0.0, $0.1] } == ["Kim", "Kim Seung-youn"])
        let text = "Photo: Mark Israel Shalem said it. Israel was weakened, Israel said."
        let bytes = Array(text.utf8)
        var blocked: [Range<Int>] = []
        var from = 0
        while let r = (from..<(bytes.count - 5)).first(where: {
            bytes[$0..<($0 + 6)].elementsEqual(Array("Israel".utf8))
        }) {
            if r > 14 { blocked.append(r..<(r + 6)) }
            from = r + 1
        }
        var copy = text
        let found = copy.withUTF8 { shippedFinder.mentions(in: $0, blocked: blocked) }
        #expect(found.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["Mark Israel Shalem"])
    }

    /// A caption, byline or date glued to a name where the page had a line break (`Dominic CummingsSo maybe`, `Katie
    /// DalyLifestyle Writer`, `Dick Murray29 November`) ends the name; names with an inner capital (`McDonald`,
    /// `LeBron James`, `Hill-Ardoin`) and camel-cased words on their own (`@EytanWallace`, `OpenCloudLab`) stay whole.
    @Test func aWordGluedToANameEndsIt() {
        #expect(texts("His aide, Dominic CummingsSo maybe it helps.") == ["Dominic Cummings"])
        #expect(texts("Lipstick\n\nKatie DalyLifestyle Writer\n\nShe wrote it.") == ["Katie Daly"])
        #expect(texts("By Dick Murray29 November 2018") == ["Dick Murray"])
        #expect(
            texts("Mr McDonald met LeBron James and Priscilla Hill-Ardoin, chief privacy officer.")
                == ["McDonald", "LeBron James", "Priscilla Hill-Ardoin"])
        #expect(texts("It was sold to OpenCloudLab (@EytanWallace) on Monday.").isEmpty)
    }

    /// `Minister of Information Fawad Chaudhry`, `Minister of Foreign Affairs Mulambo Haimbe`: a portfolio after a
    /// title and `of` is the title's, and the full name after it the office holder; not a word alone (`Chief of
    /// Defence Staff`), nor a body (`the Ministry of Foreign Affairs`).
    @Test func aFullNameAfterATitleOfAPortfolio() {
        #expect(texts("Minister of Information Fawad Chaudhry spoke.") == ["Fawad Chaudhry"])
        #expect(texts("He met Minister of Foreign Affairs Mulambo Haimbe on Monday.") == ["Mulambo Haimbe"])
        #expect(texts("The Chief of Defence Staff and the Ministry of Foreign Affairs spoke.").isEmpty)
    }

    /// Credits: a full name after `Picture by`, `Edited by`, `Photo:` is a person (the outlet's photographer or
    /// editor); an agency credited the same way is not (`Picture: Getty Images`).
    @Test func photographersAndEditorsCredited() {
        #expect(texts("Fans celebrated. — Picture by Yusof Mat Isa\n\nThe team won.") == ["Yusof Mat Isa"])
        #expect(texts("It ended.\n\n(Edited by Shimoney Regter)\n") == ["Shimoney Regter"])
        #expect(texts("Villagers met on Monday.Photo:Simione Haravanua.\n\nThey left.") == ["Simione Haravanua"])
        #expect(texts("Fans celebrated. Picture: Getty Images\n\nThe team won.").isEmpty)
    }

    /// `Judge Eugene O’Kelly` and `Judge O'Kelly`: pages mix the curly and the straight apostrophe in one name, which
    /// stays one person.
    @Test func curlyAndStraightApostrophesAreOneName() {
        let found = people("Judge Eugene O’Kelly heard it. Judge O'Kelly said no. Mr O’Kelly agreed.")
        #expect(found.map(\.1) == ["Eugene O’Kelly", "Eugene O’Kelly", "Eugene O’Kelly"])
    }

    /// `Harare City Town Planner Samuel Nyabeze said`: job nouns of local government, health and schools (`planner`,
    /// `surveyor`, `headteacher`, `midwife`, …) are role words before a name.
    @Test func jobNounsOfLocalCopyAreRoles() {
        #expect(texts("Town Planner Samuel Nyabeze said no.") == ["Samuel Nyabeze"])
        #expect(texts("Acting Chief Magistrate Faith McGusty has blasted the police.") == ["Faith McGusty"])
        #expect(texts("Harare City Town Planner Samuel Nyabeze said the plan was wrong.") == ["Samuel Nyabeze"])
    }

    /// `told Axios`, `asked Reuters`: the word after `told` or `asked` is the verb's object, not an inverted speaker
    /// (`said Ada Okafor` is one).
    @Test func theObjectOfToldIsNoSpeaker() {
        #expect(texts("Voss told Axios the bill was ready.") == ["Voss"])
        #expect(texts("\"It is ready,\" said Okafor.") == ["Okafor"])
    }

    /// `The dead man was identified as Naseeb Zar Khan`, `named locally as Jade Ward`, `an official surnamed Kim`: police,
    /// court and Asian copy naming a person; not a place describing the one named after it (`identified as Hauz Rani resident Nadeem`).
    @Test func identifiedOrNamedAsNamesAPerson() {
        #expect(texts("The murdered man was identified as Naseeb Zar Khan.") == ["Naseeb Zar Khan"])
        #expect(texts("The woman was identified as Bibi.") == ["Bibi"])
        #expect(texts("The victim has been named locally as Jade Ward.") == ["Jade Ward"])
        #expect(!texts("The accused, identified as Hauz Rani resident Nadeem, was held.").contains("Hauz Rani"))
        // names the Census 1990 list lacks, from the SSA baby-name files, with no cue around them
        #expect(texts("He questioned Barack Obama's birthplace.") == ["Barack Obama"])
        #expect(texts("It cited Ashwini Vaishnaw on the matter.") == ["Ashwini Vaishnaw"])
        // an office in brackets introduces the whole name, the first word unknown to the lists included
        let sethar = people(
            "It was confirmed by Senior Superintendent of Police (SSP) Shabbir Ahmed Sethar. SSP Sethar said so.")
        #expect(sethar.map(\.1) == ["Shabbir Ahmed Sethar", "Shabbir Ahmed Sethar"])
        // Korean and Chinese copy: `an official surnamed Kim`, `identified only by her surname Kim`
        #expect(texts("He asked an official surnamed Kim, then in Seoul, to act. Kim refused.") == ["Kim", "Kim"])
        #expect(texts("The agent, identified only by her surname Kim, was not held.") == ["Kim"])
    }

    /// Places and firms read as people by weak evidence: `says Klipspruit protest not about …` (the word after the
    /// verb modifies a noun), `One frustrated resident near Leven said` (a place after a preposition), `in Larne, head
    /// of court operations Peter Luney told` (the role is the next name's), `Lindum Homes` (a builder). A person
    /// written the same ways stays one.
    @Test func placesAndFirmsAroundWeakEvidence() {
        #expect(texts("Councillor hits back, says Klipspruit protest not about service delivery").isEmpty)
        #expect(texts("One frustrated resident near Leven said it was bad.").isEmpty)
        #expect(texts("At a session in Larne, head of court operations Peter Luney told residents.") == ["Peter Luney"])
        #expect(texts("The site was bought by Lindum Homes, who want to build.").isEmpty)
        #expect(texts("Shami Chakrabarti, director of civil rights group Liberty, spoke.") == ["Shami Chakrabarti"])
        #expect(texts("Mariya Pervez, another supporter, said no.") == ["Mariya Pervez"])
        #expect(texts("Jonathan Edwards believes Phillips Idowu can take gold.").contains("Phillips Idowu"))
    }

    /// `John and Fiona Pill`: two given names before one family name are two people of that family; `Mr Pill` and
    /// `Mrs Pill` go to the partner the title fits. Not a list (`Nana Mouskouri, Lulu and Julio Iglesias`) nor after a
    /// function word (`such Madonna and Elton John`).
    @Test func coupleSharingAFamilyName() {
        // (the usual sexes of given names come from given_name_genders in news.yaml)
        let finder = PersonFinder(
            lexicon: NameLexicon(
                firstNames: ["John", "Fiona"], surnames: ["Pill"], givenNameSexes: [("John", true), ("Fiona", false)]))
        let found = people("John and Fiona Pill bought a boat. Mr Pill said so. Mrs Pill agreed.", finder: finder)
        #expect(found.map(\.1) == ["John Pill", "Fiona Pill", "John Pill", "Fiona Pill"])
        // without the sexes the family name stays the named partner's
        #expect(people("John and Fiona Pill bought a boat. Mr Pill said so.").map(\.1).first == "John Pill")
        #expect(!texts("Stars such as Nana Mouskouri, Lulu and Julio Iglesias sang.").contains("Lulu"))
        #expect(!texts("It beat artists such Madonna and Elton John.").contains("Madonna"))
    }

    /// `the Bola Tinubu-led government`, `Blair-era ministers`, `New Zealand-born Campbell`: a lower-case word after a
    /// hyphen makes the name a modifier; the mention is the name alone (a place's hyphenated words stay one word).
    @Test func aNameBeforeHyphenatedLowerCaseWordIsAMentionWithoutIt() {
        #expect(texts("Critics attacked the President Bola Tinubu-led government.") == ["Bola Tinubu"])
        #expect(texts("He avoided any Janet Jackson-style controversies.") == ["Janet Jackson"])
        #expect(
            people("Tony Blair spoke. One of the few Blair-era ministers left.").map(\.1) == [
                "Tony Blair", "Tony Blair",
            ])
        #expect(texts("Stratford-upon-Avon is busy.").isEmpty)
    }

    /// `Leader of the Opposition Sajith Premadasa`: an office written with `of the` before its portfolio introduces the
    /// name after it, as `Minister of Information Fawad Chaudhry` does; `MPs Dilith Jayaweera and Namal Rajapaksa`: an
    /// office's acronym in the plural introduces the names after it.
    @Test func officesWithTheirPortfolioOrInThePluralIntroduceNames() {
        #expect(texts("It was led by Leader of the Opposition Sajith Premadasa.") == ["Sajith Premadasa"])
        #expect(
            texts("Those present were MPs Dilith Jayaweera and Namal Rajapaksa.") == [
                "Dilith Jayaweera", "Namal Rajapaksa",
            ])
        #expect(texts("The Chief of the Defence Staff spoke.").isEmpty)
    }

    /// `Attorney-General Christian Porter`, `Actor Christian Slater`: `Christian` (kept out of the given-name lists as a
    /// religion) is a given name before a family name; `Christian Democrats` and `Christian Aid` are no one.
    @Test func christianBeforeAFamilyNameIsAGivenName() {
        #expect(texts("Lawyers appeared for Attorney-General Christian Porter.") == ["Christian Porter"])
        #expect(texts("Actor Christian Slater is stepping into the role.") == ["Christian Slater"])
        #expect(texts("The Christian Democrats won, and Christian Aid said so.").isEmpty)
    }

    /// Words that are no part of a name: an adverb in -ly opening the sentence (`Recently Fakhrul warned`), a verb of
    /// speech ending a title-case headline (`…, Sani Claims`), an election after a title (`the General Election`), a
    /// radio station's `FM`, a nationality in the plural (`Sri Lankans`), the Irish police's `Garda` and a collective
    /// noun speaking (`Staff said`).
    @Test func wordsAroundNamesThatAreNoPartOfThem() {
        #expect(texts("Recently Fakhrul Alamgir warned his party men of facing arrest.") == ["Fakhrul Alamgir"])
        #expect(
            texts("Governors Can’t Sleep While Their States Are In Flames, Sani Claims\n\nSenator Shehu Sani said it.")
                == ["Sani", "Shehu Sani"])
        #expect(texts("He intends to contest the upcoming General Election.").isEmpty)
        #expect(texts("Speaking on Joy FM’s Personality Profile, he said it was done.").isEmpty)
        #expect(texts("About 400,000 Sri Lankans have lost their jobs.").isEmpty)
        #expect(texts("He asked for Garda notes on the arrest.").isEmpty)
        // (a collective noun opening the sentence before a verb of speech: `Staff` is a family name too)
        #expect(texts("She called the surgery. Staff said she could wait.").isEmpty)
    }

    /// Evidence from world copy: `told Rainbow Radio’s Fiifi Ankomah that` (the one told is a person; not a programme,
    /// `told World Business Report that`), `Kogi West, Sunday Karimi, has urged` (a day of the week as a given name
    /// set off by commas), `Nauser Dalal, a resident of Lloyd Estate,` (a housing estate is a place, so the
    /// apposition's role is the name's before it) and `Kwame Asante Limited` (a firm).
    @Test func evidenceFromWorldCopy() {
        #expect(texts("Constituents told Rainbow Radio’s Fiifi Ankomah that the MP never visits.") == ["Fiifi Ankomah"])
        #expect(texts("Rachel Harvey told World Business Report that prices rose.") == ["Rachel Harvey"])
        #expect(texts("The senator representing Kogi West, Sunday Karimi, has urged calm.") == ["Sunday Karimi"])
        #expect(texts("The match is on Saturday, Sunday Times readers said.").isEmpty)
        #expect(texts("Nauser Dalal, a resident of Lloyd Estate, complained.") == ["Nauser Dalal"])
        #expect(texts("The bank told Kwame Asante Limited that it was over.").isEmpty)
    }

    /// A month or season that is a given name too (`June Sarpong`, `April Ryan`, `Summer Daniels`) opens a name before a
    /// family name, but not after a word that makes it a time (`In May Britain voted`, `Since June Smith has …`).
    @Test func monthsAndSeasonsAsGivenNames() {
        #expect(texts("June Sarpong said it was cold.") == ["June Sarpong"])
        #expect(texts("April Ryan, 54, a reporter, agreed.") == ["April Ryan"])
        #expect(texts("The head teacher, Summer Daniels, said so.") == ["Summer Daniels"])
        #expect(texts("In May Britain voted to leave.").isEmpty)
        #expect(!texts("Between April and June Jones said nothing.").contains("June Jones"))
        #expect(!texts("Since June Smith has worked here.").contains("June Smith"))
        #expect(texts("The August Bank Holiday came.").isEmpty)
    }

    /// Gulf court reports name defendants by their initials: `the 33-year-old Iranian, A.A.,`, `28-year-old R.G.`,
    /// `argued A.A.`, and later mentions join them by all their letters (`M.I.` is not `M.R.`); `U.S.` and `a.m.` stay
    /// no one, and `J.K. Rowling` keeps her initials.
    @Test func initialsAloneNameADefendant() {
        let found = people(
            "In February, the 33-year-old Iranian, A.A., used the fake dollars. Co-defendants 35-year-old M.R. and "
                + "27-year-old M.I. helped A.A. buy goods. Thereafter the judge allowed A.A. to speak. He moved to "
                + "the U.S. at 9 a.m. on Monday. J.K. Rowling said so.")
        #expect(found.map(\.0) == ["A.A.", "M.R.", "M.I.", "A.A.", "A.A.", "J.K. Rowling"])
        #expect(found.map(\.1) == ["A.A.", "M.R.", "M.I.", "A.A.", "A.A.", "J.K. Rowling"])
    }

    /// `Senator Antonio Trillanes 4th dismissed reports`: Philippine papers write a generational suffix as an ordinal;
    /// after a full name and before a lower-case word it is part of the name, left out of its key (`Trillanes` joins
    /// him). Not in a race's order (`Hamilton 4th in the race`) nor a date.
    @Test func anOrdinalAfterAFullNameIsItsSuffix() {
        let found = people(
            "Senator Antonio Trillanes 4th dismissed reports. Trillanes said so. Lewis Hamilton 4th in the race was slow."
        )
        #expect(found.map(\.0) == ["Antonio Trillanes 4th", "Trillanes", "Lewis Hamilton"])
        #expect(found.map(\.1) == ["Antonio Trillanes 4th", "Antonio Trillanes 4th", "Lewis Hamilton"])
    }

    /// `place_names`: a town of two words or more that reads like a person's name (`Newton Aycliffe`, `Sion Mills`) is
    /// blocked as a gazetteer's place is, unless a title or role introduces the name.
    @Test func placeNamesOfTwoWordsAreNoOne() {
        let finder = PersonFinder(
            lexicon: NameLexicon(
                firstNames: ["Newton", "Sion"], surnames: ["Aycliffe", "Mills"],
                placeNameKeys: NameLexicon.placeNameKeys(fromList: "Newton Aycliffe\nSion Mills")))
        #expect(people("It makes garden products in Newton Aycliffe, near Durham.", finder: finder).isEmpty)
        #expect(people("The Sion Mills protest went ahead, Jane Roe said.", finder: finder).map(\.0) == ["Jane Roe"])
        #expect(people("Councillor Sion Mills said it went ahead.", finder: finder).map(\.0) == ["Sion Mills"])
        // (without the list, the town reads as a person)
        let withoutPlaces = PersonFinder(
            lexicon: NameLexicon(firstNames: ["Newton", "Sion"], surnames: ["Aycliffe", "Mills"]))
        #expect(
            people("It makes garden products in Newton Aycliffe, near Durham.", finder: withoutPlaces).map(\.0)
                == ["Newton Aycliffe"])
    }

    /// American local offices are titles and roles like any other: `County Supervisor`, `State Trooper`, `Town
    /// Clerk`, `Selectwoman`, `Freeholder`, `Undersheriff` introduce the name after them.
    @Test func americanLocalOfficesIntroduceNames() {
        let found = people(
            "Los Angeles County Supervisor Mark Ridley-Thomas voted no. State Trooper Kyle Dunn closed the road. "
                + "Town Clerk Mary Lamb agreed, as did Selectwoman Ann Pike and Undersheriff Jo Ames.")
        #expect(found.map(\.0) == ["Mark Ridley-Thomas", "Kyle Dunn", "Mary Lamb", "Ann Pike", "Jo Ames"])
    }

    /// Offices written with hyphens (`Deputy Patron-in-Chief`, `Auditor-General`) and the `Mayoress` are titles too.
    @Test func hyphenatedOfficesAreTitles() {
        #expect(
            texts("KCCI Deputy Patron-in-Chief Zubair Chhaya led a delegation. Auditor-General Amos Kato spoke.")
                == ["Zubair Chhaya", "Amos Kato"])
        #expect(texts("Former Mayoress Jean Broadley said it was fun.") == ["Jean Broadley"])
    }

    /// `Tengku Zafrul Aziz has said`: a name of three words or more, with a known given or family name and no ordinary,
    /// place or organisation word, takes `has`/`had` before its speech verb; a firm's words (`Air Deccan has said`,
    /// `Lloyds Banking Group has said`) do not.
    @Test func aLongNameTakesAnAuxiliaryBeforeItsVerb() {
        #expect(texts("Tengku Zafrul Aziz has said it is his job.") == ["Tengku Zafrul Aziz"])
        #expect(texts("Ahmad Zahid Hamidi has said it is his job.") == ["Ahmad Zahid Hamidi"])
        #expect(texts("Lloyds Banking Group has said profits rose.").isEmpty)
        #expect(texts("Air Deccan has said fares will rise.").isEmpty)
    }

    /// A list a lower-case plural role noun opens names people, however few of them the lists know (`former
    /// presidents Masood Naqi, Johar Qandhari and Ehtisham Uddin`); so does a list closed by `and others` whose items
    /// are half people by other evidence.
    @Test func listsOpenedByAPluralRoleOrClosedByOthers() {
        #expect(
            texts("He met former presidents Masood Naqi, Johar Qandhari and Ehtisham Uddin.")
                == ["Masood Naqi", "Johar Qandhari", "Ehtisham Uddin"])
        #expect(
            texts("Guests: Dr Masood Naqi, Johar Qandhari, Mr Ehtisham Uddin, Farukh Mazhar and others.")
                == ["Masood Naqi", "Johar Qandhari", "Ehtisham Uddin", "Farukh Mazhar"])
        // (without the plural role, one person in three is no list of people)
        #expect(texts("He met Dr Masood Naqi, Johar Qandhari and Ehtisham Uddin.") == ["Masood Naqi"])
    }

    /// `said Stormont has been "hamstrung"`, `says Exeem cannot prevent`: a name right after a cue and before a finite
    /// verb is the subject of the clause the cue reports, no evidence of a person unless a word of it is a known name
    /// (`said Elvis could score`).
    @Test func theSubjectOfAReportedClauseIsNoSpeaker() {
        #expect(texts("Caitriona Ruane said Stormont has been hamstrung by the parties.") == ["Caitriona Ruane"])
        #expect(texts("The researcher says Exeem cannot prevent pollution.").isEmpty)
        #expect(texts("Chart analysts say Elvis could score the 1000th number one.") == ["Elvis"])
        #expect(texts("\"It works,\" said Exeem in a statement.") == ["Exeem"])
    }

    /// `Mr Monday Kuryas`: a weekday right after a courtesy title opens the name (West African given names); after
    /// any other word it stays a time.
    @Test func aWeekdayAfterACourtesyTitleIsAGivenName() {
        #expect(texts("Mr Monday Kuryas, the State Police commissioner, spoke.") == ["Monday Kuryas"])
        #expect(!texts("Police said on Monday Kuryas was held.").contains("Monday Kuryas"))
    }

    /// `Airick Leonard West`: a place word closing a three-word name whose middle word is a given name is the family
    /// name, with the same evidence two-word names need (a role before it); the family name alone then follows the
    /// person as a speech verb's subject, but not after an article (`the West said`).
    @Test func aPlaceWordClosingAThreeWordName() {
        #expect(
            texts("School board president Airick Leonard West said the vote was close. West said he was glad.")
                == ["Airick Leonard West", "West"])
        #expect(texts("Relations with the West said little.").isEmpty)
    }

    /// `Lane Kiffin`, `Forest Whitaker`: a place's word that is a given name too opens a two-word name when a role, a
    /// speech verb, an apposition or a later mention of the family name says it is a person; alone before a place's
    /// name it stays a place (`Forest Gate`), and a traffic circle is a place's word (`Maxwell Circle`).
    @Test func aPlacesWordThatIsAGivenNameOpensANameWithEvidence() {
        #expect(
            texts("The head coach, Lane Whitcombe, was pleased. Whitcombe said it went well.")
                == ["Lane Whitcombe", "Whitcombe"])
        #expect(texts("Trains to Forest Gate were cancelled.").isEmpty)
        #expect(texts("The junction at Maxwell Circle was closed.").isEmpty)
    }

    /// `Sarki` (a Hausa emir's title) and `Togbe` (an Ewe chief's) are titles, outside the name.
    @Test func westAfricanChiefsTitlesStayOutOfTheName() {
        #expect(texts("The council chairman, Sarki Musa Danjuma Bello, spoke.") == ["Musa Danjuma Bello"])
        #expect(texts("Togbe Afede Kwadzo addressed the durbar.") == ["Afede Kwadzo"])
    }

    /// `the second Test`, `the IND vs SL Test series`: a cricket Test is a match (an organisation's or event's word,
    /// as `Open` and `Cup` are); `Adv` (an advocate) is an honorific.
    @Test func aCricketTestIsNoPersonAndAdvIsATitle() {
        #expect(texts("Sri Lanka lost the IND vs SL Test series and the second Test.").isEmpty)
        #expect(texts("Adv Martin Dinha said the Government was right.") == ["Martin Dinha"])
    }

    /// `NHS Tayside said`: one word no name list knows right after an organisation's acronym is the body's branch;
    /// a listed family name there stays a person's (`DUP Foster said`).
    @Test func aWordAfterABodysAcronymIsItsBranch() {
        func found(_ text: String, blocked: [Range<Int>]) -> [String] {
            var copy = text
            let bytes = Array(text.utf8)
            return copy.withUTF8 { shippedFinder.mentions(in: $0, blocked: blocked) }.map {
                String(decoding: bytes[$0.range], as: UTF8.self)
            }
        }
        // (the entities stage names `NHS` and `DUP` organisations: the blocked spans)
        #expect(found("NHS Tayside said waiting times had improved.", blocked: [0..<3]).isEmpty)
        #expect(found("DUP Foster said the plan was wrong.", blocked: [0..<3]) == ["Foster"])
    }
}
