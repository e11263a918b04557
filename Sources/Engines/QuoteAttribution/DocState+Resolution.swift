import People

// From a subject mention to a speaker: canonical names for people, descriptions resolved to the person the article
// gave that role (`the opposition leader` → Sam Hale), organisations for `the company`; pronouns are in
// Rules/Pronoun.swift.

extension DocState {
    /// `Article 5`, `Section 4-102`, `Rule 9`: one capitalised word naming a part of a law or document, then a number.
    func isNumberedDocumentPart(_ si: Int) -> Bool {
        let k = seqs[si].end
        return seqs[si].start == k && k + 1 < toks.count && documentPartHashes.contains(toks[k].hash)
            && toks[k + 1].kind == Tok.word && isASCIIDigit(p[Int(toks[k + 1].start)])
    }

    /// The speaker a subject mention stands for: a person's canonical name; for `the company` the organisation last
    /// named as subject; for `the opposition leader`, `the 31-year-old` the person last named with a title (or who spoke
    /// last); other descriptions and organisations as written with a lower-case article (`the ministry`); pronouns
    /// through `resolvePronoun`. `nil` when there is no one to name (`it`, `they`, `who`).
    mutating func resolve(_ s: Subj) -> Speaker? {
        // a headline's one-word description (`Coroner warns of 'lethal' junction`, `MP criticises 'reckless' plans`):
        // the person the body names with that role (`the senior coroner, Geraint Powys`, `Ben Everitt MP`); not a body
        // (`union`) or a plural
        guard s.first < toks.count else { return nil }
        let lonePostNominal = s.first == s.last && postNominalHashes.contains(toks[s.first].hash)
        // (or a role with the words of its place or body before it, which the body writes with the holder too: `'We
        // were terrible' - Ulster coach blasts team` … `Ulster coach Dan McFarland`; not `UKIP MEP attacked …` … `ex-UKIP
        // MEP Robert Kilroy-Silk`)
        let modifiedRole =
            s.first < s.last && s.last - s.first <= 3
            && (s.first..<s.last).allSatisfy { toks[$0].kind == Tok.word && !toks[$0].possessive && !toks[$0].isCue }
        if s.first == s.last || modifiedRole, toks[s.first].para == 0, !s.isPronoun,
            isRoleHead(toks[s.last]) || lonePostNominal
                || (toks[s.last].flags & Lex.speakerNoun != 0 && toks[s.last].flags & (Lex.orgWord | Lex.plural) == 0),
            lonePostNominal || (s.sequence.map({ !seqs[$0].personLike }) ?? true),
            let si = roleHolderInBody(toks[s.last].hash),
            !modifiedRole || (s.first..<s.last).allSatisfy({ holdsRole(si, toks[$0].hash) })
        {
            return personSpeaker(si)
        }
        switch s.kind {
        case .seq(let si):
            // `A ROW erupted in Belfast City Council …`, `A MAN has been jailed`: British local copy writes the story's
            // first noun in capitals after the indefinite article opening the body - a common noun, no body's acronym
            // (``isCapitalisedLedeNoun(_:)``), no one
            if isCapitalisedLedeNoun(si) { return nil }
            // `According to Section 4-102, Article 5, punishment … may not exceed a fine of $1,000 "or imprisonment
            // for six months"`: a numbered part of a law or document speaks for no one
            if isNumberedDocumentPart(si) { return nil }
            // (a weekday alone speaks for no one: `at 9am on Saturday, Deputy Returning Officer Vincent Murray …` read
            // wrongly can leave `Saturday` as the subject)
            if seqs[si].start == seqs[si].end, !seqs[si].personLike, weekdayHashes.contains(toks[seqs[si].end].hash) {
                return nil
            }
            if let holder = officeHolder(si) ?? officeAcronymHolder(si) ?? headOfStateHolder(si) {
                return personSpeaker(holder)
            }
            if let named = leadDescriptionNamedLater(si) { return personSpeaker(named) }
            if let office = officeSpeaker(si) { return office }
            // `Head Coach Dave Tallman thanked everyone.` ¶ `"Q," Coach said`: a role word alone, capitalised as a
            // title and with no article, stands for the one person the article wrote with it - not when two hold it
            // (`Judge Mary Ellis and Judge Tom Ward`), nor for a deputy's, a former holder's or a rival's
            if seqs[si].start == seqs[si].end, !seqs[si].personLike, !seqs[si].org, isRoleHead(toks[seqs[si].start]),
                seqs[si].start == 0 || toks[seqs[si].start - 1].flags & Lex.det == 0,
                let holder = roleHolder(toks[seqs[si].start].hash, before: seqs[si].start),
                otherHolders(of: toks[seqs[si].start].hash, from: holder).count == 1,
                !qualifiedRoleHashes.contains(where: { holdsRole(holder, $0) })
            {
                return personSpeaker(holder)
            }
            // `the outgoing Limerick State Solicitor said`: capitalised words ending in a title after `the` (and
            // lower-case words) describe someone as `the outgoing solicitor` does, when that reading finds a person
            // (not `the Scottish Executive`, a government); a party's or a body's word among them too (`The Labour MSP
            // said`, after `Neil Findlay called Nicola Sturgeon a liar`)
            if !seqs[si].personLike, isRoleHead(toks[seqs[si].end]),
                toks[seqs[si].end].hash != hExecutive,
                let a = articleOpening(seqs[si].start), a < seqs[si].end,
                let described = resolve(Subj(kind: .np(a, seqs[si].end), first: a, last: seqs[si].end)),
                described.seq >= 0
            {
                return described
            }
            // `One 78-year-old Scotsman said`, `A Glaswegian said`: one capitalised word after an indefinite article
            // (and an age) describes someone new whom the article does not name: no one to name
            if introducesSomeoneUnnamed(si) { return nil }
            // `Police said` opening a sentence, `Gardaí said`: the force the report names
            if seqs[si].start == seqs[si].end, policeWordHashes.contains(toks[seqs[si].start].hash),
                let force = policeForce(near: seqs[si].start)
            {
                return personSpeaker(force)
            }
            // `The Chamber said` after `Wirral Chamber of Commerce`: an institution's word alone, capitalised after
            // `the`, is the institution the article named in full with it
            // (a capitalised `The` opening the sentence opens the sequence)
            let institution = toks[seqs[si].start].hash == hThe ? seqs[si].start + 1 : seqs[si].start
            if institution == seqs[si].end, !seqs[si].personLike, institutionHeads.contains(toks[institution].hash),
                institution > 0, toks[institution - 1].hash == hThe,
                let body = onlyInstitution(named: toks[institution].hash, before: seqs[si].start)
            {
                return personSpeaker(body)
            }
            return personSpeaker(si)
        case .np(let a, let b):
            // `said an irate resident who gave her name as Debbie Joe`, `a man, identified only as Tom,`: the name the
            // description goes on to give
            if let named = nameGivenAfterDescription(b) { return personSpeaker(named) }
            // `added the Head of State`, `the head of state said`
            if a + 3 == b, toks[a].hash == hThe, let holder = headOfStateHolder(a + 1, b) {
                return personSpeaker(holder)
            }
            // `Garda Brannigan asked McDonagh, of …` ¶ `The 33-year-old replied: "Q"`: who answers was asked
            if toks[b].flags & Lex.plural == 0, let si = personAsked(beforeAnswerAt: b, male: nil) {
                return personSpeaker(si)
            }
            // `police said`, `the police said`, `the force said`: the force the report names
            if policeWordHashes.contains(toks[b].hash) || toks[b].hash == hForce,
                a == b || (a + 1 == b && toks[a].hash == hThe), let force = policeForce(near: a)
            {
                return personSpeaker(force)
            }
            // `Jonesboro police said`, with no force named in capitals: the town's police, as written
            if a == b, policeWordHashes.contains(toks[b].hash), !toks[b].cap, a >= 1, toks[a - 1].seq >= 0,
                !toks[a - 1].possessive
            {
                let town = seqs[Int(toks[a - 1].seq)]
                if town.end == a - 1, !town.personLike, town.place || !town.org {
                    let r = byteRange(toks[town.start].hash == hThe ? town.start + 1 : town.start, b)
                    let name = text(r)
                    return Speaker(name: name, range: r, canonicalKey: name)
                }
            }
            // `the company said`, `a spokesperson for the company said`: the organisation named before
            // (`a == b`: a bare head, `PARENTS` opening the text, has no word before it to read)
            let companyAt = b - 1 > a ? b - 1 : a
            if toks[companyAt].hash == hThe && orgHeadHashes.contains(toks[b].hash),
                a + 1 == b || (b - 2 > a && (toks[b - 2].hash == hFor || toks[b - 2].hash == hOf)),
                let si = orgAntecedent(a, earlier: true, head: toks[b].hash)
            {
                return personSpeaker(si)
            }
            // `A council spokesperson said`, `a hospital spokeswoman said`: a spokesperson after an institution's word
            // speaks for the institution the article named with that word
            if a + 2 == b, spokesHashes.contains(toks[b].hash), toks[b - 1].kind == Tok.word, !toks[b - 1].cap,
                institutionHeads.contains(toks[b - 1].hash),
                toks[a].hash == hThe || indefiniteHashes.contains(toks[a].hash),
                let si = onlyInstitution(named: toks[b - 1].hash, before: a)
            {
                return personSpeaker(si)
            }
            // `A police spokeswoman said` after `Police Scotland`: a police spokesperson speaks for the force the
            // report names
            if a + 2 == b, spokesHashes.contains(toks[b].hash), !toks[b - 1].cap,
                policeWordHashes.contains(toks[b - 1].hash),
                toks[a].hash == hThe || indefiniteHashes.contains(toks[a].hash), let force = policeForce(near: a)
            {
                return personSpeaker(force)
            }
            // `the sheriff's office said` after `Jefferson County Sheriff's Office`: a possessive before the head
            if toks[a].hash == hThe && a + 2 == b && toks[a + 1].possessive && !toks[a + 1].cap
                && institutionHeads.contains(toks[b].hash),
                let si = orgAntecedent(a, earlier: true, head: toks[b].hash)
            {
                return personSpeaker(si)
            }
            // `"Q," the CFA warning says`, `the police statement said`: a document whose body is named right before
            // it speaks for that body
            if toks[a].hash == hThe, b - 1 > a, documentHashes.contains(toks[b].hash) {
                let m = b - 1
                // (a body's name or acronym, not a month's: `the February statement said`)
                if toks[m].seq >= 0, seqs[Int(toks[m].seq)].end == m, seqs[Int(toks[m].seq)].start > a,
                    seqs[Int(toks[m].seq)].org || toks[m].allCaps, !seqs[Int(toks[m].seq)].personLike,
                    !seqs[Int(toks[m].seq)].place, !toks[m].possessive
                {
                    return personSpeaker(Int(toks[m].seq))
                }
                if !toks[m].cap, policeWordHashes.contains(toks[m].hash), let force = policeForce(near: a) {
                    return personSpeaker(force)
                }
            }
            // `"Q," the statement said` after `the sheriff's office said …`: the document of the body that spoke last
            if toks[a].hash == hThe && a + 1 == b && documentHashes.contains(toks[b].hash),
                let last = organisationSpeakers.last(where: { $0.open < a }),
                Int(toks[last.open].para) >= Int(toks[a].para) - 2
            {
                return last.speaker
            }
            // `A statement signed by the acting secretary, Elvis Bosomtwe, said …` then `the statement said`: the
            // person who signed the document, in this or the two paragraphs before
            if toks[a].hash == hThe && a + 1 == b && documentHashes.contains(toks[b].hash),
                let si = signatory(of: toks[b].hash, before: a)
            {
                return personSpeaker(si)
            }
            // `"Q," the spokesperson said` after `a spokesperson for the ICS said`: the organisation it speaks for
            if toks[a].hash == hThe && a + 1 == b && spokesHashes.contains(toks[b].hash),
                let last = organisationSpeakers.last(where: { $0.open < a }),
                Int(toks[last.open].para) >= Int(toks[a].para) - 2
            {
                return last.speaker
            }
            // … or after `A spokesperson for Kent Fire and Rescue Service said the fire was out`, where no quote was
            // the body's yet
            if toks[a].hash == hThe && a + 1 == b && spokesHashes.contains(toks[b].hash),
                let si = bodyOfASpokesperson(before: a)
            {
                return personSpeaker(si)
            }
            // `The DUP man warned:`, `said the Chelsea man`: `man` or `woman` after a party's, a club's or a place's
            // name is the one person of that sex the article wrote with the name (`Chelsea defender Thiago Silva`),
            // else the person the sentence before is about, else the last person of that sex who spoke in this
            // paragraph or the one before (`"Q," Policing Board member Jonathan Craig said.` ¶ `The DUP man warned:`),
            // each only when their sentence names no one else - and no one when the name is written with two people,
            // or after `A Cork man has appeared in court …`, the story's own unnamed man
            if toks[a].hash == hThe, b - 1 > a, toks[b].hash == hMan || toks[b].hash == hWoman, toks[b - 1].cap,
                !toks[b - 1].possessive, indefiniteMention(of: toks[b].hash, before: a) == nil
            {
                let male = toks[b].hash == hMan
                let written = personsWrittenWith(toks[b - 1].hash, before: a, male: male)
                if written.ambiguous { return nil }
                if let si = written.only
                    ?? subjectOfTheSentenceBefore(a).flatMap({
                        !disagrees(seqs[$0], male: male) && namesNoOneElse(sentenceOf: $0) ? $0 : nil
                    })
                    ?? antecedent(a, male: male, strongOnly: true).flatMap({
                        spoke.contains($0) && Int(toks[seqs[$0].start].para) >= Int(toks[a].para) - 1
                            && namesNoOneElse(sentenceOf: $0) ? $0 : nil
                    })
                {
                    return personSpeaker(si)
                }
            }
            // a caller's person noun (`the parliamentarian`) goes to someone the article wrote with it, never further
            // (not a demonym's noun: `the Cullyhanna native` is whoever the sentence before is about, as `the German`)
            let ownNoun =
                !isRoleHead(toks[b]) && !isAgeOrDemonym(toks[b]) && toks[b].flags & Lex.personNoun != 0
                && toks[b].flags & Lex.plural == 0
            if toks[a].hash == hThe && a < b && (isRoleHead(toks[b]) || isAgeOrDemonym(toks[b]) || ownNoun) {
                // (a spokesperson speaks for someone else: only a person written as one is `the spokesperson`, never
                // the subject before or the story's main actor - `Labelling Douglas Ross … like Donald Trump, the
                // spokesperson said`)
                let speaksForOthers = spokesHashes.contains(toks[b].hash)
                var plainNP = b - a <= 4
                for k in a...b where toks[k].flags & Lex.prep != 0 || toks[k].possessive { plainNP = false }
                let loose = isAgeOrDemonym(toks[b]) || celebrityHeads.contains(toks[b].hash)
                // `One AFC executive, speaking on condition of anonymity, … "Q," the executive said`: the description
                // goes back to someone the article never named
                let modifiers =
                    (a + 1 < b) ? ((a + 1)..<b).filter { toks[$0].kind == Tok.word }.map { toks[$0].hash } : []
                let qualifiers = Set(((a + 1)..<max(a + 1, b)).filter { toks[$0].cap }.map { toks[$0].hash })
                // (`the lawyer` after `Defence solicitor Ciaran Toner`: a wider word for the role, when no one holds
                // the word itself)
                var holder =
                    plainNP && !isAgeOrDemonym(toks[b])
                    ? roleHolder(toks[b].hash, before: a, modifiers: modifiers, qualifiers: qualifiers)
                        ?? narrowerRoleHolder(toks[b].hash, before: a, modifiers: modifiers) : nil
                // `The leader accused Ms Aitken of being "Q"` after `council leader Susan Aitken`: the description is
                // not the person its own sentence names after it (the object); take the holder before that one
                let named = personsNamedLater(in: toks[b].sent, after: b)
                var tries = 0
                while let h = holder, !named.isEmpty, tries < 3, named.contains(canonical(h).0) {
                    holder = roleHolder(
                        toks[b].hash, before: seqs[h].start, modifiers: modifiers, qualifiers: qualifiers)
                    tries += 1
                }
                // `security minister Tom Tugendhat told MPs …` after `minister Michael Tomlinson`, then `Tomlinson
                // replied: "Q"` ¶ `The minister said: "Q"`: of the people written with the role, the one the article
                // went on with (mentioned last) is meant, not the one written with it last
                if let h = holder, modifiers.isEmpty {
                    holder = latestMentioned(among: otherHolders(of: toks[b].hash, from: h), before: a)
                }
                if plainNP,
                    let unnamed = indefiniteMention(of: toks[b].hash, before: a)
                        ?? unnamedDescriptionWithAClause(of: toks[b].hash, before: a),
                    holder.map({ seqs[$0].end < unnamed }) ?? true
                {
                    return Speaker(
                        name: text(byteRange(a, b)).lowercased(), range: byteRange(a, b), canonicalKey: "",
                        unnamed: true)
                }
                // `Tory leader Michael Howard … the Tory leader argued`: the person the article gave the role
                if let si = holder {
                    return personSpeaker(si)
                }
                // (`the mother-of-five` is a woman: the pronoun's agreement picks her)
                let sex = parentOfCount(toks[b])
                // `Mowbray bemoaned a lack of options.` ¶ `"Q," said the Black Cats boss`: a description no one was
                // written with goes on with the person the sentence just before is about
                if plainNP, !ownNoun, !speaksForOthers, let si = subjectOfTheSentenceBefore(a),
                    !named.contains(canonical(si).0),
                    mayBeTheOfficial(si, toks[b].hash),
                    sex.map({ !disagrees(seqs[si], male: $0) }) ?? true
                {
                    return personSpeaker(si)
                }
                // (a caller's noun for what a known person does, `the Iranian filmmaker said` after `said Farhadi`,
                // goes back as the built-in ones do: such a word describes someone the story is about)
                if plainNP, !speaksForOthers, !ownNoun || celebrityHeads.contains(toks[b].hash),
                    let si = antecedent(a, male: sex ?? true, strongOnly: true, anyGender: sex == nil),
                    seqs[si].titled || spoke.contains(si) || loose, !named.contains(canonical(si).0),
                    mayBeTheOfficial(si, toks[b].hash)
                {
                    return personSpeaker(si)
                }
                // `Liverpool legend Phil Thompson has pleaded with Steve Gerrard …` ¶ `The former assistant boss also
                // warned …`: early in the story, the person opening its first sentence, its main actor
                if plainNP, !ownNoun, !speaksForOthers, let si = storyOpener(describedAt: a),
                    !named.contains(canonical(si).0),
                    mayBeTheOfficial(si, toks[b].hash),
                    sex.map({ !disagrees(seqs[si], male: $0) }) ?? true
                {
                    return personSpeaker(si)
                }
            }
            // `For Athleague manager David Kelly, …. 'Q,' said the man who led them to success`: `the man` or `the
            // woman` with a relative clause describes someone the story has named, as the role nouns above do - a
            // person written with a title or role, or who spoke, in this or the paragraph before (whom a he or she
            // there would be) - unless it introduced `a man` nearby; not a bystander (`Police named the victim as John
            // Carr. "Q," said the man who found him`)
            if toks[a].hash == hThe, a + 1 == b, toks[b].hash == hMan || toks[b].hash == hWoman, b + 1 < toks.count,
                toks[b + 1].kind == Tok.word, toks[b + 1].flags & Lex.who != 0,
                indefiniteMention(of: toks[b].hash, before: a) == nil,
                let si = antecedent(a, male: toks[b].hash == hMan),
                seqs[si].titled || spoke.contains(si) || followsARole(si),
                Int(toks[seqs[si].start].para) >= Int(toks[a].para) - 1
            {
                return personSpeaker(si)
            }
            // `A Keighley ward councillor has said he is "furious"` opening the story, then `Cllr Khadim Hussain, who
            // represents Keighley Central, said …`: the lead describes the person the next paragraphs name
            if let si = personNamedAfterTheLead(a, b) {
                return personSpeaker(si)
            }
            // `The head of the Garda press office has told a jury …` ¶ `Superintendent Liam Geraghty was giving
            // evidence …` … `The head of the Garda press office said …`: the lead's description written again later
            if let lead = sameDescriptionInTheLead(a, b), let si = personNamedAfterTheLead(lead, lead + b - a) {
                return personSpeaker(si)
            }
            // `the PSNI has warned …` ¶ `"Q," a spokesperson said`: a spokesperson for no body named speaks for the
            // organisation that spoke or acted just before (not `a spokesman for the author`)
            if a + 1 == b, indefiniteHashes.contains(toks[a].hash), spokesHashes.contains(toks[b].hash),
                b + 1 >= toks.count
                    || !affiliationPrepositions.contains(toks[b + 1].hash),
                let body = organisationReferent(before: a)
            {
                return body
            }
            let name = Self.withLowerCaseArticle(text(byteRange(a, b)))
            return Speaker(
                name: name, range: byteRange(a, b), canonicalKey: name,
                mayMeanLastNamed: lastNamedMayBeTheOfficial(toks[b].hash, before: a))
        case .pronoun(let j, let male):
            return resolvePronoun(j, male: male)
        case .unknown:
            // `It warned that growers faced "razor-thin margins"`: the organisation that spoke or acted just before
            if toks[s.first].hash == hIt { return organisationReferent(before: s.first) }
            if toks[s.first].hash == hThey, let body = bodyOpeningTheSentence(before: s.first) {
                return personSpeaker(body)
            }
            return nil
        }
    }

