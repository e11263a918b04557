import Foundation
public import TextMineCore

/// Text made safe and short for the views: terminal-safe characters, one-line excerpts, HTML escaping, numbers.
public enum DisplayText {
    /// The text with control characters a terminal would act on (C0 other than tab and newline — escape, carriage
    /// return, backspace —, DEL and C1) replaced by U+FFFD, so an article cannot move the cursor or change colours.
    public static func terminalSafe(_ text: Substring) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return String(text) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }

    /// The text on one line, at most `limit` characters (a longer one keeps its start and end around `…`), and
    /// terminal-safe: newlines and tabs become spaces.
    public static func excerpt(_ text: String, limit: Int = 60) -> String {
        var scalars = String.UnicodeScalarView()
        let all = text.unicodeScalars
        var count = 0
        for _ in all {
            count += 1
            if count > limit { break }
        }
        let flatten: (Unicode.Scalar) -> Unicode.Scalar = {
            $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : isControl($0) ? "\u{FFFD}" : $0
        }
        if count <= limit {
            for scalar in all { scalars.append(flatten(scalar)) }
        } else {
            let head = (limit - 1) * 2 / 3
            let tail = limit - 1 - head
            for scalar in all.prefix(head) { scalars.append(flatten(scalar)) }
            scalars.append("…")
            for scalar in all.suffix(tail) { scalars.append(flatten(scalar)) }
        }
        return String(scalars)
    }

    /// Escapes text for HTML element content and double- or single-quoted attributes (``HTMLEscaping``).
    public static func html(_ text: some StringProtocol) -> String { HTMLEscaping.escape(text) }

    /// A number with `digits` decimals.
    public static func fixed(_ value: Double, digits: Int) -> String { String(format: "%.\(digits)f", value) }

    /// A value as people write it: whole numbers without decimals (`1130000000`), others with up to four.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// `text` padded with spaces to `width` characters (counted as Unicode scalars), on the right or the left.
    public static func padded(_ text: String, to width: Int, left: Bool = false) -> String {
        let missing = width - text.unicodeScalars.count
        guard missing > 0 else { return text }
        let spaces = String(repeating: " ", count: missing)
        return left ? spaces + text : text + spaces
    }

    /// A feature value in a few characters: strings as they are, numbers as ``number(_:)``, arrays and objects
    /// in brackets.
    public static func json(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let whole): return String(whole)
        case .double(let real): return number(real)
        case .string(let text): return text
        case .array(let items): return "[" + items.map(json).joined(separator: ", ") + "]"
        case .object(let fields):
            return "{"
                + fields.sorted { $0.key < $1.key }.map { $0.key + ": " + json($0.value) }.joined(separator: ", ") + "}"
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}
