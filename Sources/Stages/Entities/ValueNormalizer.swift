import TextMineCore

/// Reads the amount and unit out of MONEY and PERCENT mentions: `$1.13bn` → 1 130 000 000 USD, `£600m` → 600 000 000
/// GBP, `3.5m euros` → 3 500 000 EUR, `27%` / `4.5 per cent` → 27 / 4.5 with unit `%`.
enum ValueNormalizer {
    static func value(type: String, text: ArraySlice<UInt8>) -> EntityValue? {
        switch type {
        case "MONEY": return money(text)
        case "PERCENT": return number(in: text).map { EntityValue(amount: $0.value, unit: "%") }
        default: return nil
        }
    }

    static func money(_ text: ArraySlice<UInt8>) -> EntityValue? {
        let lower = String(decoding: text, as: UTF8.self).lowercased()
        guard let (amount, rest) = number(in: text) else { return nil }
        var currency: String?
        if lower.contains("$") || lower.contains("dollar") { currency = "USD" }
        if lower.contains("£") || lower.contains("pound") || lower.contains("sterling") { currency = "GBP" }
        if lower.contains("€") || lower.contains("euro") { currency = "EUR" }
        if lower.contains("¥") || lower.contains("yen") { currency = "JPY" }
        if lower.hasPrefix("us$") { currency = "USD" }
        let suffix = String(decoding: rest, as: UTF8.self).lowercased().drop { $0 == " " }
        var multiplier = 1.0
        for (word, scale) in [("trillion", 1e12), ("tn", 1e12), ("billion", 1e9), ("bn", 1e9), ("million", 1e6), ("m", 1e6), ("thousand", 1e3), ("k", 1e3)]
        where suffix.hasPrefix(word) {
            let after = suffix.dropFirst(word.count).first
            if after == nil || !(after!.isLetter) {
                multiplier = scale
                break
            }
        }
        return EntityValue(amount: (amount * multiplier * 100).rounded() / 100, unit: currency)
    }

    /// The first number (digits with `,` thousands separators and one `.`) and the bytes after it.
    static func number(in text: ArraySlice<UInt8>) -> (value: Double, rest: ArraySlice<UInt8>)? {
        guard let first = text.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var digits = ""
        var index = first
        var seenPoint = false
        while index < text.endIndex {
            let byte = text[index]
            if byte >= 0x30 && byte <= 0x39 {
                digits.append(Character(Unicode.Scalar(byte)))
            } else if byte == 0x2C, index + 1 < text.endIndex, text[index + 1] >= 0x30 && text[index + 1] <= 0x39, !seenPoint {
                // thousands separator
            } else if byte == 0x2E, !seenPoint, index + 1 < text.endIndex, text[index + 1] >= 0x30 && text[index + 1] <= 0x39 {
                seenPoint = true
                digits.append(".")
            } else {
                break
            }
            index += 1
        }
        guard let value = Double(digits) else { return nil }
        return (value, text[index...])
    }
}
