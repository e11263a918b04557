/// Escaping text for the markup the tools write — HTML pages (`report.html`, `textmine explain --html`) and XML
/// (`textmine test --junit`): one function, so every file treats hostile text (an article holding `<script>`, a
/// speaker named `<img onerror=…>`, control characters) the same way.
public enum HTMLEscaping {
    /// Escapes `& < > " '` for element content and quoted attributes. Control characters other than tab and newline
    /// (C0, DEL, C1), which HTML does not allow in text, become spaces.
    public static func escape(_ text: some StringProtocol) -> String {
        escape(text) { scalar in
            let value = scalar.value
            return (value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(value) ? " " : nil
        }
    }

    /// Escapes for XML 1.0 text and attributes: as ``escape(_:)``, and the characters XML cannot hold at all (C0
    /// controls other than tab and line breaks, U+FFFE, U+FFFF) become U+FFFD, so any text gives a well-formed file.
    public static func escapeXML(_ text: some StringProtocol) -> String {
        escape(text) { scalar in
            let value = scalar.value
            return (value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r") || value == 0xFFFE
                || value == 0xFFFF
                ? "\u{FFFD}" : nil
        }
    }

    /// The markup characters as entities; every other scalar as `replacement` says (nil: kept).
    private static func escape(_ text: some StringProtocol, replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
