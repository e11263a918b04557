/// The rules that make a candidate a person, one function per ``PersonRule``, and the negative evidence that vetoes
/// them. Each rule looks only at the words of the candidate and a few words around it, so the whole pass is linear.
struct Evidence {
    let words: [Word]
    let blocked: [Range<Int>]
    /// Index into `blocked` of the first range that may still overlap a later candidate.
    var blockedCursor = 0
    /// The last accepted candidate and its rule, for coordination (`Kostas Kenteris and Katerina Thanou`).
    var lastAccepted: (last: Int, rule: PersonRule)?

    static let and = foldedHash("and"), or = foldedHash("or"), of = foldedHash("of"), bill = foldedHash("bill")
    static let aged = foldedHash("aged"), years = foldedHash("years"), jan = foldedHash("jan")
    static let the = foldedHash("the"), a = foldedHash("a"), an = foldedHash("an")
    static let among = foldedHash("among"), others = foldedHash("others")
    static let forWord = foldedHash("for"), at = foldedHash("at"), from = foldedHash("from"), inWord = foldedHash("in")
    /// Participles of speaking, and of counsel in a court report (`Ann Roe, prosecuting, said`), that open a clause
    /// between a name and its speech verb (``hasApposition(_:)``).
    static let speakingParticiples: Set<UInt64> = foldedHashes(
        """
        speaking writing responding addressing commenting talking reacting answering testifying representing acting
        defending prosecuting mitigating
        """)
    /// Nouns of a party's member (`a Republican`, `a Tory`), and the words that may follow one in an apposition
    /// (``hasApposition(_:)``).
    static let partyMembers: Set<UInt64> = foldedHashes(
        "republican democrat conservative tory liberal socialist unionist nationalist independent")
    static let afterAPartyMember: Set<UInt64> = foldedHashes("from of who representing and")
    /// `Miss World`, `Miss Universe`, `Miss Teen USA`: after `Miss`, the words of a beauty pageant's title.
    static let miss = foldedHash("miss")
    static let pageantWords: Set<UInt64> = foldedHashes(
        "world universe earth international intercontinental supranational teen america usa")

    /// Whether word `k` is a pageant's word right after `Miss` (``pageantWords``).
    static func isPageantTitle(_ words: [Word], _ k: Int) -> Bool {
        k > 0 && words[k - 1].hash == miss && pageantWords.contains(words[k].hash)
    }
    /// Places that are given names as well (left out of the given-name list, where they mislead more than they help).
    static let placeGivenNames: Set<UInt64> = foldedHashes(
        """
        jordan paris georgia chelsea sydney austin dallas houston phoenix denver florence victoria virginia carolina
        dakota montana lincoln jackson madison camden india israel brooklyn savannah sierra aurora cheyenne orlando
        """)

    /// Words of places (a street's, a wood's) that are given names too (`Lane Kiffin`, `Forest Whitaker`), which the
    /// given-name lists leave out as ordinary words: opening a two-word name, one is the given name when the name has
    /// evidence of its own or coreference asks (``hasVetoWord(_:allowTime:coreferring:)``).
    static let placeWordGivenNames: Set<UInt64> = foldedHashes("lane forest")

    /// Words that are items of a team line-up (``lineupItems(_:)``).
    let listed: [Bool]
    /// Words the document treats as organisations (``OrganisationSignals``).
    let organisations: OrganisationSignals

    /// The first line, when it is a headline in title case (``HeadlineNames/titleCaseHeadline(_:)``).
    let titleCaseHeadline: Range<Int>?
    /// The place a dateline opening the body names (``datelinePlace(_:)``), by folded hash.
    let datelinePlace: UInt64?

    init(words: [Word], blocked: [Range<Int>]) {
        self.words = words
        self.blocked = blocked
        self.titleCaseHeadline = HeadlineNames.titleCaseHeadline(words)
        self.datelinePlace = Self.datelinePlace(words)
        self.listed = lineupItems(words)
        self.organisations = OrganisationSignals(words)
    }

    /// The strongest rule that makes the candidate a person, or nil. Candidates must be asked in text order.
    mutating func rule(for c: NameCandidate) -> PersonRule? {
        let found = evidence(for: c)
        if let found { lastAccepted = (c.last, found) }
        return found
    }

    private mutating func evidence(for c: NameCandidate) -> PersonRule? {
        // `Deputy Ministers appear`, `ten Sheriff Courts`, `Garda Stations`, `Sri Lankans`, `Fine Gael Ministers`,
        // `Junior Ministers`: a name ending in the plural of a title, a role, a place, an organisation word or a
        // nationality is no one (no surname is such a plural unless a list knows it: `Chambers`, `Sheriffs`)
        // (unless a role word introduces a given name and the plural: `Panthers freshman Destiny Villas`; not a
        // place's name that a gazetteer knows, `public broadcaster France Televisions`)
        let lastWord = words[c.last]
        if lastWord.pluralS,
            !lastWord.singularClasses.isDisjoint(with: [.title, .role, .place, .organisation, .nationality]),
            lastWord.classes.isDisjoint(with: [.firstName, .surname]),
            !((c.roleBefore || followsRoleNoun(c)) && c.nameWords == 2 && words[c.first].classes.contains(.firstName)
                && words[c.first].classes.isDisjoint(with: [.place, .organisation, .nationality])
                && !isFirstWordBlocked(c))
        {
            return nil
        }
        // (`Jean Knapp with Moms Demand Action said`, `Veterans For Peace`: no name opens with the plural of a noun of
        // persons or a role; such a run names a group)
        if c.nameWords >= 2, words[c.first].namesAGroupOfPeople,
            words[c.first].classes.isDisjoint(with: [.firstName, .surname])
        {
            return nil
        }
        // (`the mayor's COVID-19 rule`, `K-9 unit`: a capitalised word with a digit is a code, no name's word - but
        // an ordinal written as a generational suffix, `Antonio Trillanes 4th`)
        if holdsACode(c) { return nil }
        // (`the only time Sierra Leonean enjoyed peace`, `a Costa Rican said`: the second word of a country's
        // two-word demonym closes no name)
        if c.nameWords >= 2, Self.demonymTails.contains(lastWord.hash) { return nil }
        if namesAPlace(c) || followsANumber(c) || namesAVenue(c) || namesASeat(c) || namesAFirm(c)
            || namesTheEmployerOfAGroup(c)
        {
            return nil
        }
        // (`CHARLOTTE, N.C. —` … `Charlotte broke the rules`: the dateline's place written alone is that place; a
        // person of that name is kept by coreference with a fuller name, ``mayCorefer(_:)``)
        if c.nameWords == 1, !c.titled, let place = datelinePlace, words[c.first].hash == place { return nil }
        // `St. Kitts`, `St Helens`: `St` before a word no list knows as a given name opens a place's name (a family
        // name in `St` follows a given name, `Ian St John`, which clears the prefix's classes)
        if !c.titled, isSaintPrefix(words[c.first]), c.first < c.last,
            !words[c.first + 1].classes.contains(.firstName)
        {
            return nil
        }
        if namesAnOfficesPlace(c) { return nil }
        if namesABodysBranch(c) { return nil }
        // `'Deeply Corrupt' Sheldon Silver Sentenced to 7 Years`: in a title-case headline a capitalised past form
        // ending the run is the headline's verb; the name in it comes from the body (``HeadlineNames``)
        if c.nameWords >= 2, titleCaseHeadline?.contains(c.last) ?? false, lastWord.endsInEd,
            lastWord.classes.isDisjoint(with: [.firstName, .surname])
        {
            return nil
        }
        // (`Wet Wet Wet`, `Talk Talk`: one ordinary word written again and again names a band or a work, not a person)
        if c.nameWords >= 2, lastWord.classes.contains(.common),
            lastWord.classes.isDisjoint(with: [.firstName, .surname]),
            (c.first..<c.last).allSatisfy({ words[$0].hash == lastWord.hash })
        {
            return nil
        }
        if isStreetAfterAPlaceWord(c) || namesANumberedDivision(c) { return nil }
        // (`the Martin Luther King Jr. holiday`: a generational suffix alone after a title word is no name)
        if (c.first...c.last).allSatisfy({ words[$0].suffix }) { return nil }
        if isRomanisedEastAsianName(c) { return c.titled ? .title : .givenName }
        // (`Minister at the Department of Health Mary Lee`: a body's pattern that runs on into a full name after the
        // body's name does not hide the holder - unless a name of its own starts at the candidate, `Merrill Lynch`)
        let insideBlocked = isBlocked(c) && !(followsABodysName(c) && !blockedNameStarts(atWord: c.first))
        // `The Fine Gael Mayor believes`: a title after the end of an organisation's name, the candidate starting
        // inside that name (`Gael Mayor`), is the body's office, no one's name
        if !c.titled, words[c.last].classes.contains(.title), continuesABlockedName(c) { return nil }
        // `Georgia Governor comments on …`, `Texas Senator`: an office no family name spells closing the name is the
        // office of the place or body before it, however name-like that word (`Georgia`, `Virginia`)
        if c.nameWords >= 2, !c.titled, Self.officesOfAPlace.contains(words[c.last].hash),
            words[c.last].classes.isDisjoint(with: [.firstName, .surname])
        {
            return nil
        }
        let bareTitle = isBareTitle(c)
        // `U.S. Secretary`, `Senate President Pro Tempore`: a name ending in a title is one only when it opens with a
        // given name (`John Major`) or the article confirms it elsewhere (`Mervyn King` … `Mr King`, by coreference)
        // (`Junior Minister`: a given name that is also an ordinary word opens no name before a title)
        let end = words[c.last].classes
        let opening = words[c.first].classes
        // (a courtesy title - `Mr`, `Miss`, `Dr`; not a peer's, `Earl`, `Lord`, which are family names too: `Danny
        // Earl` - never ends one, whatever opens it: `Ole Miss` is a university)
        let endsInTitle =
            c.nameWords >= 2 && !end.isDisjoint(with: [.title, .honorific])
            && end.isDisjoint(with: [.firstName, .surname])
            && (!opening.contains(.firstName) || opening.contains(.common)
                || Coreference.courtesyTitles.contains(lastWord.hash))
        // (not when a gazetteer name covers the title too: `Sri Lanka` is no `Sri` + name)
        // (`Brooklyn Chamber of Commerce President Carlo Scissura`: an organisation's name covering the title too is
        // its office, when a given name and a family name follow)
        // (nor when the name opens an organisation's: `Garda National Drugs and Organised Crime Bureau`)
        // (in a title-case headline every word after a title is capitalised, the headline's verb and nouns too:
        // `The Sheriff Says He Won't Attend`, `Gov. Walz Makes Business Pitch`; there a titled name has name-like
        // words after its first (`Mr Evidence Makgopa`), and the body's names are found in the headline by
        // ``HeadlineNames``)
        // (nor a first word that is a verb's present form, an ordinary word with an `s` no list gives a person:
        // `Communications Minister Cuts Sod for School Projects`)
        let opensWithAVerb =
            words[c.first].pluralS && words[c.first].singularClasses.contains(.common)
            && words[c.first].classes.isDisjoint(with: [.firstName, .surname])
        let runOnInHeadline =
            titleCaseHeadline?.contains(c.last) ?? false
            && (opensWithAVerb
                || !((c.first == c.last ? c.first : c.first + 1)...c.last).allSatisfy {
                    !words[$0].capital || Self.isNameLike(words[$0])
                })
        // (`Honourable Mentions went to …`: one plural of an ordinary word after a title is no family name)
        let pluralNoun =
            c.nameWords == 1 && lastWord.pluralS && lastWord.singularClasses.contains(.common)
            && lastWord.classes.isDisjoint(with: [.firstName, .surname])
        if namesAPlaceAfterARoyalOrSaint(c) { return nil }
        if (c.titled || followsPluralTitle(c)) && !bareTitle && !endsInTitle && !pluralNoun
            && !hasVetoWord(c, allowTime: true)
            && !opensAnOrganisationName(c) && !runOnInHeadline
            && !(insideBlocked && titleIsBlockedToo(c)
                && !(c.nameWords >= 2 && words[c.first].classes.contains(.firstName)))
        {
            return .title
        }
        if let initials = initialsOnlyName(c) { return initials }
        if !insideBlocked, isAgedFullNameWithAPlaceWord(c) { return .apposition }
        if insideBlocked || hasVetoWord(c, allowTime: c.nameWords >= 2) || !looksLikeName(c)
            || endsAnOrganisationName(c) || isTownOfAnAddress(c) || isHometownAfterAnAge(c) || endsInARoleNoun(c)
            || opensAnOrganisationName(c)
        {
            return nil
        }
        if (c.first...c.last).allSatisfy({ listed[$0] || !words[$0].capital }) { return .lineup }
        if bareTitle || isOrganisation(c) || endsInAGazetteerName(c) { return nil }
        // `the Idaho Republican said`, `a Harlow spokesman`: after an article the words describe; a person named this
        // way (`the Blair government`) is still found by coreference with the name written elsewhere
        // (not the body's article when a full name runs on after the body's name: `the leader of the Liberal
        // Democrats David Faulkner`, ``NameCandidate`` reads the body as the holder's affiliation)
        if followsArticle(c), !followsABodysName(c) {
            return namesAGovernment(c) || isFullNameAsModifier(c) ? .familyName : nil
        }
        if c.nameWords == 1 && !isPlausibleSingleName(c) { return nil }
        // (not in a title-case headline, where every word after the role is capitalised: `Lobbyist Roe Sentenced To
        // Four Months`; its names come from the body, ``HeadlineNames``)
        // (a nationality alone introduces no name made only of ordinary words: `the oldest American World War II
        // veteran`, `the American Civil War`)
        let describedByNationality =
            c.roleBefore && c.nameWords >= 2
            && (c.first...c.last).contains(where: { !words[$0].suffix && Self.isNameLike(words[$0]) })
        if followsRoleNoun(c) || describedByNationality || followsATitlesBracket(c),
            !(titleCaseHeadline?.contains(c.first) ?? false)
        {
            return .role
        }
        if isSpeaker(c) { return .speechVerb }
        if isIdentifiedAs(c) || isToldThat(c) { return .predicate }
        if hasApposition(c) || words[c.last].partyTagFollows { return .apposition }
        if hasPersonPredicate(c) || isUnlistedNameActing(c) || isMonthGivenNameActing(c) { return .predicate }
        if isByline(c) || isCredit(c) { return .byline }
        // (the same for weaker evidence; stronger evidence above, `governor Mervyn King`, `Oona King said`, counts)
        if endsInTitle { return nil }
        // (`Betsi Cadwaladr officials` beside `Betsi Cadwaladr University Health Board`: the lists' evidence is none
        // for a name the document writes opening an institution's, where it modifies a noun or a `which` follows)
        if c.nameWords == 2, organisations.isInstitutionPrefix(words[c.first].hash, words[c.last].hash),
            modifiesANounOrTakesWhich(c)
        {
            return nil
        }
        if c.nameWords >= 2 && startsWithGivenName(c) { return .givenName }
        // (`Jordan Watkins Jr.`: a generational suffix closing the name leaves a family name before it, read as the
        // last word of the name without it)
        let unsuffixed = c.nameWords == 3 && words[c.last].suffix ? withoutTheSuffix(c) : c
        if (unsuffixed.nameWords == 2 || initialsBeforeTheLastWord(c)) && !namesAThingAfterAnArticle(unsuffixed)
            && endsWithFamilyName(unsuffixed)
        {
            return .familyName
        }
        if let coordinated = coordinatedRule(c) { return coordinated }
        if isListedRelative(c) { return .role }
        // `talks between Yassir Arafat and Mr Peres`: a full name joined to a titled name that follows
        if c.nameWords >= 2, c.last + 2 < words.count, words[c.last + 1].joinedToPrevious,
            words[c.last + 1].hash == Self.and || words[c.last + 1].hash == Self.or, words[c.last + 2].joinedToPrevious,
            words[c.last + 2].capital, !words[c.last + 2].classes.isDisjoint(with: [.honorific, .title])
        {
            return .title
        }
        return nil
    }

    /// `Queen Mary's College`, `King Arthur's Way`, `St Thomas' Hospital`: a royal's or a saint's title, a name in the
    /// possessive and a capitalised place's or body's word name the place or the body after the royal or the saint,
    /// not a person the story speaks of.
    func namesAPlaceAfterARoyalOrSaint(_ c: NameCandidate) -> Bool {
        guard c.titled, c.first > 0, words[c.last].possessive, c.last + 1 < words.count else { return false }
        let title = words[c.first - 1]
        let next = words[c.last + 1]
        return (Self.royalTitles.contains(title.hash) || isSaintPrefix(title) || title.hash == Self.saint)
            && next.joinedToPrevious && next.capital && !next.classes.isDisjoint(with: [.organisation, .place])
    }

