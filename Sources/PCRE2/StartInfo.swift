import CPCRE2

extension PCRE2Regex {
    /// What PCRE2 worked out at compile time about the first code unit of any match (`pcre2_pattern_info`).
    public enum StartInfo: Sendable, Equatable {
        /// Nothing is known: every position is tried.
        case unknown
        /// Matches start with this code unit (or, caseless, its other case); PCRE2 already finds it with `memchr`.
        case fixed(UInt8)
        /// Matches start at the beginning of a line only.
        case lineStart
        /// Matches start with one of these bytes (UTF-8 lead bytes stand for every character they begin).
        case bytes([Bool])
    }

    /// The first-code-unit knowledge PCRE2 keeps for this pattern (PCRE2_INFO_FIRSTCODETYPE, FIRSTCODEUNIT,
    /// FIRSTBITMAP).
    public var startInfo: StartInfo {
        var type: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTCODETYPE), &type)
        switch type {
        case 1:
            var unit: UInt32 = 0
            pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTCODEUNIT), &unit)
            return .fixed(UInt8(truncatingIfNeeded: unit))
        case 2:
            return .lineStart
        default:
            var bitmap: UnsafePointer<UInt8>?
            pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTBITMAP), &bitmap)
            guard let bitmap else { return .unknown }
            return .bytes((0..<256).map { bitmap[$0 >> 3] & (1 << ($0 & 7)) != 0 })
        }
    }

    /// The length PCRE2 proved every match needs, in characters (PCRE2_INFO_MINLENGTH).
    public var minimumLength: Int {
        var length: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_MINLENGTH), &length)
        return Int(length)
    }
}
