import TextMineCore

/// Reads the amount (or range) and unit out of MONEY and PERCENT mentions: `$1.13bn` → 1 130 000 000 USD, `3.5m
/// euros` → 3 500 000 EUR, `one trillion won` → 10¹² KRW, `32 cents` → 0.32 USD, `$5-15m` → 5 000 000…15 000 000 USD,
/// `27%` / `4.5 per cent` → 27 / 4.5 `%`, `between 5% and 7%` → 5…7 `%`.
///
/// The mention is read once, left to right, as numbers (digits with `,` separators and one `.`, or number words),
/// scale words that multiply the number before them (`m`, `bn`, `million`, `hundred`…), range marks (a dash between
/// two numbers, `between … and`) and everything else, which is the currency: its words and symbols are joined
/// (`US` + `$`, `Hong Kong` + `dollars`) and looked up in the ``CurrencyTable``. Two numbers joined by a range mark
/// make a range; in `$5-15m` the scale of the second end applies to the first when that keeps low ≤ high.
/// The normaliser allocates a little per mention (the currency words), never per token.
struct ValueNormalizer: Sendable {
    let currencies: CurrencyTable

    func value(type: String, text: ArraySlice<UInt8>) -> EntityValue? {
        switch type {
        case "MONEY":
            guard let reading = Reading(text) else { return nil }
            var unit: String?
            var divisor = 1.0
            for form in reading.currencyForms {
                if let currency = currencies.currency(for: form) {
                    unit = currency.code
                    divisor = currency.divisor
                    break
                }
            }
            return reading.value(unit: unit, divisor: divisor)
        case "PERCENT":
            return Reading(text)?.value(unit: "%", divisor: 1)
        default:
            return nil
        }
    }

    /// One number of a mention: its digits as an integer, how many of them were decimals, and the scale words that
    /// followed it. The value is computed as mantissa × scale / 10^decimals, so `4.1bn` is exactly 4 100 000 000.
    struct Figure {
        var mantissa: Double
        var decimals = 0
        var scale = 1.0

        var value: Double {
            var power = 1.0
            for _ in 0..<decimals { power *= 10 }
            return mantissa * scale / power
        }
    }

    /// A mention taken apart.
    struct Reading {
        var figures: [Figure] = []
        /// A dash between the first two numbers, or `between … and`.
        var isRange = false
        /// The currency words and symbols, in order, each run between numbers joined into one form.
        var currencyForms: [String] = []

