// Named bytes for the byte-level scanners: the engine reads UTF-8 directly (no String per token), so characters are
// compared as bytes; these names say which character a comparison means.

extension UInt8 {
    // ASCII whitespace
    /// `\t`
    static let tab: UInt8 = 0x09
    /// `\n`
    static let lineFeed: UInt8 = 0x0A
    /// vertical tab
    static let verticalTab: UInt8 = 0x0B
    /// form feed
    static let formFeed: UInt8 = 0x0C
    /// `\r`
    static let carriageReturn: UInt8 = 0x0D
    /// ` `
    static let space: UInt8 = 0x20

    // ASCII punctuation
    /// `!`
    static let exclamation: UInt8 = 0x21
    /// `"` – the straight double quotation mark.
    static let doubleQuote: UInt8 = 0x22
    /// `&` – inside a firm's initials (`M&S`, `AT&T`).
    static let ampersand: UInt8 = 0x26
    /// `'` – apostrophe or straight single quotation mark.
    static let apostrophe: UInt8 = 0x27
    static let graveAccent: UInt8 = 0x60
    /// `(`
    static let openParen: UInt8 = 0x28
    /// `)`
    static let closeParen: UInt8 = 0x29
    /// `,`
    static let comma: UInt8 = 0x2C
    /// `-`
    static let hyphen: UInt8 = 0x2D
    /// `.`
    static let period: UInt8 = 0x2E
    /// `/`
    static let slash: UInt8 = 0x2F
    /// `:`
    static let colon: UInt8 = 0x3A
    /// `;`
    static let semicolon: UInt8 = 0x3B
    /// `?`
    static let question: UInt8 = 0x3F
    /// `[`
    static let openBracket: UInt8 = 0x5B
    /// `]`
    static let closeBracket: UInt8 = 0x5D
    /// `{`
    static let openBrace: UInt8 = 0x7B
    /// `}`
    static let closeBrace: UInt8 = 0x7D

    // ASCII letters and digits, for range checks
    /// `0`
    static let digit0: UInt8 = 0x30
    /// `9`
    static let digit9: UInt8 = 0x39
    /// `A`
    static let upperA: UInt8 = 0x41
    /// `Z`
    static let upperZ: UInt8 = 0x5A
    /// `a`
    static let lowerA: UInt8 = 0x61
    /// `z`
    static let lowerZ: UInt8 = 0x7A

    /// OR-ing an ASCII capital with this makes it lower case (`b | .asciiCaseBit`); letters only.
    static let asciiCaseBit: UInt8 = 0x20

    // Multi-byte UTF-8 punctuation. Curly quotes, dashes and the ellipsis are U+2010…U+2026: E2 80 xx.
    /// Lead byte of U+2000…U+2FFF (General Punctuation and other symbol blocks).
    static let punctuationLead: UInt8 = 0xE2
    /// Second byte of U+2000…U+203F.
    static let punctuationSecond: UInt8 = 0x80
    /// Second byte of U+2040…U+207F (the rest of General Punctuation).
    static let punctuationSecondHigh: UInt8 = 0x81
    /// Third byte of `–` (U+2013, en dash).
    static let enDashLast: UInt8 = 0x93
    /// Third byte of `—` (U+2014, em dash).
    static let emDashLast: UInt8 = 0x94
    /// Third byte of `‘` (U+2018).
    static let leftSingleLast: UInt8 = 0x98
    /// Third byte of `’` (U+2019), also the typographic apostrophe.
    static let rightSingleLast: UInt8 = 0x99
    /// Third byte of `“` (U+201C).
    static let leftDoubleLast: UInt8 = 0x9C
    /// Third byte of `”` (U+201D).
    static let rightDoubleLast: UInt8 = 0x9D
    /// Third byte of `„` (U+201E, low double opening mark).
    static let lowDoubleLast: UInt8 = 0x9E
    /// Third byte of `″` (U+2033, double prime), which some pages set for an opening double mark.
    static let doublePrimeLast: UInt8 = 0xB3
    /// Third byte of `…` (U+2026).
    static let ellipsisLast: UInt8 = 0xA6
    /// Lead byte of U+0080…U+00BF (Latin-1 punctuation: no-break space, guillemets).
    static let latin1Lead: UInt8 = 0xC2
    /// Second byte of U+00A0 (no-break space).
    static let noBreakSpaceLast: UInt8 = 0xA0
    /// Second byte of `«` (U+00AB).
    static let leftGuillemetLast: UInt8 = 0xAB
    /// Second byte of `»` (U+00BB).
    static let rightGuillemetLast: UInt8 = 0xBB
}
