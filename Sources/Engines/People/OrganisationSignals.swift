/// Words a document itself shows to be organisations, whatever they look like: one-word company, band and product
/// names (`Heineken`, `Mozilla`) pass for surnames, and a speech verb next to them (`Heineken said`) would make
/// them people. One pass over the words collects every capitalised word that the text treats as a body:
///
/// - `Heineken, which …` (people are `who`; after a preposition, `with Price, which caused …` is about the thing before,
///   and the word stays a surname the document writes after a given name, as below - unless the possessive signal
///   fires for it too: `to Dyson, which employs …` beside `Dyson's factory`);
/// - `Heineken said its …` (people are `his`/`her`), and `Suncorp said it had received …`: `it` then an auxiliary and
///   a verb other than `be` (`Williams said it was hard`, `… it had been hard` are left out: a dummy `it`), for a
///   word no name list knows;
/// - `Heineken's sales`, `Mozilla's browser share`: a possessive before a corporate noun, unless the document writes
///   the word after a given name, and never a given name and the word after a corporate noun (`White's chief of
///   staff` after `Chief Robert White`, not `Wimpey's profit` after `housebuilder George Wimpey`);
/// - `the Mozilla Foundation`: the first word of a name that ends in an organisation word;
/// - `Dutch firm Heineken`, `rock band Iron Maiden`, `retail union Usdaw`: a corporate noun right before it (not
///   `the blacktop company Lawson owned at the time`, a relative clause whose subject is a person: a verb of owning,
///   making or giving and no object of its own follow);
/// - `Arriva say running the route …`, `Repubblika were accused`: a one-word name no name list knows with a plural
///   verb (British copy's bodies take one; a person never does);
/// - `a spokesperson for Meta`, `an analyst at Jefferies`, `A Wabtec spokesperson`: a spokesperson or analyst for or at
///   a word, or a spokesperson after an article and the word, that is no known name and never the last word of a
///   longer name in the document (`Leonardo DiCaprio`);
/// - `Hurricane Laura`, `Storm Ciarán`, `Typhoon Haiyan`: the given name a storm's word opens, which the story goes on
///   to write alone (`Laura's destruction`) as the storm's;
/// - `near Eynsham`, `at Musikfest`, `in China`: one capitalised word after a preposition of place that is no known
///   given or family name, with the same proviso (a place, an event or a firm: `Eynsham said it would fight` is the
///   village, unless the document also writes `Tom Eynsham`);
/// - `auto supplier CIE Newcor`: one word no name list knows after a corporate noun or a preposition and an acronym no
///   list knows, in the body, with the same proviso; and `the Ford Motor Co.`: the first word, no given name, of a
///   name ending in a firm's legal form.
///
/// The finder then takes none of those words for a one-word name, and a name right after a corporate noun for no
/// name at all; a title still wins (`Mr Heineken`).
///
/// A firm named after its founder reads as a full name (`Douglas Laing`); the document shows it a body when the two
/// words go on with `& Co`, `& Sons`, `& Partners` or `& Company`, and a band, a work or a group (`Scissor Sisters`,
/// `Migration Watch`) when they go on with `, which` and the first is no given name (after one, `which` is as often
/// about the thing before the person: `a trumpet which belonged to Dizzy Gillespie, which is expected to fetch`; so
/// is it after `to`, `with`, `by`, `of`, `from` or `for`), and a firm when `the` and a firm's thing stand around them
/// and the first word is no known given name (`the DS Smith factory`; `the Tom Hale factory` may be his).
/// Every mention of those two words is then no person, unless a title makes it one (`Mr Douglas Laing`).
struct OrganisationSignals {
    /// Folded hashes of the words the document treats as organisations.
    private(set) var words: Set<UInt64> = []
    /// Two-word names the document treats as firms, keyed by ``firmKey(_:_:)`` of their words' hashes.
    private(set) var firms: Set<UInt64> = []
    /// Two-word names the document writes opening an institution's name (`Betsi Cadwaladr University Health Board`,
    /// `Baystate Franklin Medical Center`), keyed as ``firms`` are: ``isInstitutionPrefix(_:_:)``.
    private(set) var institutionPrefixes: Set<UInt64> = []