    /// `Leung Chun-ying`, `President Park Geun-hye`, `Carrie Lam Cheng Yuet-ngor`: a family name (a capitalised word
    /// of two to seven letters that is no ordinary word, title, role or organisation word; a place word may be one:
    /// `Park`) and a romanised given name (``Word/romanisedGivenName``) ending the sequence. The shape is the evidence,
    /// so gazetteers that hold the family name (`Park`, `Hong`) do not veto it.
    func isRomanisedEastAsianName(_ c: NameCandidate) -> Bool {
        guard c.nameWords >= 2, c.nameWords <= 4, words[c.last].romanisedGivenName,
            // (words before the family name are names too, `Carrie Lam Cheng Yuet-ngor`, not a place or a body)
            (c.first..<(c.last - 1)).allSatisfy({ Self.isNameLike(words[$0], alsoNot: [.title, .role]) })
        else { return false }
        let family = words[c.last - 1]
        // (not a particle: `Al Jama-ah` opens a party's name)
        return family.capital && !family.allCaps && !family.possessive && words[c.last].joinedToPrevious
            && family.end - family.start >= 2 && family.end - family.start <= 7
            && family.classes.isDisjoint(with: [
                .common, .title, .role, .organisation, .function, .nationality, .particle,
            ])
    }

    /// Whether word `w` may be a name's: a known given or family name, or a word no list knows as an ordinary,
    /// function, place, organisation, nationality or time word (nor as any class of `alsoNot`).
    static func isNameLike(_ w: Word, alsoNot: WordClass = []) -> Bool {
        !w.classes.isDisjoint(with: [.firstName, .surname])
            || w.classes.isDisjoint(
                with: alsoNot.union([.common, .function, .place, .organisation, .nationality, .time]))
    }

    /// `Bank of England`, `Duke of Edinburgh`'s place part: a sequence right after `of` that follows a capitalised
    /// word belongs to that name.
    func endsAnOrganisationName(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard s >= 2, s == c.first, words[s].joinedToPrevious, words[s - 1].hash == Self.of,
            words[s - 1].joinedToPrevious
        else { return false }
        return words[s - 2].capital
    }

    /// `Wells Lifeboat Operations Manager`, `Met Office Chief Meteorologist`: a capitalised job title written out in
    /// full ends in a role noun; a name does not (unless the role noun is a family name too: `Guard`, `Driver`,
    /// `Amanda Champion` after a given name).
    func endsInARoleNoun(_ c: NameCandidate) -> Bool {
        let last = words[c.last].classes
        return c.nameWords >= 2 && last.contains(.role) && last.isDisjoint(with: [.surname, .firstName])
            && !words[c.first].classes.contains(.firstName)
    }

    /// `Kent Fire and Rescue Service`: a candidate before `and` and two or three capitalised words ending in an
    /// organisation word opens that organisation's name, unless a known name ends it (`Ann Lee and Acme Group`) or a
    /// title opens a name of three words no list knows as anything else (`Lt Gen Nadeem Ahmed Anjum and Inter-Services
    /// Public Relations (ISPR) DG …`: a body's name holds place and ordinary words, an officer's three names do not).
    func opensAnOrganisationName(_ c: NameCandidate) -> Bool {
        let and = c.last + 1
        guard and + 1 < words.count, words[and].hash == Self.and, words[and].joinedToPrevious,
            words[c.last].classes.isDisjoint(with: [.surname, .firstName]), !words[c.last].possessive,
            !(c.titled && c.nameWords >= 3
                && (c.first...c.last).allSatisfy({ Self.isNameLike(words[$0], alsoNot: [.title, .role]) }))
        else { return false }
        // (two words at least: `Kelli White and Olympic relay star Alvin Harrison` is two people)
        var k = and + 1
        while k < words.count && k <= and + 3 && words[k].joinedToPrevious && words[k].capital && !words[k].allCaps {
            if words[k].classes.contains(.organisation) && k > and + 1 { return true }
            // (`Richard Madeley and Judy Finnigan's Channel 4 show`: a possessive ends the other name)
            if words[k].possessive { return false }
            k += 1
        }
        return false
    }

    /// `two children, Ian and Amy`, `daughters Shellie, 33, and Natalie, 26`, `mother to James, Sally and Susanna`: a
    /// known given name alone in a list (commas, `and`, ages, other capitalised words) that a kinship noun opens, at
    /// most ten words back, in its sentence.
    func isListedRelative(_ c: NameCandidate) -> Bool {
        guard c.nameWords == 1, c.first == c.sequenceStart, words[c.first].classes.contains(.firstName) else {
            return false
        }
        var k = c.first - 1
        while k >= 0 && c.first - k <= 10 && !words[k + 1].gap.contains(.terminal)
            && !words[k + 1].gap.contains(.lineBreak)
        {
            let w = words[k]
            if !w.capital && (Self.kinNouns.contains(w.hash) || Self.familyPlurals.contains(w.hash)) {
                return true
            }
            // (`mother to James`: a kinship noun and `to`)
            if w.hash == Self.to, k >= 1, Self.kinNouns.contains(words[k - 1].hash) { return true }
            guard w.capital || w.hash == Self.and || w.firstByte >= 0x30 && w.firstByte <= 0x39 else { return false }
            k -= 1
        }
        return false
    }

    static let to = foldedHash("to")
    /// Plural kinship nouns that open a list of relatives (`two children, Ian and Amy`).
    static let familyPlurals: Set<UInt64> = Set(
        ["children", "sons", "daughters", "grandchildren", "brothers", "sisters", "twins", "kids", "siblings"].map {
            foldedHash($0)
        })

    /// `Colette Sims, 55, of Wordsworth Road, Colne, said`: one word after a street name and a comma is the town of
    /// an address, not a person (local papers write every speaker's street and town).
    func isTownOfAnAddress(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard c.nameWords == 1, s == c.first, s >= 2, words[s].gap == .comma, !words[s].classes.contains(.firstName)
        else { return false }
        let street = words[s - 1]
        return street.capital && street.classes.contains(.place) && words[s - 2].capital
            && words[s - 1].joinedToPrevious
    }

    /// `Megan, 22, from Stokes Croft added`, `a boy from Tunbridge Wells`, `the pair from Marden Cross`, `a 14-year-old
    /// from Kirkby`: the words after `from` that follows an age or a lower-case noun for people are where those people
    /// live, however name-like (`Stokes`, `Cross`) - local papers write every passer-by and defendant so. After people
    /// that are the object of `for` or `to`, `from` names a sender when a known given name opens the words (`a note for
    /// the boy from Marcus Rashford`); no possessive may end them (`a lawyer from Ann Lee's firm`).
    func isHometownAfterAnAge(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard s == c.first, s >= 2, words[s].joinedToPrevious, !words[s - 1].capital, words[s - 1].hash == Self.from
        else { return false }
        let before = words[s - 2]
        if words[s - 1].gap == .comma { return isASCIIDigit(before.firstByte) }
        guard words[s - 1].joinedToPrevious, !before.capital, !words[c.last].possessive,
            before.yearsOld || before.classes.contains(.personNoun) || before.singularClasses.contains(.personNoun)
                || Self.groupsOfPeople.contains(before.hash)
        else { return false }
        // (a known given name opening the words after people that are the object of `for` or `to` is who sent
        // something: `a note for the boy from Marcus Rashford`, `support for the family from Gary Lineker`)
        guard words[c.first].classes.contains(.firstName) else { return true }
        var j = s - 3
        while j >= 0 && j >= s - 5 && words[j + 1].joinedToPrevious && !words[j].capital {
            if Self.recipientPrepositions.contains(words[j].hash) { return false }
            j -= 1
        }
        return true
    }

    /// Prepositions before a recipient (``isHometownAfterAnAge(_:)``).
    static let recipientPrepositions: Set<UInt64> = foldedHashes("for to")

    /// Nouns for people together that the person nouns' list, of single persons, lacks.
    static let groupsOfPeople: Set<UInt64> = foldedHashes("pair couple family families trio people men women")

    /// A one-word name needs more than context when it is not a known name: not a plural (`Figures`), not an adverb
    /// (`Globally`), not an ordinary word opening a sentence or a headline (`Man admits …`, `Research suggests`), not
    /// what is left of a title after stripping (`About A Boy`), not the end of a compound name (`Culture, Media and
    /// Sport`).
    func isPlausibleSingleName(_ c: NameCandidate) -> Bool {
        let w = words[c.first]
        if w.classes.contains(.firstName) { return true }
        if c.first > c.sequenceStart { return false }
        if w.classes.contains(.surname) { return true }
        if w.pluralS || (w.end - w.start > 4 && w.endsInLy) { return false }
        // (`Man admits racist attack`, `Smile says it all`, `Burglar's uncle jailed`: an ordinary word no list knows
        // as a name, opening a sentence or a headline, is capitalised for its place, not as a name)
        if w.sentenceStart && w.classes.contains(.common) { return false }
        let s = c.sequenceStart
        if s >= 2, w.joinedToPrevious, words[s - 1].hash == Self.and, words[s - 2].capital { return false }
        return true
    }

    /// `sprinters Kostas Kenteris and Katerina Thanou`: a full name joined by `and`/`or` to a person found by a role,
    /// title or apposition shares that evidence; after a title a single name does too (`princes William and Harry`).
    func coordinatedRule(_ c: NameCandidate) -> PersonRule? {
        let s = c.sequenceStart
        guard s >= 2, let previous = lastAccepted, previous.last == s - 2, words[s].joinedToPrevious else { return nil }
        // one word is enough after a title (`princes William and Harry`); otherwise a full name is needed
        guard c.nameWords >= 2 || previous.rule == .title else { return nil }
        let conjunction = words[s - 1]
        guard conjunction.joinedToPrevious, conjunction.hash == Self.and || conjunction.hash == Self.or else {
            return nil
        }
        return [.role, .title, .apposition].contains(previous.rule) ? previous.rule : nil
    }

    /// Whether a word of the candidate holds a digit and is no generational suffix (`COVID-19`, `K-9`).
    func holdsACode(_ c: NameCandidate) -> Bool {
        (c.first...c.last).contains(where: { words[$0].containsDigit && !words[$0].suffix })
    }

    /// Whether a candidate with no evidence of its own may still be a short form of a person found elsewhere.
    func mayCorefer(_ c: NameCandidate) -> Bool {
        if isNationalityWordSpeaking(c) { return true }
        if namesAnOfficesPlace(c) || namesANumberedDivision(c) { return false }
        if holdsACode(c) { return false }
        return c.nameWords <= 3 && !hasVetoWord(c, allowTime: opensWithAMonthOrSeasonName(c), coreferring: true)
            && looksLikeName(c) && !isOrganisation(c)
    }

    /// `NHS Tayside said`, `BBC Scotland reported`: one word that no name list knows, right after an acronym a
    /// gazetteer names (an organisation's), is the body's region or branch, no one's name (`DUP Foster`, a listed
    /// family name, stays a person's).
    mutating func namesABodysBranch(_ c: NameCandidate) -> Bool {
        let k = c.first - 1
        guard c.nameWords == 1, !c.titled, k >= 0, words[c.first].joinedToPrevious, words[k].allCaps,
            words[k].end - words[k].start >= 2, words[c.first].classes.isDisjoint(with: [.firstName, .surname])
        else { return false }
        return isBlocked(
            NameCandidate(sequenceStart: k, first: k, last: k, titled: false, roleBefore: false, nameWords: 1))
    }

    /// `the new Mayor of Kilkenny`, `a former Bishop of Durham`: one or two words after a capitalised title and `of`
    /// are the office's place or see, no one's name (a holder named after them is found inside the run: `Mayor of
    /// London Sadiq Khan`; `best director for Alexander Payne` names him).
    func namesAnOfficesPlace(_ c: NameCandidate) -> Bool {
        guard c.first == c.sequenceStart, c.nameWords <= 2, !c.titled,
            let p = prepositionAfterATitle(words, before: c.first)
        else { return false }
        return words[p].hash == Self.of && words[p - 1].capital
    }

    /// `met April Jones` … `Jones was last seen`, `Autumn Cook’s front yard` … `Cook said`: a month or season that is a
    /// given name too, kept opening a two-word name by the candidate builder (``isMonthGivenName``: not after a word
    /// that makes it a date), may be the given name of a person the document names by the family name; coreference
    /// keeps it only then.
    func opensWithAMonthOrSeasonName(_ c: NameCandidate) -> Bool {
        c.nameWords == 2 && c.first == c.sequenceStart && monthGivenNames.contains(words[c.first].hash)
    }

    /// `"Q," French said` after `Commissioner Al French`, `said Welsh` after `Rocco Welsh`, `Tory said` after `John
    /// Tory`: a word of a nation or a party alone, as a speech verb's subject (or after `said`) and after no
    /// determiner (`the French said` is a nation), may be the family name of a person the document names in full;
    /// coreference keeps it only then. (The family-name list leaves such words out, as it does ordinary ones.) So may
    /// it before an auxiliary (`French is offering solutions` after `Alderman Antonio French`, `French has said`): a
    /// nation's word is no subject of those, its language's aside (`French is spoken`), which only a person the
    /// document names with the word would make a name. So may it as a past verb's subject (`how Green handled it`),
    /// joined by `and` to a listed name (`Green and Arroyo sent`, `Blake and English`), in the possessive before a
    /// lower-case word (`Green's interest`) and after `by` at the end of its clause (`put in place by Green.`): a
    /// party's word alone is written so too (`Labour lost`, `backed by Labour.`), but never in a document that names
    /// someone with it.
    func isNationalityWordSpeaking(_ c: NameCandidate) -> Bool {
        let cls = words[c.first].classes
        guard c.nameWords == 1, c.first == c.sequenceStart, cls.contains(.nationality),
            cls.isDisjoint(with: [.pronoun, .function, .time, .firstName]), !words[c.first].allCaps,
            !followsDeterminer(c)
        else { return false }
        let k = c.last + 1
        let next = k < words.count && words[k].joinedToPrevious ? words[k] : nil
        if words[c.first].possessive { return next.map { !$0.capital } ?? false }
        if let next, !next.capital, next.endsInEd || Self.irregularPastVerbs.contains(next.hash) { return true }
        // (a listed given or family name after `and`: `translated into Welsh and Gaelic` is a language's)
        if let next, next.hash == Self.and, k + 1 < words.count, words[k + 1].joinedToPrevious, words[k + 1].capital,
            words[k + 1].classes.isDisjoint(with: [.nationality, .function]),
            !words[k + 1].classes.isDisjoint(with: [.firstName, .surname])
        {
            return true
        }
        // (`Unlike Blake and English, neither …`: after `and` and a name's word that is no nation's or party's)
        if c.first >= 2, words[c.first].joinedToPrevious, words[c.first - 1].hash == Self.and,
            words[c.first - 1].joinedToPrevious, words[c.first - 2].capital,
            !words[c.first - 2].classes.isDisjoint(with: [.firstName, .surname]),
            words[c.first - 2].classes.isDisjoint(with: [.nationality, .function, .place, .organisation])
        {
            return true
        }
        if next == nil, k == words.count || words[k].gap.contains(.terminal), c.first > 0,
            words[c.first].joinedToPrevious,
            words[c.first - 1].hash == Self.by
        {
            return true
        }
        // (`is`/`was` only before a verb in -ing: `Welsh is taught in every school` is the language)
        let auxiliary =
            k < words.count && words[k].joinedToPrevious && !words[k].capital
            && (Self.auxiliariesAfterAFamilyName.contains(words[k].hash)
                || (Self.beBeforeAProgressive.contains(words[k].hash) && k + 1 < words.count
                    && words[k + 1].joinedToPrevious && !words[k + 1].capital && words[k + 1].endsInIng))
        return isSpeaker(c) || auxiliary
    }

    /// Auxiliaries after which a nation's word alone is a person's family name (``isNationalityWordSpeaking(_:)``);
    /// `is` and `was` only before a verb in -ing.
    static let auxiliariesAfterAFamilyName: Set<UInt64> = foldedHashes("has had will would")
    static let beBeforeAProgressive: Set<UInt64> = foldedHashes("is was")

    // MARK: - negative evidence

    /// Whether a gazetteer name covers the title before the name too, from any word of the stripped prefix: `Sri
    /// Lanka`, `A Prince George labour representative` (the city, after an article).
    mutating func titleIsBlockedToo(_ c: NameCandidate) -> Bool {
        for k in c.sequenceStart..<c.first where isBlocked(from: k, c) { return true }
        return false
    }

    /// `Ada Okafor, 34, said`: an age set off by commas after the name; it may close the sentence or a dash's aside
    /// (`— Ameer Jan Mehsud, 65 — was`), and a full name's may close a list's item (`Junjie Garduce, 32; and Marlon
    /// Flores, 36`).
    func isFollowedByAnAge(_ c: NameCandidate) -> Bool {
        var k = c.last + 1
        guard k < words.count, words[k].punctuationBefore == Byte.comma, !words[c.last].possessive else { return false }
        // (`Mayowa Shitu, aged 29 years;`, `John Roe, aged 45, of Leeds`)
        let agedWritten = words[k].hash == Self.aged && k + 1 < words.count && words[k + 1].joinedToPrevious
        if agedWritten { k += 1 }
        let age = words[k]
        guard isASCIIDigit(age.firstByte), age.end - age.start <= 3 else { return false }
        // (`aged` says it whatever follows: `Madalitso Chebali, aged 32 of Kochela village`)
        if agedWritten { return true }
        var a = k + 1
        if a < words.count, words[a].joinedToPrevious, words[a].hash == Self.years { a += 1 }
        guard a < words.count else { return false }
        let after = words[a]
        return after.punctuationBefore == Byte.comma || after.punctuationBefore == Byte.punctuationLead
            || after.punctuationBefore == Byte.hyphen
            || (!after.gap.isDisjoint(with: [.terminal, .semicolon]) && c.nameWords >= 2)
    }

