internal import CPCRE2

#if canImport(Glibc)
    import Glibc
#endif

/// One match: the byte ranges of the whole match and of each capture group (nil for groups that did not take part).
public struct PCRE2Match: Sendable, Equatable {
    /// Group 0 is the whole match; groups 1… are the captures.
    public var groups: [Range<Int>?]

    /// The whole match.
    public var range: Range<Int> {
        guard let whole = groups[0] else { preconditionFailure("a match always sets group 0, the whole match") }
        return whole
    }
}

extension PCRE2Regex {
    /// Calls `body` with every match in `text`, scanning left to right without overlaps (as `pcre2grep -o` does; an
    /// empty match advances by one character). Return `false` from `body` to stop early.
    ///
    /// `text` must be valid UTF-8 (the runner guarantees this), which lets PCRE2 skip its own UTF check.
    ///
    /// - Throws: ``MatchError`` when a match or depth limit is hit, or PCRE2 reports an error.
    public func forEachMatch(
        in text: UnsafeBufferPointer<UInt8>, from start: Int = 0, _ body: (borrowing MatchView) throws -> Bool
    ) throws {
        let data = try MatchDataCache.matchData(for: self)
        let matchContext = MatchDataCache.matchContext(for: self) ?? self.matchContext
        var offset = start
        var options = PCRE2_NO_UTF_CHECK
        let base = text.baseAddress ?? MatchDataCache.emptySubject
        while offset <= text.count {
            let result =
                isJITCompiled
                ? pcre2_jit_match_8(code, base, text.count, offset, options, data, matchContext)
                : pcre2_match_8(code, base, text.count, offset, options, data, matchContext)
            if result == PCRE2_ERROR_NOMATCH { return }
            if result < 0 { throw MatchError(code: result, message: PCRE2Regex.message(for: result)) }
            guard let vector = pcre2_get_ovector_pointer_8(data) else {
                preconditionFailure("match data has an ovector")
            }
            let view = MatchView(vector: vector, pairs: Int(pcre2_get_ovector_count_8(data)), groupsSet: Int(result))
            guard try body(view) else { return }
            let matchStart = vector[0]
            let matchEnd = vector[1]
            if matchEnd > matchStart {
                offset = matchEnd
                options = PCRE2_NO_UTF_CHECK
            } else {
                // Empty match: step over one whole UTF-8 character.
                offset = matchEnd + 1
                while offset < text.count, text[offset] & 0xC0 == 0x80 { offset += 1 }
                if matchEnd >= text.count { return }
            }
        }
    }

    /// All matches with their groups.
    public func matches(in text: UnsafeBufferPointer<UInt8>) throws -> [PCRE2Match] {
        var result: [PCRE2Match] = []
        try forEachMatch(in: text) { view in
            result.append(PCRE2Match(groups: (0...captureCount).map { view.group($0) }))
            return true
        }
        return result
    }

    /// All matches in a string.
    public func matches(in text: String) throws -> [PCRE2Match] {
        var text = text
        return try text.withUTF8 { try matches(in: $0) }
    }
}

/// A borrowed view of the current match's offsets (valid only inside the callback; no allocation).
public struct MatchView: ~Copyable {
    let vector: UnsafeMutablePointer<Int>
    let pairs: Int
    let groupsSet: Int

    /// The whole match.
    public var range: Range<Int> { vector[0]..<vector[1] }

    /// The range of group `number`, or nil when it did not take part in the match.
    public func group(_ number: Int) -> Range<Int>? {
        guard number < pairs, number < groupsSet else { return nil }
        let start = vector[2 * number]
        let end = vector[2 * number + 1]
        if cpcre2_is_unset(start) { return nil }
        return start..<end
    }
}

/// Per-thread match data, one block per pattern, created on first use and reused for every later match on that
/// thread (no allocation per match).
enum MatchDataCache {
    final class Storage {
        var blocks: [Int: OpaquePointer] = [:]
        var contexts: [Int: OpaquePointer] = [:]
        /// This thread's JIT stack: 32 KB growing to 8 MB (PCRE2's default is 32 KB on the machine stack, which a
        /// repeated group over a thousand capitalised words exhausts).
        lazy var jitStack: OpaquePointer? = pcre2_jit_stack_create_8(32 * 1024, 8 * 1024 * 1024, nil)
        deinit {
            for block in blocks.values { pcre2_match_data_free_8(block) }
            for context in contexts.values { pcre2_match_context_free_8(context) }
            if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        }
    }

    /// The subject PCRE2 gets for an empty text, which may have no address: releases before 10.43 reject a NULL
    /// subject even of length 0. One byte, allocated once and never freed; with a length of 0 PCRE2 never reads it.
    nonisolated(unsafe) static let emptySubject: UnsafePointer<UInt8> = {
        let byte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        byte.initialize(to: 0)
        return UnsafePointer(byte)
    }()

    nonisolated(unsafe) private static var key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<Storage>.fromOpaque(pointer).release() }
        }
        return key
    }()

    private static var storage: Storage {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<Storage>.fromOpaque(pointer).takeUnretainedValue()
        }
        let storage = Storage()
        pthread_setspecific(key, Unmanaged.passRetained(storage).toOpaque())
        return storage
    }

    /// This thread's copy of the regex's match context (same limits, this thread's JIT stack), whose offset limit a
    /// budgeted scan changes.
    static func matchContext(for regex: PCRE2Regex) -> OpaquePointer? {
        let storage = storage
        if let context = storage.contexts[regex.identifier] { return context }
        guard let shared = regex.matchContext, let copy = pcre2_match_context_copy_8(shared) else { return nil }
        if let stack = storage.jitStack { pcre2_jit_stack_assign_8(copy, nil, UnsafeMutableRawPointer(stack)) }
        storage.contexts[regex.identifier] = copy
        return copy
    }

    /// This thread's match data for the regex.
    ///
    /// - Throws: ``PCRE2Regex/MatchError`` (PCRE2_ERROR_NOMEMORY) when PCRE2 cannot allocate it; the document fails.
    static func matchData(for regex: PCRE2Regex) throws -> OpaquePointer {
        let storage = storage
        if let block = storage.blocks[regex.identifier] { return block }
        guard let block = pcre2_match_data_create_from_pattern_8(regex.code, nil) else {
            throw PCRE2Regex.MatchError(
                code: PCRE2_ERROR_NOMEMORY, message: PCRE2Regex.message(for: PCRE2_ERROR_NOMEMORY))
        }
        storage.blocks[regex.identifier] = block
        return block
    }
}
