/// Words a document itself shows to be organisations, whatever they look like: one-word company, band and product
/// names (`Heineken`, `Mozilla`) pass for surnames, and a speech verb next to them (`Heineken said`) would make
/// them people. One pass over the words collects every capitalised word that the text treats as a body:
///
/// - `Heineken, which …` (people are `who`);
/// - `Heineken said its …` (people are `his`/`her`; `said it` is left out: `Williams said it was hard`);
/// - `Heineken's sales`, `Mozilla's browser share`: a possessive before a corporate noun;
/// - `the Mozilla Foundation`: the first word of a name that ends in an organisation word;
/// - `Dutch firm Heineken`, `rock band Iron Maiden`: a corporate noun right before it.
///
/// The finder then takes none of those words for a one-word name, and a name right after a corporate noun for no
/// name at all; a title still wins (`Mr Heineken`).
struct OrganisationSignals {
    /// Folded hashes of the words the document treats as organisations.
    private(set) var words: Set<UInt64> = []

    init(_ text: [Word]) {
        for (k, w) in text.enumerated() where w.capital && !w.allCaps {
            guard k + 1 < text.count else { continue }
            let next = text[k + 1]
            if next.punctuationBefore == Byte.comma && next.hash == Self.which { words.insert(w.hash) }
            if next.joinedToPrevious && next.classes.contains(.speechVerb) && k + 2 < text.count
                && text[k + 2].joinedToPrevious && Self.itForms.contains(text[k + 2].hash)
            {
                words.insert(w.hash)
            }
            if w.possessive && next.joinedToPrevious && !next.capital && Self.corporateThings.contains(next.hash) {
                words.insert(w.hash)
            }
            if next.joinedToPrevious && next.capital && Self.bodyHeads.contains(next.hash) && !next.possessive {
                words.insert(w.hash)
            }
            if k > 0 && w.joinedToPrevious && !text[k - 1].capital && Self.corporateNouns.contains(text[k - 1].hash) {
                words.insert(w.hash)
            }
        }
    }

    /// Whether the document treats this word as an organisation.
    func contains(_ hash: UInt64) -> Bool { words.contains(hash) }

    /// A corporate noun right before word `k` (`firm Heineken`, `band Iron Maiden`).
    static func followsCorporateNoun(_ text: [Word], _ k: Int) -> Bool {
        k > 0 && text[k].joinedToPrevious && !text[k - 1].capital && corporateNouns.contains(text[k - 1].hash)
    }

    static let which = foldedHash("which")
    static let itForms: Set<UInt64> = hashes("its")
    /// Nouns that name a body before its name: `firm Heineken`, `band Iron Maiden`, `browser Firefox`.
    static let corporateNouns: Set<UInt64> = hashes(
        """
        firm company companies group brewer brewers carmaker maker makers retailer retailers giant
        bank lender insurer airline carrier operator network broadcaster publisher studio label chain supermarket
        band bands site website browser brand brands manufacturer supplier firms conglomerate subsidiary startup
        start-up outfit agency
        """)
    /// What a body has and a person rarely does: `Heineken's sales`, `Mozilla's market share`.
    static let corporateThings: Set<UInt64> = hashes(
        """
        sales shares share profits profit revenue revenues earnings results shareholders stock chief boss board
        chairman spokesman spokeswoman spokesperson executives headquarters staff workers employees customers
        subscribers products brand brands website stake bid takeover subsidiary factories factory stores plants
        turnover market
        """)
    /// Last words of organisation names: `Mozilla Foundation`, `Acme Group`.
    static let bodyHeads: Set<UInt64> = hashes(
        """
        foundation group corporation corp inc ltd plc company holdings industries airlines airways bank foundation
        institute association society trust council union league
        """)

    private static func hashes(_ list: String) -> Set<UInt64> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { foldedHash(String($0)) })
    }
}
