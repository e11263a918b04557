#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A punctuation byte every match of a rule must contain (EMAIL's `@`), so a document without it skips the rule with
/// one `memchr` instead of a search that tries every word.
///
/// PCRE2 records one required code unit (PCRE2_INFO_LASTCODEUNIT), but the last one: `.` for EMAIL, which every
/// document holds. This reader takes the first ASCII punctuation literal of the pattern's top-level sequence that
/// must match at least once; groups, classes and lookarounds are passed over, so what it finds is required by every
/// match. Patterns ``StartHint`` cannot read, with a top-level `|`, or with the `i` or `x` flag, get none.
enum RequiredByte {
    /// Bytes too common in prose to be worth a `memchr`.
    static let common: Set<UInt8> = [0x20, 0x2C, 0x2D, 0x2E, 0x27]  // space , - . '

    static func find(in pattern: String, caseless: Bool, extended: Bool) -> UInt8? {
        let s = Array(pattern.unicodeScalars)
        guard !caseless, !extended, StartHint.isReadable(s), !StartHint.hasTopLevelAlternation(s, 0..<s.count) else {
            return nil
        }
        var index = 0
        while index < s.count {
            var literal: Unicode.Scalar?
            var after: Int
            if s[index] == "(" {
                guard let close = StartHint.closingParenthesis(s, index, s.count) else { return nil }
                after = close + 1
            } else if s[index] == "\\" {
                // Escapes whose argument follows (`\k<name>`, `\x41`, `\o{…}`, `\N{…}`, back references `\1`): their
                // argument is not literal text, and this reader does not take it apart.
                if index + 1 < s.count, "kxoN0123456789".unicodeScalars.contains(s[index + 1]) { return nil }
                after = StartHint.nextUnit(s, index)
                if index + 1 < s.count, s[index + 1].value < 0x80, !s[index + 1].properties.isAlphabetic,
                    !("0"..."9").contains(s[index + 1])
                {
                    literal = s[index + 1]
                }
            } else {
                after = StartHint.nextUnit(s, index)
                if s[index] != "[", !"^$.|)?*+{".unicodeScalars.contains(s[index]) { literal = s[index] }
            }
            let (minimum, next) = StartHint.quantifier(s, after, s.count)
            if let literal, minimum > 0, literal.value < 0x80, !literal.properties.isAlphabetic,
                !("0"..."9").contains(literal),
                !common.contains(UInt8(literal.value))
            {
                return UInt8(literal.value)
            }
            index = next
        }
        return nil
    }

    /// Whether `byte` is missing from `text`.
    static func isAbsent(_ byte: UInt8, from text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        return memchr(base, Int32(byte), text.count) == nil
    }
}
