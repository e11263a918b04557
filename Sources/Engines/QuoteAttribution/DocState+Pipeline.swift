import People

// One document from bytes to attributed quotes: paragraphs, quote marks, tokens, sentences, names, then the rules
// quote by quote in text order (a quote's speaker can depend on the previous quote's, see Rules/Continuation.swift).

extension DocState {
    /// Extracts and attributes the quotes of the document.
    mutating func run(sentences: [Range<Int>], persons: [Range<Int>]?, personIDs: [Int] = []) -> [ExtractedQuote] {
        paras = splitParagraphs(p)
        quotes = findQuotes(p, paras: paras, options: options)
        if quotes.isEmpty { return [] }
        tokenizeAroundQuotes()
        assignSentences(p, &toks, given: sentences)
        indexSentencesAndParagraphs()
        seqs = findCapSeqs(p, &toks)
        classifyPersons(persons, ids: personIDs)
        return attributeQuotes()
    }

    /// Tokenises with the quote marks as their own tokens, flags cue words, and records each quote's mark tokens and
    /// which tokens lie inside a top-level quote (rules must not read a speaker out of quoted words).
    mutating func tokenizeAroundQuotes() {
        var marks: [(pos: Int, role: UInt8, len: Int)] = []
        marks.reserveCapacity(quotes.count * 2)
        for q in quotes {
            marks.append((q.open, Tok.qopen, q.openLen))
            if q.closeLen > 0 { marks.append((q.close, Tok.qclose, q.closeLen)) }
        }
        marks.sort { $0.pos < $1.pos }
        toks = tokenize(p, paras: paras, marks: marks)
        // one pass over the words: cue words, the sex the caller's given names lend to pronoun agreement (a name
        // tagged both ways stays neutral), and the caller's person nouns written in lower case (`Baker`, `Hunter`
        // are surnames)
        for i in toks.indices where toks[i].kind == Tok.word {
            if cueSet[toks[i].hash] != 0 { toks[i].isCue = true }
            let own = callerWords[toks[i].hash]
            if own != 0 {
                toks[i].flags |= toks[i].cap ? own & (Lex.firstMale | Lex.firstFemale) : own & Lex.personNoun
            }
            if toks[i].flags == 0 && !toks[i].cap { inheritCompoundHead(i) }
        }
        qOpenTok = Array(repeating: -1, count: quotes.count)
        qCloseTok = Array(repeating: -1, count: quotes.count)
        for (qi, q) in quotes.enumerated() {
            let o = tokIndex(atOrAfter: q.open)
            qOpenTok[qi] = o
            // for an unclosed quote `close` is the content end: the token after it is one past the content
            let c = tokIndex(atOrAfter: q.close)
            qCloseTok[qi] = c
            if q.depth == 0 {
                let last = q.closeLen > 0 ? c : c - 1
                if o <= last {
                    for t in o...min(last, toks.count - 1) { toks[t].quote = Int32(qi) }
                }
            }
        }
    }

    /// `the wicketkeeper-batsman`, `the player-manager`, `the singer-songwriter`: a lower-case compound no list knows
    /// is a person noun when the word after its last hyphen is one (a speaker noun, title or the caller's person
    /// noun), so the description refers back to a person as its head would; not `head` (`the Leicester tight-head`
    /// is a rugby position). Ages (`-old`) and `-of-` words have their own tests.
    mutating func inheritCompoundHead(_ i: Int) {
        let t = toks[i]
        var k = Int(t.end) - 1
        let stop = Int(t.start) + 2
        while k > stop && p[k] != .hyphen { k -= 1 }
        guard k > stop, Int(t.end) - k > 3 else { return }
        let head = foldedHash(p, k + 1, Int(t.end))
        // (`tight-head`, `loose-head`, `figure-head` are no heads of anything)
        guard head != hHead else { return }
        let inherited =
            lexicon[head] & (Lex.speakerNoun | Lex.title) | callerWords[head] & Lex.personNoun
        if inherited & Lex.honorific == 0 { toks[i].flags |= inherited }
    }

    /// First and last token of every sentence and paragraph.
    mutating func indexSentencesAndParagraphs() {
        let nSent = Int(toks.last.map { $0.sent } ?? 0) + 1
        sentFirst = Array(repeating: Int.max, count: nSent)
        sentLast = Array(repeating: -1, count: nSent)
        paraFirstTok = Array(repeating: Int.max, count: paras.count)
        paraLastTok = Array(repeating: -1, count: paras.count)
        for (i, t) in toks.enumerated() {
            let s = Int(t.sent)
            if sentFirst[s] == Int.max { sentFirst[s] = i }
            sentLast[s] = i
            let pp = Int(t.para)
            if paraFirstTok[pp] == Int.max { paraFirstTok[pp] = i }
            paraLastTok[pp] = i
        }
    }