    /// A one-word candidate that is a noun of a person (`Man`, `Teen`, `Pensioner`) and no given or family name.
    func isAPersonNounAlone(_ c: NameCandidate) -> Bool {
        c.nameWords == 1 && words[c.first].classes.contains(.personNoun)
            && words[c.first].classes.isDisjoint(with: [.firstName, .surname])
    }

    /// `identified the accused as Ajay (23).`, `Sheehan (31), who`: an age of one to three digits alone in brackets
    /// right after the name, as Indian and Irish papers write it (a party's tag in brackets is read by
    /// ``markPartyTags``; a team's score is no name's: the candidate has passed the organisation and place checks).
    /// A word of the name must be a given or family name the lists know: `S1 (2) of the Act` is a law's section; and
    /// the age only digits: `Anderson (7-2) led 20-7` is a school's team and its record.
    func isFollowedByABracketedAge(_ c: NameCandidate) -> Bool {
        let k = c.last + 1
        guard k < words.count, !words[c.last].possessive, words[k].punctuationBefore == Byte.openParen,
            (c.first...c.last).contains(where: { !words[$0].classes.isDisjoint(with: [.firstName, .surname]) }),
            words[k].gap == [.openBracket], words[k].allDigits, words[k].end - words[k].start <= 3
        else { return false }
        return k + 1 == words.count || words[k + 1].gap.contains(.closeBracket)
    }

    /// `Vandana Kumar Chidambaram, 24,`: a full name of capitalised words that no list gives to a body, a time or a
    /// function, with an age after it, is a person even when a word of it names a place (`Chidambaram` is a town) -
    /// places have no age. Not a name every word of which is a place's (the caller leaves out a gazetteer's whole
    /// place name too).
    func isAgedFullNameWithAPlaceWord(_ c: NameCandidate) -> Bool {
        c.nameWords >= 2 && isFollowedByAnAge(c)
            && (c.first...c.last).contains { !words[$0].classes.contains(.place) }
            && (c.first...c.last).allSatisfy {
                words[$0].capital && !words[$0].allCaps
                    && words[$0].classes.isDisjoint(with: [.organisation, .function, .time, .common, .nationality])
            }
    }

    /// A place, organisation or (for single words) time word inside the name: `Premier League`, `Downing Street`.
    func hasVetoWord(_ c: NameCandidate, allowTime: Bool, coreferring: Bool = false) -> Bool {
        // (`Fred A. Bishop Jr.`: a generational suffix closing the name leaves the family name before it, which is
        // read as the last word of a name without the suffix)
        let family = c.last > c.first && words[c.last].suffix ? c.last - 1 : c.last
        let nameWords = c.nameWords - (c.last - family)
        let givenName = words[c.first].classes.contains(.firstName) && nameWords >= 2
        // `Superstorm Sandy`, `Hurricane Laura`: a storm's word and the given name it was given
        if c.nameWords == 2, OrganisationSignals.stormWords.contains(words[c.first].hash),
            words[c.last].classes.contains(.firstName)
        {
            return true
        }
        // (`Airick Leonard West`: three words whose middle one is a given name read as a given name and a family name
        // too, the first a given name the lists lack)
        // (`A.J. West added 16`: initials before a place's word make it a family name - not a compass point's
        // abbreviation, `N. Ireland`, `S. Korea`)
        let initialsThenFamily =
            nameWords == 2 && words[c.first].initial && !Self.compassInitials.contains(words[c.first].hash)
        let givenThenFamily =
            (givenName && nameWords == 2) || initialsThenFamily
            || (nameWords == 3 && words[family - 1].classes.contains(.firstName)
                && words[c.first].classes.isDisjoint(with: [.organisation, .place, .common, .title, .role]))
        // `Ms Hill`, `Mr Park`: a courtesy title before a family name that is also a place word
        let honorific =
            c.first > 0 && words[c.first].joinedToPrevious && words[c.first - 1].classes.contains(.honorific)
        // `the rival Pittsburgh Pirates`: the plural of an ordinary word that is no family name, after a first word
        // that is no given name, names a team or a group
        if c.nameWords >= 2 && !c.titled && words[c.last].pluralS && words[c.last].singularClasses.contains(.common)
            && words[c.last].classes.isDisjoint(with: [.surname]) && !words[c.first].classes.contains(.firstName)
        {
            return true
        }
        // (`Cardiff Blues`, `Surrey Mounties`, `the Vietnam War`, `Edinburgh Rugby`: a place a gazetteer names alone,
        // then a plural or an ordinary word that no name list knows - a team, a force, a thing named after the place)
        if c.nameWords == 2 && !c.titled && (words[c.last].pluralS || words[c.last].classes.contains(.common))
            && words[c.last].classes.isDisjoint(with: [.surname, .firstName]) && isGazetteerName(c.first)
        {
            return true
        }
        // `Columbus Public Health`, `the Mount Carmel Health System`, `Angus Health and Social Care Partnership`: a
        // portfolio's word after the first word (no family name, and no office's word after it: `Catherine Martin
        // Culture Minister said`) makes a body's name - not a word that is an office's too after a given name (`Jim
        // Justice` is a person), nor when a title or a role introduced the name (`Actress Victoria Justice`; a
        // nationality is no role here: `The British Phonographic Industry`), nor when coreference asks about a short
        // form of someone named so
        let introducedByRole = c.roleBefore && c.first > 0 && !words[c.first - 1].classes.contains(.nationality)
        if !c.titled, !introducedByRole, !coreferring, c.last > c.first,
            ((c.first + 1)...c.last).contains(where: {
                words[$0].classes.contains(.portfolio) && words[$0].classes.isDisjoint(with: [.surname, .firstName])
                    && ($0 == c.last || words[$0 + 1].classes.isDisjoint(with: [.title, .role]))
                    && (c.nameWords >= 3 || !words[c.first].classes.contains(.firstName)
                        || words[$0].classes.isDisjoint(with: [.title, .role]))
            })
        {
            return true
        }
        // `Singh's winning of the Miss World contest`: a pageant's title, not a woman's name
        if Self.isPageantTitle(words, c.first) { return true }
        // `Hunting Bill`, `Finance Bill`: a law, unless a given name comes first (`Bill` alone is a name)
        if c.nameWords >= 2 && words[c.last].hash == Self.bill && !givenName { return true }
        for j in c.first...c.last {
            let cls = words[j].classes
            // (`St. John said` after `Rich St. John`: `St` opening a short form may open a family name, which only
            // coreference keeps)
            if coreferring && j == c.first && c.nameWords >= 2 && isSaintPrefix(words[j]) { continue }
            if !cls.isDisjoint(with: [.organisation, .place]) {
                // `Jerry Hall`, `Stuart Park`, `Ms Hill`: a family name that is also a place or organisation word, after
                // a given name or a courtesy title
                // (two words only: `Irene Knocks Out Power` is a headline; and `Stanley Park`, `Thomas Street`: after a
                // given name, a word that heads place names is a name only when coreference finds the person
                // elsewhere, e.g. `Ms Hill` after `Elaine Hill`, a role noun comes before it, it is the subject of a
                // speech verb (`Tom Hill said`: a place says nothing) or an apposition follows (`Mike Lake, a Yukos
                // spokesman`))
                // (`Mr Street`, `Mayor Andy Street`: after a courtesy title, or a title and a given name, a place word
                // ending the name is the family name even when the family-name list lacks it)
                let courtesy = honorific && Coreference.courtesyTitles.contains(words[c.first - 1].hash)
                // (`Mayor Street` after `Mayor Andy Street`: a title and the surname of a person the document names)
                // (`GOP candidate Kari Lake`, `Kari Lake said`, and that name again: a given name and a place word the
                // family-name list lacks are a person when a role, a speech verb or an apposition says so)
                // (`Sen. Royce West`, `Judge Cephas Power`: after a title, a listed family name that is also a place or
                // organisation word ends a two-word name whose first word no list knows, or knows only as a family
                // name, as a given name the lists lack; taken by the family-name case below)
                let titledUnlistedGiven =
                    c.titled && nameWords == 2 && cls.contains(.surname)
                    && words[c.first].classes.subtracting(.surname).isEmpty
                    && !words[c.first].allCaps && !words[c.first].initial
                // (not after a king's or a queen's title, whose names streets take: `on King Edward Street`, `Queen
                // Victoria Road`)
                let royalStreet =
                    c.titled && c.first > 0 && Self.royalTitles.contains(words[c.first - 1].hash)
                    && Self.placeNameHeads.contains(words[j].hash)
                // (nor after a saint's, whose names churches, streets and buildings take: `St Nicholas Church`,
                // `Saint Sulpice Church`, `St George Street`)
                if j == family, c.titled, c.first > 0,
                    isSaintPrefix(words[c.first - 1]) || words[c.first - 1].hash == Self.saint
                {
                    return true
                }
                // (`at Chase Field`: a given name and a ground's word after a preposition of place)
                let ground =
                    !c.titled && Self.groundNameHeads.contains(words[j].hash) && !words[j].possessive
                    && c.sequenceStart > 0 && words[c.sequenceStart].joinedToPrevious
                    && Self.groundPrepositions.contains(words[c.sequenceStart - 1].hash)
                    && !words[c.sequenceStart - 1].capital
                if ground { return true }
                if j == family && !cls.contains(.organisation) && !royalStreet
                    && ((courtesy && c.nameWords == 1) || (c.titled && givenName && nameWords == 2)
                        || (coreferring && c.titled && c.nameWords == 1)
                        // (`"Q," West said` after `Airick Leonard West`: the family name alone as a speech verb's
                        // subject, `the West said` aside)
                        || (coreferring && c.nameWords == 1 && isSpeaker(c) && !followsDeterminer(c))
                        || (givenThenFamily
                            && (coreferring || followsRoleNoun(c) || isSpeaker(c) || hasApposition(c))))
                {
                    continue
                }
                // (`"Q," Kiffin said` after `The coach, Lane Kiffin,`: a place's word that is a given name too, opening
                // two words before a family name that is no place's word, is the given name when coreference asks, or a
                // title, a role noun, a speech verb or an apposition says the two are a person - `Forest Gate` and
                // `Lane Cove` have none of it)
                if j == c.first, j != family, nameWords == 2, Self.placeWordGivenNames.contains(words[j].hash),
                    words[family].classes.isDisjoint(with: [.organisation, .place]),
                    coreferring || c.titled || followsRoleNoun(c) || isSpeaker(c) || hasApposition(c)
                {
                    continue
                }
                // (`Grand Chief Sheila North Wilson says`: a place's word between a known given name and a listed
                // family name is a middle name, after a title or before a verb of speech)
                if j != c.first && j != family && givenName && !cls.contains(.organisation)
                    && words[family].classes.contains(.surname) && (c.titled || isSpeaker(c))
                {
                    continue
                }
                // (`High told the Daily Mail` after `Colin High`, `Poll added` after `Graham Poll`: a family name that
                // is also an organisation's or place's word, alone, as a short form of a person named in full)
                // (not a body's name before a role and a person's: `Granville Homes CEO Darius Assemi`)
                if j == family && cls.contains(.surname) && !namesTheBodyOfARoleAfter(c)
                    && (honorific || titledUnlistedGiven || (coreferring && c.nameWords == 1 && !followsDeterminer(c))
                        || (givenThenFamily
                            && (coreferring || !Self.placeNameHeads.contains(words[j].hash) || followsRoleNoun(c)
                                || isSpeaker(c) || hasApposition(c))))
                {
                    continue
                }
                return true
            }
            if cls.contains(.time) && !allowTime && !cls.contains(.firstName) { return true }
            // (`Mr English`, `Mrs French`: after a courtesy title a nation's word is a family name)
            if !cls.isDisjoint(with: [.nationality, .pronoun, .function]) && c.nameWords == 1
                && !(honorific && cls.isDisjoint(with: [.pronoun, .function]))
            {
                return true
            }
            if c.nameWords >= 2, words[j].capital, Self.neverInsideAName.contains(words[j].hash),
                cls.isDisjoint(with: [.firstName, .surname])
            {
                return true
            }
        }
        return false
    }

    /// `CHARLOTTE, N.C. — Eyewitness News found …`, `ROANOKE, Va (WDBJ7) In Roanoke …`, `JOHANNESBURG (Reuters) -`:
    /// one word in capitals opening the body's first paragraph, then a comma and a capitalised word (a state or
    /// country) or a bracket (an agency), is the place the story was filed from. Nil when the body opens otherwise.
    static func datelinePlace(_ words: [Word]) -> UInt64? {
        let k = firstBodyWord(words)
        guard k + 1 < words.count, words[k].allCaps, words[k].end - words[k].start >= 3, words[k + 1].capital,
            words[k + 1].gap.contains(.comma) || words[k + 1].gap.contains(.openBracket)
        else { return nil }
        return words[k].hash
    }

    /// `Granville Homes CEO Darius Assemi`: a name whose last word is an organisation's (and a family name too), right
    /// before a role or title word and a capitalised name, is the affiliation of the person after the role - the
    /// firm's name, not a person's.
    func namesTheBodyOfARoleAfter(_ c: NameCandidate) -> Bool {
        let role = c.last + 1
        return words[c.last].classes.contains(.organisation) && !words[c.last].possessive && role + 1 < words.count
            && words[role].joinedToPrevious && !words[role].classes.isDisjoint(with: [.role, .title])
            && words[role + 1].joinedToPrevious && words[role + 1].capital
    }

    /// `ten Sheriff Courts`, `three Test Matches`: a plural after a number written in words counts things, not a
    /// person.
    func followsANumber(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        // (not a name opening with a given name: `world number two Tommy Haas`)
        guard words[c.last].pluralS, s > 0, words[s].joinedToPrevious, !words[s - 1].capital,
            !words[c.first].classes.contains(.firstName)
        else { return false }
        // (a number in words: after digits the name may be a ranking's, `world number 10 Tommy Haas`)
        return Self.numberWords.contains(words[s - 1].hash)
    }

    static let numberWords: Set<UInt64> = foldedHashes(
        """
        two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred dozens several many
        """)

    /// `Yvonne Bright of east Reid Avenue said`: a name closed by a street's word no family name shares (Road,
    /// Street, Avenue …) right after a lower-case compass point or a preposition of place is the street (`Novelist
    /// Emma Street`, `Kevin Terrace, who lives nearby,` are people).
    func isStreetAfterAPlaceWord(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard c.nameWords >= 2, !c.titled, words[c.last].capital, Self.streetsOnly.contains(words[c.last].hash),
            s > 0, s == c.first, words[s].joinedToPrevious, !words[s - 1].capital
        else { return false }
        return compassPoints.contains(words[s - 1].hash) || Self.streetPrepositions.contains(words[s - 1].hash)
    }

    /// Prepositions before a street's name (``isStreetAfterAPlaceWord(_:)``).
    static let streetPrepositions: Set<UInt64> = foldedHashes("of on in at along off near from into")

    /// `Ward 10 Coun. Frances Caldarelli`, `Ward 7 at St Mary's`, `District 9 officers`: one ordinary word (or a
    /// settlement's noun, `Ward`) right before a number and more words names a numbered division, not a person - not in
    /// a list of scorers (`Price 23, Hunter 67`), nor as a short form of a person named in full.
    func namesANumberedDivision(_ c: NameCandidate) -> Bool {
        let w = words[c.last]
        // (`Drew Farrell (Fourth Ward)`, `(First Ward)`, `(49th Ward)`: an ordinal, written out or in figures,
        // before a division's noun)
        if c.last > 0, Self.settlementNouns.contains(w.hash), !w.possessive, w.joinedToPrevious,
            Self.ordinalWords.contains(words[c.last - 1].hash) || isASCIIDigit(words[c.last - 1].firstByte)
        {
            return true
        }
        return c.nameWords == 1 && (w.classes.contains(.common) || Self.settlementNouns.contains(w.hash))
            && !w.possessive && c.last + 2 < words.count && words[c.last + 1].joinedToPrevious
            && isASCIIDigit(words[c.last + 1].firstByte) && words[c.last + 2].joinedToPrevious
    }

    /// `a resident of Ngabano village`, `Kibera slum`: a name followed by a lower-case noun of settlements names the
    /// place (not after a title: `Mr Town`).
    func namesAPlace(_ c: NameCandidate) -> Bool {
        let k = c.last + 1
        // (`Martin Luther King Jr. Avenue`, `Martin Luther King Jr. Day`: a name closed by a generational suffix, then
        // a capitalised street's, place's, venue's or time's word, is what the street, building or day is named after)
        if c.last > c.first, words[c.last].suffix, k < words.count, words[k].joinedToPrevious, words[k].capital,
            Self.streetWords.contains(words[k].hash) || Self.placeNameHeads.contains(words[k].hash)
                || Self.venueHeads.contains(words[k].hash) || words[k].classes.contains(.time)
        {
            return true
        }
        guard !c.titled, k < words.count, !words[c.last].possessive, words[k].joinedToPrevious, !words[k].capital
        else { return false }
        return Self.settlementNouns.contains(words[k].hash)
    }