    /// `The Wisconsin Democratic Party released a statement in disagreement. They said Walker "failed Wisconsin"`:
    /// `they` opening a sentence, right after one whose subject is an organisation's name (in this paragraph or
    /// ending the one before, no person named since), is that body speaking as its members - not a body named only
    /// inside the sentence (`Residents met the council. They said …` are the residents), nor one whose sentence goes
    /// on to people in the plural (`Police arrested two men. They said …` are the men). The name's sequence, or nil.
    func bodyOpeningTheSentence(before j: Int) -> Int? {
        let sent = Int(toks[j].sent)
        guard sentFirst[sent] == j, sent >= 1 else { return nil }
        let end = sentLast[sent - 1]
        guard Int(toks[end].para) >= Int(toks[j].para) - 1,
            let opening = sentenceOpeningSubject(before: end, lb: sentFirst[sent - 1]), let si = opening.sequence,
            seqs[si].org, !seqs[si].personLike, !seqs[si].place, !seqs[si].inQuote, !toks[seqs[si].end].possessive,
            !personNamed(from: seqs[si].end + 1, to: j), seqs[si].end < end,
            !((seqs[si].end + 1)...end).contains(where: { namesPeopleInThePlural(toks[$0]) })
        else { return nil }
        return si
    }

    /// Whether token `t` is a lower-case noun of people in the plural (`men`, `residents`, `officers`, `fans`).
    func namesPeopleInThePlural(_ t: Tok) -> Bool {
        guard t.kind == Tok.word, !t.cap else { return false }
        return t.flags & Lex.plural != 0 || pluralPeopleHashes.contains(t.hash)
            || (isSpeakerNoun(t) && endsWith(p, t, "s") && !endsWith(p, t, "ss"))
    }

    /// The sequence of the name a description ending at token `b` gives itself right after it: `who gave her name as
    /// Debbie Joe`, `, who gave his name only as Tom,` (`who`, `gave` or `gives`, a possessive pronoun, `name`), or
    /// `identified only as Ann Roe`, `named as John` right after the description - then `as`, maybe `only`, and a name
    /// that is no body's or place's. Not `a witness who named the driver as Paul Kerr`. Nil otherwise.
    func nameGivenAfterDescription(_ b: Int) -> Int? {
        var k = b + 1
        if k < toks.count, toks[k].isPunct(.comma) { k += 1 }
        func word(_ i: Int, _ hashes: Set<UInt64>) -> Bool {
            i < toks.count && toks[i].kind == Tok.word && !toks[i].cap && hashes.contains(toks[i].hash)
        }
        // (an adverb may come first: `said one mother, later named as Kirsty Adams,`)
        if k < toks.count, toks[k].kind == Tok.word, !toks[k].cap,
            toks[k].flags & Lex.skipAdv != 0 || endsWithLy(toks[k]),
            word(k + 1, identifiedHashes)
        {
            k += 1
        }
        if word(k, [hWho]), word(k + 1, gaveHashes), word(k + 2, possessivePronounHashes), word(k + 3, [hName]) {
            k += 4
        } else if word(k, identifiedHashes) {
            k += 1
        } else {
            return nil
        }
        if word(k, [hOnly]) { k += 1 }
        guard word(k, [hAs]) else { return nil }
        var n = k + 1
        if word(n, [hOnly]) { n += 1 }
        guard n < toks.count, toks[n].seq >= 0 else { return nil }
        let s = seqs[Int(toks[n].seq)]
        return s.start == n && !s.inQuote && !s.org && !s.place ? Int(toks[n].seq) : nil
    }

    /// Whether person `si` is written with the role `head` right after a capitalised word that `described` lacks
    /// (`Dublin manager Dessie Farrell`, when `Kerry manager` is meant): the role another place, team or body holds -
    /// unless a word of `described` opens that body's name (`Boise School District trustee Joan Boren` for `Boise
    /// trustee`). Looks at most four tokens before the name, and four capitalised words before the role.
    func isRoleQualifiedOtherwise(_ si: Int, _ head: UInt64, _ described: Set<UInt64>) -> Bool {
        let s = seqs[si]
        var k = s.nameStart - 1
        while k >= 1, k >= s.nameStart - 4, toks[k].kind == Tok.word {
            if writesRole(head, at: k) {
                let before = toks[k - 1]
                guard before.kind == Tok.word, before.cap, before.sent == toks[k].sent,
                    before.flags & (Lex.title | Lex.det) == 0, !described.contains(before.hash)
                else { return false }
                var m = k - 2
                while m >= 0, m >= k - 5, toks[m].kind == Tok.word, toks[m].cap, toks[m].sent == toks[k].sent {
                    if described.contains(toks[m].hash) { return false }
                    m -= 1
                }
                return true
            }
            k -= 1
        }
        return false
    }

    /// A description named as a speaker, its opening article in lower case as inside a sentence (`The company` →
    /// `the company`, `THE OUTGOING State Solicitor` → `the OUTGOING …`, `One dealer` → `one dealer`), so that one
    /// description is one speaker wherever the article writes it.
    static func withLowerCaseArticle(_ name: String) -> String {
        let first = name.prefix(while: { $0 != " " })
        guard let f = first.first, f == "T" || f == "A" || f == "O",
            ["The", "THE", "A", "An", "One", "Another"].contains(first)
        else { return name }
        return first.lowercased() + name.dropFirst(first.count)
    }

    /// The person a description in the story's lead stands for (`A hospital chief said …`, `A Keighley ward councillor
    /// has said …`, `Northern Ireland's health minister says …`, `A councillor from Dundee has branded …`, `"Q", the
    /// leader of the city's Labour group has said`): British and American leads describe first and name in the next
    /// paragraphs. The description opens the first or second paragraph or the clause after a quote there, or follows its
    /// cue or a passive's `by` (`…, says Hamilton City's outgoing mayor`, `branded "offensive" by a Scottish Government
    /// minister`), with an indefinite article, `the` (when no one earlier held the role) or a place's possessive, and is
    /// headed by a person's role (no spokesperson, body or plural; before a preposition when one follows it); the
    /// person is the first in the next two paragraphs (three, when no one else came before) written next to that role
    /// (`Angela Tillet, chief executive of the trust`), else the first there who is a subject with a title, an apposition or a cue (`Cllr Khadim Hussain,
    /// who represents …`, `Ann Kite told the court`) or who opens the next paragraph (`Robin Swann was speaking after
    /// …`). At most 60 names are looked at.
    func personNamedAfterTheLead(_ a: Int, _ b: Int) -> Int? {
        guard a < b else { return nil }  // (a bare head, `PARENTS are calling …`, is no description of a person)
        let para = Int(toks[a].para)
        var h = b
        if toks[b].cap || !isPersonRole(toks[b]),
            let role = ((a + 1)..<b).first(where: { isPersonRole(toks[$0]) && toks[$0 + 1].flags & Lex.prep != 0 })
        {
            h = role
        }
        let head = toks[h]
        // (`the`/a possessive only opening the story's people: after `David Blunkett has apologised`, `The home
        // secretary confirmed` refers back)
        // (`its`, a body's possessive, as well: `adding more parking is "not an option", says its new temporary boss`
        // ¶ `Lisa Thomas, 46, …`)
        let definite =
            toks[a].hash == hThe || toks[a].hash == hIts || (toks[a].cap && (a..<h).contains { toks[$0].possessive })
        // (a headline drops the article: `'Q' says city councillor as …`, `'Q', claims Llanelli councillor` - a
        // description right after the cue that follows a headline quote)
        let headlineCueSubject =
            para == 0 && a >= 2 && toks[a - 1].isCue && (toks[a - 2].kind == Tok.qclose || followsQuoteAndComma(a - 1))
        // (… or a description opening the headline: `Fresno police chief says officer used 'Q'`, `Council leader
        // fears new targets 'Q'`)
        let headlineOpener = para == 0 && a == sentFirst[Int(toks[a].sent)]
        guard
            indefiniteHashes.contains(toks[a].hash) || (definite && !isPersonNamedInTheBody(before: a))
                || headlineCueSubject || headlineOpener
        else {
            return nil
        }
        // `Northern Ireland's health minister`: a holder of the role must be written with its modifiers too (not
        // `deputy First Minister Michelle O'Neill`)
        // (a headline capitalises its first word: `Former Ireland captain says …` wants a former captain)
        // (capitalised title words right before the head too: `the Chief Minister` wants a chief minister, not `the
        // Minister representing them, Ms Katy Gallagher`)
        var titleWords = h
        while toks[h].cap, titleWords - 1 > a, toks[titleWords - 1].cap, isRoleHead(toks[titleWords - 1]) {
            titleWords -= 1
        }
        let modifiers = ((headlineOpener ? a : a + 1)..<h).filter {
            toks[$0].kind == Tok.word && toks[$0].flags & (Lex.det | Lex.prep) == 0
                && (!toks[$0].cap || (headlineOpener && descriptionModifierHashes.contains(toks[$0].hash))
                    || $0 >= titleWords)
        }.map { toks[$0].hash }
        // (the words of a headline's description, none of which a holder's other affiliation may replace: `Kerry
        // manager says …` is not `Dublin manager Dessie Farrell`)
        let described: Set<UInt64> = headlineOpener ? Set((a...h).map { toks[$0].hash }) : []
        // … and with one of the words after the head, when it has some (`the leader of the city's Labour group` is
        // not `council leader Susan Aitken`)
        let qualifiers =
            h < b
            ? ((h + 1)...b).filter {
                toks[$0].kind == Tok.word && toks[$0].flags & (Lex.det | Lex.prep) == 0
            }.map { toks[$0].hash } : []
        // (the description opens its sentence, or the clause after the quote: `"Q", the leader of the city's Labour
        // group has said.`)
        // (the comma inside the marks too: `"Q," the Chief Minister insisted.`)
        let afterTheQuote =
            a >= 2
            && ((toks[a - 1].isPunct(.comma) && toks[a - 2].kind == Tok.qclose)
                || (toks[a - 1].kind == Tok.qclose && toks[a - 2].isPunct(.comma)))
        // (or follows the cue ending the sentence: `… are touting a "fantasy", says Hamilton City's outgoing mayor.`;
        // or is a passive's agent: `… has been branded "offensive" by a Scottish Government minister.`)
        let afterItsCue =
            a >= 1 && toks[a - 1].sent == toks[a].sent && (toks[a - 1].isCue || toks[a - 1].hash == hBy)
        guard para <= 2, a == sentFirst[Int(toks[a].sent)] || afterTheQuote || headlineCueSubject || afterItsCue,
            head.flags & (Lex.plural | Lex.orgWord) == 0, !spokesHashes.contains(head.hash),
            !anonymousSourceHashes.contains(head.hash), !orgHeadHashes.contains(head.hash),
            !documentHashes.contains(head.hash),
            isPersonRole(head) || head.flags & Lex.speakerNoun != 0,
            para + 1 < paraFirstTok.count, paraFirstTok[para + 1] != Int.max
        else { return nil }
        // (a paragraph that goes on with someone as a subject, `… Mike Nattrass, UKIP's deputy leader, made the
        // comments`, has its own account of who spoke; the next paragraphs are not read for it - a name that only
        // modifies, `the Michael Jackson child abuse trial`, is no such account)
        var later = seqsStarting(before: b + 1)
        while later < seqs.count, Int(toks[seqs[later].start].para) == para {
            if seqs[later].personLike && seqs[later].subject && !seqs[later].inQuote { return nil }
            later += 1
        }
        var si = seqsStarting(before: paraFirstTok[para + 1])
        // `Blackpool's Tory leader has accused his main political rival of 'Q'` ¶ `council leader Simon Blackburn …` ¶
        // `Tory chief Coun Tony Williams`: a party's word in the description wants the person written with it, before
        // anyone holding the role without it
        // (one written with the role too first: `Tory councillor Coun Jim Hobson` ¶ `Tory group leader Coun Paul
        // Hargreaves` is the leader)
        let descriptionWords = Set((a...h).map { toks[$0].hash })
        if let party = ((a + 1)..<h).first(where: { toks[$0].cap && partyWordHashes.contains(toks[$0].hash) }) {
            let members = (si..<min(seqs.count, si + 60)).prefix(while: {
                Int(toks[seqs[$0].start].para) <= para + 3
            }).filter { member in
                seqs[member].personLike && holdsRole(member, toks[party].hash)
                    && !formerHashes.contains(where: { holdsRole(member, $0) })
                    && !ranksOtherwise(member, head.hash, descriptionWords, capitalised: head.cap)
            }
            if let member = members.first(where: { holdsRole($0, head.hash) }) ?? members.first { return member }
        }
        var looked = 0
        var fallback: Int? = nil
        while si < seqs.count && looked < 60 && Int(toks[seqs[si].start].para) <= para + 3 {
            let s = seqs[si]
            // (a third paragraph on only for someone written with the role, when no one came before: `A JUDGE has
            // described as "…"` ¶ ¶ ¶ `Judge Eugene O'Kelly adjourned …`)
            let third = Int(toks[s.start].para) == para + 3
            // (not a former or a rival holder the lead does not describe: `A magistrate has said …` ¶ `Former
            // magistrate Peter Loane pleaded guilty …`)
            if !third || fallback == nil, holdsRole(si, head.hash), modifiers.allSatisfy({ holdsRole(si, $0) }),
                !formerHolderHashes.contains(where: { !modifiers.contains($0) && holdsRole(si, $0) }),
                qualifiers.isEmpty || qualifiers.contains(where: { holdsRole(si, $0) }),
                described.isEmpty || !isRoleQualifiedOtherwise(si, head.hash, described),
                !ranksOtherwise(si, head.hash, descriptionWords, capitalised: head.cap)
            {
                return si
            }
            // (a headline's opening description only for someone written with its role: the body's first subject is
            // as often the person the headline speaks of - `Grieving father says police 'let us down'` ¶ `Detective
            // Inspector Paul Rowe said …`)
            // (for an official's, only someone opening the next paragraph and written with no other official's role:
            // `A magistrate has said …` ¶ `… Defence solicitor Peter Lane told the court` is no magistrate, nor is
            // `His daughter, Claire Brennan,` a coroner; `THE OUTGOING State Solicitor for Wexford …` ¶ `Brendan
            // Tolan thanked …` is the solicitor)
            // (a former or rival holder of the lead's role is someone else - `Former magistrate Peter Loane` - but a
            // former holder of another role may be the one described: `A Labour MSP has hit out …` ¶ `Alex Rowley, a
            // former deputy leader of Scottish Labour, made the intervention`)
            if fallback == nil, !third, !headlineOpener, s.personLike, !s.inQuote, s.subject, !toks[s.end].possessive,
                !officialHashes.contains(head.hash)
                    || (s.start == paraFirstTok[para + 1]
                        && !officialHashes.contains(where: { $0 != head.hash && holdsRole(si, $0) })),
                !holdsRole(si, head.hash)
                    || !formerHolderHashes.contains(where: { !modifiers.contains($0) && holdsRole(si, $0) }),
                !ranksOtherwise(si, head.hash, descriptionWords, capitalised: head.cap),
                s.titled || isCueSubject(si) || (s.end + 1 < toks.count && toks[s.end + 1].isPunct(.comma))
                    || s.start == paraFirstTok[para + 1]
            {
                fallback = si
            }
            si += 1
            looked += 1
        }
        // `A police chief has condemned the "vile and destructive behaviour" of a teenager …` ¶ `Cole Stewart has been
        // convicted …` ¶ … ¶ `Assistant Chief Constable Richie Allen said`: when the paragraphs near the lead found no
        // one, or only a person opening a paragraph, someone written with the role later in the story (four to eight
        // paragraphs on: the first three were read above, for the role with its modifiers) is the one described,
        // rather than a person merely opening a paragraph near the lead
        if fallback.map({ !holdsRole($0, head.hash) }) ?? true {
            looked = 0
            while si < seqs.count && looked < 120 && Int(toks[seqs[si].start].para) <= para + 8 {
                // (the role's head is enough there: `police chief` is written `Assistant Chief Constable`)
                if seqs[si].personLike, !seqs[si].inQuote, holdsRole(si, head.hash),
                    qualifiers.isEmpty || qualifiers.contains(where: { holdsRole(si, $0) }),
                    !ranksOtherwise(si, head.hash, descriptionWords, capitalised: head.cap)
                {
                    return si
                }
                si += 1
                looked += 1
            }
        }
        return fallback
    }

