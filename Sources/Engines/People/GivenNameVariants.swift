/// English given names and the short forms they are known by (`Tom` for `Thomas`, `Bill` for `William`): the same
/// person written both ways in one article (`Thomas Mayo (680), incumbent` … `Board of Education President Tom Mayo
/// remarked`) is one person. Hand-written from common English usage; a short form may stand for several names of one
/// sex (`Steve`: `Steven`, `Stephen`), and two short forms of one name match each other (`Tom`, `Tommy`). Left out:
/// short forms shared by a man's and a woman's name (`Pat`, `Chris`, `Sam`, `Alex`, `Jo`, `Val`), names in their own
/// right (`Sandra`, `Bert`, `Drew`), and `Jack` (`Senator John McCain's son Jack`).
enum GivenNameVariants {
    /// Each full name with its short forms, one group per line.
    static let groups = """
        thomas tom tommy
        william bill billy will willie
        robert bob bobby rob robbie
        richard dick rick ricky rich richie
        james jim jimmy jamie
        joseph joe joey
        michael mike mick mickey mikey
        david dave davy
        daniel dan danny
        steven steve stevie
        stephen steve stevie
        christine chrissy
        matthew matt
        nicholas nick nicky
        anthony tony
        andrew andy
        edward ed eddie ted ned
        theodore ted teddy theo
        benjamin ben benny
        samuel sammy
        samantha sammie
        patrick paddy
        patricia patty trish
        katherine kate katie kathy kat
        catherine kate katie cathy cat
        elizabeth liz lizzie beth betty eliza
        jennifer jen jenny
        susan sue susie
        margaret maggie meg peggy
        deborah debbie deb
        rebecca becky becca
        charles charlie chuck chas
        henry harry hank
        john johnny
        frederick fred freddie
        gregory greg
        jeffrey jeff
        geoffrey geoff
        gerald gerry jerry
        lawrence larry
        ronald ron ronnie
        donald don donnie
        douglas doug
        philip phil
        peter pete
        raymond ray
        timothy tim timmy
        vincent vince
        walter walt
        zachary zach zack
        kenneth ken kenny
        nathaniel nate nat
        nathan nate
        abigail abby
        cynthia cindy
        jessica jess jessie
        victoria vicky tori
        frances fran
        francis frank
        leonard leo len lenny
        gabriel gabe
        jonathan jon jonny
        kimberly kim
        pamela pam
        judith judy
        suzanne sue suzy
        josephine josie
        """

    /// Short form and full name hashes (``foldedHash(_:)``) by name: the groups each name belongs to.
    static let groupsOfName: [UInt64: [Int]] = {
        var table: [UInt64: [Int]] = [:]
        for (g, line) in groups.split(separator: "\n").enumerated() {
            for name in line.split(separator: " ") { table[foldedHash(String(name)), default: []].append(g) }
        }
        return table
    }()

    /// The names of each group (``groups``, one line each) by hash, in group order.
    static let namesOfGroup: [[UInt64]] = groups.split(separator: "\n").map {
        $0.split(separator: " ").map { foldedHash(String($0)) }
    }

    /// Short forms that are ordinary English words as often (`the Bill`, `Will it work?`, `Frank talks`, `a Ted
    /// talk`): never taken alone for another form of a person's given name.
    static let ordinaryWordForms: Set<UInt64> = Set(
        """
        bill will frank rich mike ted bob rob nick dick sue kat cat meg jen ben matt pat jack kit peg pam don ray
        art bud chip dot gene guy hank mark rod sandy
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { foldedHash(String($0)) })

    /// The full names (the first of each group) by hash: the form a person's canonical name takes.
    static let fullNames: Set<UInt64> = Set(
        groups.split(separator: "\n").compactMap { $0.split(separator: " ").first.map { foldedHash(String($0)) } })

    /// Whether two given names (their folded hashes) may name one person: equal, or forms of one name.
    static func areVariants(_ a: UInt64, _ b: UInt64) -> Bool {
        if a == b { return true }
        guard let ga = groupsOfName[a], let gb = groupsOfName[b] else { return false }
        return ga.contains { gb.contains($0) }
    }

    /// Whether given name `a` is the full form of the short form `b` (`Judith` of `Judy`).
    static func isFullForm(_ a: UInt64, of b: UInt64) -> Bool {
        a != b && fullNames.contains(a) && !fullNames.contains(b) && areVariants(a, b)
    }
}