    /// `Kevin Baxter's Restaurant`, `the Cowtown Farmer's Market`, `at the John Smith's Stadium`, `Dan Cottle's Farm
    /// Shop`: a name in the possessive before a capitalised word that heads a venue's or a trophy's name is part of that
    /// name (a name inside another name is no mention of a person), when the run of capitals after it (three words at
    /// most) ends in a venue's or a body's word - not before a street or more of a name (`Amanda Reeve's Park Road
    /// flat`, `Harry Kane's Stadium of Light double`, `Andrew Lloyd Webber's Theatre Royal`), nor in a title-case
    /// headline, where every noun is capitalised; a trophy's word only after `the` (`Jurgen Klopp's Cup farewell`).
    func namesAVenue(_ c: NameCandidate) -> Bool {
        let k = c.last + 1
        guard words[c.last].possessive, k < words.count, words[k].joinedToPrevious, words[k].capital,
            !words[k].allCaps, Self.venueHeads.contains(words[k].hash) || Self.trophyHeads.contains(words[k].hash)
        else { return false }
        var end = k
        while end + 1 < words.count, end - k < 2, words[end + 1].joinedToPrevious, words[end + 1].capital,
            !words[end + 1].allCaps
        {
            end += 1
        }
        if end + 1 < words.count, words[end + 1].joinedToPrevious, words[end + 1].hash == Self.of { return false }
        let last = words[end]
        guard end == k || Self.venueHeads.contains(last.hash) || last.classes.contains(.organisation),
            !(k...end).contains(where: { Self.streetWords.contains(words[$0].hash) })
        else { return false }
        if Self.trophyHeads.contains(words[k].hash) {
            let s = c.sequenceStart
            guard s > 0, words[s].joinedToPrevious, words[s - 1].hash == Self.the else { return false }
        }
        return !(titleCaseHeadline?.contains(k) ?? false)
    }

    /// `Todd Campbell Construction`, `Kevin Brown Motors`: a full name closed by a capitalised word that ends bodies'
    /// names (``BuiltinWords/bodyHeads``) and is no given or family name is a firm named after its founder, no one -
    /// unless a title or a role introduces it or an age follows it (`coach Juan Carlos Arena`, `Juan Carlos Arena, 45,`:
    /// a family name the lists lack), and not in a title-case headline, where every word is capitalised.
    func namesAFirm(_ c: NameCandidate) -> Bool {
        let last = words[c.last]
        return c.last - c.first >= 2 && last.capital && !last.allCaps && !last.possessive
            && last.classes.contains(.bodyHead) && last.classes.isDisjoint(with: [.firstName, .surname])
            && words[c.first].classes.contains(.firstName) && !(titleCaseHeadline?.contains(c.last) ?? false)
            && !c.titled && !c.roleBefore && !followsRoleNoun(c) && !isFollowedByAnAge(c)
    }

    /// `Analysts at Canaccord Genuity said`, `researchers at Johns Hopkins found`: a name right after `at` that
    /// follows the plural of a role or of a noun of persons is where those people work - a firm or an institution,
    /// never a person (people are `with` or `for` someone, not `at` them). Not after a title: the name is then a
    /// person's, nor before a possessive (`officers at Ben Smith's house`).
    func namesTheEmployerOfAGroup(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard !c.titled, !words[c.last].possessive, s >= 2, words[s].joinedToPrevious, words[s - 1].hash == Self.at,
            !words[s - 1].capital, words[s - 1].joinedToPrevious
        else { return false }
        let group = words[s - 2]
        return group.namesAGroupOfPeople && group.classes.isDisjoint(with: [.firstName, .surname])
    }

    static let streetWords: Set<UInt64> = foldedHashes(
        "road street lane avenue drive way close crescent terrace place row square boulevard rd st ave")
    /// The words of ``streetWords`` that are no family name too (`Lane`, `Way`, `Close`, `Drive` are).
    static let streetsOnly: Set<UInt64> = foldedHashes("road street avenue boulevard crescent terrace rd ave")
    static let venueHeads: Set<UInt64> = foldedHashes(
        """
        stadium arena ground park field market restaurant bar pub inn tavern café cafe diner grill bistro hotel store
        stores shop bakery brewery distillery farm garage hall theatre theater gallery museum hospital clinic pharmacy
        church chapel cathedral bridge
        """)
    static let trophyHeads: Set<UInt64> = foldedHashes("cup trophy shield memorial")