    init(_ text: [Word]) {
        var spokenFor: Set<UInt64> = []
        var namedAfterSomeone: [Int] = []
        var possessedThings: Set<UInt64> = []
        var whichAfterAPreposition: Set<UInt64> = []
        let bodyStart = firstBodyWord(text)
        for (k, w) in text.enumerated() where w.capital && !w.allCaps {
            guard k + 1 < text.count else { continue }
            let next = text[k + 1]
            // (`by referee Thando Ndzandzeka, which allowed …`: after a lower-case role or person noun, `which` is
            // about the thing before the person)
            let described = Self.followsALowerCaseRole(text, name: k)
            // (after `to`, `with`, `by`, `of`, `from` or `for`, `which` is as often about the thing before the word:
            // `Cora noticed command issues with Price, which caused warning signs` - there the word stays a person's
            // family name when the document writes it after a given name, as a possessive before a firm's thing does)
            if next.punctuationBefore == Byte.comma && next.hash == Self.which && !described {
                if k > 0 && w.joinedToPrevious && Self.ownersPrepositions.contains(text[k - 1].hash) {
                    whichAfterAPreposition.insert(w.hash)
                } else {
                    words.insert(w.hash)
                }
            }
            // `DOUGLAS Laing & Co`, `Douglas Laing, which was established in 1948`: a two-word name that is a firm
            if k > 0, w.joinedToPrevious, text[k - 1].capital, !w.possessive,
                (next.punctuationBefore == Byte.ampersand && next.capital && Self.partnersWords.contains(next.hash))
                    || (next.punctuationBefore == Byte.comma && next.hash == Self.which && !described
                        && !text[k - 1].classes.contains(.firstName)
                        && !(k >= 2 && Self.ownersPrepositions.contains(text[k - 2].hash)))
            {
                firms.insert(Self.firmKey(text[k - 1].hash, w.hash))
            }
            if next.joinedToPrevious && next.classes.contains(.speechVerb) && k + 2 < text.count
                && text[k + 2].joinedToPrevious && Self.itForms.contains(text[k + 2].hash)
            {
                words.insert(w.hash)
            }
            if next.joinedToPrevious && next.classes.contains(.speechVerb) && k + 4 < text.count
                && text[k + 2].joinedToPrevious && text[k + 2].hash == Self.it
                && text[k + 3].joinedToPrevious && Self.auxiliaries.contains(text[k + 3].hash)
                && text[k + 4].joinedToPrevious && !Self.beForms.contains(text[k + 4].hash)
                && w.classes.isDisjoint(with: [.firstName, .surname])
            {
                spokenFor.insert(w.hash)
            }
            if w.possessive && next.joinedToPrevious && !next.capital && next.classes.contains(.corporateThing) {
                possessedThings.insert(w.hash)
            }
            // `near Eynsham`, `at Musikfest`: one capitalised word after a preposition of place, no known given or
            // family name, is a place or an event (a second pass keeps a word also written after a given name)
            if k >= 1, w.joinedToPrevious, !w.possessive, !text[k - 1].capital,
                Self.placePrepositions.contains(text[k - 1].hash),
                !(next.joinedToPrevious && next.capital), w.classes.isDisjoint(with: [.firstName, .surname])
            {
                spokenFor.insert(w.hash)
            }
            // (a given name ending the storm's name: not `Storm Reid said`, an actress)
            if k > 0, w.joinedToPrevious, text[k - 1].capital, Self.stormWords.contains(text[k - 1].hash),
                w.classes.contains(.firstName), !(next.joinedToPrevious && next.capital)
            {
                words.insert(w.hash)
            }
            // `the DS Smith factory`, `the Fiat Powertrain plant`: two capitalised words between `the` and a firm's
            // thing (`factory`, `staff`, `shares`) name the firm - not when the first is a known given name: a
            // person's factory is written so too (`the Tom Hale factory` … `Tom Hale said`)
            if k >= 2, w.joinedToPrevious, !w.possessive, text[k - 1].capital, !text[k - 1].possessive,
                !text[k - 1].classes.contains(.firstName),
                text[k - 1].joinedToPrevious, !text[k - 2].capital || text[k - 2].sentenceStart,
                text[k - 2].hash == Evidence.the,
                next.joinedToPrevious, !next.capital, next.classes.contains(.corporateThing)
            {
                firms.insert(Self.firmKey(text[k - 1].hash, w.hash))
            }
            if next.joinedToPrevious && next.capital && next.classes.contains(.bodyHead) && !next.possessive {
                // (`the Chet Culver Group` after `Gov. Chet Culver`: a body named after a person whose name opens it
                // is decided in a second pass)
                if k > 0, w.joinedToPrevious, text[k - 1].capital, !text[k - 1].possessive,
                    Self.opensAPersonsName(text, k - 1)
                {
                    namedAfterSomeone.append(k)
                } else {
                    words.insert(w.hash)
                }
            }
            // `(The) Betsi Cadwaladr University Health Board`: two words opening a run of capitals that goes on with at
            // least two more and ends in an institution's word within four (not in the headline, where every word may
            // be capitalised: `Elon Musk Sues Tesla Board`)
            if k > bodyStart, w.joinedToPrevious, text[k - 1].capital, !text[k - 1].possessive,
                !w.possessive,
                k < 2 || !text[k - 1].joinedToPrevious || !text[k - 2].capital
                    || text[k - 2].classes.contains(.function),
                Self.institutionFollows(text, after: k)
            {
                institutionPrefixes.insert(Self.firmKey(text[k - 1].hash, w.hash))
            }
            // (not in a relative clause whose subject is a person: `the blacktop company Lawson owned at the time`,
            // `the wedding bands Ozzy gave her`, a verb of owning, making or giving with no object of its own after
            // it - `firm Kraft bought Cadbury`, `carmaker Ford sold its stake` are the firms)
            if k > 0 && w.joinedToPrevious && !text[k - 1].capital && text[k - 1].classes.contains(.corporateNoun)
                && !Self.opensARelativeClause(text, k)
            {
                words.insert(w.hash)
            }
            // (one word opening its clause or after `the`: not `Jones and Smith were`, `friends of Kosgei say`)
            if next.joinedToPrevious && Self.pluralVerbs.contains(next.hash) && !w.possessive
                && w.classes.isDisjoint(with: [.firstName, .surname])
                && (k == 0 || !w.joinedToPrevious || text[k - 1].hash == Evidence.the)
            {
                words.insert(w.hash)
            }
            // `a spokesperson for Meta`, `an analyst at Jefferies`: a spokesperson or analyst for or at a one-word name
            // that is no known given or family name (`a spokesman for Blair` stays open)
            if k >= 2, w.joinedToPrevious, text[k - 1].hash == Self.forWord || text[k - 1].hash == Self.atWord,
                !text[k - 2].capital, Self.speaksForOthers.contains(text[k - 2].hash),
                w.classes.isDisjoint(with: [.firstName, .surname]), k + 1 >= text.count || !text[k + 1].capital
            {
                spokenFor.insert(w.hash)
            }
            // `A Wabtec spokesperson said`, `the Arriva spokesman`: a one-word name between an article and a
            // spokesperson, no known given or family name (`a Blair spokesman` speaks for a person)
            if k >= 1, w.joinedToPrevious, !w.possessive, Self.articles.contains(text[k - 1].hash),
                next.joinedToPrevious, !next.capital,
                Self.spokespeople.contains(next.hash), w.classes.isDisjoint(with: [.firstName, .surname])
            {
                spokenFor.insert(w.hash)
            }
            // `the Ford Motor Co.`, `Dell Inc.`: the first word of a run that ends within three words in a firm's legal
            // form, no given name, is the firm's (`Ford said in a statement` is the carmaker) - with the proviso above
            if !w.possessive, k == 0 || !w.joinedToPrevious || !text[k - 1].capital || text[k - 1].hash == Evidence.the,
                !Self.opensAPersonsName(text, k), Self.closesWithALegalForm(text, from: k)
            {
                spokenFor.insert(w.hash)
            }
            // `auto supplier CIE Newcor`, `a representative with CIE Newcor`: one word no name list knows right after a
            // word of three capitals or more that no list knows either (no office: `CEO Cook`, `MSP Carlaw`; no
            // initials), after a corporate noun, an article or a preposition, names a body whose name opens with an
            // acronym - in the body only (a union's or a party's acronym opening a clause is its member's affiliation:
            // `GMB Pratley told a rally`, `UKIP Farage said`)
            if k > bodyStart + 1, w.joinedToPrevious, text[k - 1].joinedToPrevious, !text[k - 2].capital,
                text[k - 2].classes.contains(.corporateNoun) || Self.beforeAnAcronymsBody.contains(text[k - 2].hash),
                text[k - 1].allCaps, !text[k - 1].initial,
                text[k - 1].end - text[k - 1].start >= 3,
                text[k - 1].classes.isDisjoint(with: [.title, .honorific, .role, .firstName, .surname]),
                !Evidence.officeAcronyms.contains(text[k - 1].hash), !(next.joinedToPrevious && next.capital),
                w.classes.isDisjoint(with: [.firstName, .surname])
            {
                spokenFor.insert(w.hash)
            }
        }
        // `Former Iowa Gov. Chet Culver is endorsing …` … `He now runs the Chet Culver Group`: the last word of a
        // body's name that opens with a person's full name is that person's family name when the document writes the
        // two words without the body's word too (`Culver said` is the governor); else the body's word, as above
        for k in namedAfterSomeone where !Self.writesThePersonAlone(text, text[k - 1].hash, text[k].hash) {
            words.insert(text[k].hash)
        }
        // `Leonardo DiCaprio`: a word written as the last word of a longer name is someone's surname, not a body (a
        // second pass, only in the rare document that has such a word)
        if !spokenFor.isEmpty {
            for (k, w) in text.enumerated()
            where k > 0 && spokenFor.contains(w.hash) && w.joinedToPrevious && text[k - 1].capital
                && !text[k - 1].allCaps && !text[k - 1].possessive && !Self.articles.contains(text[k - 1].hash)
            {
                spokenFor.remove(w.hash)
            }
            words.formUnion(spokenFor)
        }
        // `Matt Murray, White's chief of staff` after `Chief Robert White`: a word written after a given name is that
        // person's surname, and its possessive a person's (a second pass, only in the rare document that has such a
        // word; `Royal Dutch Shell's profits` stays a body's, and so does a firm named after its founder that the
        // document introduces with a corporate noun: `housebuilder George Wimpey`, `drugs group Eli Lilly`)
        // (`to Dyson, which already employs …` beside `Dyson's factory`: two signals make the word a body however the
        // document writes its founder's name; `with Price, which caused …` alone is left to the surname test)
        words.formUnion(whichAfterAPreposition.intersection(possessedThings))
        possessedThings.formUnion(whichAfterAPreposition)
        if !possessedThings.isEmpty {
            var surnames: Set<UInt64> = []
            var founders: Set<UInt64> = []
            for (k, w) in text.enumerated()
            where k > 0 && possessedThings.contains(w.hash) && w.joinedToPrevious && text[k - 1].capital
                && !text[k - 1].possessive && Self.opensAPersonsNameBefore(text, k)
            {
                if Self.followsCorporateNoun(text, k - 1) {
                    founders.insert(w.hash)
                } else {
                    surnames.insert(w.hash)
                }
            }
            words.formUnion(possessedThings.subtracting(surnames.subtracting(founders)))
        }
    }

