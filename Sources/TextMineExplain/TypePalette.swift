/// Colours for entity types and quote sentiment, shared by the terminal and HTML views so a type looks the same in
/// both: a light background (xterm-256 index and hex) under dark text.
public enum TypePalette {
    /// One colour: an xterm-256 background index and the same colour in hex.
    public struct Colour: Sendable, Hashable {
        /// xterm-256 colour index.
        public var ansi: Int
        /// `#rrggbb`.
        public var hex: String
    }

    /// The colours of the news pipeline's types; any other type gets one of ``fallback`` by a stable hash of its name.
    static let known: [String: Colour] = [
        "PERSON": Colour(ansi: 183, hex: "#d7afff"),
        "ORG": Colour(ansi: 123, hex: "#87ffff"),
        "LOCATION": Colour(ansi: 216, hex: "#ffaf87"),
        "MONEY": Colour(ansi: 228, hex: "#ffff87"),
        "PERCENT": Colour(ansi: 193, hex: "#d7ffaf"),
        "DATE": Colour(ansi: 152, hex: "#afd7d7"),
        "TIME": Colour(ansi: 195, hex: "#d7ffff"),
        "YEAR": Colour(ansi: 222, hex: "#ffd787"),
        "QUANTITY": Colour(ansi: 187, hex: "#d7d7af"),
        "PROPN": Colour(ansi: 252, hex: "#d0d0d0"),
        "ACRONYM": Colour(ansi: 250, hex: "#bcbcbc"),
        "URL": Colour(ansi: 189, hex: "#d7d7ff"),
        "EMAIL": Colour(ansi: 189, hex: "#d7d7ff"),
    ]

    static let fallback: [Colour] = [
        Colour(ansi: 218, hex: "#ffafd7"), Colour(ansi: 158, hex: "#afffd7"), Colour(ansi: 229, hex: "#ffffaf"),
        Colour(ansi: 147, hex: "#afafff"), Colour(ansi: 223, hex: "#ffd7af"), Colour(ansi: 157, hex: "#afffaf"),
        Colour(ansi: 225, hex: "#ffd7ff"), Colour(ansi: 117, hex: "#87d7ff"),
    ]

    /// The colour of an entity type.
    public static func colour(of type: String) -> Colour {
        if let colour = known[type] { return colour }
        var hash: UInt32 = 2_166_136_261
        for byte in type.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return fallback[Int(hash % UInt32(fallback.count))]
    }

    /// The colour of a quote by its sentiment label (`positive`, `negative`, `neutral`, or nil when not scored):
    /// an xterm-256 foreground index and a hex colour for underlines and borders.
    public static func quoteColour(_ label: String?) -> Colour {
        switch label {
        case "positive": return Colour(ansi: 34, hex: "#1b8a3a")
        case "negative": return Colour(ansi: 160, hex: "#c62828")
        case "neutral": return Colour(ansi: 244, hex: "#7a7a7a")
        default: return Colour(ansi: 33, hex: "#1e6fd9")
        }
    }
}
