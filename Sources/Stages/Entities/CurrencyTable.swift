import TextMineCore

/// Currency forms (symbols, codes, English names) mapped to ISO 4217 codes, read from a `FORM<TAB>CODE[<TAB>factor]`
/// file such as `Pipelines/currencies.tsv` (the `currencies:` option). Forms are compared case-insensitively with
/// their whitespace collapsed, so `Hong Kong  dollars` is `hong kong dollars`.
struct CurrencyTable: Sendable {
    struct Currency: Sendable, Equatable {
        /// The ISO 4217 code.
        var code: String
        /// What one unit of the form is worth in the currency: 1, or 0.01 for `cents`/`pence`/`p`, kept as the
        /// divisor (100) so `32 cents` is computed as 32 / 100, exactly the nearest double to 0.32.
        var divisor: Double
    }

    private(set) var forms: [String: Currency] = [:]

    /// The table used when a pipeline names no file: the four currencies the stage always knew.
    static let builtIn = CurrencyTable.parse(
        """
        $\tUSD
        US$\tUSD
        dollar\tUSD
        dollars\tUSD
        £\tGBP
        pound\tGBP
        pounds\tGBP
        sterling\tGBP
        €\tEUR
        euro\tEUR
        euros\tEUR
        ¥\tJPY
        yen\tJPY
        """, path: "<built-in>"
    ).table

    private init() {}

    /// Parses a currency file; bad lines are reported at their line and column and left out.
    static func parse(_ text: String, path: String) -> (table: CurrencyTable, diagnostics: [Diagnostic]) {
        let source = SourceFile(path: path, text: text)
        var table = CurrencyTable()
        var diagnostics: [Diagnostic] = []
        for (index, raw) in source.lines.enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : Substring(raw)
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            func report(_ column: Int, _ message: String) {
                diagnostics.append(
                    source.diagnostic(at: SourceLocation(file: path, line: index + 1, column: column), message))
            }
            guard fields.count == 2 || fields.count == 3, !fields[0].isEmpty else {
                report(1, "expected FORM<TAB>ISO 4217 code[<TAB>factor]")
                continue
            }
            let codeColumn = fields[0].unicodeScalars.count + 2
            let code = String(fields[1])
            guard code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
                report(codeColumn, "'\(code)' is not an ISO 4217 code (three capital letters)")
                continue
            }
            var divisor = 1.0
            if fields.count == 3 {
                guard let factor = Double(fields[2]), factor > 0, factor <= 1 else {
                    report(
                        codeColumn + code.unicodeScalars.count + 1,
                        "factor must be a number in (0, 1], found '\(fields[2])'")
                    continue
                }
                divisor = (1 / factor).rounded()
            }
            let currency = Currency(code: code, divisor: divisor)
            table.forms[Self.key(fields[0])] = currency
            table.forms[Self.key(Substring(code))] =
                table.forms[Self.key(Substring(code))] ?? Currency(code: code, divisor: 1)
        }
        return (table, diagnostics)
    }

    /// Lower-cased with runs of whitespace as one space, trimmed.
    static func key(_ form: Substring) -> String {
        form.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(
            separator: " ")
    }

    func currency(for form: String) -> Currency? { forms[Self.key(Substring(form))] }
}
