import EntitiesStage
import Foundation
import PeopleStage
import QuotesStage
import SentencesStage
import Testing
import TextMineCore
import TextMineTesting

/// The stage as the default pipeline configures it.
func peopleStage(_ extra: String = "") throws -> PeopleStage {
    try TestSupport.makeStage(
        PeopleStage.self,
        """
        {given_names: Pipelines/lists/people/given-names.txt, family_names: Pipelines/lists/people/family-names.txt\(extra)}
        """)
}

func persons(_ document: Document) -> [(text: String, canonical: String?, rule: String)] {
    document.entities.filter { $0.type == "PERSON" }.map { (document[$0.span], $0.canonical, $0.rule) }
}

@Suite struct PeopleStageOutput {
    @Test func writesPersonEntitiesWithCanonicalNameAndRule() throws {
        let document = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self), try peopleStage()],
            on: """
                Okafor steps down

                Ada Okafor, the chief executive, said on Monday she would leave. Ms Okafor joined in 2001.
                """)
        let found = persons(document)
        #expect(found.map(\.text) == ["Okafor", "Ada Okafor", "Okafor"])
        #expect(found.allSatisfy { $0.canonical == "Ada Okafor" })
        #expect(found.map(\.rule) == ["people:coreference", "people:apposition", "people:title"])
        #expect(document.entities.allSatisfy { $0.stage == "people" })
    }

    @Test func replacesOverlappingProperNounsAndKeepsOtherEntities() throws {
        let entities = try TestSupport.makeStage(
            EntitiesStage.self,
            """
            {patterns: {PROPN: '\\b\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+\\b', LOCATION: '\\bLagos\\b'}}
            """)
        let document = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self), entities, try peopleStage()],
            on: "Headline\n\nBut Ada Okafor flew to Lagos on Friday.")
        #expect(document.entities.map(\.type) == ["PERSON", "LOCATION"])
        #expect(document[document.entities[0].span] == "Ada Okafor")
    }

    @Test func blockedTypesVetoANameTheyCover() throws {
        let entities = try TestSupport.makeStage(EntitiesStage.self, "{patterns: {ORG: '\\bRightmove\\b'}}")
        let text = "Rightmove said prices fell. Tunde said so too."
        let blocked = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self), entities, try peopleStage()], on: text)
        #expect(persons(blocked).map(\.text) == ["Tunde"])
        let unblocked = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self), entities, try peopleStage(", blocked_types: []")], on: text
        )
        #expect(persons(unblocked).map(\.text) == ["Rightmove", "Tunde"])
    }

    @Test func aBodysPatternThatRunsIntoItsHoldersNameEndsBeforeIt() throws {
        let entities = try TestSupport.makeStage(
            EntitiesStage.self, "{patterns: {ORG: '\\bDepartment of(?:\\h\\p{Lu}\\p{Ll}+)+'}}")
        let document = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self), entities, try peopleStage()],
            on: "Headline\n\nMinister at the Department of Health Mary Lee said it was fine.")
        let found = document.entities.map { ($0.type, document[$0.span]) }
        #expect(found.map(\.0) == ["ORG", "PERSON"])
        #expect(found.map(\.1) == ["Department of Health", "Mary Lee"])
    }

    @Test func aliasesPinIdentitiesAcrossDocuments() throws {
        let folder = try TestSupport.temporaryDirectory("people-aliases")
        let path = folder + "/aliases.tsv"
        try "# pinned\nTony Blair\tBlair\tMr Blair\n".write(toFile: path, atomically: true, encoding: .utf8)
        let stage = try peopleStage(", aliases: \(path)")
        let document = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self), stage], on: "Talks\n\nMr Blair said no.")
        #expect(persons(document).map(\.canonical) == ["Tony Blair"])
    }

    @Test func aBadAliasFileIsAConfigError() throws {
        let folder = try TestSupport.temporaryDirectory("people-aliases-bad")
        let path = folder + "/aliases.tsv"
        try "Tony Blair\tBlair\nCherie Blair\tBlair\nlonely\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ConfigError.self) { try peopleStage(", aliases: \(path)") }
        do { _ = try peopleStage(", aliases: \(path)") } catch let error as ConfigError {
            let messages = error.diagnostics.map(\.message)
            #expect(messages.contains { $0.contains("already an alias of 'Tony Blair'") })
            #expect(messages.contains { $0.contains("line 3") })
        }
    }

    /// `given_name_genders`: a courtesy title passes over a person whose given name usually belongs to the other
    /// sex, when another person with that surname fits; with no one else it still joins (a likelihood, not a rule).
    @Test func aGivenNamesSexKeepsACourtesyTitleFromTheOtherSex() throws {
        let folder = try TestSupport.temporaryDirectory("people-given-sex")
        let path = folder + "/sexes.tsv"
        try "# NAME<TAB>m|f\nTim\tm\nShellie\tf\n".write(toFile: path, atomically: true, encoding: .utf8)
        let twoSmiths = "Hero dies\n\nShellie Smith paid tribute. Tim Smith was hurt.\n\nMr Smith died later."
        let sexes = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self), try peopleStage(", given_name_genders: \(path)")],
            on: twoSmiths)
        #expect(persons(sexes).last?.canonical == "Tim Smith")
        // without the sexes the Smith the body introduced first takes `Mr Smith`: the test can tell the two apart
        let none = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self), try peopleStage()], on: twoSmiths)
        #expect(persons(none).last?.canonical == "Shellie Smith")
        let reversed = "Hero dies\n\nTim Smith was hurt. Shellie Smith paid tribute.\n\nMr Smith died later."
        let sexesReversed = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self), try peopleStage(", given_name_genders: \(path)")],
            on: reversed)
        #expect(persons(sexesReversed).last?.canonical == "Tim Smith")
        let noneReversed = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self), try peopleStage()], on: reversed)
        #expect(persons(noneReversed).last?.canonical == "Tim Smith")
        // the only Smith: the title still joins her (a given name's sex is a likelihood)
        let alone = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self), try peopleStage(", given_name_genders: \(path)")],
            on: "Tribute\n\nShellie Smith paid tribute.\n\nMr Smith was thanked.")
        #expect(persons(alone).last?.canonical == "Shellie Smith")
    }

    /// `given_name_genders` takes a list of files (`news.yaml`: the Census names, then the SSA names the Census lacks);
    /// each adds names.
    @Test func givenNameSexesComeFromEveryListedFile() throws {
        let folder = try TestSupport.temporaryDirectory("people-given-sex-list")
        let census = folder + "/census.tsv"
        let more = folder + "/more.tsv"
        try "Tim\tm\n".write(toFile: census, atomically: true, encoding: .utf8)
        try "Kelly\tf\n".write(toFile: more, atomically: true, encoding: .utf8)
        // (Kelly first: without her sex, the principal takes `Mr Mensah`)
        let twoMensahs = "Hero dies\n\nKelly Mensah paid tribute. Doug Mensah was hurt.\n\nMr Mensah died later."
        func lastCanonical(_ files: String) throws -> String? {
            let document = try TestSupport.run(
                [try TestSupport.makeStage(SentencesStage.self), try peopleStage(", given_name_genders: \(files)")],
                on: twoMensahs)
            return persons(document).last?.canonical
        }
        #expect(try lastCanonical("[\(census)]") == "Kelly Mensah")
        #expect(try lastCanonical("[\(census), \(more)]") == "Doug Mensah")
    }

    @Test func aBadGivenNameSexFileIsAConfigErrorPerLine() throws {
        let folder = try TestSupport.temporaryDirectory("people-given-sex-bad")
        let path = folder + "/sexes.tsv"
        try "Tim\tm\nShellie female\nAda\tx\n".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try peopleStage(", given_name_genders: \(path)")
            Issue.record("a malformed file was accepted")
        } catch let error as ConfigError {
            let messages = error.diagnostics.map(\.message)
            #expect(messages.count == 2)
            #expect(messages.contains { $0.contains("line 2") } && messages.contains { $0.contains("line 3") })
        }
    }

    /// A user's list saved with Windows line ends adds its names through the stage's configuration as an LF list does
    /// (once a `Character` split read `\r\n` as one character, and the whole file as one comment line).
    @Test func aNameListWithWindowsLineEndsAddsItsNames() throws {
        let folder = try TestSupport.temporaryDirectory("people-crlf-list")
        let path = folder + "/extra-given-names.txt"
        try "# names our desk adds\r\nQuarlinda\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        let text = "Deal ends\n\nThe deal with Quarlinda Vantrobe's firm collapsed on Monday."
        func found(_ givenNames: String) throws -> [String] {
            let stage = try TestSupport.makeStage(
                PeopleStage.self,
                "{given_names: \(givenNames), family_names: Pipelines/lists/people/family-names.txt}")
            return persons(try TestSupport.run([try TestSupport.makeStage(SentencesStage.self), stage], on: text))
                .map(\.text)
        }
        #expect(try found("[Pipelines/lists/people/given-names.txt, \(path)]") == ["Quarlinda Vantrobe"])
        // without the list the name is not found: the test can tell a read list from an unread one
        #expect(try found("Pipelines/lists/people/given-names.txt") == [])
    }

    @Test func aMissingNameListIsAConfigError() throws {
        #expect(throws: ConfigError.self) {
            try TestSupport.makeStage(PeopleStage.self, "{given_names: no/such/file.txt}")
        }
    }
}

