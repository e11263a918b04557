import People
import QuoteAttribution
import TextMineCore

/// Names speakers by the people the `people` stage found, so that every table counts a person once.
enum SpeakerIdentity {
    /// Role nouns (`MP`, `leader`, `spokeswoman`) come from the person finder's lexicon: one list for both stages.
    static let lexicon = NameLexicon()

    /// The speaker of an extracted quote: the canonical name of the person mention the engine pointed at
    /// (`Mr Obama said` → `Barack Obama`); for a definite description (`the Salford MP said`), the person the article
    /// attached that role to, or else the person mentioned last before it; for a spokesperson, the organisation;
    /// otherwise the engine's own text when it is a name, and nil for a description no one is named by.
    static func name(
        of quote: ExtractedQuote, persons: [Entity], text: UnsafeBufferPointer<UInt8>,
        names: inout OrganisationNames?
    ) -> String? {
        guard let range = quote.speakerRange, let speaker = quote.speaker else { return quote.speaker.flatMap(named) }
        // `the Smith family said`: the family, not the Smith inside its name; `the resident said` after `A resident
        // told reporters`: someone the article never names, as the engine found
        if (speaker.hasPrefix("the ") && speaker.hasSuffix(" family")) || quote.speakerIsUnnamed {
            return named(speaker)
        }
        // the mention the rule found first (`Mattingly said`: which Mattingly is the people stage's decision)
        if let mention = quote.mentionRange {
            let at = firstIndex(endingAfter: mention.lowerBound, in: persons)
            if at < persons.count, persons[at].span.range.lowerBound < mention.upperBound,
                let canonical = persons[at].canonical
            {
                return canonical
            }
        }
        let first = firstIndex(endingAfter: range.lowerBound, in: persons)
        if first < persons.count, persons[first].span.range.lowerBound < range.upperBound,
            let canonical = persons[first].canonical
        {
            return canonical
        }
        if let described = person(
            describedAs: speaker, before: range.lowerBound, persons: persons, firstAfter: first, text: text,
            lastNamedMayBeMeant: quote.descriptionMayMeanLastNamed, quote: quote.range)
        {
            return described
        }
        // `the alliance said` → the `Countryside Alliance` named before it
        let words = speaker.lowercased().split(separator: " ")
        if words.count == 2, words[0] == "the",
            OrganisationNames.institutionHeads.contains(foldedHash(String(words[1]))),
            let named = index(&names, text).nearest(head: String(words[1]), before: range.lowerBound)
        {
            return named
        }
        if isAcronym(Substring(speaker)) { return expanded(speaker, in: text, names: &names) }
        // `the HSE said` → `Health Service Executive` when the article spells it out, else `HSE`
        if speaker.hasPrefix("the "), isAcronym(speaker.dropFirst(4)) {
            let full = expanded(String(speaker.dropFirst(4)), in: text, names: &names)
            // `the CS said` after `The ICT Cabinet Secretary, William Kabogo,`: initials of an office are a
            // description of its holder, as `the cabinet secretary` is (not a body named after an office: `the HSE`,
            // `Health Service Executive`)
            let words = full.lowercased().split(separator: " ")
            if words.count >= 2, let head = words.last, head != "executive",
                !lexicon.classes(of: String(head)).contains(.organisation),
                let holder = person(
                    describedAs: "the " + full, before: range.lowerBound, persons: persons, firstAfter: first,
                    text: text)
            {
                return holder
            }
            return full
        }
        if let organisation = organisation(speakingThrough: speaker, text: text, names: &names) { return organisation }
        // `Labour said` → `Labour Party` when the article writes it so (a proper name, not a description)
        if speaker.first?.isUppercase == true, !speaker.hasPrefix("The "),
            let full = index(&names, text).fullName(startingWith: speaker)
        {
            return full
        }
        return named(withoutArticle(speaker))
    }

