// Default abbreviation data for the sentence splitter (embedded so the module needs no resources).

enum DefaultAbbreviations {
    /// Prepositive titles: never sentence-final.
    static let titles: [String] = [
        "Mr.", "Mrs.", "Ms.", "Messrs.", "Mmes.", "Mme.", "Mlle.", "Dr.", "Drs.", "Prof.", "Profs.", "Rev.", "Revs.",
        "Fr.", "Hon.", "Rt.", "Gen.", "Gens.", "Lt.", "Col.", "Maj.", "Capt.", "Cpt.", "Cmdr.", "Cdr.", "Adm.",
        "Brig.", "Sgt.", "Cpl.", "Pvt.", "Pte.", "Lieut.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Govs.",
        "Pres.", "Supt.", "Insp.", "Det.", "Cllr.", "Amb.", "Atty.", "Sr.", "St.", "Ste.", "Mt.", "Ft.", "Msgr.",
        "Sec.", "Secy.", "Treas.", "Comdr.", "Gov't.",
        // US Air Force and Marine sergeants' grades (`said Msgt. Gary Knight`)
        "MSgt.", "SSgt.", "TSgt.", "SMSgt.", "CMSgt.", "Msgt.", "Ssgt.", "Tsgt.", "Smsgt.", "Cmsgt.",
        // Canadian, Australian, Nigerian, Welsh and Irish copy: councillor, constable, alderman, engineer, barrister
        "Coun.", "Couns.", "Colr.", "Clr.", "Const.", "Cst.", "Ald.", "Engr.", "Barr.", "Asst.",
    ]

    /// Default abbreviations (in addition to the titles above, which are also listed here).
    static let abbreviations: [String] =
        titles + [
            // companies and name suffixes
            "Inc.", "Co.", "Corp.", "Ltd.", "Plc.", "Llc.", "Bros.", "Jr.", "Esq.", "Cos.", "Assn.", "Dept.", "Univ.",
            "Intl.", "Natl.", "Mfg.",
            // months and days
            "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
            "Tues.", "Thur.", "Thurs.",
            // Latin and general
            "e.g.", "i.e.", "etc.", "cf.", "vs.", "v.", "viz.", "al.", "approx.", "ca.", "c.", "est.", "min.", "max.",
            "misc.", "ref.", "govt.", "dept.", "appt.", "tel.", "ext.", "fig.", "figs.", "vol.", "vols.", "no.", "nos.",
            "p.", "pp.", "para.", "ch.", "art.", "ed.", "eds.", "op.", "n°.", "nr.", "orig.", "incl.", "excl.", "avg.",
            "a.m.", "p.m.", "a.k.a.", "Ph.D.", "B.A.", "M.A.", "M.P.", "Ave.", "Blvd.", "Rd.", "Sq.", "Ln.", "Hwy.",
            // a council district or police precinct before its number (`Dist. 12 Councilwoman`)
            "Dist.", "Pct.",
            // initialisms used as adjectives
            "U.S.", "U.S.A.", "U.K.", "E.U.", "U.N.", "D.C.", "L.A.", "N.Y.", "U.A.E.",
            // U.S. states (AP style)
            "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.",
            "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.",
            "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.",
        ]

    /// Category overrides by lower-cased key (without the trailing period).
    static let categories: [(String, AbbrevKind)] = [
        ("inc", .postpositive), ("co", .postpositive), ("corp", .postpositive), ("ltd", .postpositive),
        ("plc", .postpositive), ("llc", .postpositive), ("bros", .postpositive), ("jr", .postpositive),
        ("esq", .postpositive), ("cos", .postpositive), ("etc", .postpositive), ("al", .postpositive),
        ("no", .numberOnly), ("nos", .numberOnly), ("p", .numberOnly), ("pp", .numberOnly), ("vol", .numberOnly),
        ("vols", .numberOnly), ("fig", .numberOnly), ("figs", .numberOnly), ("ch", .numberOnly), ("art", .numberOnly),
        ("op", .numberOnly), ("n°", .numberOnly), ("nr", .numberOnly), ("para", .numberOnly), ("tel", .numberOnly),
        ("ext", .numberOnly), ("min", .numberOnly), ("max", .numberOnly), ("ed", .numberOnly), ("eds", .numberOnly),
        ("dist", .numberOnly), ("pct", .numberOnly), ("a.m", .time), ("p.m", .time),
        ("jan", .numberOnly), ("feb", .numberOnly), ("mar", .numberOnly), ("apr", .numberOnly), ("jun", .numberOnly),
        ("jul", .numberOnly), ("aug", .numberOnly), ("sep", .numberOnly), ("sept", .numberOnly), ("oct", .numberOnly),
        ("nov", .numberOnly), ("dec", .numberOnly),
    ]

    /// Capitalised words that typically open an English sentence (used after ambiguous abbreviations).
    static let sentenceStarters: [String] = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "here", "how", "what", "why", "when", "where", "who", "which", "whose", "but", "and", "so", "yet", "or",
        "however", "in", "on", "at", "for", "if", "as", "after", "before", "since", "while", "although", "though",
        "meanwhile", "now", "then", "its", "his", "her", "their", "our", "my", "your", "some", "many", "most",
        "all", "both", "each", "such", "last", "one", "two", "three", "mr", "mrs", "ms", "dr", "do", "does", "did",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may",
        "might", "not", "no", "yes", "also", "still", "even", "only", "according", "officials", "analysts",
        "earlier", "later", "today", "yesterday", "instead", "despite", "with", "without", "under", "over",
        "from", "by", "during", "because", "unlike", "like", "let", "please", "i'm", "i've", "i'd", "i'll", "it's",
        "that's", "there's", "we're", "we've", "they're", "he's", "she's", "don't", "you're", "if", "never", "perhaps",
    ]
}