@Suite struct QuotesUsePeople {
    func run(_ text: String) throws -> Document {
        try TestSupport.run(
            [
                try TestSupport.makeStage(SentencesStage.self), try peopleStage(),
                try TestSupport.makeStage(QuotesStage.self, "{person_types: [PERSON]}"),
            ], on: text)
    }

    @Test func speakersAreCanonicalNames() throws {
        let straight = try run("Talks\n\nBarack Obama arrived late. \"We will talk,\" Mr Obama said.")
        #expect(straight.quotes.map(\.speaker) == ["Barack Obama"])
        let curly = try run("Talks\n\nBarack Obama arrived late. “We will talk,” said Obama.")
        #expect(curly.quotes.map(\.speaker) == ["Barack Obama"])
    }

    @Test func aDescriptionResolvesToThePersonGivenTheRole() throws {
        // the README's who-said-what example
        let document = try run(
            "Budget row\n\nOpposition leader Sam Hale attacked the budget on Tuesday. \"This is a budget for nobody,\" the opposition leader said.\n\nMs Hale later told reporters the plan was \"painless for the rich\".\n"
        )
        #expect(document.quotes.map(\.speaker) == ["Sam Hale", "Sam Hale"])
        #expect(document.quotes.map(\.kind) == [.speech, .speech])
        let curly = try run(
            "Row\n\nSam Hale, the opposition leader, spoke first. Then a minister replied. “No,” the opposition leader said."
        )
        #expect(curly.quotes.map(\.speaker) == ["Sam Hale"])
    }