    /// A speaker is someone the article names: a description of a person it never ties to a name (`a senior aide`,
    /// `the artists`, `prosecutors`, `her doctor`) is no identity for the tables, so the quote's speaker is null and
    /// its speaker span (`speaker_start`, `speaker_end`) still points at the description. Names start with a
    /// capital; a body described by its kind (`the assembly government`, `the state irrigation department`) is kept
    /// as written, as organisations without a name are.
    /// The head is the word before the first preposition (`an aide on the Commerce Committee` is an aide); a
    /// spokesperson for a body described by its kind speaks for it (`a spokesman for the ministry` → `the ministry`).
    static func named(_ speaker: String) -> String? {
        // `Campaigners said`, `Witnesses said` (a sentence's capital), `TD`, `One SNP MSP`, `described by one civil
        // service union as …`: descriptions all the same
        let words0 = speaker.split(separator: " ")
        if let first = words0.first,
            ["one", "another", "some", "two", "three", "several", "many"].contains(first.lowercased())
        {
            return nil
        }
        // `Her family said`, `His probation report stated`: a possessive's capital opens the sentence, and what it
        // owns is a description (not `Her Majesty's Treasury`, a name)
        if words0.count >= 2, let first = words0.first, ["Her", "His", "Their", "Its", "Our", "My"].contains(first),
            words0[1].first?.isLowercase == true
        {
            return named(first.lowercased() + speaker.dropFirst(first.count))
        }
        // `TfL chief`: a capitalised modifier and a role is a description too
        if words0.count >= 2, let last = words0.last, last.first?.isLowercase == true,
            !lexicon.classes(of: String(last)).isDisjoint(with: [.role, .title])
        {
            return nil
        }
        if words0.count == 1, let word = words0.first {
            let lower = word.lowercased()
            let singular = lower.hasSuffix("es") ? String(lower.dropLast(2)) : String(lower.dropLast())
            let roles: WordClass = [.role, .title]
            if !lexicon.classes(of: lower).isDisjoint(with: roles)
                || (lower.hasSuffix("s") && !lexicon.classes(of: singular).isDisjoint(with: roles))
                || (lower.hasSuffix("s") && !lexicon.classes(of: String(lower.dropLast())).isDisjoint(with: roles))
            {
                return nil
            }
        }
        guard speaker.first?.isLowercase == true else { return speaker }
        let words = speaker.split(separator: " ")
        let prepositions: Set<Substring> = ["on", "of", "for", "at", "with", "in", "from"]
        let cut = words.firstIndex { prepositions.contains($0) } ?? words.endIndex
        guard cut > words.startIndex else { return nil }
        let head = words[cut - 1].lowercased()
        if lexicon.classes(of: head).contains(.organisation) { return speaker }
        // `the Smith family said`: a family named by its surname speaks as one (`Smith family`)
        if head == "family", cut == words.endIndex, words.count >= 3,
            words[words.index(after: words.startIndex)..<(cut - 1)].allSatisfy({ $0.first?.isUppercase == true })
        {
            return words[words.index(after: words.startIndex)...].joined(separator: " ")
        }
        // `a TUC report`, `a World Bank report`, `the Herald newspaper`: a document speaks for the body that wrote it
        if documentHeads.contains(head) {
            let named = words[..<(cut - 1)].filter { $0.first?.isUppercase == true }
            return named.isEmpty ? nil : named.joined(separator: " ")
        }
        if spokesHeads.contains(Substring(head)), cut + 1 < words.endIndex, words[cut] == "for" || words[cut] == "at",
            let body = words.last, lexicon.classes(of: body.lowercased()).contains(.organisation)
        {
            return words[(cut + 1)...].joined(separator: " ")
        }
        return nil
    }

    /// `the Kenya Flower Council` → `Kenya Flower Council`: an organisation is named without its article, as the
    /// entities table names it. Descriptions keep it (`the Ealing North MP`, `the company`): their last word is a
    /// role, title or nationality, or they have a lower-case word.
    static func withoutArticle(_ speaker: String) -> String {
        guard speaker.hasPrefix("the ") else { return speaker }
        let words = speaker.dropFirst(4).split(separator: " ")
        guard let head = words.last,
            words.allSatisfy({ $0.first?.isUppercase == true || ["of", "for", "and", "&"].contains($0) }),
            lexicon.classes(of: String(head.lowercased())).isDisjoint(with: [.role, .title, .nationality])
        else { return speaker }
        return String(speaker.dropFirst(4))
    }