    /// Whether one or two capitalised words joined after word `k`, none possessive before the last, end in a firm's
    /// legal form (`Ford Motor Co.`, `Dell Inc.`, `Acme Widget Company`).
    static func closesWithALegalForm(_ text: [Word], from k: Int) -> Bool {
        var m = k + 1
        while m < text.count, m <= k + 2, text[m].joinedToPrevious, text[m].capital, !text[m - 1].possessive {
            if legalForms.contains(text[m].hash) { return true }
            m += 1
        }
        return false
    }

    /// Articles and prepositions before an acronym and a word that name a body (`with CIE Newcor`, `at ABC Supply`).
    static let beforeAnAcronymsBody: Set<UInt64> = articles.union(ownersPrepositions).union([atWord])

    /// A firm's legal form closing its name (``closesWithALegalForm(_:from:)``).
    static let legalForms: Set<UInt64> = foldedHashes("co cos inc corp ltd llc plc company corporation")

    /// Whether the document writes the two words `first` `last` as a name of their own: not going on with a capitalised
    /// body's word (`Chet Culver is endorsing`, not `the Chet Culver Group`). One pass over the words.
    static func writesThePersonAlone(_ text: [Word], _ first: UInt64, _ last: UInt64) -> Bool {
        guard text.count > 1 else { return false }
        for m in 1..<text.count where text[m].hash == last && text[m - 1].hash == first && text[m].joinedToPrevious {
            let next = m + 1 < text.count ? text[m + 1] : nil
            if let next, next.joinedToPrevious, next.capital, next.classes.contains(.bodyHead) { continue }
            return true
        }
        return false
    }

