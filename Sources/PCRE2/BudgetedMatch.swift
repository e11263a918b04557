internal import CPCRE2
import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// Time a rule may spend on one document, across all its match calls.
///
/// PCRE2's match limit bounds the work at one start position; a pattern that backtracks a little less than that at
/// every position of a long document (`(a+)+$` on runs of `a`) can still take minutes and report nothing. A budgeted
/// scan searches the text a window of start positions at a time (PCRE2's offset limit, so every match is exactly the
/// one an unlimited search finds) and stops once the rule's time for the document is spent.
public struct MatchBudget: Sendable {
    /// Seconds left.
    public var seconds: Double

    /// A budget of `seconds`.
    public init(seconds: Double) { self.seconds = seconds }
}

extension PCRE2Regex {
    /// The error a budgeted scan throws when the budget is spent.
    public struct BudgetExceeded: Error, Sendable, CustomStringConvertible {
        /// The budget that was spent, in seconds.
        public var seconds: Double
        /// How far the scan got, in bytes.
        public var offset: Int

        /// The budget and the byte where the scan stopped, for the caller's message about the rule.
        public var description: String {
            "used its time budget of \(seconds) s for this document (stopped at byte \(offset))"
        }
    }

    /// ``forEachMatch(in:from:_:)`` within a time budget (shared by every call for one rule on one document): start positions are searched in windows (256 bytes at first,
    /// doubling while calls stay quick, back to 256 when one is slow), and the elapsed time is charged to `budget`
    /// after each call. An infinite budget is a plain scan.
    ///
    /// - Throws: ``MatchError`` for PCRE2's limits, ``BudgetExceeded`` when the budget is spent.
    public func forEachMatch(
        in text: UnsafeBufferPointer<UInt8>, from start: Int = 0, budget: inout MatchBudget,
        _ body: (borrowing MatchView) throws -> Bool
    ) throws {
        guard budget.seconds.isFinite, let context = MatchDataCache.matchContext(for: self) else {
            try forEachMatch(in: text, from: start, body)
            return
        }
        let total = budget.seconds
        let data = try MatchDataCache.matchData(for: self)
        let base = text.baseAddress ?? MatchDataCache.emptySubject
        var offset = start
        var window = 256
        defer { pcre2_set_offset_limit_8(context, Int(bitPattern: UInt.max)) }
        while offset <= text.count {
            // Matches must start at or before `limit`; a window ends on a character boundary.
            var windowEnd = min(text.count, offset + window)
            while windowEnd < text.count, text[windowEnd] & 0xC0 == 0x80 { windowEnd += 1 }
            let limit = windowEnd == text.count ? Int(bitPattern: UInt.max) : windowEnd - 1
            pcre2_set_offset_limit_8(context, limit)
            let started = DispatchTime.now().uptimeNanoseconds
            let result =
                isJITCompiled
                ? pcre2_jit_match_8(code, base, text.count, offset, PCRE2_NO_UTF_CHECK, data, context)
                : pcre2_match_8(code, base, text.count, offset, PCRE2_NO_UTF_CHECK, data, context)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            budget.seconds -= seconds
            window = seconds < 0.0005 ? min(window * 2, 1 << 20) : 256
            if result == PCRE2_ERROR_NOMATCH {
                if windowEnd >= text.count { return }
                if budget.seconds <= 0 { throw BudgetExceeded(seconds: total, offset: windowEnd) }
                offset = windowEnd
                continue
            }
            if result < 0 { throw MatchError(code: result, message: PCRE2Regex.message(for: result)) }
            guard let vector = pcre2_get_ovector_pointer_8(data) else {
                preconditionFailure("match data has an ovector")
            }
            let view = MatchView(vector: vector, pairs: Int(pcre2_get_ovector_count_8(data)), groupsSet: Int(result))
            guard try body(view) else { return }
            if budget.seconds <= 0 { throw BudgetExceeded(seconds: total, offset: vector[1]) }
            let matchStart = vector[0]
            let matchEnd = vector[1]
            if matchEnd > matchStart {
                offset = matchEnd
            } else {
                // Empty match: step over one whole UTF-8 character.
                if matchEnd >= text.count { return }
                offset = matchEnd + 1
                while offset < text.count, text[offset] & 0xC0 == 0x80 { offset += 1 }
            }
        }
    }
}