    /// `RICS`, `UKIP`: two or more capitals and nothing else.
    static func isAcronym(_ word: Substring) -> Bool { word.count >= 2 && word.allSatisfy { $0.isUppercase } }

    /// An acronym in full when the article spells it out (`RICS` → `Royal Institute of Chartered Surveyors`), else as
    /// written; each acronym is looked up once per document.
    static func expanded(_ acronym: String, in text: UnsafeBufferPointer<UInt8>, names: inout OrganisationNames?)
        -> String
    {
        index(&names, text).expansion(of: acronym) ?? acronym
    }

    /// The document's organisation names, indexed on first use.
    static func index(_ names: inout OrganisationNames?, _ text: UnsafeBufferPointer<UInt8>) -> OrganisationNames {
        if let built = names { return built }
        let built = OrganisationNames(text: text)
        names = built
        return built
    }

    /// Documents that speak for whoever wrote them.
    static let documentHeads: Set<String> = [
        "report", "statement", "letter", "study", "survey", "paper", "document", "memo", "filing", "release", "advert",
        "advertisement", "suit", "lawsuit", "ruling", "newspaper", "magazine", "website", "blog",
    ]

    /// Heads of descriptions through which an organisation speaks.
    static let spokesHeads: Set<Substring> = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
    ]

    /// Heads of descriptions of someone inside a body who speaks for it unnamed: `a Treasury source`. (`an IMF
    /// official` stays a description: labels give officials no body.)
    static let insideHeads: Set<Substring> = ["source"]
    /// Parties, which the word lists file beside nationalities (`a Labour source` is Labour's).
    static let partyWords: Set<String> = Set(
        NameLexicon.partyWords.split(whereSeparator: \.isWhitespace).map(String.init))
    /// Initials of countries, which are no bodies: `a US source`.
    static let countryInitials: Set<Substring> = ["US", "UK", "USA", "UAE", "SA", "NZ"]

    /// `a UKIP spokesman`, `a spokeswoman for the RFU` → the organisation, named in full when the article spells out
    /// its acronym (`UK Independence Party`). Possessives (`the prime minister's spokesman`) stay as written.
    static func organisation(
        speakingThrough description: String, text: UnsafeBufferPointer<UInt8>,
        names: inout OrganisationNames?
    ) -> String? {
        let words = description.split(separator: " ")
        guard words.count >= 3, ["a", "an", "the"].contains(words[0].lowercased()),
            !description.contains("'s"), !description.contains("’s")
        else { return nil }
        var organisation: ArraySlice<Substring>
        if let head = words.last, spokesHeads.contains(Substring(head.lowercased())) {
            organisation = words[1..<(words.count - 1)]  // a UKIP spokesman
        } else if let head = words.last, insideHeads.contains(Substring(head.lowercased())) {
            // `a Treasury source`, `a senior Labour source`: someone inside a body, unnamed, speaks for it (a word
            // of rank first is dropped; a nationality or a place is no body: `an Israeli source`)
            organisation = words[1..<(words.count - 1)]
            while let first = organisation.first, first.first?.isLowercase == true {
                organisation = organisation.dropFirst()
            }
            guard let first = organisation.first,
                partyWords.contains(first.lowercased())
                    || lexicon.classes(of: String(first.lowercased())).isDisjoint(with: [.nationality, .place]),
                !countryInitials.contains(first)
            else { return nil }
        } else if spokesHeads.contains(Substring(words[1].lowercased())), words.count >= 4, words[2] == "for" {
            organisation = words[3...]  // a spokeswoman for the RFU
            if organisation.first?.lowercased() == "the" { organisation = organisation.dropFirst() }
        } else {
            return nil
        }
        // `a Police Service of Northern Ireland (PSNI) spokesman`: the initials in brackets only repeat the name
        if organisation.count >= 2, let last = organisation.last, last.count >= 4, last.first == "(", last.last == ")",
            isAcronym(last.dropFirst().dropLast())
        {
            organisation = organisation.dropLast()
        }
        guard let first = organisation.first, first.first?.isUppercase == true else { return nil }
        let name = organisation.joined(separator: " ")
        if organisation.count == 1, isAcronym(first) { return expanded(String(first), in: text, names: &names) }
        // `a spokesperson for Reach South` → `Reach South Academy Trust` when the article names it so
        return index(&names, text).fullName(startingWith: name) ?? name
    }

    /// Calls `body` with every run of capitalised words (glue words inside) in text order, until it returns true.
    /// One pass over the bytes: words are runs between spaces with quotes and punctuation trimmed; a run ends at a
    /// lower-case word or at punctuation after a word.
    static func capitalisedRuns(in text: UnsafeBufferPointer<UInt8>, _ body: ([Range<Int>]) -> Bool) {
        var name: [Range<Int>] = []  // the words of the current capitalised run
        var i = 0
        while i <= text.count {
            // the next whitespace-separated token; a line break ends the name (`… Daly River` ¶ `The Northern Land
            // Council`: a headline without its full stop runs into no name of the body)
            var lineBreak = false
            while i < text.count, isSpace(text[i]) {
                if text[i] == 0x0A { lineBreak = true }
                i += 1
            }
            if lineBreak && !name.isEmpty {
                if body(name) { return }
                name.removeAll(keepingCapacity: true)
            }
            guard i < text.count else { break }
            var end = i
            while end < text.count, !isSpace(text[end]) { end += 1 }
            var start = i
            var stop = end
            while start < stop, trimmedLength(text, start) > 0 { start += trimmedLength(text, start) }
            while stop > start, let length = trailingTrimmedLength(text, stop) { stop -= length }
            let word = start..<stop
            // (`Likud Minister Says Partners`: a title-case headline's verb of speech ends a name and starts none)
            let headlineCue =
                !word.isEmpty && isCapitalAt(text, word.lowerBound) && word.count <= 8
                && headlineCueForms.contains(foldedHash(text, word.lowerBound, word.upperBound))
            if !word.isEmpty, !headlineCue, isCapitalAt(text, word.lowerBound) || (!name.isEmpty && isGlue(text, word))
            {
                name.append(word)
            } else {
                if !name.isEmpty && body(name) { return }
                name.removeAll(keepingCapacity: true)
            }
            // punctuation after the word ends the name
            if stop < end {
                if !name.isEmpty && body(name) { return }
                name.removeAll(keepingCapacity: true)
            }
            i = end
        }
        if !name.isEmpty { _ = body(name) }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// `of`, `for`, `and`, `the`, `&` (ASCII case ignored).
    static func isGlue(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        if word.count == 1 { return text[word.lowerBound] == 0x26 }
        guard word.count <= 3 else { return false }
        let hash = foldedHash(text, word.lowerBound, word.upperBound)
        return hash == glueOf || hash == glueFor || hash == glueAnd || hash == glueThe
    }

    static let glueOf = foldedHash("of"), glueFor = foldedHash("for"), glueAnd = foldedHash("and")
    static let glueThe = foldedHash("the")

    /// The length of the mark at `i` that is trimmed from words: ASCII `,.;:()"'` and the curly quotes `“ ” ‘ ’`.
    static func trimmedLength(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = text[i]
        if b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29 || b == 0x22 || b == 0x27 {
            return 1
        }
        if b == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, (0x98...0x9D).contains(text[i + 2]) { return 3 }
        return 0
    }

    /// The length of the trimmed mark that ends at `end`, if any.
    static func trailingTrimmedLength(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
        if trimmedLength(text, end - 1) == 1 { return 1 }
        if end >= 3, trimmedLength(text, end - 3) == 3 { return 3 }
        return nil
    }

    /// Index of the first person whose mention ends after `offset` (binary search; persons are sorted).
    static func firstIndex(endingAfter offset: Int, in persons: [Entity]) -> Int {
        var low = 0
        var high = persons.count
        while low < high {
            let mid = (low + high) / 2
            if persons[mid].span.range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Resolves `the opposition leader`, `the Salford MP`, `the 31-year-old`: definite, no possessive or `of`
    /// (`the prime minister's spokesman`, `the head of the firm` stay as written), ending in a role noun or an age.
    /// `lastNamedMayBeMeant`: false when the engine found the person named last a bystander
    /// (``ExtractedQuote/descriptionMayMeanLastNamed``): only someone written with the role is then meant.
    /// `quote`: the quotation being attributed, whose own words name no one the description can be (`"I was gutted
    /// when Junior's goal went in," added the City boss`); people named in earlier quotations stay candidates (`"We
    /// welcome Marcus Reid," the club said.` ¶ `"It's a dream," the 19-year-old said`).
    static func person(
        describedAs description: String, before offset: Int, persons: [Entity], firstAfter: Int,
        text: UnsafeBufferPointer<UInt8>, lastNamedMayBeMeant: Bool = true, quote: Range<Int>? = nil
    ) -> String? {
        var words = description.lowercased().split(separator: " ")
        // `the 27-year-old Austrian said`: the engine may keep only the capitalised nationality as the subject; it
        // describes someone when a lower-case word stands right before it (`Labour said` is the party)
        if words.count == 1, lexicon.classes(of: String(words[0])).contains(.nationality),
            let before = lastByte(before: offset, in: text), before >= 0x61 && before <= 0x7A || before == 0x2D
        {
            words.insert("the", at: 0)
        }
        guard words.count >= 2, words.count <= 5, words[0] == "the",
            !description.contains("'s"), !description.contains("’s"), !words.contains("of"), !words.contains("for"),
            let head = words.last
        else { return nil }
        let isAge = head.hasSuffix("-year-old")
        // a role (`the opposition leader`), an age (`the 31-year-old`) or a nationality (`the Australian`)
        guard isAge || !lexicon.classes(of: String(head)).isDisjoint(with: [.role, .title, .nationality]) else {
            return nil
        }
        // The nearest earlier person the role was written next to (`Sam Hale, the opposition leader`,
        // `opposition leader Sam Hale`), looking back over at most 40 mentions; else the nearest earlier person - but
        // not for a spokesperson, who speaks for someone else, a body as a rule (`Labelling Douglas Ross … like Donald
        // Trump, the spokesperson said` is no quote of Trump's, `said the M&S spokesman` none of M&S's chief's) -
        // unless a party's: `the Tory spokesman` is the shadow minister the story is about, as Westminster calls them
        let headBytes = Array(head.utf8)
        var index = firstAfter - 1
        var looked = 0
        while index >= 0 && looked < 40 {
            let span = persons[index].span.range
            // (the window stops before the description itself: `Donald Trump was in town. The spokesperson said`
            // writes no role next to Trump)
            let window =
                max(0, span.lowerBound - 60)..<max(span.upperBound, min(text.count, span.upperBound + 80, offset))
            if contains(headBytes, in: text, window), let canonical = persons[index].canonical { return canonical }
            index -= 1
            looked += 1
        }
        let speaksForABody =
            spokesHeads.contains(head) && !words.dropFirst().dropLast().contains { partyWords.contains(String($0)) }
        guard !speaksForABody, lastNamedMayBeMeant else { return nil }
        var last = firstAfter - 1
        while last >= 0, let quote, quote.contains(persons[last].span.range.lowerBound) { last -= 1 }
        return last >= 0 ? persons[last].canonical : nil
    }

    /// The last byte before `offset` that is not a space (nil at the start).
    static func lastByte(before offset: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt8? {
        var i = offset - 1
        while i >= 0, isSpace(text[i]) { i -= 1 }
        return i >= 0 ? text[i] : nil
    }

    /// Whether the lower-case word occurs, as a whole word and ignoring ASCII case, in the window.
    static func contains(_ word: [UInt8], in text: UnsafeBufferPointer<UInt8>, _ window: Range<Int>) -> Bool {
        guard !word.isEmpty, window.count >= word.count else { return false }
        var i = window.lowerBound
        while i + word.count <= window.upperBound {
            var k = 0
            while k < word.count, (text[i + k] | (text[i + k] >= 0x41 && text[i + k] <= 0x5A ? 0x20 : 0)) == word[k] {
                k += 1
            }
            if k == word.count {
                let before = i == 0 ? 0x20 : text[i - 1]
                let after = i + k < text.count ? text[i + k] : 0x20
                if !isLetter(before) && !isLetter(after) { return true }
            }
            i += 1
        }
        return false
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80 }
}