    /// Whether one of the (up to three) capitalised words joined right before word `k` opens a person's name
    /// (``opensAPersonsName(_:_:)``): `Gov. John Bel Edwards` makes `Edwards` a family name as `John Edwards` does.
    static func opensAPersonsNameBefore(_ text: [Word], _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0 && j >= k - 3 && text[j].capital && !text[j].possessive {
            if opensAPersonsName(text, j) { return true }
            guard text[j].joinedToPrevious else { return false }
            j -= 1
        }
        return false
    }

    /// Whether word `k` opens a person's name before the next word: a known given name, an initial (`Charles K.
    /// Djou`), or any capitalised word after a title (`Minister Gwede Mantashe`, a given name the lists lack).
    static func opensAPersonsName(_ text: [Word], _ k: Int) -> Bool {
        text[k].classes.contains(.firstName) || text[k].initial
            || (k > 0 && text[k].joinedToPrevious && !text[k - 1].classes.isDisjoint(with: [.title, .honorific]))
    }

    /// Whether the document treats this word as an organisation.
    func contains(_ hash: UInt64) -> Bool { words.contains(hash) }

    /// Whether the document treats the two-word name of these words as a firm.
    func isFirm(_ first: UInt64, _ last: UInt64) -> Bool { !firms.isEmpty && firms.contains(Self.firmKey(first, last)) }