    static let ordinalWords: Set<UInt64> = foldedHashes(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")
    static let settlementNouns: Set<UInt64> = foldedHashes(
        """
        village villages town township city district county province region suburb parish constituency settlement
        slum camp municipality hamlet neighbourhood neighborhood sub-county subcounty ward estate
        """)

    /// Name words are capitalised words that are not acronyms; a name of one word must not be a closed-class word.
    func looksLikeName(_ c: NameCandidate) -> Bool {
        let w = words[c.first]
        // `Q. What …`, `A. How …` (an interview's questions and answers), `… Jr. He`, `Rodney First`: a name never ends
        // in a question word, a pronoun, an article or an ordinal
        if c.nameWords >= 2, Self.neverLastInAName.contains(words[c.last].hash) { return false }
        if c.nameWords == 1 && !w.classes.isDisjoint(with: WordClass.notAName) { return false }
        // (two or three dotted capitals alone are a name of their own: ``initialsOnlyName(_:)``)
        let initialsName = c.nameWords == 1 && Self.isStandaloneInitials(w)
        if c.nameWords == 1 && ((w.initial && !initialsName) || w.end - w.start == 1) { return false }
        return !words[c.last].initial || initialsName
    }

    /// `the 33-year-old Iranian, A.A., used the fake dollars`, `28-year-old R.G.`, `argued A.A.`: Gulf courts (and the
    /// papers reporting them) name defendants by their initials alone. Two or three dotted capitals are a person after
    /// an age, in commas after a nationality or an age, or beside a verb of speech; not a place's abbreviation
    /// (`U.S.`) nor a time (`a.m.`). Later mentions are found by coreference.
    func initialsOnlyName(_ c: NameCandidate) -> PersonRule? {
        let w = words[c.first]
        let s = c.sequenceStart
        guard c.nameWords == 1, c.first == s, s > 0, Self.isStandaloneInitials(w) else { return nil }
        let before = words[s - 1]
        if before.yearsOld && w.joinedToPrevious { return .role }
        let next = s + 1 < words.count ? words[s + 1] : nil
        if w.gap.contains(.comma), next?.gap.contains(.comma) == true,
            before.yearsOld || !before.classes.isDisjoint(with: [.nationality, .role])
                || before.singularClasses.contains(.nationality)
        {
            return .apposition
        }
        // (not before a noun of persons, which they qualify: `said N.D.G. resident Alex Montagano`, a place's
        // initials)
        if let next, next.joinedToPrevious, !next.capital,
            !next.classes.union(next.singularClasses).isDisjoint(with: [.role, .personNoun])
        {
            return nil
        }
        if (w.joinedToPrevious && before.classes.contains(.speechVerb))
            || (next.map { $0.joinedToPrevious && $0.classes.contains(.speechVerb) } ?? false)
        {
            return .speechVerb
        }
        return nil
    }
    static let dottedTimes: Set<UInt64> = foldedHashes("a.m. p.m.")

    /// `A.A.`, `M.R.`: two or three dotted capitals that no list knows (``keyStandaloneInitials(_:_:)`` cleared their
    /// first letter's classes), not a place's abbreviation or a time.
    static func isStandaloneInitials(_ w: Word) -> Bool {
        w.initial && (w.end - w.start == 4 || w.end - w.start == 6) && w.classes.isEmpty
            && !placeAbbreviations.contains(w.hash) && !dottedTimes.contains(w.hash)
    }

    /// Whether a gazetteer range covers the whole candidate (from word `first`, its first name word by default).
    mutating func isBlocked(from first: Int? = nil, _ c: NameCandidate) -> Bool {
        let start = words[first ?? c.first].start
        let end = words[c.last].end
        while blockedCursor < blocked.count && blocked[blockedCursor].upperBound <= start { blockedCursor += 1 }
        var k = blockedCursor
        while k < blocked.count && blocked[k].lowerBound <= start {
            if blocked[k].upperBound >= end { return true }
            k += 1
        }
        return false
    }

    /// Whether a gazetteer or pattern range starts at word `k`, looking from the cursor that ``isBlocked(from:_:)``
    /// left at the candidate holding `k` (ranges before it end before the candidate starts).
    func blockedNameStarts(atWord k: Int) -> Bool {
        let start = words[k].start
        var m = blockedCursor
        while m < blocked.count && blocked[m].lowerBound <= start {
            if blocked[m].lowerBound == start { return true }
            m += 1
        }
        return false
    }

    /// Whether a gazetteer range covers the candidate's first name word on its own (`France` of `France Televisions`,
    /// `Buffalo` of `Buffalo Bills`).
    mutating func isFirstWordBlocked(_ c: NameCandidate) -> Bool {
        isBlocked(
            NameCandidate(
                sequenceStart: c.first, first: c.first, last: c.first, titled: false, roleBefore: false, nameWords: 1))
    }

    /// Whether the candidate's first word lies inside a blocked span (an organisation or a place a gazetteer named)
    /// that starts before it and ends inside the candidate: the candidate runs on from that name.
    func continuesABlockedName(_ c: NameCandidate) -> Bool {
        let start = words[c.first].start
        let end = words[c.last].end
        // (blocked spans are sorted by start; few start before a word and reach it, so look back from the first
        // span starting at or after it)
        let lo = firstRange(startingAtOrAfter: start, in: blocked)
        var k = lo - 1
        while k >= 0, lo - k <= 8 {
            if blocked[k].upperBound > start && blocked[k].upperBound < end { return true }
            k -= 1
        }
        return false
    }

    // MARK: - positive evidence

    /// `striker Jermain Defoe`, `chief executive Sam Hale`: a lower-case role noun right before the sequence.
    func followsRoleNoun(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard s > 0 else { return false }
        let before = words[s - 1]
        // (a comma may stand between an office acronym and a full name: `Opposition MP, Viliame Gavoka in his maiden
        // speech`, as Pacific, African and South Asian copy writes it)
        if !words[s].joinedToPrevious, words[s].punctuationBefore == Byte.comma, before.allCaps, c.nameWords >= 2,
            Self.officeAcronyms.contains(before.hash)
        {
            return true
        }
        // (… and between a lower-case role and a full name of name-like words: `Zimbabwean lawyer, Tinofara Hove has
        // pleaded`; a plural role ends a clause as often: `many critics, Black Sabbath's albums`; and a name before a
        // role is a body's: `his friend, Rolling Stones guitarist Keith Richards`)
        // (a person noun as well, unless one that stands before bodies as often: `the first lady, Lordina Mahama of`)
        if !words[s].joinedToPrevious, words[s].punctuationBefore == Byte.comma, !before.capital, !before.pluralS,
            before.classes.contains(.role)
                || (before.classes.contains(.personNoun) && !Self.standsBeforeBodiesAtAComma(before.hash)),
            c.nameWords >= 2, hasOnlyNameLikeWords(c), !precedesLowerCaseRole(c)
        {
            return true
        }
        if closesARolePhrase(c) { return true }
        guard words[s].joinedToPrevious else { return false }
        // (an age before a full name counts too: `another person — 20-year-old Wajid Kaleem — injured`; before one
        // word it describes as often: `the 25-year-old Dubliner`, `24-year-old Stanford dropouts`)
        if before.yearsOld && !before.capital { return c.nameWords >= 2 }
        // (an office written as an acronym counts too: `Eastwood MSP Jackson Carlaw`, `BJP MLA Ravi Kumar`, `MPs
        // Dilith Jayaweera and Namal Rajapaksa`)
        if before.allCaps && c.nameWords >= 2 && Self.officeAcronyms.contains(before.hash) { return true }
        // (a caller's person noun before a full name too: `his accomplice Simbarashe Mutimbe`, `son-in-law Simba
        // Chikore`; not one that as often stands before a firm or a team: `rival Manchester United`, `partner Deutsche
        // Bank`)
        return !before.capital
            && (before.classes.contains(.role) || (c.nameWords >= 2 && before.singularClasses.contains(.role))
                || (c.nameWords >= 2 && before.classes.contains(.personNoun)
                    && !Self.nounsBeforeBodies.contains(before.hash) && hasOnlyNameLikeWords(c)))
    }

    /// `the Minister of Information, Lai Mohammed, said`, `Deputy Commissioner of Police (DCP), Abba Kyari, and`: a full
    /// name set off by commas right after a role or title and its complement (`of`, `for`, `in` or `at` and up to six
    /// capitalised words, acronyms in brackets, or `the` and a lower-case noun: `in the state`) is the person the
    /// phrase describes, as African and South Asian copy writes it. The name must close with a comma or a bracket
    /// (`, Lai Mohammed, said`, `, Eko Eko (SAN),`): a name that runs on into its sentence may begin a new clause.
    func closesARolePhrase(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        let separators = words[s].gap.subtracting([.openBracket, .closeBracket])
        // (or the sentence's end, when a speech verb and `the` open the phrase: `"Q," said the Premier of Gauteng
        // province, Panyaza Lesufi.`)
        let closedByComma =
            c.last + 1 < words.count
            && (words[c.last + 1].punctuationBefore == Byte.comma
                || words[c.last + 1].punctuationBefore == Byte.openParen)
        let closedBySentence = c.last + 1 >= words.count || words[c.last + 1].sentenceStart
        guard c.nameWords >= 2, c.first == s, s >= 3, separators == .comma, hasOnlyNameLikeWords(c),
            closedByComma || closedBySentence
        else { return false }
        var j = s - 1
        var linked = false
        while j >= max(0, s - 8) {
            let w = words[j]
            // (inside the phrase only brackets may stand between words: `Police (DCP)`)
            if j < s - 1, !words[j + 1].gap.subtracting([.openBracket, .closeBracket]).isEmpty { return false }
            if linked, !w.classes.isDisjoint(with: [.role, .title]), !w.allCaps {
                return closedByComma
                    || (j >= 2 && words[j - 1].hash == Self.the && !words[j - 1].capital
                        && words[j - 2].classes.contains(.speechVerb))
            }
            if Self.rolePhraseLinks.contains(w.hash) && !w.capital {
                linked = true
            } else if w.hash == Self.the && !w.capital {
                // (`the` only inside the complement, after its link)
                guard j > 0, Self.rolePhraseLinks.contains(words[j - 1].hash) else { return false }
            } else if !w.capital {
                // (a lower-case noun only right after `the`: `in the state`; or an administrative unit's noun after
                // the unit's capitalised name: `chief administrator of Paras district, Durga Prasad Bhandari,`)
                guard j > 0,
                    (words[j - 1].hash == Self.the && w.classes.isDisjoint(with: [.function, .speechVerb]))
                        || (Self.administrativeUnits.contains(w.hash) && words[j - 1].capital)
                else { return false }
            }
            j -= 1
        }
        return false
    }

    /// Lower-case nouns of administrative units written after the unit's name (`Paras district`, `Kano state`).
    static let administrativeUnits: Set<UInt64> = foldedHashes(
        "district state province region county constituency division municipality zone ward parish borough")

    /// The words that join a role to what it is of (`Minister of Information`, `Commissioner for Chieftaincy Affairs`).
    static let rolePhraseLinks: Set<UInt64> = foldedHashes("of for in at")

    /// Whether a lower-case role or person noun follows `c` (`Chicago Cubs shortstop`).
    func precedesLowerCaseRole(_ c: NameCandidate) -> Bool {
        guard c.last + 1 < words.count else { return false }
        let next = words[c.last + 1]
        return next.joinedToPrevious && !next.capital && !next.classes.isDisjoint(with: [.role, .personNoun])
    }

    /// Whether every capitalised word of `c` is a known given or family name or a word no list knows as an ordinary,
    /// function, place, organisation, nationality or time word: after a person noun, `fellow nominee A Very Long Engagement`, `junior
    /// Grand Slam events`, `fellow Desperate Housewives stars` are works and events, `Simbarashe Mutimbe` a person.
    func hasOnlyNameLikeWords(_ c: NameCandidate) -> Bool {
        (c.first...c.last).allSatisfy { !words[$0].capital || Self.isNameLike(words[$0]) }
    }

    /// Person nouns that, followed by a comma, stand before a firm's name as often as before a person's (`Carnival's
    /// main competitor, Royal Caribbean`; without the comma they introduce people: `buyer Thandoluhle Ndzandzeka`).
    static let tradersBeforeBodies: Set<UInt64> = foldedHashes(
        "competitor competitors buyer buyers bidder bidders seller sellers claimant claimants")

    /// Whether a person noun with a comma after it stands before a body's name as often as before a person's
    /// (``nounsBeforeBodies``, ``tradersBeforeBodies``): `rival Sky Sports, which`, `main competitor, Royal Caribbean`.
    static func standsBeforeBodiesAtAComma(_ noun: UInt64) -> Bool {
        nounsBeforeBodies.contains(noun) || tradersBeforeBodies.contains(noun)
    }

    /// Person nouns that stand before a firm's, a team's or a country's name as often as before a person's.
    static let nounsBeforeBodies: Set<UInt64> = foldedHashes(
        "rival rivals partner partners owner owners client clients sponsor sponsors supplier customer customers parent"
            + " host hosts champion champions opponent opponents leader leaders neighbour neighbours neighbor"
            + " neighbors ally allies giant giants underdog underdogs favourite favourites favorite favorites"
            // (and adjectives WordNet also lists as persons: `fellow Neath-Swansea Ospreys player`, `junior Grand Slam
            // events`, `the regular Zurich Premiership season`, `Oscar nominee The Fisher King`)
            + " fellow junior senior regular general nominee nominees winner winners finalist finalists")

    /// `Deputy Governor`, `Coach said`, `Colr. warns`: one word that is itself a title, role or honorific, not a known
    /// name, and not right after an honorific (`Mr King` is a name).
    func isBareTitle(_ c: NameCandidate) -> Bool {
        guard c.nameWords == 1 else { return false }
        let cls = words[c.first].classes
        // (a noun of persons after a title is an office too: `Garda Ombudsman`)
        guard !cls.isDisjoint(with: [.title, .role, .honorific]) || (c.titled && cls.contains(.personNoun)),
            cls.isDisjoint(with: [.firstName, .surname])
        else {
            return false
        }
        let f = c.first
        guard f > 0 && words[f].joinedToPrevious && words[f - 1].classes.contains(.honorific) else { return true }
        // `Mr Speaker`, `Madam President`, `Chief Whip`, `Garda Superintendent`: an address or a rank, not a name
        // (after a courtesy title a title word may be a family name: `Mr Major`)
        return !Coreference.courtesyTitles.contains(words[f - 1].hash) || Self.addressTitles.contains(words[f].hash)
    }

    /// Question words, pronouns, articles and ordinals: never the last word of a name (`Rodney First`, `America
    /// First` are campaigns; generations are written `II`, `III`).
    static let neverLastInAName: Set<UInt64> = Set(
        [
            "what", "how", "why", "when", "where", "who", "which", "were", "was", "is", "are", "do", "does", "did", "i",
            "he", "she", "it", "we", "they", "you", "the", "a", "an", "first", "second", "third",
        ].map { foldedHash($0) })
    /// Prepositions, articles, auxiliaries and verb particles: capitalised inside a run of capitals only in a title
    /// written in title case (`Dream Season Comes To A Halt`, `Bill Would Revamp Town Meetings`, `Eddie Shapes Up`)
    /// or a slip of the pen (`Township Chairman For Middleton`), never inside a name (name particles, `van`, `de`,
    /// `al`, `ten`, are not among them; a word the name lists hold is exempt: `Read`, `More`).
    static let neverInsideAName: Set<UInt64> = foldedHashes(
        """
        the an for to of at by from with into onto upon about would could should must might shall was were is are been
        being had has have did does up down out off
        """)
    /// The second words of countries' two-word demonyms (`Sierra Leonean`, `Costa Rican`, `Sri Lankan`, `New
    /// Zealander`, `Saudi Arabian`, `Papua New Guinean`): no list gives them as names.
    static let demonymTails: Set<UInt64> = foldedHashes("leonean rican lankan zealander arabian guinean")
    /// Offices written as acronyms before a name (`MSP Jackson Carlaw`, `CEO Tim Cook`).
    static let officeAcronyms: Set<UInt64> = Set(
        [
            "mp", "msp", "mla", "mep", "td", "mpp", "mna", "ceo", "cfo", "coo", "cto", "mps", "msps", "mlas", "meps",
            "tds", "md", "rm",
            // (a Kenyan county assembly's member: `Shamata MCA Gitau Njamba`; a chief or prime minister and police
            // ranks as Indian and Pakistani copy writes them: `Uttar Pradesh CM Yogi Adityanath`, `PM Narendra Modi`,
            // `DCP Priya Rao`)
            "mca", "mcas", "cm", "pm", "dcp", "acp", "dgp", "igp",
            // (police ranks of three letters as Indian, Pakistani and Nigerian copy writes them before a full name:
            // `SSP Rajesh Kumar`, `DSP Gambo Isah`; not `SP` and `CP`, which are initials as often: `SP Velumani`)
            "asp", "dsp", "ssp", "sho",
            // (a South African province's Member of the Executive Council: `Housing MEC Bonginkosi Madikizela`)
            "mec", "mecs",
        ]
        .map { foldedHash($0) })
    /// Offices addressed with a courtesy title instead of a name (`Mr Speaker`, `Madam Chair`).
    static let addressTitles: Set<UInt64> = foldedHashes(
        """
        speaker president chairman chairwoman chair chairperson minister mayor secretary governor commissioner premier
        chancellor ambassador deputy
        """)

    /// Whether the document writes word `k`'s word elsewhere as a person's family name: after a courtesy title or a
    /// title (`Ms Byrne`), or alone before a verb of speech (`Chafee said` beside `Lincoln Chafee`; not `MSN
    /// Messenger`, `any Word document`). One pass over the words.
    func writesAsAFamilyName(_ k: Int) -> Bool {
        let hash = words[k].hash
        for m in words.indices where m != k && words[m].hash == hash && words[m].capital {
            let afterCapital = m > 0 && words[m].joinedToPrevious && words[m - 1].capital
            if afterCapital && !words[m - 1].classes.isDisjoint(with: [.honorific, .title]) { return true }
            if !afterCapital, m + 1 < words.count, words[m + 1].joinedToPrevious,
                words[m + 1].classes.contains(.speechVerb)
            {
                return true
            }
        }
        return false
    }

    /// `Heineken said it`, `Dutch firm Heineken`, `rock band Iron Maiden`: a one-word name the document treats as an
    /// organisation, a two-word name it treats as a firm or opening with such a word no name list knows, or any name
    /// right after a corporate noun (``OrganisationSignals``).
    func isOrganisation(_ c: NameCandidate) -> Bool {
        // (a full name opening with a known given name is a person even so: `publisher Kimberly Quinn`)
        if OrganisationSignals.followsCorporateNoun(words, c.sequenceStart),
            !(c.nameWords >= 2 && words[c.first].classes.contains(.firstName))
        {
            return true
        }
        // (`Douglas Laing` after `Douglas Laing & Co`: the firm, unless a title makes it a person)
        if c.nameWords == 2 && !c.titled && organisations.isFirm(words[c.first].hash, words[c.last].hash) {
            return true
        }
        // (`nearby Lenham Heath` after `residents in Lenham`: two words opening with one no name list knows, which the
        // document treats as a place's or a body's, name the place or the body - unless the document writes the
        // second word alone too, as a person's family name: `Residents in Lincoln …` beside `Lincoln Chafee` and
        // `Chafee said`; the gazetteer keeps towns' names out of the given-name lists)
        if c.nameWords == 2, !c.titled, words[c.first].classes.isDisjoint(with: [.firstName, .surname]),
            organisations.contains(words[c.first].hash), !writesAsAFamilyName(c.last)
        {
            return true
        }
        return c.nameWords == 1 && organisations.contains(words[c.first].hash)
    }

    /// `Telekom Austria`, `Air France`: the last word is a place or organisation a gazetteer named, and the first is
    /// no given name (`Michael Jordan` stays a person) - unless the last is a family name after a title (written in
    /// capitals or not) and the first a word no list knows but as a family name (`board president Lew Blackburn`: a
    /// given name the lists lack, and a club's town; not after a role, which stands before bodies as often: `rival
    /// Vodafone Spain`, `champions Alianza Lima`; nor a word a list knows otherwise: `chief executive Tennis Canada`).
    func endsInAGazetteerName(_ c: NameCandidate) -> Bool {
        guard c.nameWords >= 2, !words[c.first].classes.contains(.firstName) else { return false }
        let s = c.sequenceStart
        let titleBefore =
            c.titled
            || (s > 0 && words[s].joinedToPrevious && !words[s - 1].capital && words[s - 1].classes.contains(.title))
        if c.nameWords == 2, titleBefore, words[c.last].classes.contains(.surname),
            words[c.first].classes.subtracting(.surname).isEmpty,
            !words[c.first].allCaps
        {
            return false
        }
        return isGazetteerName(c.last)
    }

    /// Whether word `k` alone is a blocked gazetteer name (`Utah`, `Hove`).
    func isGazetteerName(_ k: Int) -> Bool {
        let range = words[k].start..<words[k].end
        let lo = firstRange(startingAtOrAfter: range.lowerBound, in: blocked)
        return lo < blocked.count && blocked[lo] == range
    }

    /// A lower-case `the`, `a` or `an` right before the capitalised sequence.
    func followsArticle(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard s > 0, words[s].joinedToPrevious else { return false }
        let before = words[s - 1]
        return !before.capital && (before.hash == Self.the || before.hash == Self.a || before.hash == Self.an)
    }

    /// `the recently redeveloped Holywell Mead car park`, `the £40 million Pennine Reach public transport scheme`: two
    /// words whose first no list knows as a given name, after `the` and at most four lower-case words or amounts, and
    /// before a lower-case noun that is no verb, name a place or a scheme that modifies the noun - a person's name so
    /// placed opens with a given name (`the Tony Blair years`), which this leaves to the given-name evidence.
    func namesAThingAfterAnArticle(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        let k = c.last + 1
        guard c.nameWords == 2, c.first == s, !words[c.first].classes.contains(.firstName), !c.titled, s > 0,
            words[s].joinedToPrevious, k < words.count, words[k].joinedToPrevious, !words[k].capital,
            !words[c.last].possessive, words[k].classes.contains(.common),
            words[k].classes.isDisjoint(with: [.function, .speechVerb]), !words[k].endsInEd,
            !Self.irregularPastVerbs.contains(words[k].hash), !Self.finiteVerbs.contains(words[k].hash),
            !Self.sameFormVerbs.contains(words[k].hash)
        else { return false }
        var j = s - 1
        while j >= 0, s - j <= 5, words[j].joinedToPrevious || j == s - 1 {
            // (`The recently redeveloped Holywell Mead car park`: the article may open the sentence)
            if words[j].hash == Self.the { return !words[j].capital || words[j].sentenceStart }
            guard !words[j].capital else { return false }
            let amount = isASCIIDigit(words[j].firstByte) || Self.amountWords.contains(words[j].hash)
            guard amount || words[j].classes.isDisjoint(with: [.function, .speechVerb, .determiner]) else {
                return false
            }
            j -= 1
        }
        return false
    }

    /// Words of an amount between an article and what it counts (`the £40 million scheme`).
    static let amountWords: Set<UInt64> = foldedHashes("hundred thousand million billion trillion")

    /// `Assistant Commissioner of Police (ACP) Fatai Tijani`, `Deputy Commissioner of Police (Dwarka) Anto Alphonse`:
    /// one or two words in brackets (the office's short form, a district) between a title - or a title, `of` and a
    /// body - and a full name, as Nigerian and Indian papers write them.
    func followsATitlesBracket(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard c.nameWords >= 2, s >= 2, c.first == s, words[s].gap.contains(.closeBracket) else { return false }
        var o = s - 1
        while o > s - 2, !words[o].gap.contains(.openBracket) { o -= 1 }
        guard o >= 1, words[o].gap == [.openBracket], words[o].capital else { return false }
        let office = o - 1
        if !words[office].classes.isDisjoint(with: [.title, .role]) { return true }
        return office >= 2 && words[office - 1].hash == Self.of && words[office - 1].joinedToPrevious
            && !words[office - 2].classes.isDisjoint(with: [.title, .role])
    }

    /// Whether the candidate is a full name opening with a known given name that runs on after a body's name in the
    /// same capitalised sequence (`Liberal Democrats David Faulkner`, `National Party Christopher Luxon`, `Department
    /// of Agriculture Tom Hayes`).
    func followsABodysName(_ c: NameCandidate) -> Bool {
        guard c.roleBefore, c.first > c.sequenceStart, c.nameWords >= 2, words[c.first].classes.contains(.firstName)
        else { return false }
        return words[c.first - 1].classes.contains(.organisation) || followsABodyAndOf(words, c.sequenceStart)
    }

    /// `the Bush administration`, `the Blair government`, `the Thatcher years`: one known family name between `the`
    /// and a noun of a leader's time in office (capitalised or not: `the Abbott Government`) is that leader, even when
    /// the article never names them otherwise. Before a noun only a head of government's time takes
    /// (``leadersTimeInOffice``: `the Duterte administration`) the word may be one no list knows at all - leaders'
    /// names from anywhere are missing from the lists, and parties name governments, not administrations (nor does
    /// `regime` count: `the Soviet regime`).
    func namesAGovernment(_ c: NameCandidate) -> Bool {
        guard c.nameWords == 1, c.first == c.last, c.last + 1 < words.count, !words[c.last].possessive else {
            return false
        }
        let next = words[c.last + 1]
        guard next.joinedToPrevious, !next.allCaps, Self.timeInOffice.contains(next.hash) else { return false }
        let name = words[c.first]
        return name.classes.contains(.surname)
            || (name.classes.isEmpty && !name.allCaps && Self.leadersTimeInOffice.contains(next.hash))
    }

    /// `the Sadiq Khan balloon`, `the Jimmy Carter years`: a known given name and a known family name right after
    /// `the`, a lower-case word that is no function word after them, name the person the thing is named after. So
    /// does a known given name before a word no list knows at all (`the Anne Waiguru impeachment case`: family names
    /// from anywhere are missing from any list).
    func isFullNameAsModifier(_ c: NameCandidate) -> Bool {
        guard c.nameWords == 2 || c.nameWords == 3, c.first == c.sequenceStart, c.last + 1 < words.count,
            words[c.first].classes.contains(.firstName),
            words[c.last].classes.contains(.surname) || (words[c.last].classes.isEmpty && !words[c.last].allCaps),
            !words[c.last].possessive
        else { return false }
        // (not a title's words before `of`: `the Blue Peter Book of the Year`; a lower-case place word is still a
        // thing named after the person: `a Chris Boswell field goal`)
        let next = words[c.last + 1]
        // (`a Hillary Clinton-linked conspiracy`, `the Shaheen Shah Afridi-led attack`: a modifier's word after a
        // hyphen, ``modifierSuffixHashes``; a name of three words only so)
        if next.punctuationBefore == Byte.hyphen, words[c.last].fullEnd + 1 == next.start,
            modifierSuffixHashes.contains(next.hash)
        {
            return true
        }
        return c.nameWords == 2 && next.joinedToPrevious && !next.capital
            && next.classes.isDisjoint(with: [.organisation, .function])
    }

    /// Nouns of a leader's time in office (``namesAGovernment(_:)``).
    static let timeInOffice: Set<UInt64> = foldedHashes(
        "administration government presidency premiership era years cabinet regime doctrine")
    /// The nouns of ``timeInOffice`` that only a head of government's name takes (``namesAGovernment(_:)``).
    static let leadersTimeInOffice: Set<UInt64> = foldedHashes("administration presidency premiership")

    /// `princes William and Harry`, `senators Warren and Sanders`: a lower-case plural title right before the name.
    func followsPluralTitle(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard s > 0, s == c.first, words[s].joinedToPrevious else { return false }
        let before = words[s - 1]
        // a title that is also a role noun (`leaders Chelsea`) says nothing about what follows
        return !before.capital && !before.singularClasses.isDisjoint(with: [.title, .honorific])
            && !before.singularClasses.contains(.role)
    }

    /// `the West said`: the name follows a determiner in its clause.
    func followsDeterminer(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        return s > 0 && words[s].joinedToPrevious && words[s - 1].classes.contains(.determiner)
    }

    /// `Okafor said`, `Okafor, 34, said`, `said Ada Okafor`: the subject of a speech verb.
    func isSpeaker(_ c: NameCandidate) -> Bool {
        // `Analysts said`, `Officials said`: a plural noun at the start of a sentence is no name; nor is a collective
        // one (`Staff said she could wait`, `Management said`), though `Staff` is a family name too
        let first = words[c.first]
        // (`Unison said`, `Tourism NI recently advised`, `Shelter said`: one ordinary English word or a portfolio's,
        // which no list knows as a name, speaking is a body - a person with such a family name is found by coreference
        // or a title)
        if c.nameWords == 1, !first.classes.isDisjoint(with: [.common, .portfolio]),
            first.classes.isDisjoint(with: [.firstName, .surname])
        {
            return false
        }
        if c.nameWords == 1, first.sentenceStart,
            !first.singularClasses.isEmpty
                || (first.classes.isDisjoint(with: [.firstName, .surname]) && endsInPluralS(first))
                || Self.collectiveNouns.contains(first.hash)
        {
            return false
        }
        if c.last + 1 < words.count {
            // `The commissioner of police in Lagos, Hakeem Odumosu, has claimed`: a name set off by commas after its
            // description may take auxiliaries before the verb (not a name alone: `Air Deccan has said`, `Allianz has
            // said` are firms as often as people)
            var verb = c.last + 1
            let setOff =
                words[c.sequenceStart].punctuationBefore == Byte.comma && words[verb].punctuationBefore == Byte.comma
            // (so may a name of three words or more with a known given or family name in it and no ordinary, place
            // or organisation word, which is no firm's: `Tengku Zafrul Aziz has said`, `Agha Shahab Ahmed Khan has
            // said`; looked at only when an auxiliary follows the name, not for every candidate)
            let longName =
                !setOff && c.nameWords >= 3 && Self.auxiliariesBeforeSpeech.contains(words[verb].hash)
                && (c.first...c.last).allSatisfy {
                    words[$0].classes.isDisjoint(with: [.common, .organisation, .place, .corporateNoun])
                }
                && (c.first...c.last).contains { !words[$0].classes.isDisjoint(with: [.firstName, .surname]) }
            while setOff || longName, verb < words.count - 1, verb <= c.last + 2,
                Self.auxiliariesBeforeSpeech.contains(words[verb].hash), !words[verb].capital,
                words[verb + 1].joinedToPrevious
            {
                verb += 1
            }
            // (an adverb may stand between a name and its verb, as between a pronoun and its verb: `Setalvad further
            // informed reporters`, `Romney also said`, `Okafor, however, said`; one or two of them, and set off by
            // commas only when a comma follows too; the name is read only when an adverb is there)
            var adverbs = 0
            while adverbs < 2, verb < words.count - 1, !words[verb].capital,
                Self.adverbsBeforeSpeech.contains(words[verb].hash),
                words[verb + 1].joinedToPrevious
                    || (words[verb].punctuationBefore == Byte.comma && words[verb + 1].punctuationBefore == Byte.comma),
                adverbs > 0 || mayTakeAnAdverb(c)
            {
                verb += 1
                adverbs += 1
            }
            let next = words[verb]
            // `Okafor said`; `Okafor, said` only where the name opens its clause (`… owns Amstel, said` is an object),
            // and one word after a comma only after a lower-case word or an office (`the director, Stocking, said`,
            // `the Home Secretary, Patel, said`): after another capitalised word it ends a chain of places (`MP for
            // Birmingham, Erdington, said`, `Horton Hospital, Banbury, said`)
            let opensClause =
                c.sequenceStart == 0 || words[c.sequenceStart].sentenceStart
                || (!words[c.sequenceStart].joinedToPrevious
                    && !(c.nameWords == 1 && words[c.sequenceStart].punctuationBefore == Byte.comma
                        && words[c.sequenceStart - 1].capital
                        && words[c.sequenceStart - 1].classes.isDisjoint(with: [.title, .role])))
            // `a spokesperson for Meta said`, `The MP for Lincoln says`: the role, not the name after `for`/`at`, is
            // the subject
            let s = c.sequenceStart
            let afterRoleFor =
                s >= 2 && words[s].joinedToPrevious
                && (words[s - 1].hash == Self.forWord || words[s - 1].hash == Self.at)
                && ((!words[s - 2].capital && words[s - 2].classes.contains(.role))
                    || (words[s - 2].allCaps && Self.officeAcronyms.contains(words[s - 2].hash)))
            // (not the object of a preposition: `One frustrated resident near Leven said`; a name of more words only
            // after another name, whose affiliation it is: `Matthew Martin from Met Éireann also warned`)
            let afterPreposition =
                s > 0 && words[s].joinedToPrevious && !words[s - 1].capital
                && Self.placePrepositions.contains(words[s - 1].hash)
                && (c.nameWords == 1
                    || (s >= 2 && words[s - 1].joinedToPrevious && words[s - 2].capital && !words[s - 2].sentenceStart))
            // (nor the object of `for` or `to` when a role follows the verb, a headline's inverted attribution
            // without its comma: `We will continue to fight for Killarney says chamber president` - a word no name
            // list knows; `No way back for Rooney says club chairman` names a person)
            let beforeInvertedCue =
                c.nameWords == 1 && s > 0 && words[s].joinedToPrevious && !words[s - 1].capital
                && words[c.first].classes.isDisjoint(with: [.firstName, .surname])
                && (words[s - 1].hash == Self.forWord || words[s - 1].hash == Self.to)
                && (c.last + 2..<min(c.last + 4, words.count)).contains {
                    words[$0].joinedToPrevious && !words[$0].capital && words[$0].classes.contains(.role)
                        && (words[c.last + 2...$0]).allSatisfy { !$0.capital && $0.joinedToPrevious }
                }
            let gap = words[c.last + 1].punctuationBefore
            if !next.capital, next.classes.contains(.speechVerb), !afterRoleFor, !afterPreposition,
                !beforeInvertedCue, gap == 0 || (gap == Byte.comma && opensClause)
            {
                return true
            }
        }
        let s = c.sequenceStart
        if s > 0, words[s].joinedToPrevious {
            // `said Ada Okafor`; not a verb's object (`told Axios`, `asked Politico`), nor a word before a noun it
            // modifies (`says Klipspruit protest not about service delivery`)
            let before = words[s - 1]
            // (`said William Hill spokesman Rupert Adams`: a name before a role noun is the body the role is of)
            let modifiesANoun =
                !words[c.last].possessive && c.last + 1 < words.count
                && words[c.last + 1].joinedToPrevious && !words[c.last + 1].capital
                && (c.nameWords == 1
                    ? words[c.last + 1].classes.isDisjoint(with: [.function, .speechVerb, .relativeWho])
                    : words[c.last + 1].classes.contains(.role))
            // (`said Shamata MCA Gitau Njamba`, `said Bromley MP Jane Roe`: a place before an office and a name is
            // where the office is, not a person)
            let placeOfAnOffice =
                c.last + 2 < words.count && words[c.last + 1].joinedToPrevious && words[c.last + 1].allCaps
                && Self.officeAcronyms.contains(words[c.last + 1].hash) && words[c.last + 2].joinedToPrevious
                && words[c.last + 2].capital
            // (nor the subject of the clause a cue reports, when no word of it is a known name: `said Stormont has
            // been "hamstrung"`, `says Exeem cannot`; `thought Meseret Defar was` is still someone)
            // (or a plural's or an acronym's possessive before a noun, a team's or a body's: `says Crusaders' win was
            // all about "character"`, `said TCI's opposition`; not `said Saka's miss`)
            // (an apostrophe alone after the stem, `'` or `’`, is a plural's possessive)
            let possessiveOfABody =
                words[c.last].possessive
                && (words[c.last].fullEnd - words[c.last].end == 1 || words[c.last].fullEnd - words[c.last].end == 3
                    || words[c.last].allCaps)
            let opensAReportedClause =
                c.last + 1 < words.count && words[c.last + 1].joinedToPrevious && !words[c.last + 1].capital
                && (Self.finiteVerbs.contains(words[c.last + 1].hash) || possessiveOfABody)
                && ((c.first...c.last).allSatisfy { words[$0].classes.isDisjoint(with: [.firstName, .surname]) }
                    // (one word, though a name too, before a verb in the plural: `says Kent have no excuses`, the
                    // county's team, as British copy writes a team or a body; not `say Elvis could score`)
                    || (c.nameWords == 1 && Self.pluralFiniteVerbs.contains(words[c.last + 1].hash)))
            // (nor a possessive before another name, whose place or club it is: `warns Kilkenny's Joe Malone`)
            let possessorOfAName =
                words[c.last].possessive && c.last + 1 < words.count && words[c.last + 1].joinedToPrevious
                && words[c.last + 1].capital && !words[c.last + 1].allCaps
            if !before.capital, before.classes.contains(.speechVerb), !Self.objectSpeechVerbs.contains(before.hash),
                !modifiesANoun, !opensAReportedClause, !placeOfAnOffice, !possessorOfAName
            {
                return true
            }
        }
        return isDescribedAfterInvertedVerb(c)
    }

    /// Whether a name may have an adverb before its speech verb (``isSpeaker(_:)``): bodies take adverbs as often
    /// (`Royal Mail later said`, `Ebay also announced`, `Boko Haram later claimed`), so only a name a list knows in
    /// part, with a given or family name and no ordinary, place, organisation, corporate or nationality word: `Mitt
    /// Romney also said`.
    func mayTakeAnAdverb(_ c: NameCandidate) -> Bool {
        (c.first...c.last).contains { !words[$0].classes.isDisjoint(with: [.firstName, .surname]) }
            && (c.first...c.last).allSatisfy {
                words[$0].classes.isDisjoint(with: [.common, .organisation, .place, .corporateNoun, .nationality])
            }
    }

    /// `"Q," said a delighted Murray.`, `said an emotional Sarfraz,`, `said a visibly joyous Sarfraz`: sports copy puts
    /// `a`/`an` and an adjective (with its adverb) between the inverted verb and the name, which then ends the clause.
    /// The words between are common words of no other class (no role or function word); `said a former Chelsea
    /// striker` describes.
    func isDescribedAfterInvertedVerb(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard s == c.first, s >= 3, words[s].joinedToPrevious else { return false }
        let next = c.last + 1
        guard next >= words.count || !words[next].gap.isDisjoint(with: [.terminal, .comma, .lineBreak]) else {
            return false
        }
        var k = s - 1
        var adjectives = 0
        while k > 1, adjectives < 2, !words[k].capital, words[k].joinedToPrevious,
            words[k].classes.isSubset(of: .common),
            words[k].hash != Self.a, words[k].hash != Self.an
        {
            adjectives += 1
            k -= 1
        }
        guard adjectives > 0, words[k].hash == Self.a || words[k].hash == Self.an, !words[k].capital,
            words[k].joinedToPrevious
        else { return false }
        let verb = words[k - 1]
        return !verb.capital && verb.classes.contains(.speechVerb) && !Self.objectSpeechVerbs.contains(verb.hash)
    }

    /// `a Shropshire member for Wem, who said`, `the MP for Bury`: one word right after a representative's office and
    /// `for` is the seat, not a person (not after other roles: `a lawyer for Johnson said`, nor `representative`: `A
    /// representative for Rihanna said`).
    func namesASeat(_ c: NameCandidate) -> Bool {
        let k = c.first
        return c.nameWords == 1 && !c.titled && k == c.sequenceStart && k >= 2 && words[k].joinedToPrevious
            && words[k - 1].joinedToPrevious && !words[k - 1].capital && words[k - 1].hash == Self.forWord
            && Self.seatHolders.contains(words[k - 2].hash)
    }
    static let seatHolders = foldedHashes(
        """
        member members mp mps msp msps mla mlas ms mss td tds mep meps am councillor councillors councilor councilors
        senator senators candidate candidates assemblyman assemblywoman congressman congresswoman
        """)

    /// `his associates had killed one Salman in Bindapur`, `left one Munero, a male, dead`: police copy in South Asia
    /// and West Africa introduces a person it has not named before as `one` and the name (in lower case only: a
    /// sentence's `One` is not read so). The name opens with a word no
    /// list knows as an ordinary, place or body word, and no lower-case noun follows it (`one Tesla owner`): a
    /// function word, a verb in -ed, or punctuation does. Not the pronoun after a determiner (`the one Grand Slam to
    /// elude him`).
    func isACertainPerson(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard s >= 1, s == c.first, words[s].joinedToPrevious, !words[s - 1].capital, words[s - 1].hash == Self.one,
            s < 2 || (!isASCIIDigit(words[s - 2].firstByte) && !Self.determinersBeforeOne.contains(words[s - 2].hash)),
            Self.isNameLike(words[s], alsoNot: [.title, .role]), !words[s].allCaps
        else { return false }
        guard c.last + 1 < words.count, words[c.last + 1].joinedToPrevious, !words[c.last].possessive else {
            return true
        }
        let next = words[c.last + 1]
        return !next.capital && (next.classes.contains(.function) || next.endsInEd)
    }

    /// `The dead man was identified as Naseeb Zar Khan`, `has been named locally as Ann Lee`, `identified as Rohan`,
    /// `an official surnamed Kim`, `a lawyer named Samantha`: police, court and Asian copy naming a person.
    func isIdentifiedAs(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        // `a judiciary official surnamed Kim`, `identified only by her surname Kim`: Korean and Chinese copy names
        // people by their family name alone so
        if s >= 1, s == c.first, c.nameWords == 1, words[s].joinedToPrevious, !words[s - 1].capital,
            words[s - 1].hash == Self.surnamed || words[s - 1].hash == Self.surname
        {
            return true
        }
        if isACertainPerson(c) { return true }
        // `A lawyer named Samantha took`, `a man called John Lee`: a noun of a person, then `named` or `called`
        // (one word after it must be a known given name: `a dog named Max`, `a move called Blitz` are no one)
        if s >= 2, s == c.first, words[s].joinedToPrevious, !words[s - 1].capital, words[s - 1].joinedToPrevious,
            words[s - 1].hash == Self.named || words[s - 1].hash == Self.called, !words[s - 2].capital,
            words[s - 2].classes.contains(.personNoun) || words[s - 2].singularClasses.contains(.role),
            c.nameWords >= 2 || words[c.first].classes.contains(.firstName)
        {
            return true
        }
        guard s >= 2, s == c.first, words[s].joinedToPrevious, words[s - 1].hash == Self.asWord,
            !words[s - 1].capital, words[s - 1].joinedToPrevious
        else { return false }
        var v = s - 2
        // (`named locally as`, `formally identified as`)
        if v >= 1, words[v].endsInLy, !words[v].capital, words[v].joinedToPrevious { v -= 1 }
        // (`a man who identified himself as Sonwabile`, `introduced herself as`, `gave his name as Gboyega`: someone
        // naming themselves to the reporter)
        let namedThemselves =
            v >= 1 && !words[v].capital && words[v].joinedToPrevious && Self.reflexives.contains(words[v].hash)
            && (words[v - 1].hash == Self.identified || Self.introduced.contains(words[v - 1].hash))
        let gaveTheirName =
            v >= 2 && !words[v].capital && words[v].joinedToPrevious && words[v].hash == Self.nameWord
            && Self.personalPossessives.contains(words[v - 1].hash) && Self.gave.contains(words[v - 2].hash)
        guard namedThemselves || gaveTheirName || words[v].hash == Self.identified || words[v].hash == Self.named
        else { return false }
        // (`identified herself as Black`, `as Gay`: one ordinary word, a nationality or an identity after it is what,
        // not who)
        if c.nameWords == 1,
            !words[c.first].classes.isDisjoint(with: [.common, .nationality])
                || Self.identities.contains(words[c.first].hash)
        {
            return false
        }
        // (not a place or body describing the person named after it: `identified as Hauz Rani resident Nadeem`)
        let next = c.last + 1
        return next >= words.count || words[next].capital || !words[next].joinedToPrevious
            || (!words[next].classes.contains(.role) && !words[next].singularClasses.contains(.role))
    }

    /// `residents told Rainbow Radio’s Fiifi Ankomah that …`, `she told Sarah Jones that …`: the one told something
    /// is a person - a full name right after `told`/`tells` (or after an outlet's possessive there) and before `that`
    /// (not a body: `told Sky News that` ends in an organisation's word, vetoed before this rule; nor a programme).
    func isToldThat(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard c.nameWords >= 2, s == c.first, s >= 1, words[s].joinedToPrevious, c.last + 1 < words.count,
            words[c.last + 1].joinedToPrevious, words[c.last + 1].hash == Self.that
        else { return false }
        var v = s - 1
        // (an outlet's possessive before the name: `Rainbow Radio’s`)
        while v >= 1, words[v].capital, v >= s - 3, words[v].joinedToPrevious || words[v].possessive { v -= 1 }
        if v < s - 1 && !words[s - 1].possessive { return false }
        // (no ordinary word in the name: `told World Business Report that` is a programme)
        return !words[v].capital && (words[v].hash == Self.told || words[v].hash == Self.tells)
            && !(c.first...c.last).contains(where: { words[$0].classes.contains(.common) })
    }
    static let told = foldedHash("told"), tells = foldedHash("tells"), that = foldedHash("that")

    /// Nouns for a group that speaks as one (``isSpeaker(_:)``).
    static let collectiveNouns: Set<UInt64> = foldedHashes("staff management personnel crew security")

    static let asWord = foldedHash("as")
    /// Words between a subject and its speech verb (`has said`, `had also warned`).
    static let auxiliariesBeforeSpeech: Set<UInt64> = foldedHashes("has have had also previously earlier")
    /// Adverbs that stand between a subject and its speech verb (`X later told`, `X, however, said`).
    static let adverbsBeforeSpeech: Set<UInt64> = foldedHashes(
        """
        also later then further again once recently previously subsequently earlier repeatedly reportedly publicly
        privately never often already just still yesterday today however meanwhile too separately
        """)
    /// The forms of ``finiteVerbs`` that agree only with a plural (or a team or a body, in British copy).
    static let pluralFiniteVerbs: Set<UInt64> = foldedHashes("have are were do")
    /// Verbs that open a clause after its subject: `said Stormont has been`, `said Leeds were`.
    static let finiteVerbs: Set<UInt64> = foldedHashes(
        "has have had is are was were will would could should must can may might did does do shall")
    /// Prepositions of place: a single name after one is where, not who (`a resident near Leven said`).
    static let placePrepositions: Set<UInt64> = foldedHashes("in at near from outside inside around across")
    /// Prepositions whose object a name after them is, no subject of the clause that goes on: those of place and more.
    static let objectPrepositions: Set<UInt64> = placePrepositions.union(
        foldedHashes("to of on for with by about into onto over under"))
    /// The prepositions of ``placePrepositions`` before which a name with no given name is a place's (`in Westhaven
    /// Lakes`); `from` introduces people as often (`a letter from Nnamdi Okafor`).
    static let placeOnlyPrepositions: Set<UInt64> = placeOnlyPrepositionHashes
    static let identified = foldedHash("identified"), named = foldedHash("named"), called = foldedHash("called")
    static let surnamed = foldedHash("surnamed"), surname = foldedHash("surname"), one = foldedHash("one")
    static let determinersBeforeOne = foldedHashes("the this that his her their its our my your only any every each no")
    static let reflexives = foldedHashes("himself herself themselves")
    /// Words for who someone is that are family names too (`identified as White`).
    static let identities = foldedHashes(
        """
        white black brown gay lesbian straight bisexual transgender queer hispanic latino latina latinx asian
        christian muslim jewish catholic protestant hindu sikh buddhist indigenous native independent
        """)
    /// Offices held for a place or a body, which no family name spells (``evidence(for:)``; not `mayor`, `chancellor`,
    /// `sheriff`, `alderman`: Federico Mayor, John Chancellor, Ali Modu Sheriff, Sarah Alderman).
    static let officesOfAPlace = foldedHashes(
        """
        governor senator premier president minister commissioner councillor councilor councilman councilwoman
        councilmember alderwoman congressman congresswoman assemblyman assemblywoman superintendent comptroller
        """)
    static let introduced = foldedHashes("introduced introduces introducing")
    static let nameWord = foldedHash("name")
    static let personalPossessives = foldedHashes("his her their")
    static let gave = foldedHashes("gave gives giving give")

    /// Speech verbs whose next word is their object, not an inverted subject: `told Axios`, `asked Reuters`.
    static let objectSpeechVerbs: Set<UInt64> = foldedHashes("told tells asked asks informed informs")

    /// `Ada Okafor, 34,`, `Okafor, the chief executive,`, `Okafor, who …`: an age, a role description or `who` after a
    /// comma.
    func hasApposition(_ c: NameCandidate) -> Bool {
        // `His opponent, Viktor Yanukovich,` / `The new President, Viktor Yushchenko,`
        let s = c.sequenceStart
        if s > 0, s == c.first, words[s].punctuationBefore == Byte.comma, c.last + 1 < words.count,
            words[c.last + 1].punctuationBefore == Byte.comma || words[c.last + 1].classes.contains(.speechVerb)
        {
            let before = words[s - 1]
            if !before.classes.isDisjoint(with: [.role, .title]) || before.singularClasses.contains(.role) {
                return true
            }
        }
        let k = c.last + 1
        // (`one Republican, Mitt Romney of Utah, has voiced`: a full name of name-like words, `of` and a one-word
        // gazetteer name closing the phrase is a person from there or with that body, as American political copy
        // writes it)
        if k < words.count, words[k].joinedToPrevious, words[k].hash == Self.of, !words[c.last].possessive,
            c.nameWords >= 2, hasOnlyNameLikeWords(c), k + 1 < words.count,
            words[k + 1].joinedToPrevious, isGazetteerName(k + 1),
            k + 2 >= words.count || !words[k + 2].joinedToPrevious
        {
            return true
        }
        // (`Toygar Hassan who runs the dry-cleaners said`: local copy drops the comma before `who`; a full name (a
        // gazetteer's is blocked before this rule), then `who` and a lower-case word)
        // (not a band, a firm or a team: `beat The Red Hot Chili Peppers who came second`, `Royal Mail who delivered`,
        // `Snow Patrol who headlined`; the family name is one the lists know, and no ordinary word)
        if k + 1 < words.count, words[k].joinedToPrevious, words[k].classes.contains(.relativeWho), c.nameWords >= 2,
            !words[c.last].possessive, !words[c.last].pluralS, !followsDeterminer(c),
            c.first == 0 || !words[c.first - 1].classes.contains(.determiner), words[k + 1].joinedToPrevious,
            !words[k + 1].capital, words[c.last].classes.contains(.surname),
            (c.first...c.last).allSatisfy({ !words[$0].classes.contains(.common) })
        {
            return true
        }
        if isFollowedByABracketedAge(c) { return true }
        // (`Tarfa Abdullah from Ihsa said`, `Jane Roe from Leeds told`: a full name of name-like words, `from` and a
        // place of one or two capitalised words, then a speech verb - a person from somewhere, speaking)
        if k + 2 < words.count, words[k].joinedToPrevious, words[k].hash == Self.from, !words[c.last].possessive,
            c.nameWords >= 2, hasOnlyNameLikeWords(c)
        {
            var j = k + 1
            while j < words.count, j - k <= 2, words[j].joinedToPrevious, words[j].capital, !words[j].possessive {
                j += 1
            }
            if j > k + 1, j < words.count, words[j].joinedToPrevious, words[j].classes.contains(.speechVerb) {
                return true
            }
        }
        guard k < words.count, words[k].punctuationBefore == Byte.comma, !words[c.last].possessive else { return false }
        let next = words[k]
        // (`Police killings: Man, 28, arrested`, `Teen, 15, charged`: a headline's noun of a person, with its age,
        // is no name)
        if isFollowedByAnAge(c), !isAPersonNounAlone(c) { return true }
        // `Weitz, who directed …`: `who` is said of people; clubs and places that take it are in the gazetteers
        // (blocked before this rule), so a single word needs no more
        if next.classes.contains(.relativeWho) { return true }
        // `Dev Malhotra, of the campaign group Walk Ride, who gave evidence,` / `…, of the union, said`: an
        // affiliation, then `who` or a speech verb after the next comma in the same sentence
        // (`Gwenllian Rees, from Carmarthen, has been waiting`: a full name, `from` a place, then its verb)
        if next.hash == Self.of || next.hash == Self.from, c.nameWords >= 2 {
            var j = k + 1
            while j < min(k + 14, words.count), !words[j].sentenceStart {
                if words[j].punctuationBefore == Byte.comma {
                    return !words[j].classes.isDisjoint(with: [.relativeWho, .speechVerb])
                        || (next.hash == Self.from && j == k + 2 && !words[j].capital)
                }
                j += 1
            }
        }
        // (`Viv Ewing, speaking on behalf of Habitat for Humanity, said`: a full name, a participle of speaking, then
        // a speech verb after the clause's comma in the same sentence; else the checks below, `acting chief
        // executive,` being a bare role)
        if c.nameWords >= 2, Self.speakingParticiples.contains(next.hash) {
            var j = k + 1
            while j < min(k + 14, words.count), !words[j].sentenceStart {
                if words[j].punctuationBefore == Byte.comma {
                    if words[j].classes.contains(.speechVerb) { return true }
                    break
                }
                j += 1
            }
        }
        // (`Darshansinh Barad, police inspector, in which`, `Jordan Froese, provincial fire investigator, said`: a
        // bare role of two or three lower-case words, only the last a role, closed by a comma or the sentence's end)
        if !next.capital, next.classes.isDisjoint(with: [.function, .speechVerb, .determiner, .role]) {
            var j = k + 1
            while j < min(k + 3, words.count), words[j].joinedToPrevious, !words[j].capital, !words[j].pluralS {
                if words[j].classes.contains(.role) {
                    return j + 1 < words.count
                        && (words[j + 1].punctuationBefore == Byte.comma || words[j + 1].gap.contains(.terminal))
                        || isUnclosedRoleBeforeSpeech(c)
                }
                guard words[j].classes.isDisjoint(with: [.function, .speechVerb, .determiner]) else { break }
                j += 1
            }
        }
        // (`Uduak-Joe Ntuk, CALGEM supervisor, said`: a full name, then a body's acronym before the bare role)
        if next.allCaps, c.nameWords >= 2, k + 2 < words.count, words[k + 1].joinedToPrevious, !words[k + 1].capital,
            words[k + 1].classes.contains(.role),
            words[k + 2].punctuationBefore == Byte.comma || words[k + 2].gap.contains(.terminal)
        {
            return true
        }
        // (`Wylie Galt, a Republican from Martinsdale,`, `Ann Roe, a Democrat, said`: a full name, then `a` and a
        // party's member written as a noun, closing the phrase or going on with where or whom the member is from)
        if c.nameWords >= 2, next.hash == Self.a || next.hash == Self.an, k + 2 < words.count,
            words[k + 1].joinedToPrevious, words[k + 1].capital, Self.partyMembers.contains(words[k + 1].hash),
            !words[k + 2].joinedToPrevious || Self.afterAPartyMember.contains(words[k + 2].hash)
        {
            return true
        }
        // (`Wilfredt Goaseb, one of the protesters,`, `Ann Roe, one of his lawyers, said`: one of a group of people
        // named by the plural of a role or of a noun of persons, within four words)
        if next.hash == Self.one, k + 2 < words.count, words[k + 1].joinedToPrevious, words[k + 1].hash == Self.of {
            var j = k + 2
            while j < min(k + 6, words.count), words[j].joinedToPrevious {
                if words[j].namesAGroupOfPeople, !words[j].capital { return true }
                j += 1
            }
        }
        // `Fathi Bin Shatwan, Libya's oil minister,` / `Kujda, the band's founder,`: a possessive opens the role too
        if next.classes.contains(.determiner) || next.classes.contains(.role) || (next.capital && next.possessive) {
            var j = k
            while j < min(k + 5, words.count) {
                if j > k && !words[j].joinedToPrevious { break }
                if words[j].classes.contains(.role) && !words[j].capital { return !roleIntroducesAName(after: j) }
                j += 1
            }
        }
        return isUnclosedRoleBeforeSpeech(c)
    }

    /// `Jez Martin, Borough of Poole nature conservation officer said:`: a full name opening its sentence, a comma,
    /// then at most seven words (a body's capitalised name, `of`, lower-case modifiers; no article, no other function
    /// word) ending in a lower-case role right before a verb of speech - an apposition whose closing comma local copy
    /// left out.
    func isUnclosedRoleBeforeSpeech(_ c: NameCandidate) -> Bool {
        let k = c.last + 1
        guard c.nameWords >= 2, c.first == c.sequenceStart, words[c.first].sentenceStart, k < words.count,
            words[k].punctuationBefore == Byte.comma, !words[c.last].possessive
        else { return false }
        var j = k
        while j < min(k + 8, words.count), j == k || words[j].joinedToPrevious {
            if words[j].classes.contains(.speechVerb) {
                return j > k && !words[j - 1].capital && words[j - 1].classes.contains(.role)
            }
            if words[j].classes.contains(.function) && words[j].hash != Self.of { return false }
            j += 1
        }
        return false
    }

    /// `in Larne, head of court operations Peter Luney told`: the role after the comma is the next name's, when a given
    /// name and another capitalised word follow it (lower-case words between, at most four; `director of civil
    /// rights group Liberty,` names no one; nor does `a resident of Lloyd Estate,`, whose capitalised words end in a
    /// place's or an organisation's word).
    func roleIntroducesAName(after role: Int) -> Bool {
        var j = role + 1
        while j < min(role + 6, words.count), words[j].joinedToPrevious {
            if words[j].capital {
                guard
                    words[j].classes.contains(.firstName) && j + 1 < words.count && words[j + 1].joinedToPrevious
                        && words[j + 1].capital
                else { return false }
                var end = j + 1
                while end + 1 < min(j + 4, words.count), words[end + 1].joinedToPrevious, words[end + 1].capital {
                    end += 1
                }
                return words[end].classes.isDisjoint(with: [.place, .organisation])
            }
            j += 1
        }
        return false
    }

    /// `Dudek fumbled a cross before Lomana LuaLua headed home`, `Galway city cathaoirleach Níall McNeilis retorted`:
    /// two or three capitalised words that no list knows at all (no given name, family name, ordinary, place or body
    /// word), inside a sentence and not after `the`, `like` or `as` (`others like Phoenix Torrent followed`), followed
    /// by a verb in the past that is no publisher's (`Sinar Harian reported`) are a person acting - the given names of
    /// much world copy are in no list. Not the last item of a list (`Woodhall Spa and Kirkby Moorside voted`), whose
    /// verb is the whole list's.
    func isUnlistedNameActing(_ c: NameCandidate) -> Bool {
        // (the last word may be a given name no list gives any other class: `Also speaking, Ifechukwu Obi welcomed`,
        // as West African family names often are)
        guard c.nameWords >= 2, c.nameWords <= 3, c.first == c.sequenceStart, c.first > 0,
            !words[c.first].sentenceStart, !Self.beforeNoActor.contains(words[c.first - 1].hash),
            (c.first...c.last).allSatisfy({
                (words[$0].classes.isEmpty
                    || ($0 == c.last && $0 > c.first && words[c.first].classes.isEmpty
                        && words[$0].classes.subtracting([.firstName, .maleGiven, .femaleGiven]).isEmpty))
                    && !words[$0].allCaps && !words[$0].initial
            }),
            let verb = pastVerb(after: c)
        else { return false }
        return !Self.publishersVerbs.contains(words[verb].hash)
    }

    /// `Autumn Edens marveled as …`, `April Ryan pressed the spokesman`: a month or season that is a given name too
    /// (``opensWithAMonthOrSeasonName(_:)``), then a word no list knows but as a family name, then a verb in the past
    /// (``pastVerbFollows(_:)``) - a person acting, wherever the sentence puts it. (A season's event is written with
    /// words the lists know: `Summer Festival opened`, `May Day marked`; nor an ordinary word's plural, `Summer Rains
    /// arrived`; nor `Jan`, as often a place's first word, `Jan Juc recorded 80mm`.)
    func isMonthGivenNameActing(_ c: NameCandidate) -> Bool {
        opensWithAMonthOrSeasonName(c) && words[c.first].hash != Self.jan
            && words[c.last].classes.subtracting([.surname, .maleGiven, .femaleGiven]).isEmpty
            && !(words[c.last].pluralS && words[c.last].singularClasses.contains(.common))
            && !words[c.last].allCaps
            && pastVerb(after: c).map({ !Self.publishersVerbs.contains(words[$0].hash) }) == true
    }

    /// Words after which unlisted words acting are no person of their own: a thing's article, an example (`like`,
    /// `as`), a list's last item (`and`, `or`).
    static let beforeNoActor: Set<UInt64> = foldedHashes("the like as and or")
    /// Verbs in the past that newspapers, firms and reports take as often as people.
    static let publishersVerbs: Set<UInt64> = foldedHashes(
        "reported published detailed released listed posted printed launched")

    /// `Savopoulos was the CEO of …`, `Savvas Savopoulos and his wife Amy`, `Marcotte's mother`: the sentence gives the
    /// name a person's role through `is`/`was`, or a relative of its own. Roles that a company, team or country can
    /// hold as well (`leader`, `winner`, `owner`) are not enough after a copula.
    func hasPersonPredicate(_ c: NameCandidate) -> Bool {
        let k = c.last + 1
        guard k < words.count, words[k].joinedToPrevious, !words[k].capital else { return false }
        func isKin(_ j: Int) -> Bool {
            j < words.count && words[j].joinedToPrevious && !words[j].capital && Self.kinNouns.contains(words[j].hash)
        }
        // (not a kinship noun that modifies the noun after it: `Alnwick's twin town`, `the firm's parent company`)
        if words[c.last].possessive {
            return isKin(k)
                && !(k + 1 < words.count && words[k + 1].joinedToPrevious && !words[k + 1].capital
                    && Self.kinModifiedNouns.contains(words[k + 1].hash))
        }
        let next = words[k].hash
        if next == Self.and {
            return k + 2 < words.count && words[k + 1].joinedToPrevious
                && (words[k + 1].hash == Self.his || words[k + 1].hash == Self.her) && isKin(k + 2)
        }
        guard next == Self.isWord || next == Self.was else { return false }
        // (not the object of a preposition: `One of the main concerns in relation to Sligo was the number of empty
        // homes`)
        let s = c.sequenceStart
        if s > 0, words[s].joinedToPrevious, !words[s - 1].capital, Self.objectPrepositions.contains(words[s - 1].hash)
        {
            return false
        }
        var j = k + 1
        if j < words.count, words[j].joinedToPrevious, Self.copulaAdverbs.contains(words[j].hash) { j += 1 }
        guard j < words.count, words[j].joinedToPrevious,
            words[j].hash == Self.the || words[j].hash == Self.a || words[j].hash == Self.an
        else { return false }
        // up to three words of the description: `the longtime chief executive`, `a former CEO`
        for d in (j + 1)..<min(j + 4, words.count) {
            let w = words[d]
            guard w.joinedToPrevious else { return false }
            if (!w.capital || w.allCaps) && w.classes.contains(.role) && !Self.institutionalRoles.contains(w.hash) {
                return true
            }
        }
        return false
    }

    /// `By Cloe Read` alone on its line: the writer's byline; also each writer of `By Ann Roe, Jo Lee and Sam Hale`
    /// and the writer before an outlet (`By Ronn Blitzer | Fox News`).
    func isByline(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        guard c.first == s || c.first == s + 1, c.nameWords >= 2 && c.nameWords <= 3 else { return false }
        // what ends the name: the line, a comma or `and` before another writer, or an outlet after a bar
        let next = c.last + 1
        let ends =
            next == words.count || words[next].gap.contains(.lineBreak) || words[next].gap == .comma
            || (words[next].hash == Self.and && words[next].joinedToPrevious)
            || words[next].punctuationBefore == Byte.bar
            // (a name in capitals before its outlet: `By MARY CALLAHAN Associated Press`)
            || (words[c.last].allCaps && words[next].capital && !words[next].allCaps)
        guard ends else { return false }
        if c.first == s + 1 { return words[s].hash == Self.by && words[s].sentenceStart && words[s].capital }
        // (`by Saman Indrajith` alone on its line, the `by` in lower case)
        if c.first == s, s > 0, words[s - 1].hash == Self.by, !words[s - 1].capital, words[s].joinedToPrevious,
            s - 1 == 0 || words[s - 1].gap.contains(.lineBreak),
            next == words.count || words[next].gap.contains(.lineBreak)
        {
            return true
        }
        // a later writer of the list: back over `, ` or ` and ` and earlier writers to `By` opening the line
        var k = s - 1
        var looked = 0
        while k >= 0 && looked < 16 {
            let w = words[k]
            if w.hash == Self.by && w.capital {
                return w.sentenceStart && (k == 0 || w.gap.contains(.lineBreak))
            }
            guard w.capital || w.hash == Self.and, !w.gap.contains(.lineBreak), !w.gap.contains(.terminal) else {
                return false
            }
            k -= 1
            looked += 1
        }
        return false
    }

    static let by = foldedHash("by")
    /// Words that credit a writer, an editor or a photographer (`Picture by`, `Photo:`, `Edited by`).
    static let creditWords: Set<UInt64> = foldedHashes(
        """
        photo photos photograph photographs picture pictures pic pics image images video edited written reported
        compiled reporting additional
        """)

    /// `Picture by Frank Reid`, `(Photo By Raymond Boyd/Getty Images)`, `(Edited by Shimoney Regter)`, `Photo:Simione
    /// Haravanua.`, `By: Duke Mensah Opoku/citinewsroom.com`: a full name credited as writer, editor or photographer,
    /// ending where the credit does (a line break, a slash, a bracket, a full stop or a comma).
    func isCredit(_ c: NameCandidate) -> Bool {
        let next = c.last + 1
        guard c.nameWords >= 2, c.nameWords <= 4, next == words.count || !words[next].joinedToPrevious else {
            return false
        }
        // (an agency is credited the same way: `Picture: Getty Images`, `Photo: PA Wire`)
        let last = words[c.last].classes
        if last.contains(.common) && !last.contains(.surname) { return false }
        for k in c.first...c.last where Self.creditWords.contains(words[k].hash) { return false }
        // (`Photo By Raymond Boyd`: the credit in capitals is part of the capitalised sequence)
        if c.first >= c.sequenceStart + 2, words[c.first - 1].hash == Self.by,
            Self.creditWords.contains(words[c.first - 2].hash)
        {
            return true
        }
        let s = c.sequenceStart
        guard c.first == s, s >= 1 else { return false }
        let before = words[s - 1]
        // `Picture by X`, `Photo By X`, `Edited by X`
        if before.hash == Self.by, words[s].joinedToPrevious, s >= 2, Self.creditWords.contains(words[s - 2].hash),
            before.joinedToPrevious
        {
            return true
        }
        // `Photo: X`, `Photo:X`, `Pic/X`, `By: X` opening its line
        let afterMark = words[s].gap.contains(.colon) || words[s].punctuationBefore == Byte.slash
        guard afterMark, !words[s].gap.contains(.lineBreak) else { return false }
        if Self.creditWords.contains(before.hash) { return true }
        return before.hash == Self.by && before.capital && (s - 1 == 0 || before.gap.contains(.lineBreak))
    }

    /// `N.`, `S.`, `E.`, `W.`: a compass point written short before a place (`N. Ireland`), looked up as initials are.
    static let compassInitials: Set<UInt64> = foldedHashes("n s e w")
    /// Words that end place names after a given name (`Stanley Park`, `Lawrence Hill`, `Thomas Street`, `Shem Creek`,
    /// `Sandy Row`, `Tahir Plaza`, `Clarence House`, `Jefferson Parish`: Louisiana names its counties so).
    static let placeNameHeads: Set<UInt64> = foldedHashes(
        "hill hills park street valley square court town bridge lake beach bay port fort mount road avenue lane place"
            + " creek row plaza harbor harbour dam glen haven house parish")
    /// Words that end a ground's name after a given name (`Chase Field`), a place only after a preposition of place
    /// (`at Chase Field`): `Frank Field`, `Sally Field` are people.
    static let groundNameHeads: Set<UInt64> = foldedHashes("field")
    /// Prepositions of place before a ground's name (``groundNameHeads``).
    static let groundPrepositions: Set<UInt64> = foldedHashes("at in to from outside inside")
    /// Royal titles, which streets and places take with a given name after them (`King Edward Street`).
    static let royalTitles: Set<UInt64> = foldedHashes("king queen prince princess duke duchess")
    /// `Saint` written out before a saint's name (``isSaintPrefix(_:)`` reads `St`).
    static let saint = foldedHash("saint")
    static let isWord = foldedHash("is"), was = foldedHash("was"), his = foldedHash("his"), her = foldedHash("her")
    static let copulaAdverbs: Set<UInt64> = Set(
        ["also", "previously", "formerly", "now", "still", "once", "later"].map { foldedHash($0) })
    /// Nouns a kinship noun modifies when it names a body's or a place's relation, not a relative (`twin town`,
    /// `sister city`, `parent company`, `sister paper`).
    static let kinModifiedNouns: Set<UInt64> = settlementNouns.union(
        foldedHashes(
            """
            towns cities company companies firm firms paper papers newspaper newspapers publication publications station
            stations channel channels ship ships school schools club clubs brand brands group groups site sites title
            titles airline airlines hotel hotels party parties network networks organisation organization charity
            agency team teams label labels store stores
            """))
    /// Kinship nouns after `and his`/`and her` or a possessive name.
    static let kinNouns: Set<UInt64> = Coreference.parentKin.union(Coreference.childKin).union(Coreference.otherKin)
    /// Roles a company, team, party or country can hold as well as a person.
    static let institutionalRoles: Set<UInt64> = foldedHashes(
        """
        leader winner champion star holder seed finalist challenger rival partner owner investor dealer broker
        publisher producer builder host model veteran critic ally opponent successor predecessor counterpart compatriot
        victim favourite favorite head chief trader landlord supplier sponsor
        """)

    /// A lower-case word in -ed right after the name, in its sentence (`Betts tripled`), no adjective-like `-ed`
    /// noun; not `-ing`, which headlines use for adjectives. An irregular past counts only with a person's pronoun
    /// at most three words after it (`Eluned Morgan held her first press conference`): teams and firms win, lose,
    /// buy and sell as often (`Accrington Stanley won 2-1`, `Tenaga Nasional sold`). After an affiliation in commas,
    /// too (`Fearghal McKinney, from the SDLP, likened`: ``wordAfterAffiliation(_:)``).
    func pastVerbFollows(_ c: NameCandidate) -> Bool { pastVerb(after: c) != nil }

    /// The index of the verb ``pastVerbFollows(_:)`` finds, or nil.
    func pastVerb(after c: NameCandidate) -> Int? {
        let affiliation = wordAfterAffiliation(c.last)
        let k = affiliation ?? c.last + 1
        guard k < words.count, words[k].joinedToPrevious || affiliation != nil, !words[k].capital else { return nil }
        if words[k].endsInEd { return words[k].end - words[k].start > 3 ? k : nil }
        guard Self.irregularPastVerbs.contains(words[k].hash) else { return nil }
        var j = k + 1
        while j < words.count && j <= k + 3 && words[j].joinedToPrevious {
            if Self.personalPronounsAfterAVerb.contains(words[j].hash) { return k }
            j += 1
        }
        return nil
    }

    /// The word after `, from the SDLP,` or `, of the Green Party,` following word `last`: a comma, `from` or `of`,
    /// then up to five capitalised words (with `the`, `of`, `and`), then a comma. Nil when no such affiliation follows.
    func wordAfterAffiliation(_ last: Int) -> Int? {
        let k = last + 1
        guard k + 2 < words.count, words[k].punctuationBefore == Byte.comma, words[k].gap == [.comma],
            words[k].hash == Self.from || words[k].hash == Self.of
        else { return nil }
        var j = k + 1
        var capitals = 0
        while j < min(words.count, k + 8), words[j].joinedToPrevious {
            if words[j].capital {
                capitals += 1
            } else if !(words[j].hash == Self.the || words[j].hash == Self.of || words[j].hash == Self.and) {
                return nil
            }
            j += 1
        }
        guard capitals >= 1, capitals <= 5, j < words.count, words[j].gap == [.comma] else { return nil }
        return j
    }

    /// `Betsi Cadwaladr officials`, `Betsi Cadwaladr health board`, `Betsi Cadwaladr, which runs`, `monitor Betsi
    /// Cadwaladr ‘very closely’`, `The Betsi Cadwaladr University …`: a lower-case word after the name that is no verb
    /// (not `Tony Blair set it up`, `Chris Hani was assassinated`, `Roy Castle died`), a comma and `which`, a capital,
    /// a quote mark or a dash - not a possessive, a sentence's end or other punctuation (`named after Roy Castle.`,
    /// `Steve Biko's family`).
    func modifiesANounOrTakesWhich(_ c: NameCandidate) -> Bool {
        let k = c.last + 1
        guard k < words.count, !words[c.last].possessive else { return false }
        let next = words[k]
        if next.punctuationBefore == Byte.comma { return next.hash == OrganisationSignals.which }
        // (a quote or a dash after it: `monitor Betsi Cadwaladr ‘very closely’`; not a sentence's end or a bracket,
        // after which a person is as likely: `named after Roy Castle.`)
        if !next.joinedToPrevious {
            return next.gap.isDisjoint(with: [.comma, .terminal, .openBracket, .closeBracket, .colon])
        }
        if next.capital { return true }
        guard !next.classes.contains(.speechVerb), !next.endsInEd else { return false }
        return isASCIILetter(next.firstByte) && !Self.irregularPastVerbs.contains(next.hash)
            && !Self.finiteVerbs.contains(next.hash) && !Self.sameFormVerbs.contains(next.hash)
    }

    /// Verbs written the same in the present and the past, and `says`, that follow a subject as ``finiteVerbs`` do
    /// (`Tony Blair set it up`).
    static let sameFormVerbs: Set<UInt64> = foldedHashes("set says put cut hit let")

    /// Pronouns that only a person is (`held her first press conference`).
    static let personalPronounsAfterAVerb: Set<UInt64> = foldedHashes("his her him himself herself")

    /// Verbs in the past that do not end in `-ed` and are no noun or adjective as often (`Eluned Morgan held her first
    /// press conference`).
    static let irregularPastVerbs: Set<UInt64> = foldedHashes(
        """
        held won lost gave took made went came met led ran spent became began brought built bought caught chose drove
        flew grew kept knew paid sent sold spoke stood struck taught thought threw told wrote wore fought swore
        withdrew got saw felt left found heard sat shot hit put set cut beat rose fell drew
        """)

    /// Whether a word ends in a plural `s` (not `ss`, not `'s`).
    func endsInPluralS(_ w: Word) -> Bool {
        w.pluralS
    }

    /// `Ada Okafor`: the first name word is a known given name.
    func startsWithGivenName(_ c: NameCandidate) -> Bool {
        let first = words[c.first]
        // (`V Sunil Kumar`: a bare capital before a given name is an initial too)
        return first.classes.contains(.firstName) || isGivenNameOfANationality(words, c.first, last: c.last)
            || (first.initial && first.end - first.start <= 4 && !words[c.last].initial)
            || ((isBareInitial(first) || (first.allCaps && first.end - first.start == 2)) && c.first + 1 < c.last
                && words[c.first + 1].classes.contains(.firstName))
    }

    /// `R K Mason`, `A J Mason`: lone capitals (``isBareInitial(_:)``, or an `A` that ``markInitialA`` freed of its
    /// classes) before the last word are initials, so a known family name after them is read as after a given name.
    func initialsBeforeTheLastWord(_ c: NameCandidate) -> Bool {
        c.nameWords >= 3
            && (c.first..<c.last).allSatisfy {
                isBareInitial(words[$0]) || (words[$0].end - words[$0].start == 1 && words[$0].classes.isEmpty)
            }
    }

    /// `in Westhaven Lakes`, `flooding in Colney Heath`: a candidate whose first word no list knows as a given name,
    /// not possessive, right after `in`, `at`, `near`, `outside`, `inside`, `around` or `across` - a place's name when
    /// it ends in a family name (``endsWithFamilyName(_:)``), and the document's other mentions of the same two words
    /// are that place too (``PersonFinder``).
    func namesAPlaceAfterAPreposition(_ c: NameCandidate) -> Bool {
        let s = c.sequenceStart
        return !words[c.first].classes.contains(.firstName) && !words[c.last].possessive && s > 0
            && words[s].joinedToPrevious && !words[s - 1].capital
            && Self.placeOnlyPrepositions.contains(words[s - 1].hash)
    }

    /// Candidate `c` without the generational suffix that closes it (`Jr.` of `Jordan Watkins Jr.`).
    func withoutTheSuffix(_ c: NameCandidate) -> NameCandidate {
        var core = c
        core.last -= 1
        core.nameWords -= 1
        return core
    }

    /// `Thierry Henry`: two words, the second a known family name, the first no closed-class word.
    /// (Not after a place the gazetteers name that is no given name: `Buffalo Bills` is a team, `Manchester Gorton` a
    /// constituency; places that are given names too stay open: `Jordan Hale`, `Madison Keys`.)
    mutating func endsWithFamilyName(_ c: NameCandidate) -> Bool {
        let first = words[c.first]
        let last = words[c.last]
        guard last.classes.contains(.surname),
            first.classes.isDisjoint(with: [.function, .time, .nationality, .role, .title])
        else { return false }
        // (`homeowners in Westhaven Lakes`, `the development at Grimes Dyke`: after `in`, `at`, `near`, `outside`,
        // `inside`, `around` or `across`, a word no list knows as a given name and a family name name a place more
        // often than a person - the price is a person with no other evidence after an idiom, `a swipe at Nyesom
        // Wike`, `faith in Keylor Navas`: none on the development sets, against ten false mentions fewer; nor after a
        // sentence's `The`, which the article rule reads only in lower case: `The Grimes Dyke development`)
        let k = c.first
        if namesAPlaceAfterAPreposition(c)
            || (!first.classes.contains(.firstName) && !last.possessive && k > 0 && words[k].joinedToPrevious
                && words[k - 1].sentenceStart && words[k - 1].hash == Self.the)
        {
            return false
        }
        if !first.classes.contains(.firstName), !Self.placeGivenNames.contains(first.hash), isFirstWordBlocked(c) {
            return false
        }
        // (`Young Farmer of the Year`, `Dairy Farmer`, `Small Towns`: an ordinary English word no list knows as a
        // name, before a family name that is an ordinary word too, names an award, a scheme or a product)
        if first.classes.contains(.common), first.classes.isDisjoint(with: [.firstName, .surname]),
            last.classes.contains(.common)
        {
            return false
        }
        // (opening a sentence, the first word may be any capitalised word, unless a verb in the past follows the
        // name: `Mookie Betts tripled`, `Kumara Prashadh saw`)
        return !(first.sentenceStart && c.first == c.sequenceStart && !first.classes.contains(.surname))
            || pastVerbFollows(c)
    }
}

/// Marks the names of sports line-ups and squad lists. A segment (the words between two full stops or line breaks)
/// is a line-up when, after an optional label ending in a colon (`Man Utd:`, `Replacements (from):`), it holds at least
/// four items separated by commas or semicolons, each of capitalised words, and no lower-case word outside brackets:
/// `Carroll, Gary Neville, O'Shea (Ronaldo 33), Keane` or `Delport; Pieters, Rasmussen, Lombard`. A bracket names a
/// substitute when it holds a minute (`(Ronaldo 33)`) and a club otherwise (`Jones (Wolves)`, never a name). Once a
/// document has had a line-up, lists of two or more (`Booked: Fowler, Sibierski.`) are line-ups too. Linear: each
/// word is visited at most twice.
func lineupItems(_ words: [Word]) -> [Bool] {
    var listed = Array(repeating: false, count: words.count)
    var seenLineup = false
    var segmentStart = 0
    while segmentStart < words.count {
        // the segment: up to the next full stop or line break
        var segmentEnd = segmentStart + 1
        while segmentEnd < words.count && words[segmentEnd].gap.isDisjoint(with: [.terminal, .lineBreak]) {
            segmentEnd += 1
        }
        // names start after the last colon of the segment
        var first = segmentStart
        for k in segmentStart..<segmentEnd where words[k].gap.contains(.colon) { first = k }
        var items = 0
        var clean = first < segmentEnd
        var names: [Int] = []
        var bracket: [Int]? = nil
        var bracketHasMinute = false
        var k = first
        while k < segmentEnd {
            let w = words[k]
            if !w.gap.isDisjoint(with: [.closeBracket, .comma, .semicolon]) || w.gap.contains(.openBracket) {
                if let open = bracket, bracketHasMinute { names += open }
                bracket = nil
                bracketHasMinute = false
            }
            if w.gap.contains(.openBracket) { bracket = [] }
            if bracket != nil {
                if w.capital { bracket?.append(k) } else if isASCIIDigit(w.firstByte) { bracketHasMinute = true }
            } else if w.capital {
                names.append(k)
                if k == first || !w.gap.isDisjoint(with: [.comma, .semicolon]) {
                    items += 1
                } else if !w.joinedToPrevious {
                    clean = false
                    break
                }
            } else if !isASCIIDigit(w.firstByte) && !w.classes.contains(.particle) {
                clean = false
                break
            }
            k += 1
        }
        if let open = bracket, bracketHasMinute { names += open }
        if clean && (items >= 4 || (seenLineup && items >= 2)) {
            for name in names { listed[name] = true }
            seenLineup = true
        }
        segmentStart = segmentEnd
    }
    return listed
}
