// The built-in word lists: closed classes of English news text. Names themselves come from the lexicon files the
// caller loads (Pipelines/lists/people/), so this file holds only words that are not names.

enum BuiltinWords {
    static let honorifics = """
        mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron viscount earl duke duchess rev reverend
        fr father sister saint monsignor rabbi imam sheikh sheik shaikh ayatollah maulana maulvi allama
        mme mlle herr madam madame hon cr cllr clr coun shri sri smt shrimati thiru thirumathi datuk dato datin seri
        alhaji alhaja hajiya mallam malam comrade pastor engr chief gda garda colr ch ratu messrs mzee khun samdech adv
        honourable honorable
        """
    static let titles = """
        president vice-president premier chancellor minister secretary senator sen rep representative congressman
        congresswoman governor gov mayor judge justice king queen prince princess emperor empress pope archbishop
        bishop cardinal general gen colonel col major maj captain capt cpt commander cmdr admiral lieutenant lt sergeant
        sgt msgt ssgt tsgt smsgt cmsgt corporal cpl private detective det inspector superintendent constable commissioner
        ambassador chairman
        chairwoman chairperson chair director coach manager boss skipper chief executive deputy leader speaker
        attorney attorney-general prosecutor sheriff officer agent principal chef councillor councilman
        councilwoman alderman assemblyman assemblywoman delegate trustee treasurer comptroller marshal supt insp
        aldermen alderwomen councilmen councilwomen councilor councilmember councilperson td msp mla taoiseach tánaiste
        brig brigadier administrator pro-tempore tempore inspector-general whip pc cs ps consort vp
        provost emeritus quaid cm pm dig igp aig dsp ssp asp sp asst comm dci pcso const cst ald barr tem
        supervisor trooper selectman selectwoman alderwoman freeholder clerk mayoress secretary-general director-general
        governor-general solicitor-general surgeon-general auditor-general accountant-general registrar-general
        commander-in-chief editor-in-chief patron-in-chief sub-inspector officer-in-charge assemblymember
        congressmember pgen pltgen pmgen pbgen pcol pltcol pmaj pcapt plt pmsg pssg pcpl psupt pssupt pcsupt pinsp
        hc warden ranger acp dcp dp cp recorder brigadier-general major-general lieutenant-general lieutenant-colonel
        lieutenant-commander vice-admiral rear-admiral air-marshal lance-corporal sergeant-major staff-sergeant
        brig-gen maj-gen lt-gen lt-col cathaoirleach leas-chathaoirleach emir igwe oba ooni alaafin obong sarki togbe
        committeeman committeewoman committeeperson alderperson harbormaster harbourmaster
        """
    /// The honorifics and titles written short with a full stop (`Mr.`, `Sen.`, `Supt.`): only after these is the full
    /// stop part of the title; after a whole word (`… the name of the President. Nairobi is …`) it ends the sentence.
    static let abbreviatedTitles = """
        mr mrs ms mx dr prof rev fr mme mlle hon cr cllr clr coun colr smt engr gda ch sen rep gov gen col maj capt cpt cmdr lt
        sgt cpl pvt det supt insp brig asst comm const cst ald barr pres atty adm amb sec msgr st msgt ssgt tsgt smsgt adv
        cmsgt
        """
    /// Role nouns that stand before a name (`striker Jermain Defoe`) or head an apposition (`, the striker,`).
    static let roles = """
        spokesman spokeswoman spokesperson analyst economist strategist striker midfielder defender goalkeeper keeper
        winger forward full-back centre-back fullback centreback centerback center-back left-back right-back wingback wing-back playmaker captain skipper coach manager boss chairman chairwoman
        founder co-founder owner executive director president vice-president chief head leader minister secretary
        official officer lawyer attorney barrister solicitor judge prosecutor consultant adviser advisor editor
        correspondent reporter journalist columnist presenter host broadcaster singer songwriter rapper guitarist
        drummer bassist frontman vocalist musician composer actor actress comedian director producer writer author
        novelist poet playwright screenwriter artist designer photographer model star champion player batsman bowler
        all-rounder wicketkeeper jockey trainer rider driver cyclist runner sprinter athlete swimmer boxer golfer
        seed holder finalist winner veteran rookie teenager youngster professor scientist researcher doctor surgeon
        nurse expert campaigner activist chancellor governor senator mayor ambassador envoy commissioner inspector
        detective superintendent officer mp mep candidate challenger rival colleague partner wife husband son
        daughter brother sister mother father uncle aunt nephew niece cousin friend boyfriend girlfriend fiancé
        grandson granddaughter stepson stepdaughter
        fiancee widow spouse chairperson ceo cfo coo cto chef businessman businesswoman entrepreneur tycoon banker
        investor trader broker dealer industrialist billionaire millionaire economist historian architect engineer
        lecturer teacher pupil student governor team-mate teammate compatriot counterpart successor predecessor
        opponent ally critic deputy aide assistant understudy referee umpire linesman pundit commentator hooker prop lock flanker
        fly-half scrum-half second-rower back-rower front-rower half-back five-eighth centre wing number pitcher quarterback catcher shortstop outfielder linebacker receiver
        guard stand-off opener seamer spinner all-rounder sprinter hurdler goalie goaltender netminder infielder
        reliever defenseman defenceman lineman centre-half centre-forward center-forward out-half outside-half flyhalf
        scrumhalf halfback cornerback tailback paceman wicket-keeper gangster
        republican democrat publisher nanny pilot farmer priest vicar soldier firefighter paramedic carer caretaker
        shopkeeper miner plumber builder electrician mechanic landlord landlady victim survivor witness suspect
        defendant plaintiff juror inmate prisoner detainee refugee pensioner volunteer organiser organizer protester
        blogger dj coroner employee staffer worker resident member aspirant regent advocate
        mum mom dad grandad granddad grandpa grandma stepmum stepmom stepdad
        shopper villager neighbour neighbor passenger commuter motorist patient supporter tenant homeowner tourist
        visitor academic
        planner surveyor technician accountant auditor curator dentist pharmacist optician midwife therapist
        physiotherapist psychologist psychiatrist radiologist anaesthetist sonographer headteacher headmaster
        headmistress coordinator co-ordinator counsellor diplomat lobbyist pollster programmer receptionist registrar
        rector matron apprentice intern influencer fisherman veterinarian magistrate counsel claimant complainant
        congressman congresswoman councilman councilwoman councillor councilor councilmember councilperson
        assemblyman assemblywoman alderman sheriff treasurer comptroller trustee marshal bishop archbishop colonel
        admiral lieutenant sergeant constable
        appellant lawmaker legislator politician garda substitute
        supervisor trooper selectman selectwoman alderwoman freeholder clerk assessor investigator dispatcher warden
        bailiff patrolman patrolwoman undersheriff controller whip convener convenor
        olympian paralympian freshman sophomore qb
        """
    /// Capitalised at the start of a sentence or in headlines, never a name.
    static let function = """
        the a an and but or nor so yet if when while whilst after before as at in on of for with by from to into onto
        upon about above below over under between among amongst against without within through throughout until unless
        once since because although though despite during after this that these those his her their its our my your
        we i he she they it there here what who whom whose why how where which whether last next both neither either
        each every all some many most much more few several such other another no not only even also just like unlike
        now then still meanwhile however moreover furthermore instead indeed perhaps maybe yes well already again
        almost always never often sometimes soon later earlier today tonight yesterday tomorrow new old former ex late
        first second third final top up down out off back around across along behind beyond near inside outside
        following according despite given including says said say asked told added us it's i'm we're they're
        don't can't won't isn't wasn't didn't there's that's what's let's oh mr dear please thanks thank sorry
        i'd i've i'll i'm you're you've you'll he's he'd he'll she's she'd she'll we've we'd we'll they've they'd
        they'll it'll it'd i’d i’ve i’ll i’m you’re you’ve you’ll he’s he’d he’ll she’s she’d she’ll we’ve we’d we’ll
        we’re they’ve they’d they’ll they’re it’s it’ll don’t can’t won’t isn’t wasn’t didn’t there’s that’s what’s
        let’s
        meet watch read see hear click more one two three four five six seven eight nine ten eleven twelve
        thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand
        million billion somebody everybody anybody nobody someone everyone anyone whoever whatever whichever
        was were is are am be been being had has have did does do would could should shall must might
        """
    static let organisation = """
        party council united city fc afc club team bank group inc ltd limited plc corp corporation co cos company companies homes
        association union university college school academy institute foundation trust society league cup championship
        championships open games olympics olympic awards award prize festival commission committee ministry department
        office court courts agency authority board bureau service services police army navy force forces guard parliament
        congress senate assembly government govt cabinet treasury commons lords records music films pictures test
        studios entertainment media news times post telegraph guardian journal magazine radio tv television channel
        network networks airlines airways motors energy oil gas power telecom telecoms systems software technologies
        technology electronics industries holdings capital partners securities exchange index fund reserve church
        cathedral hospital museum theatre theater gallery centre center house hall palace castle tower hotel
        restaurant bar brewery stores store mart international global worldwide federation confederation alliance
        coalition front movement organisation organization council tribunal commons brothers sons associates
        consulting solutions labs laboratories pharmaceuticals pharma insurance investments investment bancorp
        financial motorsport racing rovers wanderers athletic albion villa hotspur argyle county town rangers celtic
        democrats republicans conservatives tories socialists greens liberals nationalists unit consortium utd
        orchestra project band ensemble quartet trio choir indoors masters classic trophy prix marathon series act
        agency network institute relations affairs resources development communications enterprises ventures
        logistics electric electrical chemical chemicals steel mining foods brands shipping aerospace aero automotive
        practice
        semiconductor semiconductors therapeutics biotech dynamics robotics works manufacturing healthcare clinic
        hospitals
        press productions schools sox chapel gardaí gardai temple mosque shrine plaza síochána siochana forum summit
        herald mirror echo gazette daily observer chronicle tribune advertiser argus inquirer examiner bulletin
        initiative programme program fellowship fm high poll
        lutheran methodist presbyterian episcopal episcopalian anglican adventist pentecostal mennonite prep division
        transit chamber ysgol derby lines sabha parishad primary
        meeting plan
        patrol patrols embassy consulate publishing publishers railway railways library secretariat hospice
        administration corps brigade constabulary regiment directorate surgery observatory infirmary militia
        wire newswire nation command plumbing coffee baptist fire battalion platoon squadron precinct
        diocese archdiocese eparchy deanery synod express
        """
    static let place = """
        street st road avenue ave lane drive boulevard square park stadium arena ground airport station bridge river pond
        island islands mountain mountains valley lake sea ocean bay coast gulf strait peninsula desert forest county
        state province region republic kingdom empire district borough village north south east west mid northern
        southern eastern western central upper lower great greater hill hills heights san santa sao
        beach springs falls fort port mount mt rapids creek harbor harbour canyon township shores
        ridge depot place way line elementary telescope hurricane typhoon cyclone parish storm market walk crescent
        terrace mews nagar gardens close grove wynd brae estate blvd rd pkwy hwy pct field twp parade circle
        dock docks quay quays wharf row parkway fen reservoir canal shire oval ferry farm highway freeway expressway
        motorway turnpike bypass
        europe asia africa america americas antarctica
        jalan jln persiaran lorong lebuh lebuhraya kampung kg taman bukit sungai
        chowk bazaar municipality barangay strath
        """
    static let time = """
        january february march april may june july august september october november december jan feb mar apr jun jul
        aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday christmas easter ramadan
        eid diwali hanukkah passover thanksgiving halloween new year spring summer autumn winter gmt bst est pst
        mardi gras pride
        election elections by-election referendum
        day week weekend month century
        """
    static let nationality = """
        british english scottish welsh irish american french german italian spanish portuguese dutch belgian swiss
        austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek
        turkish russian ukrainian serbian croatian bosnian albanian israeli palestinian arab iranian iraqi syrian
        lebanese jordanian saudi egyptian libyan tunisian algerian moroccan nigerian ghanaian kenyan ethiopian
        somali sudanese ugandan tanzanian zimbabwean zambian african chinese japanese korean indian pakistani
        bangladeshi afghan nepalese thai vietnamese indonesian malaysian filipino singaporean australian canadian
        mexican brazilian argentine argentinian chilean colombian peruvian venezuelan cuban european asian western
        eastern catholic protestant muslim christian jewish hindu sikh buddhist islamic sunni shia
        kurdish briton britons scot scots spaniard frenchman frenchwoman englishman welshman irishman scotsman
        dutchman swede dane finn pole czech slovakian slovenian austrian bulgarian belarusian estonian latvian
        lithuanian georgian armenian azerbaijani kazakh uzbek argentinean uruguayan paraguayan ecuadorian bolivian
        jamaican trinidadian kiwi aussie yank sri-lankan lankan zealander zealanders
        liberian gambian senegalese malian cameroonian congolese rwandan burundian malawian mozambican angolan
        namibian botswanan motswana batswana basotho swazi ivorian beninese togolese eritrean malagasy mauritian
        gabonese guinean leonean chadian nigerien burkinabe emirati qatari kuwaiti bahraini omani yemeni burmese
        cambodian laotian mongolian taiwanese tibetan uyghur uighur bhutanese maldivian fijian samoan tongan papuan
        haitian guatemalan honduran salvadoran salvadorean nicaraguan panamanian bahamian barbadian guyanese rican
        maltese cypriot moldovan montenegrin macedonian kosovar kosovan kyrgyz tajik turkmen
        """
    /// Parties' adjectives, which the rules treat as nationalities (`a Labour MP` is no name) and the quotes stage as
    /// bodies (`a Labour source`); `independent` as Irish and British copy labels a member of no party (`Independent
    /// Seamie Morris says`).
    static let parties = """
        labour tory conservative liberal democrat democratic republican socialist communist green nationalist unionist
        independent lib dem
        """
    static let speechVerbs = """
        said says say told tells added adds warned warns argued argues insisted insists explained explains admitted
        admits claimed claims stressed stresses believes believed thinks thought noted notes wrote writes asked asks
        replied replies responded responds commented comments announced announces confirmed confirms denied denies
        revealed reveals suggested suggests urged urges predicted predicts acknowledged acknowledges conceded concedes
        declared declares maintained maintains recalled recalls described describes agreed agrees continued continues
        pointed remarked remarks observed observes countered counters stated states reiterated reiterates informed informs
        """
    /// Nouns that name a body before its name: `firm Heineken`, `band Iron Maiden` (``OrganisationSignals``).
    static let corporateNouns = """
        firm company companies group brewer brewers carmaker maker makers retailer retailers giant
        bank lender insurer airline carrier operator network broadcaster publisher studio label chain supermarket
        band bands site website browser brand brands manufacturer supplier firms conglomerate subsidiary startup
        start-up outfit agency union unions charity charities club clubs body bodies watchdog regulator association
        housebuilder shipyard shipyards shipbuilder shipbuilders distillery brewery newspaper newspapers
        magazine tabloid restaurant restaurants bakery eatery
        """
    /// What a body has and a person rarely does: `Heineken's sales`, `Mozilla's market share`.
    static let corporateThings = """
        sales shares share profits profit revenue revenues earnings results shareholders stock chief boss board
        chairman spokesman spokeswoman spokesperson executives headquarters staff workers employees customers
        subscribers products brand brands website stake bid takeover subsidiary factories factory stores store plants
        plant
        turnover market
        """
    /// Last words of organisation names that make the word before them part of one: `Mozilla Foundation`.
    static let bodyHeads = """
        foundation group corporation corp inc ltd plc company holdings industries airlines airways bank foundation
        institute association society trust council union league systems technologies software electronics motors
        energy pharmaceuticals foods seafoods brands orchards farms vineyards stores partners capital labs studios
        records media shipping logistics electric steel mining chemicals aerospace aero automotive robotics dynamics
        therapeutics biotech ventures enterprises solutions consulting associates investments insurance financial
        construction engineering properties hotels resorts restaurants elementary academy college university school
        telescope memorial airport stadium arena
        """
    /// Ministers' portfolios and the offices' other words (`Minister for Transport Faizal bin Hashim`, `Minister of
    /// Tourism and Lands Harin Fernando`, `Leader of the Opposition Pritam Singh`): stripped from the left of a name.
    static let portfolios = """
        transport health education defence defense finance trade culture justice environment energy labour labor
        agriculture housing interior communications tourism sport sports industry employment security treasury
        welfare immigration infrastructure information foreign affairs lands opposition police prosecutions public
        works local government youth women children mines fisheries forestry aviation petroleum commerce investment
        science technology innovation digital arts heritage wildlife resources planning development water roads
        highways pensions equality expenditure reform relations economy economic enterprise climate disability
        veterans cooperatives administration revenue excise services transportation parliamentary legal internal
        external rural social communities natural gender mining electricity irrigation statistics sanitation
        """
    static let particles =
        "van von de da di du del della der den le la los las dela delos bin binti ibn al el dos das ter ten mac st arap ap ab verch ferch"
    static let suffixes = "jr sr ii iii iv"
    static let who = "who"
    static let determiners = "the a an another his her their its our this that former"
    static let pronouns = "i he she it we they you me him us them one"
}