    /// Whether person `si` is written with a title that ranks otherwise than the description's words `described`
    /// say: a word of rank before the role that the description lacks - `Deputy`, `Assistant`, `Vice` (`Deputy Chief
    /// Constable Mark Hamilton` is not `the Chief Constable`) - or, when the description writes its role capitalised,
    /// any other capitalised title word (`Chief Minister Andrew Barr` is not `the Minister`).
    func ranksOtherwise(_ si: Int, _ head: UInt64, _ described: Set<UInt64>, capitalised: Bool) -> Bool {
        // (only when the role is the holder's title's last word: `a police chief` may be `Assistant Chief Constable
        // Richie Allenby`, whose `Chief` qualifies another role)
        // (a courtesy title may stand between: `Tory deputy leader Coun Sheila Ramsdale`)
        let s = seqs[si]
        var k = s.nameStart - 1
        while k >= 1, toks[k].flags & Lex.honorific != 0 || (toks[k].isPunct(.period) && toks[k - 1].cap) { k -= 1 }
        guard k >= 0, toks[k].kind == Tok.word, toks[k].hash == head else { return false }
        let sent = toks[k].sent
        var m = k - 1
        while m >= 0, m >= k - 3, toks[m].kind == Tok.word, toks[m].sent == sent,
            toks[m].flags & (Lex.det | Lex.prep) == 0, !toks[m].possessive
        {
            if !described.contains(toks[m].hash),
                subordinateRankHashes.contains(toks[m].hash) || (capitalised && toks[m].cap && isRoleHead(toks[m]))
            {
                return true
            }
            m -= 1
        }
        return false
    }

    /// `A Labour MP has said the plan is "madness"` ¶ `Jane Roe, who represents …`: a capitalised description after an
    /// indefinite article (a party or a nation and a capitalised office, `A Kenyan MP`, `An SNP MSP`) reads as a
    /// sequence of capitals, yet it describes someone as `a ward councillor` does; the person the next paragraphs name
    /// with it speaks (``personNamedAfterTheLead(_:_:)``). Not when the sequence is a person's name (`A Mr Jones`).
    /// A place's or a body's possessive stands for the article as a lower-case description's does (`South
    /// Australia's Acting Premier says she is "alarmed"` … `Acting Premier Susan Close said`).
    func leadDescriptionNamedLater(_ si: Int) -> Int? {
        let s = seqs[si]
        guard !s.personLike, isRoleHead(toks[s.end]) else { return nil }
        if s.start >= 1, toks[s.start - 1].possessive, toks[s.start - 1].seq >= 0 {
            let place = seqs[Int(toks[s.start - 1].seq)]
            guard place.end == s.start - 1, !place.personLike,
                let named = personNamedAfterTheLead(place.start, s.end)
            else { return nil }
            // (the holder's capitalised title words must all be the description's: not `Queensland Premier Steven
            // Miles` for `New South Wales's Premier`, `Former Premier …`, `Deputy Lord Mayor …`)
            let described = Set((place.start...s.end).map { toks[$0].hash })
            var k = seqs[named].nameStart - 1
            while k >= 0, k >= seqs[named].nameStart - 4, toks[k].kind == Tok.word, toks[k].cap {
                if !described.contains(toks[k].hash) { return nil }
                k -= 1
            }
            return named
        }
        // (the sequence may hold the article, `A Labour MP`, when it opens the sentence)
        let article = indefiniteHashes.contains(toks[s.start].hash) ? s.start : s.start - 1
        guard article >= 0, article < s.end, indefiniteHashes.contains(toks[article].hash) else { return nil }
        return personNamedAfterTheLead(article, s.end)
    }

    /// `The Minister for Health said`, `THE OUTGOING State Solicitor for Limerick fired …, saying`: a title, then `for`
    /// or `of` and a portfolio or a place, names an office, not a person called `Health` or `Limerick`. The speaker is
    /// the person the lead goes on to name with the title (``personNamedAfterTheLead(_:_:)``), else the nearest
    /// person written with it before, else the office as written. Nil for anything else, and for a person's name.
    mutating func officeSpeaker(_ si: Int) -> Speaker? {
        let s = seqs[si]
        guard !s.personLike, s.nameStart >= 2 else { return nil }
        // (`for Health` may be inside the sequence or the sequence on its own after `Minister for`)
        let preposition = s.nameStart - 1
        guard toks[preposition].hash == hFor || toks[preposition].hash == hOf, !toks[preposition].cap else {
            return nil
        }
        let title = preposition - 1
        guard toks[title].kind == Tok.word, toks[title].cap, toks[title].flags & Lex.title != 0 else { return nil }
        // the article opening the description, inside the sequence (`The Minister`) or before it, lower-case words
        // between (`the outgoing State Solicitor`)
        var a = title
        while a > 0, a > title - 5, toks[a].hash != hThe && !indefiniteHashes.contains(toks[a].hash),
            toks[a - 1].kind == Tok.word, toks[a - 1].sent == toks[title].sent
        {
            a -= 1
        }
        if a < title, toks[a].hash == hThe || indefiniteHashes.contains(toks[a].hash),
            let named = personNamedAfterTheLead(a, title)
        {
            return personSpeaker(named)
        }
        if let holder = roleHolder(toks[title].hash, before: s.start) { return personSpeaker(holder) }
        let r = byteRange(min(a, s.start), s.end)
        let name = Self.withLowerCaseArticle(text(r))
        return Speaker(name: name, range: r, canonicalKey: name)
    }

    /// The `the` opening a description that ends in the sequence starting at `start`: the sequence's own first word, or
    /// up to three lower-case words before it (`the outgoing Limerick State Solicitor`), in its sentence.
    func articleOpening(_ start: Int) -> Int? {
        if toks[start].hash == hThe { return start }
        var k = start - 1
        while k >= 0, start - k <= 4, toks[k].kind == Tok.word, toks[k].sent == toks[start].sent {
            if toks[k].hash == hThe { return k }
            guard !toks[k].cap, toks[k].flags & (Lex.prep | Lex.conj | Lex.det) == 0, !toks[k].isCue else { return nil }
            k -= 1
        }
        return nil
    }

    /// `a Glaswegian`, `One 78-year-old Scotsman`, `another Australian`: a sequence of one word that is no person's
    /// name (nor an organisation's) after an indefinite article, with an age (`-old`) between them or not.
    /// Whether sequence `si` is one word in capitals right after `A` or `An` opening a sentence of the body's first
    /// paragraph, before a lower-case word that is no cue and no noun of a person (`A ROW erupted`, `A MAN has been
    /// jailed`; not `A BBC spokesman said`, nor `The BBC said`).
    func isCapitalisedLedeNoun(_ si: Int) -> Bool {
        let s = seqs[si]
        // (the article opening the sentence may open the sequence: `A ROW`)
        let a = s.start == s.end ? s.start - 1 : s.start
        guard a >= 0, s.end == a + 1, toks[s.end].allCaps, s.end + 1 < toks.count, toks[s.end].para <= 1 else {
            return false
        }
        let article = toks[a]
        let next = toks[s.end + 1]
        return article.kind == Tok.word && article.cap
            && (article.hash == hA || article.hash == hAn) && a == sentFirst[Int(toks[s.end].sent)]
            && next.kind == Tok.word && !next.cap && !next.isCue && !isSpeakerNoun(next)
    }

    func introducesSomeoneUnnamed(_ si: Int) -> Bool {
        let s = seqs[si]
        guard !s.personLike, !s.org else { return false }
        // (the sequence holds the article when it opens the sentence: `A Glaswegian said`; not `One` or `Another`,
        // which open names: `One Nation said`, `One Direction`)
        if s.end == s.start + 1 { return toks[s.start].hash == hA || toks[s.start].hash == hAn }
        guard s.end == s.start else { return false }
        var k = s.start - 1
        if k >= 0 && isAge(toks[k]) { k -= 1 }
        return k >= 0 && toks[k].kind == Tok.word && indefiniteHashes.contains(toks[k].hash)
    }

    /// Whether a person outside quotes is named in the body (after the headline) before token `j`, looking back over at
    /// most 60 names.
    func isPersonNamedInTheBody(before j: Int) -> Bool {
        var si = seqsStarting(before: j) - 1
        var looked = 0
        while si >= 0 && looked < 60 && toks[seqs[si].start].para >= 1 {
            if seqs[si].personLike && !seqs[si].inQuote { return true }
            si -= 1
            looked += 1
        }
        return false
    }

    /// `first` and up to two more people written with the role word `head` before it, one sequence each.
    func otherHolders(of head: UInt64, from first: Int) -> [Int] {
        var holders = [first]
        var before = seqs[first].start
        while holders.count < 3, let h = roleHolder(head, before: before) {
            if !holders.contains(where: { samePerson($0, h) }) { holders.append(h) }
            before = seqs[h].start
        }
        return holders
    }

    /// Whether two person sequences name the same person: by the upstream person id, else by the last name word.
    func samePerson(_ a: Int, _ b: Int) -> Bool {
        if seqs[a].person >= 0 && seqs[b].person >= 0 { return seqs[a].person == seqs[b].person }
        return seqs[a].lastHash == seqs[b].lastHash
    }

    /// Of `candidates` (the first is the default), the one whose person is mentioned last before token `j`, looking
    /// back over at most 60 names.
    func latestMentioned(among candidates: [Int], before j: Int) -> Int {
        guard candidates.count > 1 else { return candidates[0] }
        var si = seqsStarting(before: j) - 1
        var looked = 0
        while si >= 0 && looked < 60 {
            if seqs[si].personLike && !seqs[si].inQuote, let c = candidates.first(where: { samePerson($0, si) }) {
                return c
            }
            si -= 1
            looked += 1
        }
        return candidates[0]
    }

    /// The canonical names of the persons named in sentence `sent` after token `j`, outside quotes (at most 60
    /// tokens on).
    mutating func personsNamedLater(in sent: Int32, after j: Int) -> [String] {
        var names: [String] = []
        var k = j + 1
        while k < toks.count && k <= j + 60 && toks[k].sent == sent {
            if toks[k].seq >= 0, toks[k].quote < 0 {
                let si = Int(toks[k].seq)
                if seqs[si].start == k, seqs[si].personLike { names.append(canonical(si).0) }
                k = max(k, seqs[si].end)
            }
            k += 1
        }
        return names
    }

    /// The organisation of the latest `spokesperson for X` / `spokesman of the X` / `a Bayern spokesman` before token
    /// `j`, in this and the two previous paragraphs (at most 300 tokens back).
    func bodyOfASpokesperson(before j: Int) -> Int? {
        let para = Int(toks[j].para)
        var k = j - 1
        while k >= 0 && j - k <= 300 && Int(toks[k].para) >= para - 2 {
            defer { k -= 1 }
            guard toks[k].kind == Tok.word, spokesHashes.contains(toks[k].hash) else { continue }
            // (`A Bayern spokesman said …`: the body's name right before the word, no person's or place's)
            if k >= 1, toks[k - 1].seq >= 0, !toks[k - 1].possessive {
                let si = Int(toks[k - 1].seq)
                if seqs[si].end == k - 1, !seqs[si].personLike, !seqs[si].place, !seqs[si].inQuote { return si }
            }
            if k + 2 < j, toks[k + 1].hash == hFor || toks[k + 1].hash == hOf {
                let n = toks[k + 2].hash == hThe && k + 3 < j ? k + 3 : k + 2
                if toks[n].seq >= 0 {
                    let si = Int(toks[n].seq)
                    if seqs[si].start == n || seqs[si].nameStart == n, !seqs[si].personLike, !seqs[si].place {
                        return si
                    }
                }
            }
        }
        return nil
    }

    /// The police force a bare `police`, `the force` or `Gardaí` stands for: the latest name of a force before token
    /// `j` (at most 200 names back), as crime reports write it once (`Kent Police`, `Police Scotland`, `Police
    /// Service of Northern Ireland`, `An Garda Síochána`, `the PSNI`, `NYPD`) and then say `police said`. A name with
    /// a police word in it that is a body of another kind (`Police Federation`, `Police Authority`), a person (`Police
    /// Chief Ann Roe`) or the word alone is none.
    /// When none is named before, the first named after (`praised by police` in a headline, `Thames Valley Police`
    /// in the third paragraph): a report has one force.
    func policeForce(near j: Int) -> Int? {
        let next = seqsStarting(before: j)
        var si = next - 1
        while si >= 0 && next - si <= 200 {
            if namesPoliceForce(seqs[si]) { return si }
            si -= 1
        }
        si = next
        while si < seqs.count && si - next < 200 {
            if namesPoliceForce(seqs[si]) { return si }
            si += 1
        }
        return nil
    }

    /// Whether a capitalised sequence is the name of a police force (see ``policeForce(near:)``).
    func namesPoliceForce(_ s: CapSeq) -> Bool {
        guard !s.personLike, !s.inQuote, !s.place else { return false }
        var first = s.start  // (`The NYPD` opening a sentence)
        while first < s.end && toks[first].hash == hThe { first += 1 }
        if first == s.end {
            // an acronym: of a force named so the world over, or a US city's police department (`NYPD`, `LAPD`)
            let t = toks[first]
            guard t.allCaps else { return false }
            return policeAcronymHashes.contains(t.hash)
                || (t.end - t.start >= 3 && t.end - t.start <= 5 && p[Int(t.end) - 2] == 0x50
                    && p[Int(t.end) - 1] == 0x44)
        }
        guard !policeOtherBodyHashes.contains(toks[s.end].hash) else { return false }
        return (first...s.end).contains { policeWordHashes.contains(toks[$0].hash) }
    }

    /// What `it` refers to as a subject of speech: the later of the organisation that last spoke (within this and
    /// the two previous paragraphs) and the organisation last named as subject (`orgAntecedent`). A person is never
    /// `it`, so a person in between does not block it.
    mutating func organisationReferent(before j: Int) -> Speaker? {
        let para = Int(toks[j].para)
        var found: Speaker? = nil
        var foundAt = -1
        if let last = organisationSpeakers.last(where: { $0.open < j }), Int(toks[last.open].para) >= para - 2 {
            found = last.speaker
            foundAt = last.open
        }
        var referent = found
        if let si = orgAntecedent(j), seqs[si].start > foundAt {
            referent = personSpeaker(si)
            foundAt = seqs[si].start
        }
        guard let speaker = referent else { return nil }
        // `the NIESR report was optimistic … It said`: another organisation named in between may be what `it` is
        // (at most 200 names back: beyond that, `it` is left unresolved)
        var si = seqsStarting(before: j) - 1
        let lowest = si - 200
        while si >= 0, seqs[si].start > foundAt {
            if si <= lowest { return nil }
            let s = seqs[si]
            if !s.personLike && !s.place && !s.inQuote && (s.org || toks[s.end].allCaps),
                canonical(si).0 != speaker.canonicalKey, !isAddressee(s)
            {
                return nil
            }
            si -= 1
        }
        return speaker
    }