    /// `Don't think my phone was hacked, says Union minister Prahlad Singh Patel`: a negative contraction opening a
    /// headline is no subject (`Don` is a given name), straight or curly apostrophe.
    @Test func aNegativeContractionOpeningAHeadlineIsNoSpeaker() throws {
        for apostrophe in ["'", "\u{2019}"] {
            let document = try run(
                "Don\(apostrophe)t think my phone was hacked, says Union minister Prahlad Singh Patel\n\n\"I don't "
                    + "think our government will do such work,\" the Union minister of state for food told ANI.")
            #expect(document.quotes.map(\.speaker) == ["Prahlad Singh Patel"])
        }
    }

    @Test func partialQuoteInReportedSpeechIsSpeech() throws {
        let document = try run("Merger\n\nAda Okafor runs the firm. Ms Okafor said the merger would be \"painless\".")
        #expect(document.quotes.map(\.kind) == [.speech])
        #expect(document.quotes.map(\.speaker) == ["Ada Okafor"])
    }
}

@Suite struct OrganisationsSpeak {
    func run(_ text: String) throws -> Document {
        try TestSupport.run(
            [
                try TestSupport.makeStage(SentencesStage.self), try peopleStage(),
                try TestSupport.makeStage(QuotesStage.self, "{person_types: [PERSON]}"),
            ], on: text)
    }

