/// How a test's partial annotation (YAML) is compared with an annotation of the document output (JSON), and how both
/// are shown in failure messages.
///
/// A partial annotation matches when every field it gives is equal to the annotation's field:
/// - a string is equal to a JSON string with the same text (case and spaces count; Unicode canonically equivalent
///   forms, such as a composed and a decomposed `é`, are the same text);
/// - an unquoted YAML number is equal to a JSON number of the same value (`1300000000`, `1.3e9` and `1300000000.0`
///   are one value); a quoted one is a string, and never equals a number;
/// - unquoted `true`/`false` equal JSON booleans; `null` (or `~`, or nothing) equals a JSON `null` or a missing field;
/// - a mapping matches a JSON object partially, in turn (`sentiment: {label: positive}`);
/// - a list matches a JSON array of the same length, item by item.
public enum AnnotationMatch {
    /// Whether `value` (nil: the field is missing) matches `pattern`.
    public static func matches(_ pattern: ConfigNode, _ value: JSONValue?) -> Bool {
        switch pattern.kind {
        case .null:
            return value == nil || value == .null
        case .mapping(let pairs):
            guard case .object(let object)? = value else { return false }
            return pairs.allSatisfy { pair in
                guard let key = pair.key.scalar else { return false }
                return matches(pair.value, object[key])
            }
        case .sequence(let items):
            guard case .array(let array)? = value, array.count == items.count else { return false }
            return zip(items, array).allSatisfy { matches($0, $1) }
        case .scalar(let text, let style):
            guard let value else { return false }
            switch value {
            case .string(let string):
                return string == text
            case .int(let number):
                guard style == .plain else { return false }
                if let integer = Int(text) { return integer == number }
                return Double(text).map { $0 == Double(number) } ?? false
            case .double(let number):
                return style == .plain && Double(text).map { $0 == number } ?? false
            case .bool(let flag):
                return style == .plain && text.lowercased() == (flag ? "true" : "false")
            case .null, .array, .object:
                return false
            }
        }
    }

    /// The items of an output field that partial annotations are compared with: the elements of a list, or the
    /// object itself for a document-level object (`sentiment`, `features`); nil when the output has no such field.
    public static func items(of value: JSONValue?) -> [JSONValue]? {
        switch value {
        case nil: return nil
        case .array(let items)?: return items
        case let value?: return [value]
        }
    }

    // MARK: Rendering

    /// A partial annotation as written, in YAML flow style: `{type: MONEY, text: "$1.3bn"}`.
    public static func render(_ node: ConfigNode) -> String {
        switch node.kind {
        case .null: return "null"
        case .scalar(let text, let style):
            // A plain scalar is shown as written (`1300000000` stays a number); only markup is quoted.
            return style == .plain || style == .literal || style == .folded
                ? (needsQuotes(text, readsAsOtherType: false) ? quoted(text) : text) : quoted(text)
        case .mapping(let pairs):
            return "{" + pairs.map { "\($0.key.scalar ?? "?"): \(render($0.value))" }.joined(separator: ", ") + "}"
        case .sequence(let items):
            return "[" + items.map(render).joined(separator: ", ") + "]"
        }
    }

    /// A JSON value in YAML flow style, strings quoted only where YAML would read them otherwise.
    public static func render(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number):
            if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
            return String(number)
        case .string(let text): return needsQuotes(text) ? quoted(text) : text
        case .array(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .object(let object):
            return "{"
                + object.sorted { $0.key < $1.key }.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ")
                + "}"
        }
    }

    /// An annotation shown next to a partial annotation: the fields the pattern names (in its order), then `text`
    /// when the pattern does not name it, so the reader sees what was found where.
    public static func render(_ value: JSONValue, shapedLike pattern: ConfigNode) -> String {
        guard case .object(let object) = value, let pairs = pattern.pairs else { return render(value) }
        var keys = pairs.compactMap(\.key.scalar)
        if !keys.contains("text"), object["text"] != nil { keys.append("text") }
        if keys.isEmpty { return render(value) }
        return "{"
            + keys.map { key in "\(key): \(object[key].map { render(shortened($0)) } ?? "(none)")" }.joined(
                separator: ", ") + "}"
    }

    /// Long strings (a quotation's text) cut to their first 60 characters, so a failure stays readable.
    private static func shortened(_ value: JSONValue) -> JSONValue {
        guard case .string(let text) = value, text.count > 60 else { return value }
        return .string(String(text.prefix(59)) + "…")
    }

    /// Whether a string must be quoted to be read back by YAML as that string (with `readsAsOtherType`, also when
    /// YAML would read it as a number, boolean or null).
    static func needsQuotes(_ text: String, readsAsOtherType: Bool = true) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || last == " " { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
        if text.contains(": ") || text.contains(" #") || text.contains(",") || text.contains("[") || text.contains("]")
            || text.contains("{") || text.contains("}") || text.hasSuffix(":")
        {
            return true
        }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 }) { return true }
        if !readsAsOtherType { return false }
        if Double(text) != nil || ["true", "false", "null", "~", "yes", "no", "on", "off"].contains(text.lowercased()) {
            return true
        }
        return false
    }

    /// A double-quoted YAML string (JSON escapes are valid there).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 {
                    result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