    /// `The Police Federation told BBC News NI that …`, `Acme said in an interview with Reuters`, `speaking to the
    /// Guardian`: the outlet (or anyone) a body speaks to is who listens, never what a later `it` or `a spokesman` stands
    /// for.
    func isAddressee(_ s: CapSeq) -> Bool {
        var k = s.start - 1
        if k >= 0, toks[k].hash == hThe { k -= 1 }
        guard k >= 0, toks[k].kind == Tok.word else { return false }
        if tellingHashes.contains(toks[k].hash) { return true }
        return k > 0 && (toks[k].hash == hTo || toks[k].hash == hWith) && listeningHashes.contains(toks[k - 1].hash)
    }

    /// Whether a speaker is an organisation rather than a person or a description of one: a name that is not
    /// person-like, or a noun phrase with a capitalised word after its first (`a spokesperson for the ICS`).
    func isOrganisation(_ sp: Speaker) -> Bool {
        if sp.seq >= 0 { return !seqs[sp.seq].personLike }
        var i = sp.range.lowerBound
        var wordStart = true
        var first = true
        while i < sp.range.upperBound {
            let b = p[i]
            if b == 0x20 {
                wordStart = true
                first = false
            } else {
                if wordStart && !first && b >= 0x41 && b <= 0x5A { return true }
                wordStart = false
            }
            i += 1
        }
        return false
    }

    /// How many sequences start before token `j` (binary search: sequences are in text order); the last of them is
    /// where the backward searches for an antecedent begin.
    func seqsStarting(before j: Int) -> Int {
        partitionPoint(seqs) { $0.start >= j }
    }

    /// The nearest person before token `j` written next to the role word `head`: before the name
    /// (`Tory leader Michael Howard`, up to three words) or in an apposition after it (`Michael Howard, the Tory
    /// leader`, up to five words), in the same sentence. Looks back over at most 60 names, outside quotes.
    /// With `modifiers` (`the Scottish Labour leader`: `scottish`, `labour`), a holder written with all of them wins
    /// over a nearer one written without (`council leader Susan Aitken` after `Scottish Labour leader Anas Sarwar`).
    /// With `qualifiers` (the description's capitalised modifiers: `Red Sox` of `the Red Sox manager`), no one written
    /// with the role after another capitalised word (`Rays manager Joe Maddon`) holds it.
    ///
    /// A former holder (`fugitive former prime minister Thaksin Shinawatra`) is taken only when no one else holds the
    /// role, unless the description says `former` too: `the prime minister` is `Prime Minister Prayut Chan-o-cha`.
    func roleHolder(_ head: UInt64, before j: Int, modifiers: [UInt64] = [], qualifiers: Set<UInt64> = []) -> Int? {
        var si = seqsStarting(before: j) - 1
        var looked = 0
        var nearest: Int? = nil
        var nearestFormer: Int? = nil
        let wantsPresent = !modifiers.contains(where: formerHashes.contains)
        while si >= 0 && looked < 60 {
            if holdsRole(si, head), !holdsAnotherOffice(si, head, modifiers),
                qualifiers.isEmpty || !isRoleQualifiedOtherwise(si, head, qualifiers)
            {
                if wantsPresent && isWrittenAsFormer(si) {
                    if nearestFormer == nil { nearestFormer = si }
                } else {
                    if modifiers.isEmpty || writtenWith(si, modifiers) { return si }
                    if nearest == nil { nearest = si }
                }
            }
            si -= 1
            looked += 1
        }
        return nearest ?? nearestFormer
    }

    /// Whether `former`, `ex` or `erstwhile` is among the four words before person sequence `si`'s name, in its
    /// sentence (`former prime minister Thaksin Shinawatra`).
    func isWrittenAsFormer(_ si: Int) -> Bool {
        let s = seqs[si]
        let from = max(sentFirst[Int(toks[s.start].sent)], s.start - 4)
        return (from..<s.nameStart).contains { toks[$0].kind == Tok.word && formerHashes.contains(toks[$0].hash) }
    }

    /// `added the Head of State` after `President Paul Kagame`: the office written as what it is, capitalised after
    /// `the`, is held by the president the article named, or else its monarch.
    func headOfStateHolder(_ si: Int) -> Int? {
        let s = seqs[si]
        let first = toks[s.start].hash == hThe ? s.start + 1 : s.start
        guard s.afterDet || first > s.start else { return nil }
        return headOfStateHolder(first, s.end)
    }

    /// ``headOfStateHolder(_:)`` for the words `Head of State` from token `first` to `last` (any case); nil when two
    /// people hold the office.
    func headOfStateHolder(_ first: Int, _ last: Int) -> Int? {
        guard first + 2 == last, toks[first].hash == hHead, toks[first + 1].hash == hOf, toks[last].hash == hState
        else { return nil }
        // (only the one head of state the article names: with two presidents, `the Head of State` is either)
        for office in headsOfState {
            if let holder = roleHolder(office, before: first) {
                return otherHolders(of: office, from: holder).count == 1 ? holder : nil
            }
        }
        return nil
    }

    /// `The Prime Minister said`, `The First Minister accused …`: a capitalised office after `the` (every word a title,
    /// the last a role) is a description, not a name; the person the article wrote with that office speaks (``roleHolder(_:before:modifiers:)``,
    /// the office's other words as modifiers). Nil when the sequence is anything else or no one holds the office.
    func officeHolder(_ si: Int) -> Int? {
        let s = seqs[si]
        guard !s.personLike, !s.org, s.afterDet || toks[s.start].hash == hThe, isRoleHead(toks[s.end]) else {
            return nil
        }
        let first = toks[s.start].hash == hThe ? s.start + 1 : s.start
        guard first <= s.end,
            (first...s.end).allSatisfy({ toks[$0].kind == Tok.word && toks[$0].flags & Lex.title != 0 })
        else { return nil }
        let modifiers = (first..<s.end).map { toks[$0].hash }
        return roleHolder(toks[s.end].hash, before: s.start, modifiers: modifiers)
    }

    /// `the CM said`, `CM says PTI will …`, `the DCP said`: an office written as its acronym (``officeOfAcronym``), with
    /// or without `the`, is the person the article wrote with the acronym (`DCP Priya Rao`) or with the words it stands
    /// for (`Chief Minister Ali Amin Gandapur`), whichever is nearer. Nil for anything else, and for a body's office
    /// (`Acme's CEO said`: the CEO of the body, whom another company's `CEO Tom Green` is not).
    func officeAcronymHolder(_ si: Int) -> Int? {
        let s = seqs[si]
        let k = toks[s.start].hash == hThe ? s.start + 1 : s.start
        guard k == s.end, s.person < 0, toks[k].allCaps, let office = officeOfAcronym[toks[k].hash],
            s.start == 0 || !toks[s.start - 1].possessive
        else {
            return nil
        }
        // (not an earlier `said the DCP` taken for a name)
        let byAcronym = roleHolder(toks[k].hash, before: s.start).flatMap {
            toks[seqs[$0].nameStart].hash != toks[k].hash ? $0 : nil
        }
        // (the words before the name may run long: `Deputy commissioner of police (crime) G Ram Gopal Naik`)
        let byWords = roleHolder(office.role, before: s.start, modifiers: office.modifiers).flatMap { h in
            let from = max(sentFirst[Int(toks[seqs[h].start].sent)], seqs[h].start - 8)
            return office.modifiers.allSatisfy { m in (from..<seqs[h].nameStart).contains { toks[$0].hash == m } }
                ? h : nil
        }
        if let a = byAcronym, let w = byWords { return max(a, w) }
        return byAcronym ?? byWords
    }

    /// Whether a lower-case role or noun of persons stands right before person sequence `si` (`Athleague manager
    /// David Kelly`, `prosecutor Tabitha Walker`).
    func followsARole(_ si: Int) -> Bool {
        let before = seqs[si].start - 1
        return before >= 0 && !toks[before].cap && isRoleOrPersonNoun(toks[before])
    }

    /// Where the lead (the first two paragraphs of the body, after the headline when there is one) opens a sentence
    /// with the description of at least three words `a...b` (`The head of the Garda press office`) that a later
    /// paragraph writes again, word for word. Nil when the description is in the lead itself or the lead has no such
    /// sentence.
    func sameDescriptionInTheLead(_ a: Int, _ b: Int) -> Int? {
        let firstBodyPara = paras.count > 1 ? 1 : 0
        let lastLeadPara = firstBodyPara + 1
        guard b - a >= 2, toks[a].hash == hThe, Int(toks[a].para) > lastLeadPara else { return nil }
        for sent in 0..<sentFirst.count {
            let first = sentFirst[sent]
            guard first < toks.count else { continue }  // (a sentence number with no tokens)
            let para = Int(toks[first].para)
            if para < firstBodyPara { continue }
            if para > lastLeadPara { break }
            guard first + b - a <= sentLast[sent], toks[first].quote < 0 else { continue }
            if (0...(b - a)).allSatisfy({ toks[first + $0].hash == toks[a + $0].hash }) { return first }
        }
        return nil
    }

    /// The person who is the subject of the sentence just before the one token `a` is in (quotes skipped), in the same
    /// paragraph or the one before: news varies the words for whom it is talking about (`Humza Yousaf responded to
    /// Kerr's points.` ¶ `The First Minister said …`). Not a person named in the quote being attributed.
    func subjectOfTheSentenceBefore(_ a: Int) -> Int? {
        guard let before = sentenceBefore(pronounAt: a) else { return nil }
        let sent = Int(before)
        guard Int(toks[sentFirst[sent]].para) >= Int(toks[a].para) - 1,
            let s = sentenceOpeningSubject(before: sentLast[sent], lb: sentFirst[sent]), case .seq(let si) = s.kind,
            seqs[si].personLike, !seqs[si].inQuote, !toks[seqs[si].end].possessive
        else { return nil }
        let about = reporter(of: sent, openedBy: si)
        return isNamedInQuoteBeingAttributed(seqs[about]) ? nil : about
    }

    /// The one person (by canonical name) of sex `male` or of no known sex whom the article wrote, before token `a`,
    /// right after the capitalised word `word` - at most three words before the name, in its sentence (`Chelsea
    /// defender Thiago Silva`, `DUP MLA Jonathan Craig`); `ambiguous` when two are, or when the one is joined to
    /// another by `and` or `or` (`Chelsea's Cole Palmer and Enzo Fernandez`): then no one is meant. At most 200 names
    /// back.
    mutating func personsWrittenWith(_ word: UInt64, before a: Int, male: Bool) -> (only: Int?, ambiguous: Bool) {
        var found: Int? = nil
        var key = ""
        var si = seqsStarting(before: a) - 1
        let lowest = si - 200
        while si >= 0, si > lowest {
            let s = seqs[si]
            if s.personLike, !s.inQuote, !disagrees(s, male: male),
                (max(0, s.start - 3)..<s.nameStart).contains(where: {
                    toks[$0].cap && toks[$0].hash == word && toks[$0].sent == toks[s.start].sent
                })
            {
                let joined =
                    (s.end + 1 < toks.count && (toks[s.end + 1].hash == hAnd || toks[s.end + 1].hash == hOr))
                    || (max(0, s.start - 4)..<s.nameStart).contains(where: { toks[$0].hash == hAnd })
                if joined { return (nil, true) }
                let k = canonical(si).0
                if found != nil, k != key { return (nil, true) }
                if found == nil {
                    found = si
                    key = k
                }
            }
            si -= 1
        }
        return (found, false)
    }

    /// Whether the sentence of person `si` names no other person (by canonical name).
    mutating func namesNoOneElse(sentenceOf si: Int) -> Bool {
        let sent = toks[seqs[si].start].sent
        let key = canonical(si).0
        var k = sentFirst[Int(sent)]
        while k < toks.count, toks[k].sent == sent {
            if toks[k].seq >= 0, seqs[Int(toks[k].seq)].start == k, Int(toks[k].seq) != si,
                seqs[Int(toks[k].seq)].personLike, canonical(Int(toks[k].seq)).0 != key
            {
                return false
            }
            k += 1
        }
        return true
    }

    /// The person opening the story's first sentence (the body's, after a headline), for a description at token `a`
    /// in the two paragraphs after it: the article's main actor, whom news describes next without naming again.
    /// (A standfirst between the headline and the lead, `Leicester Tigers started their campaign with a defeat`, whose
    /// subject is no person, moves the lead on by one paragraph.)
    func storyOpener(describedAt a: Int) -> Int? {
        var lead = paras.count > 1 ? 1 : 0
        while lead < paraFirstTok.count, paraFirstTok[lead] < toks.count {
            let sent = Int(toks[paraFirstTok[lead]].sent)
            guard Int(toks[a].para) > lead, sentLast[sent] < a else { return nil }
            let opening = sentenceOpeningSubject(before: sentLast[sent], lb: sentFirst[sent])
            if let s = opening, case .seq(let si) = s.kind, seqs[si].personLike, !seqs[si].inQuote {
                return Int(toks[a].para) <= lead + 2 ? reporter(of: sent, openedBy: si) : nil
            }
            // (only a standfirst in one sentence right after the headline, never the lead itself, is passed over)
            guard lead == 1, sentLast[sent] >= paraLastTok[lead] else { return nil }
            lead += 1
        }
        return nil
    }

    /// Whether the person named last before token `j` may be the one a description headed by `head` means
    /// (``mayBeTheOfficial(_:_:)``). True when no one was named before.
    func lastNamedMayBeTheOfficial(_ head: UInt64, before j: Int) -> Bool {
        var si = seqsStarting(before: j) - 1
        while si >= 0, !seqs[si].personLike { si -= 1 }
        return si < 0 || mayBeTheOfficial(si, head)
    }

    /// Whether person `si` may be the one a description headed by `head` means when no one was written with that
    /// role: always, unless `head` is an official's (``officialHashes``: `the judge`, `the officer`); then only someone
    /// the article gave a title or role of their own (`Recorder Simon Hall`, `Det Sgt Tom Hart`, `Ken Murphy, chief
    /// executive of Tesco,`) or who spoke (``isASource(_:)``) - not the accused or the victim named before (`Tom Hart
    /// was arrested.` ¶ `The judge said: "Q"`). A coach's description (``coachingHashes``) never means someone the
    /// article wrote right after a player's position, at any mention (`Exeter's replacement prop Patrick Schickerling
    /// scored` ¶ `"Q," the Tigers head coach told …`; ``isWrittenAsAPlayer(_:)``).
    func mayBeTheOfficial(_ si: Int, _ head: UInt64) -> Bool {
        if coachingHashes.contains(head), !holdsRole(si, head), isWrittenAsAPlayer(si) { return false }
        guard officialHashes.contains(head), !holdsRole(si, head) else { return true }
        if (seqs[si].titled && !seqs[si].honorific) || followsARole(si) { return true }
        return isASource(si)
    }

    /// Whether person `si`, at this mention or any other of the same person (``playerPersons``, noted once per
    /// document), is written right after a lower-case player's position (`replacement prop Patrick Schickerling`, then
    /// `before Schickerling crashed over`).
    func isWrittenAsAPlayer(_ si: Int) -> Bool {
        followsAPlayersPosition(seqs[si]) || (seqs[si].person >= 0 && playerPersons.contains(seqs[si].person))
    }

    /// Whether the word right before sequence `s` is a lower-case player's position (`prop`, `striker`).
    func followsAPlayersPosition(_ s: CapSeq) -> Bool {
        s.start >= 1 && toks[s.start - 1].kind == Tok.word && !toks[s.start - 1].cap
            && playerPositionHashes.contains(toks[s.start - 1].hash)
    }

    /// Whether person `si` spoke: a quote's speaker, or the subject of a speech verb here or at a mention of theirs
    /// among the 200 names before it (`Johnson said his family …`), an apposition between them allowed (`Tom Hart,
    /// prosecuting, said`, `Ken Murphy, chief executive of Tesco, said`). Someone who only had things done to them
    /// (`Tom Hart was arrested.` ¶ `The judge said: "Q"`; the accused before `the official said`) is a bystander an
    /// official's description does not mean.
    func isASource(_ si: Int) -> Bool {
        let person = seqs[si].person
        if spoke.contains(si) || (person >= 0 && spokePersons.contains(person)) { return true }
        var k = si
        while k >= 0, si - k <= 200 {
            let same = person >= 0 ? seqs[k].person == person : seqs[k].lastHash == seqs[si].lastHash
            if same, seqs[k].personLike, isCueSubject(k) || speaksAfterAnApposition(k) { return true }
            k -= 1
        }
        return false
    }

    /// Whether a comma, at most eight words and a comma follow sequence `si`, then a cue (`Tom Hart, prosecuting,
    /// said`).
    func speaksAfterAnApposition(_ si: Int) -> Bool {
        var k = seqs[si].end + 1
        guard k < toks.count, toks[k].isPunct(.comma), !toks[seqs[si].end].possessive else { return false }
        k += 1
        let last = min(toks.count - 1, k + 8)
        while k <= last, toks[k].kind == Tok.word, toks[k].quote < 0 { k += 1 }
        return k + 1 < toks.count && toks[k].isPunct(.comma) && toks[k + 1].isCue
    }

