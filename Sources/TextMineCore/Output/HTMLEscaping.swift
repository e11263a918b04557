/// Escaping text for HTML pages the tools write (`report.html`, `textmine explain --html`): one function, so every page
/// treats hostile text (an article holding `<script>`, a speaker named `<img onerror=…>`) the same way.
public enum HTMLEscaping {
    /// Escapes `& < > " '` for element content and quoted attributes. Control characters other than tab and newline
    /// (C0, DEL, C1), which HTML does not allow in text, become spaces.
    public static func escape(_ text: some StringProtocol) -> String {
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
                let value = scalar.value
                if (value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