    /// Whether the document writes the two-word name of these words opening an institution's name: a name list's
    /// word for it (a given name, a family name) is then no evidence that it is a person, though a title, a role, a
    /// speech verb or an apposition still is (`Nelson Mandela said` beside `the Nelson Mandela Children's Hospital`).
    func isInstitutionPrefix(_ first: UInt64, _ last: UInt64) -> Bool {
        !institutionPrefixes.isEmpty && institutionPrefixes.contains(Self.firmKey(first, last))
    }

    /// At least two capitalised words joined after word `k`, the last of them (within four) an institution's word.
    static func institutionFollows(_ text: [Word], after k: Int) -> Bool {
        var j = k + 1
        while j < text.count && j <= k + 4 && text[j].joinedToPrevious && text[j].capital && !text[j].allCaps {
            if j >= k + 2 && (text[j].classes.contains(.bodyHead) || institutionWords.contains(text[j].hash)) {
                return true
            }
            if text[j].possessive { return false }
            j += 1
        }
        return false
    }

    /// Last words of institutions' names that ``BuiltinWords/bodyHeads`` leaves out, being places as often.
    static let institutionWords: Set<UInt64> = foldedHashes("hospital center centre clinic board infirmary")

    /// One key for a pair of word hashes, order kept.
    static func firmKey(_ first: UInt64, _ last: UInt64) -> UInt64 { first &* 0x9E37_79B9_7F4A_7C15 ^ last }

    /// A corporate noun right before word `k` (`firm Heineken`, `band Iron Maiden`).
    static func followsCorporateNoun(_ text: [Word], _ k: Int) -> Bool {
        k > 0 && text[k].joinedToPrevious && !text[k - 1].capital && text[k - 1].classes.contains(.corporateNoun)
    }

    static let which = foldedHash("which"), forWord = foldedHash("for"), atWord = foldedHash("at")