    /// The person sentence `sent` is about when person `si` opens it: `si`, or the person whose cue ends it (`Tony
    /// Blair has had the chance … and has failed, Michael Howard has said.` is Howard's story); at most 60 tokens
    /// looked at.
    func reporter(of sent: Int, openedBy si: Int) -> Int {
        var k = sentLast[sent]
        while k > seqs[si].end && sentLast[sent] - k < 60 {
            if toks[k].isCue, toks[k].quote < 0, cueAt(k, limit: sentLast[sent] + 1) != nil,
                let subject = subjectLeft(k, lb: seqs[si].end + 1), case .seq(let other) = subject.kind,
                seqs[other].personLike, other != si
            {
                return other
            }
            k -= 1
        }
        return si
    }

    /// The nearest person before token `j` written next to a narrower role than `head` (``narrowerRoles``): `the
    /// lawyer` is `Defence solicitor Ciaran Toner`.
    func narrowerRoleHolder(_ head: UInt64, before j: Int, modifiers: [UInt64] = []) -> Int? {
        guard let narrower = narrowerRoles[head] else { return nil }
        var nearest: Int? = nil
        for role in narrower {
            if let si = roleHolder(role, before: j, modifiers: modifiers), si > (nearest ?? -1) { nearest = si }
        }
        return nearest
    }

    /// Whether person `si`, written with the role `head`, holds another office than a description of `head` with
    /// `modifiers` names: the second office of its kind (`Lt. Gov. J.T. Rourke`, `Vice President Ann Lee`: a word of
    /// ``secondInOfficeHashes`` among the four words before the name) when the description lacks that word, or a head
    /// of government (`Chief Minister M.K. Stalin`, ``headOfGovernmentHashes``) for a plain `the minister`.
    func holdsAnotherOffice(_ si: Int, _ head: UInt64, _ modifiers: [UInt64]) -> Bool {
        let s = seqs[si]
        return (max(0, s.start - 4)..<s.nameStart).contains { k in
            let h = toks[k].hash
            if secondInOfficeHashes.contains(h) { return !modifiers.contains(where: secondInOfficeHashes.contains) }
            return head == hMinister && modifiers.isEmpty && headOfGovernmentHashes.contains(h)
        }
    }

    /// Whether every one of `modifiers` is written in person sequence `si`'s titles or among the four words before it.
    func writtenWith(_ si: Int, _ modifiers: [UInt64]) -> Bool {
        let s = seqs[si]
        let from = max(0, s.start - 4)
        return modifiers.allSatisfy { m in (from..<s.nameStart).contains { writesRole(m, at: $0) } }
    }

    /// Whether token `k` is the word `role`, or a title that abbreviates it (`Cllr` for `councillor`: ``roleOfTitle``;
    /// not a title opening another office: `Lord Mayor`, `Lord Provost`, `Lord Justice` hold no peerage).
    func writesRole(_ role: UInt64, at k: Int) -> Bool {
        if toks[k].hash == role { return true }
        guard roleOfTitle[toks[k].hash] == role else { return false }
        return k + 1 >= toks.count || toks[k + 1].kind != Tok.word || toks[k + 1].flags & Lex.title == 0
    }

    /// `Coroner warns of 'lethal' junction` in a headline: the body names the coroner afterwards (`the senior
    /// coroner, Geraint Powys`) - the first person after the headline written next to the role word (at most 60 names
    /// on).
    func roleHolderInBody(_ head: UInt64) -> Int? {
        guard paras.count > 1 else { return nil }
        var si = seqsStarting(before: paraFirstTok[1] == Int.max ? toks.count : paraFirstTok[1])
        var looked = 0
        while si < seqs.count && looked < 60 {
            if holdsRole(si, head) { return si }
            si += 1
            looked += 1
        }
        return nil
    }

    /// Whether person sequence `si` is written next to the role word `head`: inside its titles (`Police Chief Renee
    /// Carter`) or the letters after its name (`Ben Everitt MP`), up to three words before it (a comma between allowed), or in an apposition up to five words after it,
    /// in its sentence (not after the comma that closes a phrase opening the sentence: `Quizzed by Stewart Dickson, the
    /// minister said`).
    func holdsRole(_ si: Int, _ head: UInt64) -> Bool {
        let s = seqs[si]
        // (an organisation word in the sequence does not matter when the person finder named a person in it:
        // `Rajgangpur Congress MLA CS Rajen Ekka` is an MLA)
        guard s.personLike && !s.inQuote && (!s.org || s.person >= 0) else { return false }
        let sent = toks[s.start].sent
        // (a title abbreviates the role: `Cllr Katie Porrer` is a councillor, `Supt Ann Lee` a superintendent)
        if s.nameStart > s.start, (s.start..<s.nameStart).contains(where: { writesRole(head, at: $0) }) { return true }
        // (`Mr Justice Weir`, `Lord Justice Toulson`: a judge, when `Justice` is the title right before the name)
        if head == hJudge, s.nameStart > s.start, toks[s.nameStart - 1].hash == hJustice { return true }
        // (letters after the name: `Ben Everitt MP` is an MP)
        if s.nameEnd < s.end, ((s.nameEnd + 1)...s.end).contains(where: { writesRole(head, at: $0) }) { return true }
        // (`the senior coroner, Geraint Powys,`: a comma may stand between the role and the name)
        let before = s.start - 1
        var k = before >= 0 && toks[before].isPunct(.comma) ? before - 1 : before
        // (a short aside in brackets between: `Deputy commissioner of police (crime) G Ram Gopal Naik`)
        if k >= 2, toks[k].isPunct(.closeParen),
            let open = (max(0, k - 4)..<k).last(where: { toks[$0].isPunct(.openParen) }),
            (open + 1..<k).allSatisfy({ toks[$0].kind == Tok.word && !toks[$0].cap })
        {
            k = open - 1
        }
        let stop = k - 2
        // (not past another person: `Governor Lenku faulted MPs Peris Tobiko` gives Tobiko no governorship; nor past
        // a cue: `An official told KPRC's Phil Archer` makes the reporter no official; nor past a verb in the past:
        // `the judge jailed Michael McDonagh` makes the defendant no judge, while `a judge named …` names the judge;
        // nor past a word that sets two people apart: `a different premier than Brian Pallister`; nor past a
        // preposition but a portfolio's `of` or `for`: `the closest officer to Paterson` makes the fan no officer,
        // `Minister for Health Gráinne McGettigan` is a minister)
        while k >= 0 && k >= stop && toks[k].sent == sent && toks[k].kind == Tok.word && !toks[k].isCue
            && !(toks[k].seq >= 0 && Int(toks[k].seq) != si && seqs[Int(toks[k].seq)].personLike)
            && !(!toks[k].cap && endsWith(p, toks[k], "ed") && !namingVerbHashes.contains(toks[k].hash))
            && !comparingWordHashes.contains(toks[k].hash)
            && !(!toks[k].cap && toks[k].flags & Lex.prep != 0 && toks[k].hash != hOf && toks[k].hash != hFor)
        {
            if toks[k].hash == head { return true }
            k -= 1
        }
        if s.end + 1 < toks.count && toks[s.end + 1].isPunct(.comma) && !closesOpeningPhrase(s.end + 1) {
            k = s.end + 2
            while k < toks.count && k <= s.end + 6 && toks[k].sent == sent && toks[k].kind == Tok.word {
                if toks[k].hash == head { return true }
                k += 1
            }
        }
        // `Deputy Minister for Climate Change, Lee Waters`: the role, `for` or `of` and its portfolio in capitals
        // before the name (a comma between or not)
        var m = before >= 0 && toks[before].isPunct(.comma) ? before - 1 : before
        var portfolio = 0
        while m >= 0 && portfolio < 5 && toks[m].sent == sent && toks[m].kind == Tok.word && toks[m].cap
            && (toks[m].seq < 0 || !seqs[Int(toks[m].seq)].personLike)
        {
            m -= 1
            portfolio += 1
        }
        if portfolio > 0, m >= 1, toks[m].sent == sent, toks[m].kind == Tok.word, !toks[m].cap,
            toks[m].hash == hFor || toks[m].hash == hOf, toks[m - 1].hash == head
        {
            return true
        }
        return before >= 0 && toks[before].isPunct(.comma) && opensWithRoleOfABody(head, before: s.start)
    }

    /// `Head coach of Ghana's Under 20 team, the Black Satellites, Desmond Ofei, says …`, `Chief executive at Acme,
    /// Jo Bloggs, said`: the sentence opens with the role (the word among its first three, at most two more lower-case
    /// words after it), then `of`, `at` or `for` and the body, and the name follows a comma within 25 tokens of the
    /// sentence's start, no cue and no other person between.
    func opensWithRoleOfABody(_ head: UInt64, before name: Int) -> Bool {
        let first = sentFirst[Int(toks[name].sent)]
        guard name - first <= 25 else { return false }
        var h = first
        while h < min(name, first + 3), toks[h].kind == Tok.word, toks[h].hash != head { h += 1 }
        guard h < name, toks[h].hash == head else { return false }
        // (the role's other words first: `Head coach of`, `the head of research at`)
        var link = h + 1
        while link < min(name, h + 3), toks[link].kind == Tok.word, !toks[link].cap, toks[link].flags & Lex.prep == 0 {
            link += 1
        }
        guard link + 1 < name, toks[link].hash == hOf || toks[link].hash == hAt || toks[link].hash == hFor else {
            return false
        }
        return !((link + 1)..<name).contains { toks[$0].isCue } && !personNamed(from: link + 1, to: name)
    }

    /// Heads of descriptions of a business (`the company`, `the firm`), and the suffixes that end a business's name.
    static let firmHeads: Set<UInt64> = Set(["company", "firm"].map { foldedHash($0) })
    /// The last words of public bodies' names, which `the company` never means.
    static let publicBodyHeads: Set<UInt64> = Set(
        [
            "agency", "council", "department", "ministry", "commission", "authority", "police", "court",
            "government", "university", "college", "school", "hospital", "union", "party", "committee", "parliament",
            "assembly", "senate", "congress", "office", "inspectorate", "regulator", "tribunal", "city", "town",
            "county", "borough", "district",
        ].map { foldedHash($0) })
    static let corporateSuffixes: Set<UInt64> = Set(
        ["plc", "inc", "ltd", "llc", "corp", "co", "ag", "sa", "gmbh", "nv", "bhd", "pty"].map { foldedHash($0) })

    /// `the company said` after `City officials and employees of First Technology PLC were reeling`, no company named
    /// as a subject: a business's name ends in a corporate suffix (``corporateSuffixes``), and the company is the
    /// nearest such name before sequence `from` (inclusive) that is a subject, spoke or is a cue's subject, else the
    /// nearest such name at all. Nil when there is none in 200 names.
    func incorporatedAntecedent(before from: Int) -> Int? {
        var nearest: Int?
        var si = from
        while si >= 0 && from - si < 200 {
            let s = seqs[si]
            if s.end > s.start, Self.corporateSuffixes.contains(toks[s.end].hash), !s.personLike, !s.inQuote {
                if s.subject || spoke.contains(si) || isCueSubject(si) { return si }
                if nearest == nil { nearest = si }
            }
            si -= 1
        }
        return nearest
    }

    /// The organisation named before token `j` with the institution's word `head` in it, when the last 200 names hold
    /// only one such body written in full (``orgAntecedent(_:earlier:head:)`` when none is): `A council spokesperson
    /// said` after `Fife Council and Perth and Kinross Council will share …` is either council.
    mutating func onlyInstitution(named head: UInt64, before j: Int) -> Int? {
        guard let si = orgAntecedent(j, earlier: true, head: head) else { return nil }
        // the bodies written in full (two words or more: `the Chamber's directors` is one written short)
        var named: Int? = nil
        var name = ""
        let last = seqsStarting(before: j) - 1
        var other = last
        while other >= 0 && last - other < 200 {
            let s = seqs[other]
            let first = toks[s.start].hash == hThe ? s.start + 1 : s.start
            if first < s.end, !s.personLike, !s.inQuote, !s.place,
                (first...s.end).contains(where: { toks[$0].hash == head })
            {
                let this = canonical(other).0
                if named == nil {
                    named = other
                    name = this
                } else if this != name {
                    return nil
                }
            }
            other -= 1
        }
        return named ?? si
    }

    /// The most recent organisation named as subject in this or the previous paragraph ("CENTR ... agrees").
    /// `earlier`: when none is found there, the most recent organisation named as subject anywhere before (within 200
    /// names, the headline included): `the company` is the story's company however far back the article named it.
    /// `head`: the description's head; an institution head (`the ministry`) takes only a name with that word in it.
    func orgAntecedent(_ j: Int, earlier: Bool = false, head: UInt64 = 0) -> Int? {
        let para = Int(toks[j].para)
        var si = seqsStarting(before: j) - 1
        let lowest = si - 200  // a paragraph may be the whole document: the look-back is bounded
        // (the head alone opening the headline is no name: `Union Says …` is not the union; `Sheriff's Office` is one)
        let namesInstitution = institutionHeads.contains(head)
        func fits(_ s: CapSeq) -> Bool {
            guard namesInstitution else { return true }
            if s.end == s.start && s.start == 0 { return false }
            // (in the headline the head must end the name or go on with `of`: a title-case headline runs on into its
            // verb and objects, `Denver Teachers Union Breaks Off Contract Negotiations`; `Bank of England Holds Rates`)
            if toks[s.start].para == 0 {
                return (s.start...s.end).contains {
                    toks[$0].hash == head && ($0 == s.end || toks[$0 + 1].hash == hOf)
                }
            }
            return (s.start...s.end).contains { toks[$0].hash == head }
        }
        // (`the company said`: no lone capitalised `City` after a dateline, `CARIBOU – City officials …`, nor a
        // public body, `The Environment Agency said …` after `Severn Valley Water PLC was fined`; with none named as
        // subject, the nearest name with a corporate suffix, ``incorporatedAntecedent(before:)``)
        let firm = Self.firmHeads.contains(head)
        func isGeneric(_ s: CapSeq) -> Bool {
            firm
                && ((s.start == s.end && toks[s.start].flags & Lex.orgWord != 0)
                    || Self.publicBodyHeads.contains(toks[s.end].hash))
        }
        let nearestSeq = si
        // (a name the head ends, in this paragraph or the one before, is what the head names, whatever spoke nearer:
        // `… told The Echo …` ¶ `At the Corporate Policy Group meeting, … the group agreed "Q"`)
        if !namesInstitution, head != 0,
            let named = stride(from: si, to: max(lowest, -1), by: -1).prefix(while: {
                Int(toks[seqs[$0].start].para) >= para - 1
            }).first(where: {
                let s = seqs[$0]
                return s.start < s.end && toks[s.end].hash == head && !s.personLike && !s.inQuote && !s.place
                    && !isGeneric(s)
            })
        {
            return named
        }
        while si >= 0 && si > lowest {
            let s = seqs[si]
            if Int(toks[s.start].para) < para - 1 { break }
            guard fits(s) else {
                si -= 1
                continue
            }
            // an organisation word or acronym as subject, or any name that is no person or place and spoke or is the
            // subject of a cue (`Southern California Edison said it had shut off power`); for an institution head, any
            // name with the head in it (`taken to Jaslok Hospital` … `the hospital said`)
            if !s.personLike && !s.inQuote && !s.place && !isGeneric(s)
                && (((s.org || toks[s.end].allCaps) && s.subject) || spoke.contains(si) || isCueSubject(si)
                    || namesInstitution)
            {
                return si
            }
            si -= 1
        }
        guard earlier else { return nil }
        var looked = 0
        while si >= 0 && looked < 200 {
            let s = seqs[si]
            if (s.org && s.subject || isCueSubject(si) || namesInstitution)
                && !s.personLike && !s.inQuote && !s.place && !isGeneric(s) && fits(s)
            {
                return si
            }
            si -= 1
            looked += 1
        }
        return firm ? incorporatedAntecedent(before: nearestSeq) : nil
    }

    /// The token of the latest indefinite mention of the role word `head` before token `j` (`One AFC executive`,
    /// `an official`, `a Democratic aide`) in this or the two previous paragraphs, outside quotes (`"I asked my mom
    /// if it was OK to be an actor"` describes no one) and not as a predicate, when no name stands in apposition right
    /// after it (`an official, Jane Roe,`); nil when there is none.
    func indefiniteMention(of head: UInt64, before j: Int) -> Int? {
        let para = Int(toks[j].para)
        var k = j - 1
        while k >= 0 && Int(toks[k].para) >= para - 2 && j - k <= 300 {
            if toks[k].kind == Tok.word && toks[k].hash == head && !toks[k].cap && toks[k].quote < 0 {
                var d = k - 1
                while d >= 0 && d >= k - 3 && toks[d].kind == Tok.word {
                    if indefiniteHashes.contains(toks[d].hash) {
                        // (`inspiring him to become an actor`, `she is a teacher`: a predicate introduces no one)
                        if d > 0, toks[d - 1].kind == Tok.word,
                            beHashes.contains(toks[d - 1].hash) || predicateVerbHashes.contains(toks[d - 1].hash)
                        {
                            break
                        }
                        let named =
                            k + 2 < toks.count && toks[k + 1].isPunct(.comma) && toks[k + 2].seq >= 0
                            && seqs[Int(toks[k + 2].seq)].personLike
                        return named ? nil : k
                    }
                    if toks[d].flags & Lex.det != 0 { break }
                    d -= 1
                }
            }
            k -= 1
        }
        return nil
    }