    /// The document made by `text` with straight and with curly double quotes (`text` gets the opening and closing
    /// mark).
    func runInBothStyles(_ text: (String, String) -> String) throws -> [Document] {
        try [("\"", "\""), ("“", "”")].map { try run(text($0.0, $0.1)) }
    }

    @Test func aSpokespersonSpeaksForTheOrganisationNamedInFull() throws {
        let straight = try run(
            "Spend\n\nThe UK Independence Party spent more. \"We had no public money,\" said a UKIP spokesman.")
        #expect(straight.quotes.map(\.speaker) == ["UK Independence Party"])
        let curly = try run(
            "Rugby\n\nThe Rugby Football Union met on Monday. “It was fair,” a spokeswoman for the RFU said.")
        #expect(curly.quotes.map(\.speaker) == ["Rugby Football Union"])
    }

    /// `the CS said` after `The ICT Cabinet Secretary, William Kabogo,`: the initials of an office are a description
    /// of the person holding it; a body named after an office stays the body (`the HSE`, `Health Service Executive`).
    @Test func initialsOfAnOfficeNameItsHolder() throws {
        for document in try runInBothStyles({ open, close in
            "Media plan\n\nThe ICT Cabinet Secretary, William Kabogo, spoke on Monday.\n\n\(open)We will act,\(close) "
                + "the CS said.\n\nHSE chief executive Niall Byrne met staff.\n\n\(open)We regret the delays,\(close) "
                + "the HSE said. The Health Service Executive (HSE) runs hospitals.\n"
        }) {
            #expect(document.quotes.map(\.speaker) == ["William Kabogo", "Health Service Executive"])
        }
    }

    @Test func anAcronymSpeakerIsNamedInFull() throws {
        let document = try run(
            "Prices\n\nThe Royal Institute of Chartered Surveyors (RICS) met. Growth was \"moderate\", RICS said.")
        #expect(document.quotes.map(\.speaker) == ["Royal Institute of Chartered Surveyors"])
    }