    /// Whether the capitalised run ending at word `k` (one or two words) comes right after a lower-case role or person
    /// noun (`referee Thando Ndzandzeka`).
    static func followsALowerCaseRole(_ text: [Word], name k: Int) -> Bool {
        var s = k
        if s > 0, text[s].joinedToPrevious, text[s - 1].capital { s -= 1 }
        guard s > 0, text[s].joinedToPrevious else { return false }
        let before = text[s - 1]
        // (not a noun that stands before bodies as often: `rival Sky Sports, which`, `claimant Royal Mail, which`)
        return !before.capital && !before.classes.isDisjoint(with: [.role, .personNoun])
            && !Evidence.standsBeforeBodiesAtAComma(before.hash)
    }

    /// Prepositions of place: one capitalised word after them is a place or an event (`near Eynsham`, `at Musikfest`).
    static let placePrepositions: Set<UInt64> = foldedHashes("in near at outside around across")
    /// Prepositions that tie a thing to a person (`belonged to`, `a book by`, `wrote it with`): a `which` after the
    /// name that follows them is as often about the thing.
    static let ownersPrepositions: Set<UInt64> = foldedHashes("to with by of from for")
    /// Words that open a named storm's name.
    static let stormWords: Set<UInt64> = foldedHashes("hurricane storm superstorm typhoon cyclone")
    /// Words after `&` that end a firm's name (`& Co`, `& Sons`).
    static let partnersWords: Set<UInt64> = foldedHashes("co sons son partners company associates brothers")
    /// Spokespeople, who speak for a body written right before them too (`a Wabtec spokesperson`).
    static let spokespeople: Set<UInt64> = foldedHashes("spokesman spokeswoman spokesperson")
    /// People who speak or work for a body (`a spokesman for X`, `an analyst at X`).
    static let speaksForOthers: Set<UInt64> = spokespeople.union(foldedHashes("analyst analysts economist"))
    static let articles: Set<UInt64> = [Evidence.the, Evidence.a, Evidence.an]
    static let itForms: Set<UInt64> = foldedHashes("its")
    static let it = foldedHash("it")
    /// `the company Lawson owned at the time`, `the bands Ozzy gave her`, `the company Spina has worked for`: word `k`
    /// is followed by a verb of owning, making, giving or working (after `has` or `had` too) and then no object of its
    /// own (a preposition, an object pronoun, the main clause's verb or punctuation).
    static func opensARelativeClause(_ text: [Word], _ k: Int) -> Bool {
        var verb = k + 1
        if verb + 1 < text.count, text[verb].joinedToPrevious, perfectAuxiliaries.contains(text[verb].hash) {
            verb += 1
        }
        guard verb < text.count, text[verb].joinedToPrevious, contactClauseVerbs.contains(text[verb].hash) else {
            return false
        }
        guard verb + 1 < text.count, text[verb + 1].joinedToPrevious else { return true }
        return !text[verb + 1].capital && gapWordsAfterAVerb.contains(text[verb + 1].hash)
    }

    /// `has` and `had` before a past participle in a relative clause (`the company Spina has worked for`).
    static let perfectAuxiliaries: Set<UInt64> = foldedHashes("has had")

    /// What may follow the verb of a relative clause with no relative pronoun: prepositions, object pronouns and the
    /// main clause's verb (`the firm Lawford owned was sold`).
    static let gapWordsAfterAVerb: Set<UInt64> = foldedHashes(
        "at in for until with from since before after during when her him them it me us and but was were is are has had"
    )
    /// Verbs in the past whose subject owns, makes, gives or works for the thing named before it (`the company Lawson
    /// owned`, `the firm Spina worked for`).
    static let contactClauseVerbs: Set<UInt64> = foldedHashes(
        "owned founded co-founded ran bought sold built started gave made created established managed inherited acquired chaired coached"
            + " worked led joined served run"
    )
    /// Auxiliaries after `X said it`: `had received`, `would appeal`, `will cut` say what a body did or will do.
    static let auxiliaries: Set<UInt64> = foldedHashes("had has would will could")
    static let beForms: Set<UInt64> = foldedHashes("be been being")
    /// Verbs that agree with a plural subject only (`Arriva say`, `Repubblika were`).
    static let pluralVerbs: Set<UInt64> = foldedHashes("say were are have")
}