    /// The token of an earlier description `the <head>` that opens its sentence with a relative clause of its own
    /// (`The neighbor, who lives off Little Refuge Road, said …`, `The woman, who did not want to be named, …`): news
    /// introduces someone it will not name this way, and `the neighbor said` later is that person, not whoever the
    /// sentence before is about. Outside quotes, within 600 tokens before `j`; nil when there is none.
    func unnamedDescriptionWithAClause(of head: UInt64, before j: Int) -> Int? {
        var k = j - 1
        while k >= 1 && j - k <= 600 {
            if toks[k].kind == Tok.word, toks[k].hash == head, !toks[k].cap, toks[k].quote < 0,
                toks[k - 1].hash == hThe, sentFirst[Int(toks[k].sent)] == k - 1, k + 2 < toks.count,
                toks[k + 2].kind == Tok.word, toks[k + 2].flags & Lex.who != 0, toks[k + 2].hash != hWhich,
                toks[k + 1].isPunct(.comma)
            {
                return k
            }
            k -= 1
        }
        return nil
    }

    /// The opening mark of the quote that token `j` follows in its paragraph (the token itself when none).
    /// Looks back at most 80 tokens, the reach of the searches that ask.
    func qOpenBefore(_ j: Int) -> Int {
        var k = j - 1
        let first = max(paraFirstTok[Int(toks[j].para)], j - 80)
        while k >= first {
            if toks[k].kind == Tok.qopen { return k }
            k -= 1
        }
        return j
    }

    /// Whether sequence `si` is followed by a cue (`Edison said`), right away or past adverbs, a singular auxiliary
    /// and a bracket (`Shafiqul Alam today (6 November) said`, `Clarke has said`) - then not a cue in -ing (`Clarke
    /// was putting`), nor after a plural auxiliary, which another subject shares (`Knight and Roni Size have
    /// released`).
    func isCueSubject(_ si: Int) -> Bool {
        guard !toks[seqs[si].end].possessive else { return false }
        let next = pastAsides(from: seqs[si].end + 1)
        guard next < toks.count, toks[next].isCue, !governsAnInfinitive(next) else { return false }
        return next == seqs[si].end + 1 || !endsWithIng(toks[next])
    }

    /// The first token from `k` on that is not an adverb or a singular auxiliary in lower case (at most two) or a
    /// bracket of at most eight tokens: where a subject's verb stands.
    func pastAsides(from k: Int) -> Int {
        var k = k
        var words = 0
        while k < toks.count {
            let t = toks[k]
            if t.kind == Tok.word, !t.cap, !t.isCue, t.flags & Lex.skipAdv != 0, words < 2,
                !pluralAuxiliaryHashes.contains(t.hash)
            {
                words += 1
                k += 1
            } else if t.isPunct(.openParen),
                let close = (k + 1..<min(k + 10, toks.count)).first(where: { toks[$0].isPunct(.closeParen) })
            {
                k = close + 1
            } else {
                return k
            }
        }
        return k
    }

    /// The first token from `k` back that is not an auxiliary or adverb in lower case (at most two) or a bracket of
    /// at most eight tokens: where the subject before a verb ends. -1 when none is left.
    func pastAsides(before k: Int) -> Int {
        var k = k
        var words = 0
        while k >= 0 {
            let t = toks[k]
            if t.kind == Tok.word, !t.cap, !t.isCue, t.flags & Lex.skipAdv != 0, words < 2 {
                words += 1
                k -= 1
            } else if t.isPunct(.closeParen),
                let open = (max(0, k - 9)..<k).last(where: { toks[$0].isPunct(.openParen) })
            {
                k = open - 1
            } else {
                return k
            }
        }
        return k
    }

    /// Whether cue word `c` is one that takes an infinitive (`agreed`, `promised`, `vowed`, `pledged`, `offered`,
    /// `refused`, ``infinitiveCueHashes``) and `to` and a verb follow it (`Carlisle agreed to meet`): what it governs is
    /// an action, not speech. A plural, a word for people or a form in -ing after `to` is no verb (`agreed to
    /// reporters' requests`, `admitted to misleading`).
    func governsAnInfinitive(_ c: Int) -> Bool {
        let k = c + 1
        guard infinitiveCueHashes.contains(toks[c].hash), k + 1 < toks.count, toks[k].kind == Tok.word,
            toks[k].hash == hTo, toks[k + 1].kind == Tok.word, !toks[k + 1].cap
        else { return false }
        let next = toks[k + 1]
        let nominal =
            Lex.det | Lex.pronMale | Lex.pronFemale | Lex.pronOther | Lex.plural | Lex.orgWord | Lex.speakerNoun
            | Lex.personNoun | Lex.title
        guard next.flags & nominal == 0, !endsWith(p, next, "ing") else { return false }
        // (a plural noun ends in `s`, a verb such as `discuss` or `focus` in `ss` or `us`)
        return !(endsWith(p, next, "s") && !endsWith(p, next, "ss") && !endsWith(p, next, "us"))
    }

    /// The most recent description subject of a cue in this paragraph ("The prime minister's official spokesman said …").
    func recentDescriptionSubject(before j: Int) -> (Int, Int)? {
        let para = Int(toks[j].para)
        var k = j - 1
        // this paragraph, or the previous one too when nothing but the quote precedes `j` in this one
        // (`The store's owner, who asked not to be named, said …` ¶ `"Q," he said`) or this one names no person
        // before it (`But the Prime Minister has made it clear …` ¶ `At a town hall meeting, he said, "Q"`)
        let opensParagraph =
            paraFirstTok[para] == qOpenBefore(j) || !personNamed(from: paraFirstTok[para], to: j)
        let stop = opensParagraph && para > 0 ? paraFirstTok[para - 1] : paraFirstTok[para]
        // (80 tokens, not counting the quote a lower-case pronoun right after it attributes: `The home captain said
        // …. "Q1` ¶ `Q2",he asserted` reaches the captain over a long quote; at most 600 tokens in all)
        var own: Int32 = -1
        if !toks[j].cap, let m = (max(0, j - 3)..<j).last(where: { toks[$0].quote >= 0 }) { own = toks[m].quote }
        var counted = 0
        while k >= stop && counted <= 80 && j - k <= 600 {
            if own < 0 || toks[k].quote != own { counted += 1 }
            // `The Prime Minister reacted strongly. He called …`: a description opening a sentence is its subject
            // whatever the verb - also after a fronted clause or a connective (`Speaking after the game, the coach
            // could not hide his joy.` ¶ `"Q," he said`)
            if toks[k].kind == Tok.word, toks[k].hash == hThe,
                sentFirst[Int(toks[k].sent)] == k
                    ? toks[k].cap : subjectStart(before: k, lb: sentFirst[Int(toks[k].sent)]) == k,
                let head = descriptionHead(after: k, before: j),
                // (a plural is no he or she: `Devine was delighted with how the players responded.` ¶ `"Q," he said`)
                toks[head].flags & Lex.plural == 0, !isPluralOfAPersonWord(toks[head])
            {
                return (k, head)
            }
            // (a cue inside a quote is the quoted speaker's: `"My grandmother testified …," she said`)
            if toks[k].isCue, toks[k].quote < 0, let (_, form) = cueAt(k, limit: j), !form.speakerRight,
                !form.participle
            {
                // (not one a cue before it reports: `McDonald revealed that his client hoped to sell the site.` ¶
                // `"Q," he said` is McDonald)
                // (a possessive before the cue word makes it a noun: `Neighbor Jose Magana heard the family's calls
                // for help.` ¶ `"Q," he described`)
                if let s = subjectLeft(k, lb: sentFirst[Int(toks[k].sent)]), case .np(let a, let b) = s.kind,
                    toks[a].flags & Lex.det != 0, !opensAReportedClause(a), !toks[b].possessive
                {
                    let h = toks[b]
                    let e = Int(h.end)
                    let personish =
                        roleHeadHashes.contains(h.hash) || celebrityHeads.contains(h.hash) || isAgeOrDemonym(h)
                        // `The store's owner, who asked not to be named, said …` then `he said`
                        || (isSpeakerNoun(h) && !documentHashes.contains(h.hash) && !orgHeadHashes.contains(h.hash))
                        || (e - Int(h.start) > 4 && endsWith(p, h, "man"))
                        // -person, loosely: p?????n
                        || (e - Int(h.start) > 6 && p[e - 6] == UInt8(ascii: "p") && p[e - 1] == UInt8(ascii: "n"))
                    // (`first` heads nothing alone: `her first call`, `his first term`)
                    if personish && h.flags & Lex.plural == 0 && !isPluralOfAPersonWord(h) && h.hash != hFirst {
                        return (a, b)
                    }
                }
            }
            k -= 1
        }
        return nil
    }

    /// Whether sequence `si` stands between `with` and a cue in -ing, the participle's subject: `with Agriculture
    /// Minister Simon Coveney telling reporters that he hopes …` (he is Coveney).
    func speaksInAWithClause(_ si: Int) -> Bool {
        let s = seqs[si]
        guard s.start >= 1, s.end + 1 < toks.count, !toks[s.end].possessive else { return false }
        let before = toks[s.start - 1]
        let after = toks[s.end + 1]
        return before.kind == Tok.word && !before.cap && before.hash == hWith && after.isCue && endsWithIng(after)
    }

    /// Whether token `a` opens a clause that a cue right before it reports, after `that` or not (`revealed that his
    /// client hoped`, `said the owner wanted`).
    func opensAReportedClause(_ a: Int) -> Bool {
        guard a >= 2 else { return false }
        let cue = toks[a - 1].kind == Tok.word && toks[a - 1].hash == hThat ? a - 2 : a - 1
        return toks[cue].isCue && toks[cue].quote < 0 && cueAt(cue, limit: a) != nil
    }

    /// The person who signed or wrote the document named `head` (`a statement signed by …, Elvis Bosomtwe`, `A report
    /// presented by lawyer John Scott`, `a report by Ann Lee`), written in the paragraph of token `j` or the two before
    /// it: the first person after `signed by` (``authoringParticiples``, or `by` right after the noun) within 14
    /// tokens. At most 300 tokens looked at.
    func signatory(of head: UInt64, before j: Int) -> Int? {
        let firstPara = paragraphsBack(from: Int(toks[j].para), 2)
        var k = j - 1
        while k >= 2 && j - k <= 300 && Int(toks[k].para) >= firstPara {
            // (`statement signed by`, `statement was signed by`; at the text's start `signed by` may have no noun)
            if toks[k].hash == hBy,
                toks[k - 1].hash == head
                    || (authoringParticiples.contains(toks[k - 1].hash)
                        && (toks[k - 2].hash == head || (k >= 3 && toks[k - 3].hash == head)))
            {
                var m = k + 1
                while m < j && m <= k + 14 {
                    if toks[m].seq >= 0, seqs[Int(toks[m].seq)].personLike, !seqs[Int(toks[m].seq)].inQuote {
                        return Int(toks[m].seq)
                    }
                    m += 1
                }
            }
            k -= 1
        }
        return nil
    }

    /// The head of a description of a person opening a sentence at `the` (token `k`): at most three words, the last a
    /// role or title (`The Prime Minister`, `The 45-year-old`, `The Planning Minister`), then a lower-case word that
    /// is no preposition (the verb). Not a possessive (`The 52-year-old's enthusiasm`: someone's thing is the subject)
    /// nor a modifier (`The former world number one`). Nil otherwise.
    func descriptionHead(after k: Int, before j: Int) -> Int? {
        var h = k + 1
        while h < j && h <= k + 3 && toks[h].kind == Tok.word {
            let t = toks[h]
            if t.possessive { return nil }
            let next = h + 1 < j ? toks[h + 1] : nil
            if isPersonRole(t) || isAgeOrDemonym(t),
                !descriptionModifierHashes.contains(t.hash), t.flags & Lex.plural == 0, let n = next,
                n.kind == Tok.word, !n.cap, n.flags & Lex.prep == 0, !n.possessive
            {
                return h
            }
            h += 1
        }
        return nil
    }

    /// Whether what the document says of the sequence's sex contradicts a `he` (`male`) or `she`: by the person the
    /// upstream coreference named when its gender is known (`Mary Carter` is not `he`, whatever other Carters there
    /// are), else by everyone sharing the surname. With `byTitle`, only titles and honorifics count, not the usual sex
    /// of a given name.
    func disagrees(_ s: CapSeq, male: Bool, byTitle: Bool = false) -> Bool {
        let females = byTitle ? femalePersonsByTitle : femalePersons
        let males = byTitle ? malePersonsByTitle : malePersons
        if s.person >= 0 {
            let isFemale = females.contains(s.person)
            let isMale = males.contains(s.person)
            if isFemale != isMale { return male ? isFemale : isMale }
            // the upstream coreference told people apart: another person's `Mr Smith` says nothing of `Daughter
            // Shellie Smith`
            if !isFemale { return false }
        }
        let femaleLasts = byTitle ? femaleLastByTitle : femaleLast
        let maleLasts = byTitle ? maleLastByTitle : maleLast
        return male
            ? (femaleLasts.contains(s.lastHash) && !maleLasts.contains(s.lastHash))
            : (maleLasts.contains(s.lastHash) && !femaleLasts.contains(s.lastHash))
    }

    /// The first paragraph a pronoun's antecedent may be in: `limit`, or earlier while the paragraphs before it go on
    /// with the same pronoun and name no one (`Mr Owoyegyire said …` ¶ `According to him, …` ¶ `…, he said.` ¶
    /// `"Q," he said`): the article is still talking about the same person. At most six paragraphs further, each
    /// looked at over at most 400 tokens. With `samePronoun` false, paragraphs that name no one count whatever
    /// pronouns they hold, at most `reach` of them (``antecedent(_:male:strongOnly:anyGender:)``).
    func pronounChainStart(before limit: Int, male: Bool, samePronoun needed: Bool = true, reach: Int = 6) -> Int {
        var first = max(0, limit)
        let pronoun = male ? Lex.pronMale : Lex.pronFemale
        let objectForms = male ? malePronounForms : femalePronounForms
        while first > 0 && limit - first < reach && first < paraFirstTok.count {
            let lo = paraFirstTok[first]
            let hi = min(paraLastTok[first], lo + 400)
            guard lo <= hi else { break }
            var samePronoun = false
            var named = false
            for k in lo...hi where toks[k].kind == Tok.word {
                if toks[k].flags & pronoun != 0 || objectForms.contains(toks[k].hash) { samePronoun = true }
                // (a name inside a quote is no one the pronoun could mean: `"I had negotiated with Dr Mahathir,"
                // he told reporters` goes on with him)
                if toks[k].seq >= 0 && seqs[Int(toks[k].seq)].personLike && !seqs[Int(toks[k].seq)].inQuote {
                    named = true
                }
                // (nor, passing paragraphs with no name, one that describes someone of the pronoun's sex: `The man,
                // 34, was detained …` ¶ `He told officers: "Q"` is the man's)
                if !needed, toks[k].quote < 0, (male ? maleNounHashes : femaleNounHashes).contains(toks[k].hash) {
                    named = true
                }
            }
            guard samePronoun || !needed, !named else { break }
            first -= 1
        }
        return first
    }

    /// Whether the sentence of person `si` names another person (outside quotes, another family name) whom nothing
    /// sets against the pronoun's sex: `Tom Wright and Mark Bell announced …` leaves a later `he` open.
    func namesAnotherOfTheSex(sentenceOf si: Int, male: Bool) -> Bool {
        let sent = toks[seqs[si].start].sent
        var k = sentFirst[Int(sent)]
        while k < toks.count, toks[k].sent == sent, k < sentFirst[Int(sent)] + 400 {
            if toks[k].seq >= 0, Int(toks[k].seq) != si {
                let other = seqs[Int(toks[k].seq)]
                if other.start == k, other.personLike, !other.inQuote, other.lastHash != seqs[si].lastHash,
                    !disagrees(other, male: male)
                {
                    return true
                }
            }
            k += 1
        }
        return false
    }

    /// `According to Mr Enock Abaine, the regional commander, …`: the source a sentence is attributed to is as strong
    /// an antecedent as a subject.
    func isSourceOfAccordingTo(_ si: Int) -> Bool {
        let a = seqs[si].start
        return a >= 2 && toks[a - 1].hash == hTo && toks[a - 2].hash == hAccording
    }

    /// Whether sequence `si` is in the clause after an opening `According to X,` (`According to Kunkuyu, President
    /// Lazarus Chakwera is deeply saddened …`: X's report) or `To him,`/`To her,` (`To him, Mr Konadu does not care
    /// about the party supporters`: the view of the person last spoken of).
    func isInSourcedClause(_ si: Int) -> Bool {
        let start = seqs[si].start
        let opening = sentFirst[Int(toks[start].sent)]
        if toks[opening].hash == hAccording, opening + 2 < start, toks[opening + 1].hash == hTo,
            ((opening + 2)..<min(start, opening + 30)).contains(where: { toks[$0].isPunct(.comma) })
        {
            return true
        }
        return toks[opening].hash == hTo && opening + 3 <= start
            && (toks[opening + 1].hash == hHim || toks[opening + 1].hash == hHer) && toks[opening + 2].isPunct(.comma)
    }

