import PCRE2
public import TextMineCore

/// Finds entity mentions with PCRE2 rules (inline, from pattern files) and phrase lists, and resolves overlaps
/// between rules by a documented policy.
public struct EntitiesStage: Stage {
    /// A compiled rule.
    struct Rule: Sendable {
        var id: String
        var type: String
        var regex: PCRE2Regex
        var group: Int
        var priority: Int
        /// The same pattern compiled without PCRE2_UCP, used on documents where that gives identical matches
        /// (see ``EntitiesStage/needsUnicodeClasses(_:)``); JIT code for ASCII `\b`, `\w`, `\d` is much faster.
        var withoutUCP: PCRE2Regex?
        /// `regex` and `withoutUCP` with a ``StartHint`` in front, when one is known: the same matches, found faster.
        var hinted: (regex: PCRE2Regex, withoutUCP: PCRE2Regex?)?
        /// A punctuation byte every match contains (``RequiredByte``): documents without it skip the rule.
        var requiredByte: UInt8?
        /// Texts one of which every match contains (``RequiredText``): documents with none of them skip the rule.
        var requiredText: RequiredText.Needles?
        /// The UCP-free twin with its letter properties as ASCII classes (``ASCIILetters``), start-hinted when a hint is
        /// known: used where the twin is, with the start hints.
        var asciiLetters: PCRE2Regex?
    }

    /// Compiles the UCP-free twin of a rule's pattern, when UCP is on and the pattern has no POSIX class (whose
    /// meaning for non-ASCII punctuation depends on UCP).
    static func twin(of regex: PCRE2Regex, matchLimit: UInt32, depthLimit: UInt32) -> PCRE2Regex? {
        guard regex.options.contains(.unicodeProperties), !regex.pattern.contains("[:") else { return nil }
        var options = regex.options
        options.remove(.unicodeProperties)
        return try? PCRE2Regex(regex.pattern, options: options, matchLimit: matchLimit, depthLimit: depthLimit)
    }