    /// Runs the rules on every quote in text order, then the headline and lead rules over the results. Scare quotes are
    /// dropped here when the options say so (after attribution, so they still separate speakers).
    mutating func attributeQuotes() -> [ExtractedQuote] {
        var results: [ExtractedQuote] = []
        results.reserveCapacity(quotes.count)
        var resultQuote: [Int] = []  // index into `quotes` of each result
        var speakers: [Speaker?] = Array(repeating: nil, count: quotes.count)
        var prevTop = -1
        // the previous top-level quote that is not a term no one speaks (``termKeepsSpeaker(_:of:speakers:)``): the quote a
        // `continuation` goes on from (`said Marge Whaley, the last of the "old guard" members. "Q2."`: Q2 goes on
        // from Q1)
        var prevSpoken = -1
        // per result: whether its speaker is a person the article names (not a description, an organisation or a
        // capitalised role such as `Garda Commissioner`)
        var speakerIsNamedPerson: [Bool] = []
        for qi in quotes.indices {
            let q = quotes[qi]
            var eq = ExtractedQuote(
                range: q.range, content: contentRange(q), kind: .speech,
                rule: AttributionRule.none.rawValue, unclosed: q.unclosed, nested: q.depth > 0)
            var isNamedPerson = false
            if q.depth > 0 {
                classifyNested(q, &eq)
            } else {
                namedInQuoteBeingAttributed = peopleNamed(inSpeech: qi)
                let att = attributeTopLevel(qi, prevTop: prevTop, prevSpoken: prevSpoken, speakers: speakers)
                namedInQuoteBeingAttributed.removeAll(keepingCapacity: true)
                if let sp = att.speaker {
                    eq.speaker = sp.name
                    eq.speakerRange = sp.range
                    eq.speakerIsUnnamed = sp.unnamed
                    eq.descriptionMayMeanLastNamed = sp.mayMeanLastNamed
                    isNamedPerson = sp.seq >= 0 && seqs[sp.seq].person >= 0
                    // (words quoted from someone's claim are theirs, but the sentence goes on as its own speaker's)
                    speakers[qi] = att.rule == .claimOwner ? claimSentenceSpeakers[qi] : sp
                    if isOrganisation(sp) { organisationSpeakers.append((qOpenTok[qi], sp)) }
                    if sp.seq >= 0 {
                        spoke.insert(sp.seq)
                        if seqs[sp.seq].person >= 0 { spokePersons.insert(seqs[sp.seq].person) }
                        eq.mentionRange = byteRange(seqs[sp.seq].nameStart, seqs[sp.seq].end)
                    }
                }
                if let cr = att.cue {
                    eq.cueRange = cr
                    eq.cue = text(cr)
                }
                eq.rule = att.rule.rawValue
                eq.kind =
                    (att.speaker != nil || att.cue != nil || (looksLikeSpeech(q) && !isTitleOfAWork(qi)))
                    ? .speech : .scare
                if eq.kind == .speech { lastQuoteSpeaker = (att.speaker?.seq ?? -1, qOpenTok[qi], qCloseTok[qi]) }
                // a nickname inside a name (`Andre "Dre" Simmons`) is no quote the next one continues
                if !isNickname(qi) { prevTop = qi }
                if !isNickname(qi)
                    && (eq.kind == .speech || att.speaker != nil
                        || !termKeepsSpeaker(qi, of: prevSpoken, speakers: speakers))
                {
                    prevSpoken = qi
                }
            }
            if eq.kind == .scare && !options.keepScare { continue }
            results.append(eq)
            resultQuote.append(qi)
            speakerIsNamedPerson.append(isNamedPerson)
        }
        var bodyWords = NormalisedQuoteWords()
        attributeHeadlineQuotes(
            &results, quoteIndices: resultQuote, speakerIsNamedPerson: speakerIsNamedPerson, bodyWords: &bodyWords)
        attributeLeadQuotes(&results, quoteIndices: resultQuote, bodyWords: &bodyWords)
        return results
    }

    /// Whether term quote `qi`, which no one speaks, leaves spoken quote `spoken` the one a later quote goes on from:
    /// the term stands in that quote's own sentence (`said Marge Whaley, the last of the "old guard" members`), or in a
    /// sentence about its speaker, opening with he, she, his or her or with the speaker's name (`He is clear the ads
    /// will not be the traditional "in-your-face" type`) - not in another subject's sentence (`But opponents of the
    /// "mega-mall" say it will ruin the town`).
    mutating func termKeepsSpeaker(_ qi: Int, of spoken: Int, speakers: [Speaker?]) -> Bool {
        guard spoken >= 0, !quotes[spoken].unclosed else { return false }
        let sent = toks[qOpenTok[qi]].sent
        if toks[qCloseTok[spoken]].sent == sent { return true }
        var first = sentFirst[Int(sent)]
        // (after a connective or an adverb: `But he is clear …`, `Still, he …`)
        if toks[first].kind == Tok.word, toks[first].flags & (Lex.conj | Lex.skipAdv) != 0 {
            first += toks[first + 1].isPunct(.comma) ? 2 : 1
        }
        guard first < qOpenTok[qi], let sp = speakers[spoken] else { return false }
        let t = toks[first]
        // (the pronoun agrees with the speaker: `Her fear is …` after Adam Curry's quote is someone else's)
        let speakerSeq = sp.seq >= 0 ? seqs[sp.seq] : nil
        if t.kind == Tok.word, t.flags & Lex.pronMale != 0 || t.hash == hHis {
            return speakerSeq?.female != true
        }
        if t.kind == Tok.word, t.flags & Lex.pronFemale != 0 || t.hash == hHer {
            return speakerSeq?.male != true
        }
        guard t.seq >= 0, seqs[Int(t.seq)].personLike else { return false }
        return canonical(Int(t.seq)).0 == sp.canonicalKey
    }
}