    /// `A spokesperson for the International Chamber of Shipping`: the name runs over `of`, `for` and `and`, and
    /// `the spokesperson` later speaks for the same organisation.
    @Test func aLongOrganisationNameAndItsSpokespersonLater() throws {
        for document in try runInBothStyles({ open, close in
            "Shipping\n\nA spokesperson for the International Chamber of Shipping said it was \(open)cautiously "
                + "hopeful\(close). \(open)We are not walking away,\(close) the spokesperson said.\n\n"
                + "Transport for Greater Manchester said it would \(open)study the report\(close).\n\n"
                + "A spokesperson for the Department of Employment and Workplace Relations said times had "
                + "\(open)improved\(close)."
        }) {
            #expect(
                document.quotes.map(\.speaker) == [
                    "International Chamber of Shipping", "International Chamber of Shipping",
                    "Transport for Greater Manchester", "Department of Employment and Workplace Relations",
                ])
        }
    }

    /// `The Kenya Flower Council, which represents growers, said … it was "deeply concerned"`, then `It warned`:
    /// the relative clause, the inner `it`, and `it` as the organisation; the article is dropped from the name.
    @Test func anOrganisationSpeaksThroughItsRelativeClauseAndIt() throws {
        for document in try runInBothStyles({ open, close in
            "Strike\n\nThe Kenya Flower Council, which represents growers, said in a statement that it was "
                + "\(open)deeply concerned\(close). It warned of \(open)razor-thin margins\(close)."
        }) {
            #expect(document.quotes.map(\.speaker) == ["Kenya Flower Council", "Kenya Flower Council"])
            #expect(document.quotes.map(\.kind) == [.speech, .speech])
        }
    }

    /// `it` is the organisation that spoke or was named as subject last; another organisation named in between (not
    /// as subject) leaves `it` unresolved rather than guessing.
    @Test func itIsNotResolvedPastAnotherOrganisation() throws {
        let document = try run(
            "Economy\n\nThe Treasury said plans were \"on track\". Analysts at Barclays Bank were upbeat. It said "
                + "growth would \"continue\".")
        #expect(document.quotes.map(\.speaker) == ["Treasury", nil])
        // the organisation named last is what `it` is: `the NIESR report … It said` is NIESR's
        let named = try run(
            "Economy\n\nThe Treasury said plans were \"on track\". The NIESR report was upbeat. It said growth "
                + "would \"continue\".")
        #expect(named.quotes.map(\.speaker) == ["Treasury", "NIESR"])
    }

    /// `the company said` and `a spokesperson for the company said` name the company the article named as subject,
    /// also paragraphs back, or the one that spoke last; `Electric` makes `Morikawa Electric` no person.
    @Test func theCompanyIsTheOrganisationNamedBefore() throws {
        for document in try runInBothStyles({ open, close in
            "Outlook\n\nComponent maker Morikawa Electric cut its forecast on Thursday.\n\nSales fell.\n\n"
                + "Shares dropped.\n\nA spokesperson for the company said talks would be \(open)open\(close).\n\n"
                + "Norwegian operator Lund Shipping said it had suspended transits \(open)until further notice\(close). The "
                + "company said safety was its \(open)overriding priority\(close)."
        }) {
            #expect(document.quotes.map(\.speaker) == ["Morikawa Electric", "Lund Shipping", "Lund Shipping"])
            #expect(persons(document).isEmpty)
        }
    }

    /// A description the article never ties to a name is no identity: null speaker, the span kept; a body described
    /// by its kind is kept as written, and a document speaks for the body that wrote it (`a TUC report`).
    @Test func anUnnamedPersonIsNoSpeakerButAnUnnamedBodyIs() throws {
        for document in try runInBothStyles({ open, close in
            "Talks\n\n\(open)Everybody needs to calm down,\(close) a senior leadership aide said.\n\n"
                + "Councils should set taxes at \(open)reasonable levels\(close), says the assembly government.\n\n"
                + "An aide on the Commerce Committee called the draft \(open)a messaging bill\(close).\n\n"
                + "A spokesman for the ministry said the plan was \(open)on track\(close).\n\n"
                + "Job cuts are a \(open)false economy\(close), according to a TUC report."
        }) {
            #expect(document.quotes.map(\.speaker) == [nil, "the assembly government", nil, "the ministry", "TUC"])
            #expect(document.quotes.allSatisfy { $0.kind == .speech })
            let mention = try #require(document.quotes[0].speakerSpan)
            #expect(document[mention] == "a senior leadership aide")
        }
    }

    /// A company written in short is named as the article writes it in full (`SkyBridge said` → `SkyBridge
    /// Airlines`).
    @Test func aCompanyIsNamedInFull() throws {
        let document = try run(
            "Hearing\n\nSkyBridge Airlines was fined. In a statement, SkyBridge said it would \"continue to work\" with "
                + "regulators.")
        #expect(document.quotes.map(\.speaker) == ["SkyBridge Airlines"])
    }

    @Test func anOrganisationWithoutAcronymIsKeptAsWritten() throws {
        let document = try run("Talks\n\n\"No comment,\" said a Downing Street spokesman.")
        #expect(document.quotes.map(\.speaker) == ["Downing Street"])
    }
}
