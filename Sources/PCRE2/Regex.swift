internal import CPCRE2
import Synchronization

/// A compiled PCRE2 pattern (8-bit, UTF mode), JIT-compiled when the platform supports it.
///
/// The compiled code is immutable and shared by all threads; the per-match scratch space (match data, JIT stack)
/// comes from a per-thread cache, so a `PCRE2Regex` can be used from many workers at once without locks.
public final class PCRE2Regex: @unchecked Sendable {
    /// Compile options users can switch.
    public struct Options: OptionSet, Sendable, Hashable {
        /// PCRE2's compile flags (`PCRE2_CASELESS`, …), passed to `pcre2_compile` as they are.
        public let rawValue: UInt32
        /// Options from PCRE2's flags; flags that are not listed here are passed on as well.
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// Case-insensitive matching (`i`).
        public static let caseless = Options(rawValue: PCRE2_CASELESS)
        /// `^` and `$` match at line breaks (`m`).
        public static let multiline = Options(rawValue: PCRE2_MULTILINE)
        /// `.` matches newlines too (`s`).
        public static let dotAll = Options(rawValue: PCRE2_DOTALL)
        /// Whitespace and `#` comments in the pattern are ignored (`x`).
        public static let extended = Options(rawValue: PCRE2_EXTENDED)
        /// `\w`, `\d`, `\b` and POSIX classes follow Unicode properties (on by default).
        public static let unicodeProperties = Options(rawValue: PCRE2_UCP)
        /// Quantifiers are lazy by default (`U`).
        public static let ungreedy = Options(rawValue: PCRE2_UNGREEDY)
    }

    /// A compile error with PCRE2's message and the byte offset in the pattern where it was detected.
    public struct CompileError: Error, Sendable, CustomStringConvertible {
        /// PCRE2's error message.
        public var message: String
        /// Byte offset into the pattern.
        public var offset: Int
        /// PCRE2's error code.
        public var code: Int32
        /// `message at offset N`
        public var description: String { "\(message) (at pattern offset \(offset))" }
    }

    /// A match failure other than "no match": limits hit, bad input.
    public struct MatchError: Error, Sendable, CustomStringConvertible {
        /// PCRE2's error code.
        public var code: Int32
        /// PCRE2's message.
        public var message: String
        /// True when a match or depth limit stopped the search (a catastrophic pattern on this input).
        public var isLimit: Bool {
            code == PCRE2_ERROR_MATCHLIMIT || code == PCRE2_ERROR_DEPTHLIMIT || code == PCRE2_ERROR_HEAPLIMIT
                || code == PCRE2_ERROR_JIT_STACKLIMIT
        }
        /// The message.
        public var description: String { message }
    }

    /// The pattern as given.
    public let pattern: String
    /// The options it was compiled with.
    public let options: Options
    /// Whether JIT compilation succeeded.
    public let isJITCompiled: Bool
    /// The number of capture groups.
    public let captureCount: Int
    /// Named groups and their numbers.
    public let namedGroups: [String: Int]

    let code: OpaquePointer
    let matchContext: OpaquePointer?
    let identifier: Int

    /// Compiles a pattern.
    ///
    /// - Parameters:
    ///   - pattern: The pattern in PCRE2's syntax; UTF mode is always on.
    ///   - options: Compile options; Unicode properties (`\d`, `\w`, `\b` beyond ASCII) by default.
    ///   - matchLimit: Upper bound on backtracking steps per match attempt (PCRE2's match limit).
    ///   - depthLimit: Upper bound on backtracking depth (PCRE2's depth limit).
    ///   - jit: Whether to JIT-compile the pattern (falls back to the interpreter when the platform has no JIT).
    /// - Throws: ``CompileError``.
    public init(
        _ pattern: String, options: Options = [.unicodeProperties], matchLimit: UInt32 = 10_000_000,
        depthLimit: UInt32 = 100_000, jit: Bool = true
    ) throws {
        self.pattern = pattern
        self.options = options
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        // PCRE2_USE_OFFSET_LIMIT lets a budgeted scan search one window of start positions per call
        // (``forEachMatch(in:budget:_:)``); it changes nothing for calls without an offset limit.
        let flags = options.rawValue | PCRE2_UTF | PCRE2_USE_OFFSET_LIMIT
        let compiled =
            pattern.utf8.withContiguousStorageIfAvailable { bytes in
                pcre2_compile_8(bytes.baseAddress, bytes.count, flags, &errorCode, &errorOffset, nil)
            }
            ?? Array(pattern.utf8).withUnsafeBufferPointer { bytes in
                pcre2_compile_8(bytes.baseAddress, bytes.count, flags, &errorCode, &errorOffset, nil)
            }
        guard let compiled else {
            throw CompileError(message: PCRE2Regex.message(for: errorCode), offset: errorOffset, code: errorCode)
        }
        code = compiled
        // (*NO_JIT) in a pattern makes pcre2_jit_compile succeed without code: ask for the JIT code's size.
        var jitSize = 0
        isJITCompiled =
            jit && pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
            && pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_JITSIZE), &jitSize) == 0 && jitSize > 0
        let context = pcre2_match_context_create_8(nil)
        if let context {
            pcre2_set_match_limit_8(context, matchLimit)
            pcre2_set_depth_limit_8(context, depthLimit)
        }
        matchContext = context

        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        captureCount = Int(count)
        namedGroups = PCRE2Regex.readNames(compiled)
        identifier = PCRE2Regex.nextIdentifier()
    }

    deinit {
        pcre2_code_free_8(code)
        if let matchContext { pcre2_match_context_free_8(matchContext) }
    }

    /// PCRE2's text for an error code.
    public static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, $0.count) }
        guard length > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer.prefix(Int(length)), as: UTF8.self)
    }

    private static func readNames(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>?
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        guard count > 0 else { return [:] }
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table else { return [:] }
        var names: [String: Int] = [:]
        for entry in 0..<Int(count) {
            let base = table + entry * Int(entrySize)
            let number = Int(base[0]) << 8 | Int(base[1])
            var end = 2
            while end < Int(entrySize), base[end] != 0 { end += 1 }
            names[String(decoding: UnsafeBufferPointer(start: base + 2, count: end - 2), as: UTF8.self)] = number
        }
        return names
    }

    private static let identifiers = Atomic<Int>(0)
    private static func nextIdentifier() -> Int {
        identifiers.add(1, ordering: .relaxed).newValue
    }
}
