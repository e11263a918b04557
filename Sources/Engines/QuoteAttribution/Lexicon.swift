// Word lists used by the attributor, keyed by the people engine's `foldedHash` of the lower-cased UTF-8 bytes.

import People

/// Bit flags attached to lexicon words.
enum Lex {
    static let title: UInt32 = 1 << 0  // role/title words stripped from the left of a name
    static let honMale: UInt32 = 1 << 1
    static let honFemale: UInt32 = 1 << 2
    static let stopCap: UInt32 = 1 << 3  // function words / months / days that are capitalised but never names
    static let skipAdv: UInt32 = 1 << 4  // auxiliaries and adverbs between subject and cue verb
    static let pronMale: UInt32 = 1 << 5
    static let pronFemale: UInt32 = 1 << 6
    static let pronOther: UInt32 = 1 << 7  // it, they, we ... (speaker unknown)
    static let who: UInt32 = 1 << 8
    static let det: UInt32 = 1 << 9
    static let prep: UInt32 = 1 << 10
    static let speakerNoun: UInt32 = 1 << 11  // heads of descriptive speaker NPs ("the ministry")
    static let orgWord: UInt32 = 1 << 12  // words that make a capitalised sequence an organisation
    static let place: UInt32 = 1 << 13
    static let particle: UInt32 = 1 << 14  // van, de, al ... inside names
    static let abbrev: UInt32 = 1 << 15  // abbreviations followed by "." that do not end sentences
    static let plural: UInt32 = 1 << 16  // plural speaker nouns usable without a determiner ("officials said")
    static let conj: UInt32 = 1 << 17  // and, or, but
    static let honorific: UInt32 = 1 << 18  // Mr, Mrs ... (strip, and makes a person)
    static let firstMale: UInt32 = 1 << 19  // common male first names (gender hint only)
    static let firstFemale: UInt32 = 1 << 20  // common female first names (gender hint only)
    static let subordinator: UInt32 = 1 << 21  // whether, why, how…: after a short quote, it was an object
    static let invertedCue: UInt32 = 1 << 22  // said, added, argued…: cue forms written before their subject
    static let thinking: UInt32 = 1 << 23  // feared, believes, thinks…: inside reported speech, the outer speaker's
    static let personNoun: UInt32 = 1 << 24  // the caller's nouns that name a person (`parliamentarian`, `widow`)
}

private func words(_ s: String) -> [String] {
    s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}

/// The static lexicon.
let lexicon = WordTable(lexiconDict, missing: 0 as UInt32)

