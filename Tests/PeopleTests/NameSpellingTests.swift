import People
import Testing

/// How names are written: apostrophes the name lists leave out, middle initials without full stops, the full stop of a
/// title, a couple whose first partner the article also names alone.
@Suite struct NameSpellingTests {
    /// The Census lists spell `O'Sullivan` as `Osullivan`: a capital, an apostrophe and a capital are looked up without
    /// the apostrophe, so the family name is known; contractions (`I'm`) are not names.
    @Test func apostropheInAFamilyName() {
        #expect(texts("The leader heaped pressure on Noirin O'Sullivan over the protest.") == ["Noirin O'Sullivan"])
        #expect(texts("The leader heaped pressure on Noirin O’Sullivan over the protest.") == ["Noirin O’Sullivan"])
        #expect(texts("He apologised, joking: \"Unfortunately I'm stuck in LA.\"").isEmpty)
    }

    /// A family name spelt one letter off in the same article (`Sotashe` after `Xolani Sotatshe`, `Padraig Coneely`
    /// beside `Padraig Conneely`) is that person, also where the other spelling has no evidence of its own; not a
    /// letter added at the end (`Malone`, `Maloney`), a short name (`Clark`, `Clarke`) or a given name alone.
    @Test func aFamilyNameSpeltTwoWays() {
        let found = people(
            "Xolani Sotatshe, the leader, spoke. \"No,\" Sotashe said. Sotashe and Khaya Yozi left. Padraig "
                + "Conneely said yes. Mayor Padraig Coneely said no.")
        #expect(
            found.map(\.1) == [
                "Xolani Sotatshe", "Xolani Sotatshe", "Xolani Sotatshe", "Khaya Yozi", "Padraig Conneely",
                "Padraig Conneely",
            ])
        let others = people(
            "Shaun Maloney scored. Malone said it was fine. Greg Clark said no. Clarke said yes. Richie Byrne ran. "
                + "Ritchie said so.")
        #expect(others.map(\.1) == ["Shaun Maloney", "Malone", "Greg Clark", "Clarke", "Richie Byrne", "Ritchie"])
    }

    /// Words are keyed with Latin-1 capitals folded as ASCII ones are: a name set in capitals with an accented letter
    /// (`SEÁN`, `JOSÉ`) is the name the lists spell in small letters, and it is written as names are.
    @Test func accentedCapitalsFoldLikeAsciiOnes() {
        #expect(foldedHash("SEÁN") == foldedHash("seán"))
        #expect(foldedHash("ÉIRE") == foldedHash("éire"))
        #expect(foldedHash("a×b") != foldedHash("a÷b"))
        let found = people("JOSÉ MARTÍNEZ said the plan would work.")
        #expect(found.map(\.1) == ["José Martínez"])
    }

    /// One word inside a longer name (neither its first nor its last) is that person when no one else has it there:
    /// Malay copy writes `Sanusi` after `Muhammad Sanusi Md Nor`, with or without a title.
    @Test func aWordInsideALongerNameIsThatPerson() {
        let found = people("Datuk Seri Muhammad Sanuri Md Nasir was charged. Sanuri said he would fight it.")
        #expect(found.map(\.1) == ["Muhammad Sanuri Md Nasir", "Muhammad Sanuri Md Nasir"])
    }

    /// A given name and its short form with one family name are one person (`Tom Mayhew` after `Thomas Mayhew`), named
    /// by the full form whichever comes first, and the short form alone still finds them; other given names do not
    /// (`Tim Mayhew` is someone else).
    @Test func aGivenNameAndItsShortFormAreOnePerson() {
        let found = people("Steve Gerrard scored. Steven Gerrard is the captain. Steve said so. Tim Gerrard watched.")
        #expect(found.map(\.1) == ["Steven Gerrard", "Steven Gerrard", "Steven Gerrard", "Tim Gerrard"])
    }

    /// `David TC Davies`: two capitals between a known given name and a name word are initials, not an acronym.
    @Test func middleInitialsWithoutFullStops() {
        #expect(texts("Conservative David TC Davies, Jo Stevens and others debated.").first == "David TC Davies")
        #expect(!texts("Chelsea FC Women won the cup.").contains("Chelsea FC Women"))
    }

    /// Only a title written short takes the full stop after it (`Gov. Kim Reynolds`); after a whole word the full stop
    /// ends the sentence, and the next word is no titled name.
    @Test func fullStopAfterAWholeTitleEndsTheSentence() {
        #expect(texts("They misuse the name of the President. Nairobi is bigger than any of them.").isEmpty)
        #expect(texts("Gov. Kim Reynolds spoke on Monday.") == ["Kim Reynolds"])
        #expect(texts("It was Sen. Warren who spoke.") == ["Warren"])
    }

    /// `Laura and Lee Shaw … said Laura`: when the finder already took the first partner's given name alone, that
    /// person's canonical name takes the couple's family name.
    @Test func coupleWhoseFirstPartnerIsNamedAloneLater() {
        let found = people("Laura and Lee Shaw said the water had risen. \"It has almost filled,\" said Laura.")
        #expect(found.filter { $0.0 == "Laura" }.map(\.1) == ["Laura Shaw", "Laura Shaw"])
    }

    /// `Fellow Ulster Unionist Mary Hamilton`: an ordinary word opening a sequence, then words no list knows, then a
    /// given name and a family name: the name starts at the given name (not before a function word or a common one:
    /// `Burn Tyres To Wade Off Criminals`).
    @Test func descriptionRunBeforeAGivenName() {
        #expect(texts("Fellow Ulster Unionist Mary Hamilton, who refused, said no.") == ["Mary Hamilton"])
        #expect(!texts("Turn Vigilantes, Burn Tyres To Wade Off Criminals").contains("Wade Off Criminals"))
    }

    /// `Dogged Federer` beside `Roger Federer`: an ordinary word before a family name that a full name in the text ends
    /// with describes that person; after a title it is the given name (`Cllr Euros Davies`).
    @Test func ordinaryWordBeforeTheFamilyNameOfANamedPerson() {
        let found = people("Dogged Federer claims Dubai crown\n\nWorld number one Roger Federer won on Sunday.")
        #expect(found.first.map { [$0.0, $0.1] } == ["Federer", "Roger Federer"])
        #expect(texts("Cllr Euros Davies asked. Bryan Davies replied.").contains("Euros Davies"))
        // `Marine` is a given name in the lists too: after a description (`former Royal`) it is one, when the full
        // name has another given name
        let marine = people("Leader Keith Brown spoke. Later former Royal Marine Brown struck out at the party.")
        #expect(marine.map { [$0.0, $0.1] } == [["Keith Brown", "Keith Brown"], ["Brown", "Keith Brown"]])
        #expect(texts("Leader Keith Brown spoke. Later Marine Brown, his sister, struck out.").contains("Marine Brown"))
    }

    /// British street words (`Cromlech Close`, `Ashburton Grove`) end places, though `Close` is a family name after a
    /// given name (`Glenn Close`); a title word alone after an honorific and an article is an office (`the Lord
    /// Provost`), not a person called Provost.
    @Test func streetWordsAndOfficesAreNoPeople() {
        #expect(texts("Residents of Cromlech Close and Ashburton Grove were angry.").isEmpty)
        #expect(texts("Glenn Close said it was fine.") == ["Glenn Close"])
        #expect(texts("Addressing the Lord Provost, Cllr McAveety said no.") == ["McAveety"])
        #expect(texts("Lord Provost Bob Winter left.") == ["Bob Winter"])
    }

    /// `The owner of Down South Towing Greg Muller said`: a body's name run into a person's; the person is the known
    /// given name and the family name after it, or two or more name words no list knows otherwise (not when every
    /// word before could be a name: `Martin Luther King`).
    @Test func aBodysNameRunIntoAPersons() {
        #expect(texts("The owner of Down South Towing Greg Muller said he was first.") == ["Greg Muller"])
        #expect(texts("The owner of Acme Towing Greg Muller said he was first.") == ["Greg Muller"])
        // a three-word name no family-name list holds, after a constituency (West African copy)
        #expect(
            texts("The MP for Adentan Constituency Mohammed Adamu Ramadan has threatened to resign.") == [
                "Mohammed Adamu Ramadan"
            ])
        #expect(texts("Martin Luther King spoke in 1963.") == ["Martin Luther King"])
    }
}