    /// Whether `\b`, `\w`, `\d`, `\s` can mean something different with UCP on this text: only when it contains a
    /// non-ASCII letter, number or separator (or other whitespace). Punctuation and symbols such as `’`, `—`, `£`
    /// are non-word, non-digit, non-space characters either way.
    static func needsUnicodeClasses(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = text.count
        while index < count {
            if text[index] < 0x80 {
                index += 1
                continue
            }
            var length = 1
            let lead = text[index]
            if lead >= 0xF0 { length = 4 } else if lead >= 0xE0 { length = 3 } else if lead >= 0xC0 { length = 2 }
            length = min(length, count - index)
            var decoder = UTF8()
            var iterator = UnsafeBufferPointer(rebasing: text[index..<(index + length)]).makeIterator()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) {
                let properties = scalar.properties
                if properties.isWhitespace || properties.isAlphabetic { return true }
                switch properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .decimalNumber, .letterNumber, .otherNumber, .spaceSeparator, .lineSeparator, .paragraphSeparator:
                    return true
                default: break
                }
            } else {
                return true
            }
            index += length
        }
        return false
    }

    /// `entities` needs no layer and adds to `entities`; its rules come from `patterns`, `patterns_file` and `lists`.
    public static let descriptor = StageDescriptor(
        name: "entities",
        summary:
            "PCRE2 regex rules and phrase lists → typed entity mentions (MONEY, PERCENT, PERSON…), overlaps resolved",
        consumes: [],
        produces: [.entities],
        options: [
            OptionDescriptor(
                "patterns",
                .anyOf([.map(key: "TYPE", .oneOrList(.named("pattern", .string))), .list(.object(RuleSpec.fields))]),
                default: "{}",
                "inline regex rules: TYPE: pattern (or a list of patterns), or a list of rule objects"),
            OptionDescriptor(
                "patterns_file", .oneOrList(.path), default: "[]",
                "files of TYPE<TAB>pattern[<TAB>priority] lines, # comments"),
            OptionDescriptor(
                "lists", .map(key: "TYPE", .oneOrList(.path)), default: "{}",
                "gazetteers: one phrase per line, matched on word boundaries"),
            OptionDescriptor("lists_case_sensitive", .boolean, default: "false", "match list phrases case-sensitively"),
            OptionDescriptor(
                "overlap", .choice(OverlapPolicy.self), default: "longest",
                "how overlapping matches of different rules are resolved"),
            OptionDescriptor("unicode", .boolean, default: "true", "\\w, \\d, \\b follow Unicode (PCRE2_UCP)"),
            OptionDescriptor(
                "normalize", .boolean, default: "true",
                "attach value (or low/high for a range) and unit to MONEY and PERCENT"),
            OptionDescriptor(
                "currencies", .path, default: "built-in $ £ € ¥",
                "FORM<TAB>ISO 4217 code[<TAB>factor] lines naming the currencies MONEY values are normalised to"),
            OptionDescriptor(
                "match_limit", .integer, default: "10000000", "PCRE2 match limit per attempt (ReDoS guard)"),
            OptionDescriptor("depth_limit", .integer, default: "100000", "PCRE2 depth limit per attempt (ReDoS guard)"),
            OptionDescriptor(
                "rule_time_limit", .named("seconds", .number), default: "2",
                "time one rule may spend on one document, all attempts together (ReDoS guard; 0: none); past it the document fails naming the rule"
            ),
        ],
        example: """
            - entities:
                patterns:
                  MONEY: '[$£€]\\d[\\d,.]*\\s?(?:bn|m|billion|million)?'
                  PERCENT: '\\d+(?:\\.\\d+)?\\s?(?:%|per cent)'
                overlap: longest
            """)

    /// The compiled rules (a `var`: a copy whose rules have no UCP-free twins matches every text with PCRE2_UCP).
    var rules: [Rule]
    /// Whether rules search with their start hints, required bytes and texts and ASCII letter classes; tests turn it
    /// off to check those never change a result.
    var startHints = true
    /// The phrase lists, up to 64 to a trie (one scan of the text serves them all).
    let gazetteers: [Gazetteer]
    /// The type of each phrase list, in list order (the lists' rule numbers follow the regex rules').
    let listTypes: [String]
    let overlap: OverlapPolicy
    let normalize: Bool
    let normalizer: ValueNormalizer
    let name: String
    /// `rule_time_limit`, or nil for none.
    let ruleTimeLimit: Double?

    /// Compiles every regex rule and builds one phrase trie per list type, reporting all bad rules and files at once.
    ///
    /// - Throws: ``ConfigError`` with a diagnostic at each bad pattern and unreadable file, or when there is no rule.
    public init(options: EntitiesOptions, context: StageContext) throws {
        name = context.instanceName
        ruleTimeLimit = options.ruleTimeLimit > 0 ? options.ruleTimeLimit : nil
        overlap = options.overlap
        normalize = options.normalize
        var diagnostics: [Diagnostic] = []
        let base: PCRE2Regex.Options = options.unicode ? [.unicodeProperties] : []
        var compiled: [Rule] = []

        for spec in options.patterns.rules {
            var flags = base
            if let flagText = spec.flags {
                for character in flagText.value {
                    switch character {
                    case "i": flags.insert(.caseless)
                    case "m": flags.insert(.multiline)
                    case "s": flags.insert(.dotAll)
                    case "x": flags.insert(.extended)
                    case "U": flags.insert(.ungreedy)
                    default: diagnostics.append(flagText.error("unknown regex flag '\(character)' (use i, m, s, x, U)"))
                    }
                }
            }
            do {
                let regex = try PCRE2Regex(
                    spec.pattern.value, options: flags, matchLimit: options.matchLimit, depthLimit: options.depthLimit)
                var group = 0
                if let groupName = spec.group {
                    if let number = Int(groupName.value), number <= regex.captureCount {
                        group = number
                    } else if let number = regex.namedGroups[groupName.value] {
                        group = number
                    } else {
                        diagnostics.append(
                            groupName.error(
                                "the pattern has no capture group '\(groupName.value)'\(Suggestion.didYouMean(groupName.value, in: regex.namedGroups.keys))"
                            ))
                    }
                }
                compiled.append(
                    Rule(
                        id: spec.id ?? "\(spec.type.value).\(compiled.count + 1)", type: spec.type.value, regex: regex,
                        group: group,
                        priority: spec.priority,
                        withoutUCP: Self.twin(of: regex, matchLimit: options.matchLimit, depthLimit: options.depthLimit)
                    ))
            } catch let error as PCRE2Regex.CompileError {
                diagnostics.append(spec.pattern.error("invalid regex: \(error.message)", valueOffset: error.offset))
            }
        }

        for file in options.patternsFiles {
            let loaded: (path: String, text: String)
            do { loaded = try context.readTextFile(file) } catch let error as ConfigError {
                diagnostics += error.diagnostics
                continue
            }
            let parsed = PatternFile.parse(loaded.text, path: file.value)
            diagnostics += parsed.diagnostics
            for line in parsed.lines {
                do {
                    let regex = try PCRE2Regex(
                        line.pattern, options: base, matchLimit: options.matchLimit, depthLimit: options.depthLimit)
                    compiled.append(
                        Rule(
                            id: "\(file.value):\(line.location.line)", type: line.type, regex: regex, group: 0,
                            priority: line.priority,
                            withoutUCP: Self.twin(
                                of: regex, matchLimit: options.matchLimit, depthLimit: options.depthLimit)))
                } catch let error as PCRE2Regex.CompileError {
                    let prefix = String(decoding: Array(line.pattern.utf8).prefix(error.offset), as: UTF8.self)
                    var location = line.location
                    location.column += prefix.unicodeScalars.count
                    diagnostics.append(parsed.source.diagnostic(at: location, "invalid regex: \(error.message)"))
                }
            }
        }

        var lists: [(type: String, phrases: String)] = []
        for (type, files) in options.lists.sorted(by: { $0.key < $1.key }) {
            // All files of one type go into one trie: one pass per type, however many files.
            var texts: [String] = []
            for file in files {
                do {
                    texts.append(try context.readTextFile(file).text)
                } catch let error as ConfigError {
                    diagnostics += error.diagnostics
                }
            }
            lists.append((type, texts.joined(separator: "\n")))
        }
        var currencies = CurrencyTable.builtIn
        if let file = options.currencies {
            do {
                let loaded = try context.readTextFile(file)
                let parsed = CurrencyTable.parse(loaded.text, path: file.value)
                diagnostics += parsed.diagnostics
                currencies = parsed.table
            } catch let error as ConfigError {
                diagnostics += error.diagnostics
            }
        }
        normalizer = ValueNormalizer(currencies: currencies)
        if compiled.isEmpty && lists.isEmpty && diagnostics.isEmpty {
            let message = "stage 'entities' has no rules: add 'patterns', 'patterns_file' or 'lists'"
            diagnostics.append(context.entry?.error(message) ?? Diagnostic(at: .unknown(), message))
        }
        if !diagnostics.isEmpty { throw ConfigError(diagnostics) }
        rules = compiled.map { rule in
            var rule = rule
            // Each compiled form gets its own hint: UCP can take PCRE2's start bitmap away (`\d` is every digit).
            let regex = StartHint.compile(rule.regex, matchLimit: options.matchLimit, depthLimit: options.depthLimit)
            let twin = rule.withoutUCP.flatMap {
                StartHint.compile($0, matchLimit: options.matchLimit, depthLimit: options.depthLimit)
            }
            if regex != nil || twin != nil { rule.hinted = (regex ?? rule.regex, twin ?? rule.withoutUCP) }
            rule.requiredByte = RequiredByte.find(
                in: rule.regex.pattern, caseless: rule.regex.options.contains(.caseless),
                extended: rule.regex.options.contains(.extended))
            if let twin = rule.withoutUCP,
                let pattern = ASCIILetters.rewrite(
                    twin.pattern, caseless: twin.options.contains(.caseless),
                    extended: twin.options.contains(.extended)),
                let ascii = try? PCRE2Regex(
                    pattern, options: twin.options, matchLimit: options.matchLimit, depthLimit: options.depthLimit)
            {
                rule.asciiLetters =
                    StartHint.compile(ascii, matchLimit: options.matchLimit, depthLimit: options.depthLimit) ?? ascii
            }
            rule.requiredText = RequiredText.find(
                in: rule.regex.pattern, caseless: rule.regex.options.contains(.caseless),
                extended: rule.regex.options.contains(.extended)
            ).map(RequiredText.Needles.init)
            return rule
        }
        listTypes = lists.map(\.type)
        gazetteers = stride(from: 0, to: lists.count, by: Gazetteer.maximumLists).map {
            Gazetteer(
                lists: Array(lists[$0..<min($0 + Gazetteer.maximumLists, lists.count)]),
                caseSensitive: options.listsCaseSensitive)
        }
    }

    /// A rule match waiting for overlap resolution.
    struct Candidate {
        var span: Span
        var rule: Int
        var priority: Int
    }

    /// An entity rule hit PCRE2's match or depth limit on a document.
    struct LimitExceeded: Error, CustomStringConvertible {
        var rule: String
        var pattern: String
        var message: String
        /// Whether a limit stopped it (not another PCRE2 error).
        var isLimit = true
        var description: String {
            "rule '\(rule)' (\(pattern)) stopped: \(message)"
                + (isLimit ? "; the pattern backtracks too much on this document" : "")
        }
    }

    /// Runs every rule and phrase list over the text, resolves overlaps by the `overlap` policy and adds the kept
    /// mentions to the document's entities, in text order with the ones earlier stages wrote.
    ///
    /// - Throws: When a rule exceeds its match, depth or time limit on this document (that document fails).
    public func process(_ document: inout Document) throws {
        var candidates: [Candidate] = []
        try document.withUTF8 { text in
            let breaks = ParagraphBreaks(text)
            try scanEachRule(text, breaks: breaks, into: &candidates)
            var first = rules.count
            for gazetteer in gazetteers {
                // One scan for the trie's lists; each list's matches are kept apart and added list by list, as if
                // each list had scanned the text on its own. The trie maps one whitespace byte to one space, so a
                // phrase cannot hold a blank line today; the check keeps that true whatever the matcher learns (each
                // list's matches come in start order).
                var found = [[Candidate]](repeating: [], count: gazetteer.types.count)
                var cursors = [Int](repeating: 0, count: gazetteer.types.count)
                gazetteer.matches(in: text) { list, span in
                    if breaks.crossed(by: span.range, cursor: &cursors[list]) == nil {
                        found[list].append(Candidate(span: span, rule: first + list, priority: 0))
                    }
                }
                for list in found { candidates += list }
                first += gazetteer.types.count
            }
        }
        let kept = resolve(candidates)
        var entities: [Entity] = []
        entities.reserveCapacity(kept.count)
        for candidate in kept {
            let (type, id) = describe(candidate.rule)
            var entity = Entity(span: candidate.span, type: type, rule: id, stage: name)
            if normalize { entity.value = normalizer.value(type: type, text: document.utf8[candidate.span.range]) }
            entities.append(entity)
        }
        document.entities.append(contentsOf: entities)
        if !document.entities.isEmpty, document.entities.count != entities.count {
            document.entities.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        }
    }

    /// Every rule scans the text on its own, left to right without overlaps (as `pcre2grep -o` does), and never across
    /// a blank line: when a match would contain one, the rule is run again over the rest of that paragraph alone (the
    /// subject ends where the blank line begins) and the scan goes on from the blank line. So each rule finds what it
    /// would find with every paragraph as a document of its own, at the cost of one extra search per crossing match.
    private func scanEachRule(
        _ text: UnsafeBufferPointer<UInt8>, breaks: ParagraphBreaks, into candidates: inout [Candidate]
    ) throws {
        let unicodeClassesMatter = rules.contains { $0.withoutUCP != nil } && Self.needsUnicodeClasses(text)
        for (index, rule) in rules.enumerated() {
            if startHints, let byte = rule.requiredByte, RequiredByte.isAbsent(byte, from: text) { continue }
            if startHints, let texts = rule.requiredText, RequiredText.areAbsent(texts, from: text) { continue }
            let searched =
                startHints
                ? rule.hinted ?? (rule.regex, rule.withoutUCP) : (regex: rule.regex, withoutUCP: rule.withoutUCP)
            var regex = unicodeClassesMatter ? searched.regex : (searched.withoutUCP ?? searched.regex)
            // The text has no non-ASCII letter (the twin's condition, checked since this rule has a twin).
            if startHints, !unicodeClassesMatter, rule.withoutUCP != nil, let ascii = rule.asciiLetters {
                regex = ascii
            }
            var budget = MatchBudget(seconds: ruleTimeLimit ?? .infinity)
            do {
                var from = 0
                var cursor = 0
                while from <= text.count {
                    var crossed: (first: Int, second: Int)?
                    var resume = from
                    try regex.forEachMatch(in: text, from: from, budget: &budget) { match in
                        if let blank = breaks.crossed(by: match.range, cursor: &cursor) {
                            crossed = blank
                            return false
                        }
                        if let range = match.group(rule.group), !range.isEmpty {
                            candidates.append(Candidate(span: Span(range), rule: index, priority: rule.priority))
                        }
                        resume = match.range.upperBound
                        return true
                    }
                    guard let blank = crossed else { break }
                    // The crossing match's paragraph alone: from its first byte (or where the scan stood) to the
                    // blank line. Earlier paragraphs were scanned already and held no further match.
                    let paragraph = UnsafeBufferPointer(rebasing: text[..<blank.first])
                    try regex.forEachMatch(
                        in: paragraph, from: max(resume, breaks.paragraphStart(before: cursor)), budget: &budget
                    ) { match in
                        if let range = match.group(rule.group), !range.isEmpty {
                            candidates.append(Candidate(span: Span(range), rule: index, priority: rule.priority))
                        }
                        return true
                    }
                    from = blank.second
                }
            } catch let error as PCRE2Regex.MatchError {
                throw LimitExceeded(
                    rule: rule.id, pattern: rule.regex.pattern, message: error.message, isLimit: error.isLimit)
            } catch let error as PCRE2Regex.BudgetExceeded {
                throw LimitExceeded(
                    rule: rule.id, pattern: rule.regex.pattern, message: error.description + " (rule_time_limit)")
            }
        }
    }

    private func describe(_ ruleIndex: Int) -> (type: String, id: String) {
        if ruleIndex < rules.count { return (rules[ruleIndex].type, rules[ruleIndex].id) }
        let type = listTypes[ruleIndex - rules.count]
        return (type, "list:\(type)")
    }

    func resolve(_ candidates: [Candidate]) -> [Candidate] {
        switch overlap {
        case .all:
            return candidates.sorted { ($0.span.start, $0.span.end, $0.rule) < ($1.span.start, $1.span.end, $1.rule) }
        case .longest:
            let ordered = candidates.sorted {
                ($0.span.start, -$0.span.end, $0.rule) < ($1.span.start, -$1.span.end, $1.rule)
            }
            var kept: [Candidate] = []
            var end = -1
            for candidate in ordered where candidate.span.start >= end {
                kept.append(candidate)
                end = candidate.span.end
            }
            return kept
        case .priority:
            let ordered = candidates.sorted {
                (-$0.priority, -$0.span.count, $0.span.start, $0.rule) < (
                    -$1.priority, -$1.span.count, $1.span.start, $1.rule
                )
            }
            // Kept spans are disjoint and held in start order, so one binary search finds the only neighbours a
            // candidate could overlap (O(n log n) rather than comparing with every kept span).
            var kept: [Candidate] = []
            for candidate in ordered {
                var low = 0
                var high = kept.count
                while low < high {
                    let middle = (low + high) / 2
                    if kept[middle].span.start < candidate.span.start { low = middle + 1 } else { high = middle }
                }
                if low > 0, kept[low - 1].span.end > candidate.span.start { continue }
                if low < kept.count, kept[low].span.start < candidate.span.end { continue }
                kept.insert(candidate, at: low)
            }
            return kept
        }
    }
}