let lexiconDict: [UInt64: UInt32] = {
    var d: [UInt64: UInt32] = [:]
    func add(_ list: String, _ f: UInt32) {
        for w in words(list) { d[foldedHash(w), default: 0] |= f }
    }
    add(
        """
        president vice prime minister secretary chancellor senator sen rep representative congressman congresswoman
        governor gov mayor king queen prince princess pope general gen colonel col captain capt cpt lieutenant lt
        sergeant sgt msgt ssgt tsgt smsgt cmsgt officer chief executive chairman chairwoman chairperson director manager
        coach judge justice
        attorney state foreign home defence defense health finance trade culture education shadow deputy former
        ex acting interim spokesman spokeswoman spokesperson leader head boss founder ceo cfo coo cto chair speaker
        ambassador envoy commissioner inspector superintendent detective constable bishop archbishop rev reverend
        father sheikh sheik shaikh ayatollah maulana maulvi allama imam rabbi cardinal labour conservative tory liberal
        democrat democratic republican
        lib dem mp mep msp mla mpp mna mha mlc am writer teacher nurse analyst economist striker midfielder defender
        goalkeeper keeper winger forward skipper captain gaffer tactician coordinator singer actor actress star producer author rapper novelist journalist
        correspondent editor presenter broadcaster host comedian designer chef artist veteran champion
        treasury transport environment business industry energy science technology justice interior
        agriculture work pensions culture media sport welsh scottish northern irish first lady assistant
        general attorney-general solicitor-general secretary-general senior junior managing vice-president
        professor prof dr doctor lord lady sir dame baroness baron earl duke duchess count countess
        mr mrs ms miss mx madame monsieur herr frau mister master mzee
        madam hon cr cllr clr coun colr shri sri smt shrimati thiru thirumathi datuk dato datin seri alhaji alhaja comrade
        dci pcso cs ps const cst ald engr barr asst analyst consultant lawyer barrister solicitor campaigner activist expert researcher scientist
        economist engineer architect pilot driver rider player manager boss owner chairman president
        councillor councilor alderman assemblyman assemblywoman delegate governor-general premier provost
        commander marshal admiral brigadier major corporal private opposition sheriff taoiseach tánaiste td pm
        headteacher headmaster headmistress politician lawmaker legislator prosecutor vp
        supervisor trooper selectman selectwoman alderwoman freeholder clerk mayoress director-general surgeon-general
        auditor-general accountant-general registrar-general commander-in-chief editor-in-chief patron-in-chief
        sub-inspector scrum-half fly-half full-back centre prop lock hooker flanker number-eight wing-back playmaker
        defiant veteran teenage young rookie affairs cpl pvt pte maj adm cmdr brig insp supt det
        brigadier-general major-general lieutenant-general lieutenant-colonel lieutenant-commander vice-admiral
        rear-admiral air-marshal lance-corporal sergeant-major staff-sergeant brig-gen maj-gen lt-gen lt-col dp recorder
        cathaoirleach leas-chathaoirleach trustee pres honourable honorable emir igwe oba ooni alaafin obong
        committeeman committeewoman committeeperson alderperson harbormaster harbourmaster mec
        """, Lex.title)
    add("mr sir lord mister monsieur herr master baron earl duke count king prince father brother", Lex.honMale)
    add("mrs ms miss lady dame baroness madame frau duchess countess queen princess sister mother", Lex.honFemale)
    add(
        "mr mrs ms miss dr prof sir lord lady dame baroness mx madame monsieur herr frau mister madam hon cr cllr clr coun shri sri smt thiru datuk dato datin alhaji alhaja gda garda mzee",
        Lex.honorific)
    add(
        """
        the a an and but or nor so yet for in on at to of by with from as if when while whilst after before since
        though although because until unless then than that this these those there here where what which who
        whom whose why how it its he she they we i you his her their our my your him them us me
        last next this meanwhile however also still now today yesterday tomorrow earlier later mostly many
        most some all any both each every few more much other such no not only just even ever never always
        indeed instead thus hence therefore moreover furthermore besides despite during under over into onto
        about above below between among around through across along within without toward towards upon
        monday tuesday wednesday thursday friday saturday sunday
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        speaking asked according said says told added writing reporting
        analysis comment opinion update breaking watch read live video photos story highlights source
        mp mps bbc
        was were is are am be been being had has have did does do would could should shall must might
        """, Lex.stopCap)
    add(
        """
        has have had was were is are be been will would could should can may might must shall did does do
        also later then now once recently previously subsequently earlier still further again simply
        himself herself itself themselves yesterday today repeatedly reportedly apparently publicly privately
        never always often already just once twice not n't cannot meanwhile however though too instead
        afterwards afterward tonight
        """, Lex.skipAdv)
    // (a pronoun's contractions are the pronoun: `They’re saying they won't be a "rubber stamp"` has no named
    // speaker, and a capitalised `They’re` is no name; `’` hashes as `'`; `He's` is hashed as `he` already, its `'s`
    // read as a possessive's)
    add("he he'd he'll", Lex.pronMale)
    add("she she'd she'll", Lex.pronFemale)
    add(
        """
        it they we i you which that this there what they're they've they'll they'd we're we've we'll we'd
        i'm i've i'll i'd you're you've you'll you'd
        """, Lex.pronOther)
    add("who", Lex.who)
    add("the a an its his her their our my your this that these those another one some each", Lex.det)
    add(
        """
        of with by to from for against on at about between into under over than like including in after before
        during among via towards toward upon within without behind beyond across near alongside amid
        """, Lex.prep)
    add(
        """
        ministry firm company spokesman spokeswoman spokesperson official officials statement report government
        alliance coalition trust society corporation body
        department group police source sources analyst analysts experts expert researchers researcher survey
        study critics critic campaigners campaigner protestors protesters demonstrators residents witnesses
        witness minister ministers secretary commission committee council agency organisation organization
        union unions bank banks regulator regulators watchdog court judge prosecutors prosecutor lawyer lawyers
        spokesmen chairman chairwoman director executive executives chief boss manager coach president leader
        army military army's officer officers authorities authority insiders aides aide sources diplomats
        diplomat observers observer economists economist doctors doctor scientists scientist teachers teacher
        family relatives parents mother father wife husband son daughter friend friends fans fan
        spokesperson party club team federation association board statement paper newspaper magazine website
        letter email memo document filing prospectus note release announcement website blog
        lawmakers legislators senators mps campaign charity foundation institute centre center university
        industry retailer retailers carmaker airline operator provider maker makers producer producers
        broadcaster channel network studio label publisher developer developers pundits commentators
        insurer group's investors traders dealers brokers analysts' players player manager woman man
        official's users customers consumers voters people staff workers employees members member
        leaders chiefs heads head owners owner founder author writer reporter journalist correspondent
        coroner commissioner force constabulary
        """, Lex.speakerNoun)
    add(
        """
        officials analysts experts researchers critics campaigners protestors protesters demonstrators residents
        witnesses sources police prosecutors lawyers insiders aides diplomats observers economists doctors
        scientists teachers relatives parents friends fans lawmakers legislators senators mps investors traders
        dealers brokers pundits commentators users customers consumers voters people staff workers employees
        members leaders chiefs executives ministers authorities regulators unions banks retailers makers
        producers developers officers
        """, Lex.plural)
    add(
        """
        house ministry party council bank inc ltd plc corp corporation group company co university college
        association commission committee department office army navy force forces union court agency
        organisation organization institute foundation trust federation league club united city fc rovers
        county government parliament assembly senate congress police service services network news times
        post journal magazine telegraph guardian herald mail press radio television tv channel airlines airways
        motors systems technologies labs studios records pictures entertainment street square road avenue
        hospital school church board bureau authority council's exchange fund index centre center museum
        gallery prize awards festival cup championship games olympics world europe national international
        federal royal republic kingdom states nations secretariat democrats tories conservatives liberals
        republicans greens dems dem nationalists socialists unionists
        """, Lex.orgWord)
    add(NameLexicon.organisationWords, Lex.orgWord)  // the person finder's list: one idea of what is no person
    add(
        """
        us usa uk britain england scotland wales ireland france germany italy spain russia china japan india
        iran iraq syria turkey israel egypt america american british english scottish welsh irish french german
        italian spanish russian chinese japanese indian iranian iraqi syrian turkish israeli egyptian saudi
        arabia gulf europe european africa african asia asian london paris berlin moscow washington beijing
        tokyo baghdad damascus aleppo tehran beirut brussels geneva new york los angeles california texas
        australia australian canada canadian brazil mexico pakistan afghanistan korea korean north south east
        west western eastern kurdish kurds sunni sunnis shia islamic muslim christian arab arabic jordan
        lebanon libya yemen qatar kuwait dubai idlib homs raqqa kremlin whitehall westminster downing
        dutch danish swedish norwegian finnish polish czech greek portuguese belgian swiss austrian hungarian
        brazilian argentine argentinian mexican colombian chilean peruvian cuban nigerian kenyan ghanaian
        pakistani afghan thai vietnamese indonesian malaysian filipino australian canadian zealand zealander kiwi
        ukrainian georgian serbian croatian bosnian romanian bulgarian scandinavian latin catholic protestant
        jewish hindu sikh buddhist palestinian lebanese jordanian libyan sudanese somali ethiopian zimbabwean
        african-american hispanic asian-american holland netherlands sweden norway denmark finland poland
        greece portugal belgium switzerland austria hungary argentina chile peru cuba nigeria kenya ghana
        vietnam indonesia malaysia philippines ukraine serbia croatia romania bulgaria sudan somalia ethiopia
        zimbabwe uganda tanzania zambia venezuela colombia bolivia ecuador uruguay paraguay singapore taiwan
        """, Lex.place)
    add(
        "van von de der den da di du la le al el bin binti ben ibn del della dela delos dos das ter ten af mac st arap ap ab verch ferch ole",
        Lex.particle)
    add(
        """
        mr mrs ms dr st prof gen col capt cpt lt sgt msgt ssgt tsgt smsgt cmsgt rev sen rep gov jr sr inc ltd co corp vs
        etc no nos
        atty supt insp det cllr clr coun colr const cst ald engr barr asst amb pres sec maj adm cmdr brig cpl pvt msgr hon
        jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig approx dept est univ ave rd vol op dist pct
        """, Lex.abbrev)
    add(NameLexicon.abbreviatedTitles, Lex.abbrev)
    add("and or but nor", Lex.conj)
    add(
        """
        james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
        donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
        nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
        jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian
        keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe
        logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene louis
        harry tony gordon tom ian alistair alastair neil nigel graham gareth rhodri geoff geoffrey clive colin derek trevor
        barry martin simon jeremy oliver hugh rupert giles toby ross craig stuart dougal angus hamish fergus liam sean seamus
        declan kieran niall ronan eoin jamie lee dean wayne darren jason ashley steve mike chris nick dave rob bob bill jim
        ken ed ted ben sam dan matt pat andy tim rick ricky alex max luke jake josh charlie archie freddie alfie thierry
        arsene jose sven gerhard jacques nicolas silvio vladimir mikhail boris hans jurgen franz pierre jean luc marcel
        carlos luis juan pedro miguel antonio francesco giuseppe marco paolo roberto rafael diego sergio fernando ahmed
        mohammed muhammad ali hassan hussein omar yusuf ibrahim khalid abdul rahul raj sanjay vijay amit arjun hiroshi
        kenji takeshi wei jun barack hicham lleyton andre roger gustavo
        """, Lex.firstMale)
    add(
        """
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
        kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
        amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
        janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
        cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
        julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
        rose alexis kayla tessa hazel hilary hillary margaret maggie theresa ruth patricia harriet tessa clare claire fiona
        gillian jill joanna kate katie kirsty lucy louise nicola penny polly sally sue tracy wendy yvonne zoe jane jo liz
        beth lynne lorraine caroline charlotte cherie cate nicole kylie britney madonna beyonce kylie shakira imelda helena
        angelina jennifer paula kelly serena venus amelie martina monica maria steffi justine svetlana anastasia conchita
        sonia indira benazir condoleezza laura hillary michelle oprah barbra meryl julianne reese halle penelope keira
        """, Lex.firstFemale)
    // `"no idea" whether`, `"not sure" why`: a clause word after a short quote shows it is an object of reported
    // speech, not a modifier of the next noun (`"chip and pin" cards`)
    add("whether why how what where when whom because unless although though since while until than", Lex.subordinator)
    // `…, said Mr Howard`, `argued Ms Okafor`: past cue forms written before their subject (not `told`, `asked`,
    // `urged`, which take an object)
    add(
        "said says added argued explained insisted wrote warned continued replied noted recalled countered conceded",
        Lex.invertedCue)
    // verbs of thinking among the cues: inside another speaker's reported speech they report that speaker's words
    add(
        "fear fears feared believe believes believed think thinks thought feel feels felt hope hopes hoped",
        Lex.thinking)
    add("week month year night weekend morning afternoon evening", Lex.stopCap)
    return d
}()