    /// Whether sequence `si` stands in what a cue earlier in its sentence reports (`He said Manafort thanked the
    /// judge`, `Police said Smith was arrested`), or opens a clause after `if` or `whether` inside its sentence (`Brady
    /// doesn't know if Wentz will take part`): the clause's subject, not the sentence's, so a later `he said` goes on
    /// with whoever was speaking. Looks back at most 40 tokens, outside quotes.
    func isInReportedClause(_ si: Int) -> Bool {
        let s = seqs[si]
        let first = max(sentFirst[Int(toks[s.start].sent)], s.start - 40)
        // (`…, says Tim Dams`: a cue right before the name is the name's own, inverted; `Asked if …, Lord Rennard
        // said`, `According to Federer himself`, `Speaking to …`: a cue opening its sentence or in -ing has its
        // subject to the right)
        // (`Bellamy` in `before Newcastle said X, Bellamy insisted`, `Pollard` in `Hewitt said X but Pollard rejected
        // it`: a comma or `but` ends what the cue reports; a name that is itself a cue's subject is the one speaking)
        if isCueSubject(si) { return false }
        // (`When Alderman Daniel Berry questioned it, Worsham referred …`: a name right after the comma that closes an
        // adverbial clause opening the sentence is the main clause's subject; the clause's cue reports nothing past it)
        if s.start >= 1, toks[s.start - 1].isPunct(.comma), opensWithAnAdverbialClause(toks[s.start].sent) {
            return false
        }
        let opening = sentFirst[Int(toks[s.start].sent)]
        if isInSourcedClause(si) { return true }
        if s.start - 1 > opening, toks[s.start - 1].kind == Tok.word, !toks[s.start - 1].cap,
            toks[s.start - 1].hash == hIf || toks[s.start - 1].hash == hWhether
        {
            return true
        }
        // (`Harimoto said Carlisle agreed to meet`: a cue right before the name with its own subject before it, a
        // person or a pronoun, is not inverted; what follows it is reported)
        // (`Shafiqul Alam today (6 November) said Trump …`: adverbs and a bracket may stand between that subject and
        // its cue)
        if s.start >= 2, toks[s.start - 1].isCue, cueAt(s.start - 1, limit: s.start) != nil,
            case let b = pastAsides(before: s.start - 2), b >= 0,
            toks[b].kind == Tok.word,
            toks[b].flags & (Lex.pronMale | Lex.pronFemale) != 0
                || (toks[b].seq >= 0 && seqs[Int(toks[b].seq)].personLike
                    && seqs[Int(toks[b].seq)].end == b && !toks[b].possessive)
        {
            return true
        }
        var k = s.start - 2
        while k >= first {
            if toks[k].kind == Tok.punct || toks[k].hash == hBut { return false }
            // (the whole cue: `went to Chris O'Sullivan` is no `went on`)
            if toks[k].isCue && toks[k].quote < 0 && k > opening && !endsWith(p, toks[k], "ing")
                && cueAt(k, limit: s.start) != nil
                && !(k == opening + 1 && toks[opening].flags & Lex.conj != 0)
            {
                return true
            }
            k -= 1
        }
        return false
    }

    /// The most recent person named as speaker or subject before token `j`, compatible with the pronoun's gender,
    /// within this and the two previous paragraphs (further back while those go on with the same pronoun), else the
    /// latest speaker. Candidates rank by tier: this paragraph and strong (a subject or a speaker) first, then the
    /// previous paragraphs, then weak mentions. `strongOnly` (for descriptions) takes only strong ones and no latest
    /// speaker; `anyGender` skips the gender check.
    func antecedent(_ j: Int, male: Bool, strongOnly: Bool = false, anyGender: Bool = false) -> Int? {
        let window = paragraphsBack(from: Int(toks[j].para), 2)
        if let found = antecedent(j, male: male, strongOnly: strongOnly, anyGender: anyGender, from: window) {
            return found
        }
        // no one in this and the two previous paragraphs: further back while they go on with the same pronoun
        let chain = pronounChainStart(before: window, male: male)
        if chain < window,
            let found = antecedent(j, male: male, strongOnly: strongOnly, anyGender: anyGender, from: chain)
        {
            return found
        }
        // (`In a video message, the chief minister warned …` ¶ `He said …` ¶ `"Q," he said`: no name in reach, but a
        // sentence there opens with the role of someone the article named, speaking)
        if !strongOnly, let described = describedSubject(before: j, male: male, from: window) { return described }
        // (`… chairman Richard Udall claimed the proposals …` ¶ `As the Observer reported last week, …` ¶ `The council
        // will also …` ¶ `He said: "Q"`: paragraphs that name no one do not use up the reach - at most three of them,
        // for a subject or a speaker named before them whom a title or a given name shows to be of the pronoun's sex,
        // alone of that sex in the sentence, unless a quote given to someone came since)
        let nameless = pronounChainStart(before: window, male: male, samePronoun: false, reach: 3)
        if !strongOnly, !anyGender, nameless < window,
            let found = antecedent(j, male: male, strongOnly: true, anyGender: false, from: nameless),
            disagrees(seqs[found], male: !male), lastQuoteSpeaker.open < seqs[found].start,
            !namesAnotherOfTheSex(sentenceOf: found, male: male)
        {
            return found
        }
        return strongOnly ? nil : lastSpeaker(before: j, male: male) ?? lastReportedSpeaker(before: j, male: male)
    }

    /// The person whose name a relative or participle clause holding sequence `si` is set off on by a comma, in the
    /// same sentence, with only words between the clause's first word (`who`, or a lower-case word in -ing) and `si`:
    /// `local member Mr Tehan, who confirmed Drought Minister David Littleproud would …`, `Diarmid Bruce, defending
    /// Walsh, said …` (at most twelve tokens). Nil when `si` stands in no such clause.
    func personWithAClause(holding si: Int) -> Int? {
        let s = seqs[si]
        var k = s.start - 1
        while k >= 2 && s.start - k <= 12 && toks[k].kind == Tok.word && toks[k].sent == toks[s.start].sent {
            if toks[k - 1].isPunct(.comma) {
                guard !toks[k].cap, toks[k].hash == hWho || endsWithIng(toks[k]), toks[k - 2].seq >= 0 else {
                    return nil
                }
                let head = Int(toks[k - 2].seq)
                let isHead =
                    head != si && seqs[head].end == k - 2 && seqs[head].personLike && !seqs[head].inQuote
                    && !toks[k - 2].possessive
                return isHead ? head : nil
            }
            k -= 1
        }
        return nil
    }

    /// Whether sequence `si` is a person joined by `and` to another person's name, the pair followed by `were`, `are`,
    /// `have` or a modal (`Arrington and Kincaid were on stage`, ``pluralVerbs``).
    func isInAPluralSubject(_ si: Int) -> Bool {
        let s = seqs[si]
        func joins(_ k: Int) -> Bool { toks[k].kind == Tok.word && !toks[k].cap && toks[k].hash == hAnd }
        var last = s.end
        if s.start >= 2, joins(s.start - 1), personEnding(at: s.start - 2, lb: 0) != nil {
            // the second of the pair: the verb follows it
        } else if s.end + 2 < toks.count, joins(s.end + 1), toks[s.end + 2].seq >= 0,
            seqs[Int(toks[s.end + 2].seq)].start == s.end + 2, seqs[Int(toks[s.end + 2].seq)].personLike
        {
            last = seqs[Int(toks[s.end + 2].seq)].end
        } else {
            return false
        }
        guard last + 1 < toks.count, !toks[last].possessive, toks[last + 1].kind == Tok.word else { return false }
        return Self.pluralVerbs.contains(toks[last + 1].hash)
    }

    /// Whether sequence `s` is named in the sentence of the pronoun at `j` before a quote that the pronoun follows as
    /// the subject of its cue (`Redclift was "alive to it," he said`) - unless a cue stands between the name and the
    /// quote (`Osborne said: "Q," he said` writes the attribution twice), a colon (`Clive Williams was against the
    /// sign: "Q," he said`: the clause introduces the words, as a cue does) or a full stop (`Ann Lee met Zed Corp. "Q,"
    /// she said`: a sentence may have ended there) or an adverbial clause opens the sentence (`After Smith scored,
    /// "Q," he said` may be Smith).
    func isInWordsReported(by j: Int, _ s: CapSeq) -> Bool {
        guard j >= 2, s.end < j, toks[s.start].sent == toks[j].sent,
            toks[j - 1].isPunct(.comma) || toks[j - 1].kind == Tok.qclose
        else { return false }
        // (the quote may close a few words before the pronoun's comma, any words but a full stop: `Sean was "as calm
        // as ever" on the call, she said`)
        var close = j - 1
        while close > s.end, j - close <= 8, toks[close].kind != Tok.qclose {
            if toks[close].isPeriodLike { return false }
            close -= 1
        }
        guard close > s.end, toks[close].kind == Tok.qclose,
            let open = ((s.end + 1)..<close).first(where: { toks[$0].kind == Tok.qopen }),
            !((s.end + 1)..<open).contains(where: {
                toks[$0].isCue || toks[$0].isPeriodLike || toks[$0].isPunct(.colon)
            })
        else { return false }
        // (`Weinberger didn't hold back on the "staffing crisis" he says councilors created`: a quoted term after an
        // article, the pronoun and its cue right after it and the clause going on, is a noun the sentence's subject
        // names, and the pronoun is that subject)
        if close == j - 1, toks[close - 1].kind == Tok.word, open >= 1, toks[open - 1].kind == Tok.word,
            toks[open - 1].flags & Lex.det != 0, !toks[open - 1].cap, j + 2 < toks.count, toks[j + 1].isCue,
            toks[j + 2].kind == Tok.word, !toks[j + 2].cap, toks[j + 2].sent == toks[j].sent
        {
            return false
        }
        return !opensWithAnAdverbialClause(toks[j].sent)
    }

    /// Whether sentence `sent` opens with an adverbial clause: its first word a subordinator (`When`, `If`), `After`,
    /// `Before`, `Once` or `As`.
    func opensWithAnAdverbialClause(_ sent: Int32) -> Bool {
        let first = toks[sentFirst[Int(sent)]]
        return first.kind == Tok.word
            && (first.flags & Lex.subordinator != 0 || temporalConjunctionHashes.contains(first.hash)
                || first.hash == hAs)
    }

    /// Verbs after two names joined by `and` that show the pair is their subject: plural forms and modals
    /// (`Okimoto, Dos Santos-Tam and Weyer would be good additions`).
    static let pluralVerbs: Set<UInt64> = Set(
        ["were", "are", "have", "would", "will", "could", "should", "can", "may", "might", "must"].map {
            foldedHash($0)
        })

    /// The person whom a description opening a sentence before token `j` stands for, nearest first, from paragraph
    /// `firstPara` on (at most eight sentences back): `the`, lower-case modifiers and a role the article wrote with
    /// someone (``heldDescriptionOpening(before:lb:)``), after at most an opening phrase and its comma (`In a video
    /// message, the chief minister warned …`), then a cue (not `The coach was not at the press conference`), and only
    /// when that person can be what the pronoun means. (Copy often names a speaker once, then calls them by their role
    /// and then by he or she: `Health Executive Bernard Muia said …` ¶ `The executive added …` ¶ `He said …`.)
    func describedSubject(before j: Int, male: Bool, from firstPara: Int) -> Int? {
        guard firstPara < paraFirstTok.count else { return nil }
        // (at most eight sentences back: a paragraph may be the whole document, and every pronoun looks)
        let lowest = max(Int(toks[paraFirstTok[firstPara]].sent), Int(toks[j].sent) - 8)
        var sent = Int(toks[j].sent) - 1
        while sent >= lowest {
            let first = sentFirst[sent]
            let last = sentLast[sent]
            var lb = first
            if toks[first].kind == Tok.word, toks[first].flags & Lex.prep != 0,
                let comma = (first..<min(last, first + 8)).first(where: { toks[$0].isPunct(.comma) })
            {
                lb = comma + 1
            }
            if lb < last, let d = heldDescriptionOpening(before: last, lb: lb), case .np(let a, let b) = d.kind {
                let modifiers = ((a + 1)..<b).map { toks[$0].hash }
                let verb = b + 1 < last && toks[b + 1].flags & Lex.skipAdv != 0 ? b + 2 : b + 1
                if verb <= last, toks[verb].isCue,
                    let si = roleHolder(toks[b].hash, before: a, modifiers: modifiers), !disagrees(seqs[si], male: male)
                {
                    return si
                }
                return nil
            }
            sent -= 1
        }
        return nil
    }

    /// `Mr Mbae said the posts were in insecure areas.` ¶ `According to the vocal MCA, …` ¶ `The others are …` ¶ `"Q,"
    /// he said`: when the paragraphs in reach name no one and no quote's speaker goes on, the person last said to
    /// speak - a speech verb's subject or a quote's speaker, at most six paragraphs back - when no other person was
    /// named, nor a person the pronoun could mean described (`the defendant`), since.
    func lastReportedSpeaker(before j: Int, male: Bool) -> Int? {
        let lowest = Int(toks[j].para) - 6
        var si = seqsStarting(before: j) - 1
        var looked = 0
        while si >= 0 && looked < 200 {
            let s = seqs[si]
            if Int(toks[s.start].para) < lowest { return nil }
            if s.personLike && !s.inQuote {
                guard !disagrees(s, male: male), isCueSubject(si) || spoke.contains(si) else { return nil }
                // (`solicitor Darach McCarthy said …` ¶ `the defendant admitted …` ¶ `"Q," he said`: not past a person
                // described and not named, whom the pronoun may mean)
                for k in (s.end + 1)..<j where toks[k].kind == Tok.word && toks[k].quote < 0 && !toks[k].cap {
                    if isSpeakerNoun(toks[k]) && toks[k - 1].kind == Tok.word && toks[k - 1].flags & Lex.det != 0 {
                        return nil
                    }
                }
                return si
            }
            si -= 1
            looked += 1
        }
        return nil
    }

    /// `"There is no scope for any hide and seek."` ¶ `He said the ambassador was summoned.` ¶ `"Q," he added.`: when
    /// the paragraphs in reach name no one, the person the latest quote was given to (at most eight paragraphs back),
    /// unless that quote was someone else's or no one's, or another person the pronoun could mean was named since.
    /// `passingPossessives`: a person named since only in a possessive (`Mr Mack's fluid levels`) does not count.
    func lastSpeaker(before j: Int, male: Bool, passingPossessives: Bool = false) -> Int? {
        let (seq, open, _) = lastQuoteSpeaker
        // (not one the quote being attributed names: `"Aoife was a gifted child," she recalled`)
        guard seq >= 0, open < j, Int(toks[open].para) >= Int(toks[j].para) - 8, seqs[seq].personLike,
            !disagrees(seqs[seq], male: male), !isNamedInQuoteBeingAttributed(seqs[seq])
        else { return nil }
        let speaker = seqs[seq]
        let fronted = frontedParticipleClause(before: j)
        // (`… and he pointed to the need to contain wing Rieko Ioane.` ¶ `"Q," he said`: people named after the he/she
        // that is the subject of the sentence just before are whom that pronoun's person spoke of - not the one a
        // cue of that he/she addresses, `he told Cllr Adams-Lewis`, who may answer)
        var pronounSubjectBefore = sentenceBefore(pronounAt: j).flatMap { subjectPronoun(in: $0, male: male) }
        if let p = pronounSubjectBefore, p + 1 < toks.count, toks[p + 1].isCue, cueAt(p + 1, limit: toks.count) != nil {
            pronounSubjectBefore = nil
        }
        var si = seqsStarting(before: j) - 1
        var looked = 0
        while si >= 0 && looked < 200 && seqs[si].start > open {
            let s = seqs[si]
            if let clause = fronted, clause.contains(s.start) {
                si -= 1
                continue
            }
            if let p = pronounSubjectBefore, s.start > p, toks[s.start].sent == toks[p].sent {
                si -= 1
                continue
            }
            // (the same person: the upstream coreference's id, or the same last word without it)
            let same = speaker.person >= 0 ? s.person == speaker.person : s.lastHash == speaker.lastHash
            if s.personLike && !s.inQuote && !disagrees(s, male: male) && !same
                && !(passingPossessives && toks[s.end].possessive)
            {
                return nil
            }
            si -= 1
            looked += 1
        }
        return seq
    }

    /// `Hogsett noted the site was the same spot where Robert F. Kennedy spoke …` ¶ `"Q," he told supporters`: a person
    /// who is the subject of a clause opened by `where`, `when`, `because`, `after` … inside another person's sentence is
    /// not whom a later pronoun goes on with; the person opening the sentence is (when the pronoun can mean them).
    /// Nil when `x` is no such subject.
    func subjectOfTheMainClause(over x: Int, male: Bool) -> Int? {
        let start = seqs[x].start
        guard start > 0, toks[start - 1].kind == Tok.word, !toks[start - 1].cap,
            toks[start - 1].flags & Lex.subordinator != 0 || temporalConjunctionHashes.contains(toks[start - 1].hash),
            let opening = sentenceOpeningSubject(
                before: start - 1, lb: sentFirst[Int(toks[start].sent)], wholeSentence: true),
            case .seq(let o) = opening.kind, o != x, seqs[o].personLike, !seqs[o].inQuote,
            !disagrees(seqs[o], male: male), !samePerson(o, x)
        else { return nil }
        return o
    }

    /// The paragraph `count` paragraphs before `para`, not counting the page furniture between (`Advertisement`,
    /// `Hide Ad`, `Turn to Page 2`, a caption of a few words; at most six of them): a pronoun after a web page's
    /// advertisement lines still reaches the person named before them. Nor the paragraphs of a quote that goes on
    /// into a later paragraph (at most twelve): `He said …` ¶ `“A.` ¶ `“B.` ¶ `“C,” he said` is one speaker's turn,
    /// and its pronoun reaches back past it as past one paragraph.
    func paragraphsBack(from para: Int, _ count: Int) -> Int {
        var p = para
        var counted = 0
        var skipped = 0
        var quoted = 0
        while p > 0 && counted < count {
            p -= 1
            if skipped < 6 && isPageFurniture(p) {
                skipped += 1
                continue
            }
            if quoted < 12 && isInsideALongerQuote(p) {
                quoted += 1
                continue
            }
            counted += 1
        }
        return p
    }