        static let scales: [String: Double] = [
            "k": 1e3, "thousand": 1e3, "hundred": 1e2, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6,
            "bn": 1e9, "billion": 1e9, "billions": 1e9, "tn": 1e12, "trillion": 1e12, "trillions": 1e12,
            "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
        ]
        static let numberWords: [String: Double] = [
            "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
            "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        ]
        /// Words that belong to neither the number nor the currency.
        static let ignored: Set<String> = ["per", "percent", "percentage", "points", "to", "from", "of", "and"]

        init?(_ text: ArraySlice<UInt8>) {
            var index = text.startIndex
            var form = ""  // the currency run being read
            var spaceBeforeNext = false  // whitespace since the last byte added to `form`
            var dashSinceNumber = false
            var between = false
            func closeForm() {
                if !form.isEmpty { currencyForms.append(form) }
                form = ""
            }
            var afterPer = false
            func addNumber(_ figure: Figure) {
                if figures.count == 1, dashSinceNumber || between { isRange = true }
                figures.append(figure)
                dashSinceNumber = false
                closeForm()
            }
            while index < text.endIndex {
                let byte = text[index]
                if Self.isDigit(byte) {
                    let (figure, end) = Self.number(text, from: index)
                    addNumber(figure)
                    index = end
                    spaceBeforeNext = false
                } else if Self.isLetter(byte) {
                    var end = index
                    while end < text.endIndex,
                        Self.isLetter(text[end])
                            || (text[end] == 0x2E && end + 1 < text.endIndex
                                && Self.isLetter(text[end + 1]))
                            || (text[end] == 0x2E && end > index && Self.isUpper(text[end - 1]))
                    {
                        end += 1
                    }
                    let word = String(decoding: text[index..<end], as: UTF8.self)
                    let lower = word.lowercased()
                    let spaceFollows = end < text.endIndex && (text[end] == 0x20 || text[end] == 0x09)
                    if let scale = Self.scales[lower], !figures.isEmpty, form.isEmpty {
                        figures[figures.count - 1].scale *= scale
                    } else if lower == "between" {
                        between = true
                    } else if let number = Self.numberWords[lower], spaceFollows {
                        addNumber(Figure(mantissa: number))  // `one trillion`, `a million`; not the `A` of `A$`
                    } else if lower == "cent", afterPer {
                        // `per cent`
                    } else if !Self.ignored.contains(lower) {
                        if !form.isEmpty && spaceBeforeNext { form += " " }
                        form += word
                    }
                    afterPer = lower == "per"
                    index = end
                    spaceBeforeNext = false
                } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
                    || byte == 0xC2 && index + 1 < text.endIndex && text[index + 1] == 0xA0
                {
                    spaceBeforeNext = true
                    index += byte == 0xC2 ? 2 : 1
                } else if byte == 0x2D || Self.isDash(text, index) {
                    if !figures.isEmpty { dashSinceNumber = true }
                    closeForm()
                    index += byte == 0x2D ? 1 : 3
                    spaceBeforeNext = false
                } else if byte == 0x25 || byte == 0x2C || byte == 0x28 || byte == 0x29 || byte == 0x3B {
                    closeForm()  // `%` and punctuation end a currency run
                    index += 1
                } else {
                    // A symbol (`$`, `£`, `€`, `₹`…): joins the run it touches (`US$`), or starts one.
                    var end = index + 1
                    while end < text.endIndex, text[end] & 0xC0 == 0x80 { end += 1 }
                    if !form.isEmpty && spaceBeforeNext { form += " " }
                    form += String(decoding: text[index..<end], as: UTF8.self)
                    index = end
                    spaceBeforeNext = false
                }
            }
            closeForm()
            if figures.isEmpty { return nil }
            if figures.count != 2 { isRange = false }
        }

        func value(unit: String?, divisor: Double) -> EntityValue {
            guard isRange else { return EntityValue(amount: figures[0].value / divisor, unit: unit) }
            var low = figures[0]
            let high = figures[1]
            if low.scale == 1 {
                low.scale = high.scale
                if low.value > high.value { low.scale = 1 }  // `$500,000-1m`: the scale was the second end's own
            }
            return EntityValue(low: low.value / divisor, high: high.value / divisor, unit: unit)
        }

        /// Digits with `,` thousands separators and one `.`, as a ``Figure``.
        static func number(_ text: ArraySlice<UInt8>, from start: Int) -> (Figure, Int) {
            var figure = Figure(mantissa: 0)
            var seenPoint = false
            var index = start
            while index < text.endIndex {
                let byte = text[index]
                let nextIsDigit = index + 1 < text.endIndex && isDigit(text[index + 1])
                if isDigit(byte) {
                    figure.mantissa = figure.mantissa * 10 + Double(byte - 0x30)
                    if seenPoint { figure.decimals += 1 }
                } else if byte == 0x2C, nextIsDigit, !seenPoint {
                    // thousands separator
                } else if byte == 0x2E, nextIsDigit, !seenPoint {
                    seenPoint = true
                } else {
                    break
                }
                index += 1
            }
            return (figure, index)
        }

        @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
            isUpper(byte) || (byte >= 0x61 && byte <= 0x7A)
        }

        /// `–` (U+2013) or `—` (U+2014).
        static func isDash(_ text: ArraySlice<UInt8>, _ index: Int) -> Bool {
            index + 2 < text.endIndex && text[index] == 0xE2 && text[index + 1] == 0x80
                && (text[index + 2] == 0x93 || text[index + 2] == 0x94)
        }
    }
}