    /// Whether paragraph `para` is wholly inside a top-level quote that ends in a later paragraph.
    func isInsideALongerQuote(_ para: Int) -> Bool {
        guard para < paraFirstTok.count else { return false }
        let lo = paraFirstTok[para]
        let hi = paraLastTok[para]
        guard lo != Int.max, lo <= hi, toks[lo].quote >= 0, toks[hi].quote == toks[lo].quote else { return false }
        return qCloseTok[Int(toks[lo].quote)] > hi
    }

    /// A paragraph of at most four words, no quote and no full stop at its end (a line of the page, not a sentence:
    /// `Shops were shut.` is one).
    func isPageFurniture(_ para: Int) -> Bool {
        guard para < paraFirstTok.count else { return false }
        let lo = paraFirstTok[para]
        let hi = paraLastTok[para]
        guard lo != Int.max, lo <= hi else { return true }
        guard hi - lo < 10, !toks[hi].isPeriodLike else { return false }
        var words = 0
        for k in lo...hi {
            if toks[k].quote >= 0 || toks[k].kind == Tok.qopen { return false }
            if toks[k].kind == Tok.word { words += 1 }
        }
        return words <= 4
    }

    /// The people top-level quote `q` names, when it reads as speech (words that only name or describe, `her first
    /// "full Gondek moment"`, may hold the speaker's own name): upstream person ids and last name words, at most 100.
    func peopleNamed(inSpeech q: Int) -> [(person: Int, lastHash: UInt64)] {
        guard looksLikeSpeech(quotes[q]) else { return [] }
        var people: [(person: Int, lastHash: UInt64)] = []
        var x = seqsStarting(before: qOpenTok[q])
        while x < seqs.count && seqs[x].start < qCloseTok[q] && people.count < 100 {
            if seqs[x].personLike { people.append((seqs[x].person, seqs[x].lastHash)) }
            x += 1
        }
        return people
    }

    /// Whether the quote being attributed names the person of sequence `s` (by the upstream person id, else by the
    /// last name word): people rarely speak of themselves by name.
    func isNamedInQuoteBeingAttributed(_ s: CapSeq) -> Bool {
        guard s.personLike else { return false }
        return namedInQuoteBeingAttributed.contains { t in
            s.person >= 0 && t.person >= 0 ? s.person == t.person : s.lastHash == t.lastHash
        }
    }

    /// The sentence before the one a pronoun at `j` speaks in: the last sentence that ends before `j`'s sentence,
    /// skipping quoted words (`"Q1. Q2," he said` speaks in the sentence before the quote) and page furniture
    /// (``isPageFurniture(_:)``). Nil at the start of the text or more than 400 tokens back.
    func sentenceBefore(pronounAt j: Int) -> Int32? {
        var k = j - 1
        let own = toks[j].sent
        while k >= 0 && j - k <= 400
            && (toks[k].sent == own || toks[k].quote >= 0 || toks[k].kind == Tok.qopen || toks[k].kind == Tok.qclose)
        {
            k -= 1
        }
        // (past page furniture: `Advertisement`, `Hide Ad`; at most six of them)
        var skipped = 0
        while k >= 0 && skipped < 6 && isPageFurniture(Int(toks[k].para)) {
            k = paraFirstTok[Int(toks[k].para)] - 1
            skipped += 1
        }
        return k >= 0 && j - k <= 400 ? toks[k].sent : nil
    }

    /// The clause a participle in -ing opens before the comma that ends it, when pronoun `j`'s sentence opens with one
    /// and `j` comes after that comma (`Sentencing Jefferies to seven days in prison, he said …`): the participle's
    /// subject is the pronoun's, so the people the clause names are not whom the pronoun means. Nil otherwise; at most
    /// 30 tokens looked at.
    func frontedParticipleClause(before j: Int) -> Range<Int>? {
        let first = sentFirst[Int(toks[j].sent)]
        let head = toks[first]
        guard first < j, head.kind == Tok.word, head.cap, head.quote < 0, Int(head.end) - Int(head.start) > 4,
            endsWith(p, head, "ing"), head.flags & Lex.prep == 0, !prepositionsInIng.contains(head.hash),
            head.seq < 0 || !seqs[Int(head.seq)].personLike || seqs[Int(head.seq)].nameStart > first
        else { return nil }
        var k = first + 1
        while k < j && k - first <= 30 {
            if toks[k].isPunct(.comma) { return first..<k }
            if toks[k].kind == Tok.qopen { return nil }
            k += 1
        }
        return nil
    }

    /// The he (`male`) or she that is the subject of sentence `sent`: one opening it outside quotes (after at most a
    /// connective: `But he praised …`) or opening the clause after a comma (`Speaking later, she thanked …`) or after
    /// `and`/`but` (`The Blues could tear sides apart and he pointed to …`), when no person is named before it; looked
    /// for over the sentence's first 60 tokens. A pronoun inside a fronted clause is no subject (`Asked whether he had
    /// pushed off, Okafor smiled`).
    func subjectPronoun(in sent: Int32, male: Bool) -> Int? {
        let s = Int(sent)
        let flag = male ? Lex.pronMale : Lex.pronFemale
        let last = min(sentLast[s], sentFirst[s] + 60)
        var k = sentFirst[s]
        var opening = true
        var personNounBefore = false
        while k <= last {
            let t = toks[k]
            if t.quote < 0 && t.kind == Tok.word {
                if t.seq >= 0 && seqs[Int(t.seq)].personLike { return nil }
                if t.flags & flag != 0 { return opening ? k : nil }
                // (`The Blues could tear sides apart and he pointed to …`: `and` or `but` opens a clause of its own -
                // not after a subject that is a word for a person, whom the he may mean: `The referee blew and he sent
                // off Paul Doyle`)
                if k - sentFirst[s] < 4 && isWordForPeople(t, plurals: false) { personNounBefore = true }
                opening =
                    (t.flags & (Lex.conj | Lex.skipAdv) != 0 && opening)
                    || (!personNounBefore && (t.hash == hAnd || t.hash == hBut))
            } else if t.isPunct(.comma) && t.quote < 0 {
                opening = true
            }
            k += 1
        }
        return nil
    }

    /// Whether the sentence of the person sequence `named` refers to someone else, outside quotes: before it
    /// he/she (`during questioning, he identified himself as Vikas Kumar`), a description (`Speaking to reporters,
    /// the Minister said …`, `The seventh seed, who …`), or a person (`Mr Campbell's e-mail … suggested Trevor
    /// Beattie`), or after it a clause opening with he/she (`hosted by Gordon Brown on Friday, he said`); or the name
    /// only modifies a description (`the Lib Dem spokesman`). Such a sentence is about someone else, not the person
    /// it names. Words about the named person do not count: a description right before the name (`The Aviator star
    /// Leonardo DiCaprio`), a possessor inside it (`Wenger's Bayern counterpart Felix Magath`), and he/she inside
    /// the named person's own clause (`X said he would`).
    func refersToAnotherPerson(than named: Int) -> Bool {
        let s = seqs[named]
        let sent = Int(toks[s.start].sent)
        // (at most 150 tokens back: a sentence may be a whole document with no full stop)
        let first = max(sentFirst[sent], s.start - 150)
        var k = first
        while k < s.start {
            let t = toks[k]
            if t.quote < 0 && t.kind == Tok.word {
                if t.flags & (Lex.pronMale | Lex.pronFemale) != 0 { return true }
                if t.hash == hThe {
                    var h = k + 1
                    while h < min(k + 4, s.start - 1) && toks[h].kind == Tok.word {
                        let w = toks[h]
                        if isPersonRole(w) || isAgeOrDemonym(w) { return true }
                        h += 1
                    }
                }
            }
            k += 1
        }
        // (the same person named before does not count: `Priscilla “La Gordiloca” Trevino`, whose nickname splits
        // the name in two)
        var si = seqsStarting(before: first)
        while si < named {
            let o = seqs[si]
            if o.personLike && !o.inQuote && !(toks[o.end].possessive && s.start - o.end <= 4) && !samePerson(si, named)
            {
                return true
            }
            si += 1
        }
        // … nor is it about the named person when the name only modifies a description (`the Lib Dem spokesman`) or
        // a clause after it opens with he/she (`hosted by Gordon Brown on Friday, he said`)
        if s.end + 1 < toks.count, toks[s.end + 1].kind == Tok.word, !toks[s.end + 1].cap,
            isPersonRole(toks[s.end + 1])
        {
            return true
        }
        let last = min(sentLast[sent], s.end + 150)
        var m = s.end + 1
        while m < last {
            if toks[m].isPunct(.comma), toks[m + 1].quote < 0, toks[m + 1].flags & (Lex.pronMale | Lex.pronFemale) != 0
            {
                return true
            }
            m += 1
        }
        return false
    }

    /// The antecedent search of ``antecedent(_:male:strongOnly:anyGender:)`` over paragraphs `firstPara` on.
    private func antecedent(_ j: Int, male: Bool, strongOnly: Bool, anyGender: Bool, from firstPara: Int) -> Int? {
        let para = Int(toks[j].para)
        var tiers: [Int?] = [nil, nil, nil, nil]
        // the nearest subject or speaker whom only a given name's usual sex sets against the pronoun (`Layne Watson
        // … he said`; `Dr Jess Neumann explained: "Q1` ¶ `Q2"` ¶ `She continued`, where the 1990 Census's Jess is a
        // man): taken when no one agrees, anywhere in the paragraphs looked at
        var againstGivenName: Int?
        // a capitalised subject of two or more words nearer than that one, which the person finder did not know (it
        // may be whom the pronoun means: `Shami Chakrabarti, from Liberty, joined calls. She said: "Q"`)
        var unknownSubjectNearer = false
        // `Members then backed a call from Coun Giles McNeil.` ¶ `"Q," he said`: the one person named in the sentence
        // just before, when no person is that sentence's subject, is whom the pronoun goes on with, though named
        // after a preposition - not a subject further back
        let before = sentenceBefore(pronounAt: j)
        // `He praised opener Fakhar Zaman …` ¶ `"Q," he said`: the people a sentence just before names after its own
        // he/she are whom that pronoun's person spoke of, not whom this pronoun goes on with
        let pronounSubjectBefore = anyGender ? nil : before.flatMap { subjectPronoun(in: $0, male: male) }
        var lastNamedBefore: Int?
        var personSubjectBefore = before == nil
        let fronted = frontedParticipleClause(before: j)
        var si = seqsStarting(before: j) - 1
        // at most 300 names back: a paragraph may be the whole document, and a pronoun refers to someone near
        let lowest = si - 300
        while si >= 0 && si > lowest {
            let s = seqs[si]
            let sp = Int(toks[s.start].para)
            if sp < firstPara { break }
            // a name of two or more words that spoke is someone, whether or not the person finder knew it
            let someone = s.personLike || (spoke.contains(si) && s.nameLen >= 2 && !s.place && !toks[s.end].allCaps)
            // a possessive (`Bill Conti's job …`) is a weak antecedent: only when no subject or speaker is near
            let possessive = toks[s.end].possessive
            // a name after an article before a lower-case noun names a thing after the person (`an Alan Shearer
            // strike`, `the Sadiq Khan balloon`): no one a later pronoun goes on with
            if s.afterDet, s.end + 1 < toks.count, toks[s.end + 1].kind == Tok.word, !toks[s.end + 1].cap,
                toks[s.end + 1].flags & (Lex.skipAdv | Lex.prep | Lex.conj | Lex.who) == 0, !toks[s.end + 1].isCue
            {
                si -= 1
                continue
            }
            // (an organisation word in the sequence does not matter when the person finder named a person in it:
            // `Social Democrats TD Aoife Nic Giolla Phádraig`)
            if !someone && s.subject && !s.inQuote && !s.org && !s.place && s.nameLen >= 2 {
                unknownSubjectNearer = true
            }
            // `Sentencing Jefferies to seven days, he said`: the participle's object is not whom its subject means
            if let clause = fronted, clause.contains(s.start) {
                si -= 1
                continue
            }
            if let p = pronounSubjectBefore, s.start > p, toks[s.start].sent == toks[p].sent, !spoke.contains(si) {
                si -= 1
                continue
            }
            // `according to local member Mr Tehan, who confirmed Drought Minister David Littleproud would audit …` ¶
            // `"Q," he told ABC radio`: a person named inside a relative or participle clause on another person's name
            // is what the clause says about that person, not whom a later pronoun goes on with
            // (when the pronoun can mean the person the clause is on: `Jane Doe, who married John Roe, opened a
            // cafe.` ¶ `"Q," he said` is Roe)
            if let head = personWithAClause(holding: si), anyGender || !disagrees(seqs[head], male: male) {
                si -= 1
                continue
            }
            // `Arrington and Kincaid were on stage.` ¶ `"Q," he said`: one of two people who are a plural verb's
            // subject is no one a singular pronoun goes on with
            if isInAPluralSubject(si) {
                si -= 1
                continue
            }
            // `It had happened because Redclift was "Q," he said`: a name in the words a he or she after the quote
            // reports is someone that he or she speaks of, not who speaks
            if isInWordsReported(by: j, s) {
                si -= 1
                continue
            }
            if someone && !s.inQuote && (!s.org || s.person >= 0) && !(possessive && strongOnly)
                && !isNamedInQuoteBeingAttributed(s)
            {
                let bad = anyGender ? false : disagrees(s, male: male)
                if !bad {
                    // (a name right before a finite speech verb is its subject, though a preposition comes before the
                    // title it carries: `Minister of State for Information and Broadcasting Marriyum Aurangzeb told`,
                    // `Secretary of State for Northern Ireland Hilary Benn told`; not a body right after one,
                    // `executive partner of Tods Murray said`, nor an object before a participle, `e-mailed Mr
                    // McFadyen pointing out`)
                    let finiteCueSubject =
                        isCueSubject(si) && !endsWithIng(toks[s.end + 1])
                        && (s.start < 2 || toks[s.start - 1].cap || toks[s.start - 1].flags & Lex.prep == 0
                            || toks[s.start - 2].cap)
                    let strong =
                        !possessive
                        && (s.subject || spoke.contains(si) || isSourceOfAccordingTo(si) || finiteCueSubject
                            || speaksInAWithClause(si))
                        && (spoke.contains(si) || !isInReportedClause(si))
                    let t = (sp == para ? 0 : 1) + (strong ? 0 : 2)
                    if tiers[t] == nil { tiers[t] = si }
                    if let b = before, toks[s.start].sent == b {
                        if strong {
                            personSubjectBefore = true
                        } else if !possessive && !isInSourcedClause(si) {
                            // (not one named in another's report: `To him, Mr Konadu does not care …` ¶ `"Q," he said`)
                            lastNamedBefore = lastNamedBefore ?? si
                        }
                    }
                    if t == 0 { break }
                } else if againstGivenName == nil, !unknownSubjectNearer, !possessive,
                    s.subject || spoke.contains(si), !disagrees(s, male: male, byTitle: true)
                {
                    againstGivenName = si
                }
            }
            si -= 1
        }
        let chosen = tiers.prefix(strongOnly ? 2 : 4).first(where: { $0 != nil }) ?? nil
        if !strongOnly, !personSubjectBefore, let named = lastNamedBefore,
            chosen.map({ seqs[$0].start < seqs[named].start }) ?? true, !refersToAnotherPerson(than: named)
        {
            return named
        }
        // `Lord Justice Toulson said …` ¶ `He said it gave rise to "Q1"` ¶ `There were failures in recording Mr Mack's
        // fluid levels.` ¶ `He said …`: a person named only in a possessive is a weak antecedent, taken when no
        // subject or speaker is near - and the person the latest quote was given to is near, the possessive passed
        if !strongOnly, let x = chosen, toks[seqs[x].end].possessive, tiers[0] == nil, tiers[1] == nil,
            let speaker = lastSpeaker(before: j, male: male, passingPossessives: true)
        {
            return speaker
        }
        // `… reports that misquoted Dr Mahathir Mohamad, he said.` ¶ `"Q1," he said.` ¶ `"Q2," he said`: a person only
        // mentioned (no subject, no speaker) before the latest quote yields to that quote's speaker, whom the pronoun
        // goes on with when no one it could mean was named since (``lastSpeaker(before:male:)``)
        if !strongOnly, let x = chosen, tiers[0] == nil, tiers[1] == nil, lastQuoteSpeaker.open > seqs[x].end,
            let speaker = lastSpeaker(before: j, male: male)
        {
            return speaker
        }
        if let x = chosen { return subjectOfTheMainClause(over: x, male: male) ?? x }
        guard let fallback = againstGivenName else { return nil }
        // (not past a noun of the pronoun's sex after that person's sentence: `A ministry spokeswoman said …` then
        // `She added: "Q"` is not the John named before; at most 400 tokens looked at)
        let nouns = male ? maleNounHashes : femaleNounHashes
        var from = seqs[fallback].end + 1
        let sentence = toks[seqs[fallback].end].sent
        while from < j && toks[from].sent == sentence { from += 1 }
        guard j - from <= 400 else { return nil }
        for k in from..<max(from, j) where toks[k].kind == Tok.word && nouns.contains(toks[k].hash) { return nil }
        return fallback
    }
}
