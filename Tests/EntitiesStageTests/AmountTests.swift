import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import EntitiesStage

/// MONEY and PERCENT as the default news pipeline reads them: ranges, currencies after the number, ISO codes, and
/// the normalised `value` / `low`–`high` / `unit`. The sentences are written the way the AP, Reuters and BBC style
/// guides write amounts (`$5 million`, `$5-15m`, `3.5 per cent`, `between 5% and 7%`, `EUR 3bn`).
final class AmountTests: XCTestCase {
    static let registry = StageRegistry([EntitiesStage.self])

    /// The entities stage configured as in Pipelines/news.yaml.
    static var news: EntitiesStage? { try? newsStage.get() }

    static let newsStage: Result<EntitiesStage, ConfigError> = {
        let root = TestSupport.repositoryRoot
        let yaml = """
            stages:
              - entities:
                  patterns_file: \(root)/Pipelines/patterns/news.tsv
                  currencies: \(root)/Pipelines/currencies.tsv
                  lists:
                    LOCATION: [\(root)/Pipelines/lists/countries.txt, \(root)/Pipelines/lists/capitals.txt, \(root)/Pipelines/lists/cities.txt]
                    ORG: \(root)/Pipelines/lists/organisations.txt
                  lists_case_sensitive: true
                  overlap: priority
            """
        return TestSupport.load(yaml, registry: registry).map { $0.entries.first!.stage as! EntitiesStage }
    }()

    struct Found: Equatable, CustomStringConvertible {
        var type: String
        var text: String
        var value: EntityValue?
        var description: String {
            let figure = value.map { v in v.amount.map { "\($0)" } ?? "\(v.low ?? .nan)…\(v.high ?? .nan)" } ?? "-"
            return "\(type):\(text)=\(figure) \(value?.unit ?? "")"
        }
    }

    func amounts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [Found] {
        let stage = try Self.newsStage.get()
        let document = try TestSupport.run([stage], on: text)
        return document.entities.filter { $0.type == "MONEY" || $0.type == "PERCENT" }
            .map { Found(type: $0.type, text: document[$0.span], value: $0.value) }
    }

    func one(
        _ text: String, _ type: String, _ span: String, _ value: EntityValue,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        XCTAssertEqual(
            try amounts(text, file: file, line: line), [Found(type: type, text: span, value: value)],
            "in: \(text)", file: file, line: line)
    }

    func money(_ amount: Double, _ unit: String?) -> EntityValue { EntityValue(amount: amount, unit: unit) }
    func range(_ low: Double, _ high: Double, _ unit: String?) -> EntityValue {
        EntityValue(low: low, high: high, unit: unit)
    }

    func testMoneyRangesAreOneMention() throws {
        try one("Analysts expect the shares to price at $30-$35 each.", "MONEY", "$30-$35", range(30, 35, "USD"))
        try one("The deal is worth $5-15m to the group.", "MONEY", "$5-15m", range(5_000_000, 15_000_000, "USD"))
        try one(
            "Tickets cost 2,000-2,400 rupees on the black market.", "MONEY", "2,000-2,400 rupees",
            range(2000, 2400, "INR"))
        try one("Its value is put at £1bn–£2bn.", "MONEY", "£1bn–£2bn", range(1e9, 2e9, "GBP"))
        try one("Bids of between $40 and $50 a share were made.", "MONEY", "between $40 and $50", range(40, 50, "USD"))
        try one("It raised €1-2bn.", "MONEY", "€1-2bn", range(1e9, 2e9, "EUR"))
        try one("A price of $500,000-1m was mentioned.", "MONEY", "$500,000-1m", range(500_000, 1_000_000, "USD"))
        try one(
            "Fees are between 5 and 7 million euros.", "MONEY", "between 5 and 7 million euros", range(5e6, 7e6, "EUR"))
    }

    /// The house styles side by side: AP (`$5 million`, `5 percent`, `$1.4 billion`), Reuters (`$30 million to $35
    /// million` is two figures, `3.5 percent`), BBC (`£5.3bn`, `4.5%`, `€45m`).
    func testNewsStyleGuideForms() throws {
        try one("The company lost $5 million last year.", "MONEY", "$5 million", money(5e6, "USD"))
        try one("Sales rose 5 percent.", "PERCENT", "5 percent", money(5, "%"))
        try one("It raised $1.4 billion.", "MONEY", "$1.4 billion", money(1.4e9, "USD"))
        try one("Margins were 3.5 percent.", "PERCENT", "3.5 percent", money(3.5, "%"))
        try one("UK shoppers spent £5.3bn on cards.", "MONEY", "£5.3bn", money(5.3e9, "GBP"))
        try one("Growth was 4.5%.", "PERCENT", "4.5%", money(4.5, "%"))
        try one("The plant costs €45m.", "MONEY", "€45m", money(4.5e7, "EUR"))
        XCTAssertEqual(
            try amounts("Bids rose from $30 million to $35 million.").map(\.text), ["$30 million", "$35 million"])
    }

    func testChangesAndListsAreNotRanges() throws {
        XCTAssertEqual(try amounts("Crude ended down $1.33 to $42.12 a barrel.").map(\.text), ["$1.33", "$42.12"])
        XCTAssertEqual(try amounts("It paid $5 and $7 in two payments.").map(\.text), ["$5", "$7"])
        // A spaced hyphen is a dash in BBC copy, not a range.
        XCTAssertEqual(
            try amounts("Spending will reach £50bn - 14% higher than planned.").map(\.text), ["£50bn", "14%"])
    }

    func testCurrencyAfterTheNumber() throws {
        try one("Workers earn 12,000 rand a year.", "MONEY", "12,000 rand", money(12_000, "ZAR"))
        try one("Eskom will spend 4.1bn rand.", "MONEY", "4.1bn rand", money(4.1e9, "ZAR"))
        try one("A ticket costs 900 rupees.", "MONEY", "900 rupees", money(900, "INR"))
        try one("Sony lost 500m yen.", "MONEY", "500m yen", money(5e8, "JPY"))
        try one("Brussels fined it 3bn euros.", "MONEY", "3bn euros", money(3e9, "EUR"))
        try one("He offered 10 million dollars.", "MONEY", "10 million dollars", money(1e7, "USD"))
        try one("It signed a 120bn-rand deal.", "MONEY", "120bn-rand", money(1.2e11, "ZAR"))
        try one("Crude fell 32 cents.", "MONEY", "32 cents", money(0.32, "USD"))
        try one("Shares closed at 300p.", "MONEY", "300p", money(3, "GBP"))
        try one("LG Card will swap some 12 trillion won of debt.", "MONEY", "12 trillion won", money(1.2e13, "KRW"))
        try one("Qantas earned 3.1bn Australian dollars.", "MONEY", "3.1bn Australian dollars", money(3.1e9, "AUD"))
        try one("The bank holds 86.7bn Swiss francs.", "MONEY", "86.7bn Swiss francs", money(8.67e10, "CHF"))
        try one("Reliance invested Rs 500 crore.", "MONEY", "Rs 500 crore", money(5e9, "INR"))
        // A qualifier the table does not know gets no currency rather than a guess.
        try one("It cost 20m Zimbabwe dollars.", "MONEY", "20m Zimbabwe dollars", money(2e7, nil))
    }

    func testISOCodesBeforeAndAfter() throws {
        try one("The fund holds USD 5m in cash.", "MONEY", "USD 5m", money(5e6, "USD"))
        try one("The fund holds 5m USD in cash.", "MONEY", "5m USD", money(5e6, "USD"))
        try one("Bonds worth EUR 3bn were sold.", "MONEY", "EUR 3bn", money(3e9, "EUR"))
        try one("The loan is ZAR 100m.", "MONEY", "ZAR 100m", money(1e8, "ZAR"))
        try one("Revenue was INR 5,000 crore.", "MONEY", "INR 5,000 crore", money(5e10, "INR"))
        try one("Profit was JPY 1.2bn.", "MONEY", "JPY 1.2bn", money(1.2e9, "JPY"))
        try one("Nestle paid CHF 20m.", "MONEY", "CHF 20m", money(2e7, "CHF"))
        try one("They bought US$100,000 of bonds.", "MONEY", "US$100,000", money(100_000, "USD"))
        try one("Cathay made HK$327m.", "MONEY", "HK$327m", money(3.27e8, "HKD"))
    }

    func testSymbolAmountsKeepExactValues() throws {
        // Exchange rates keep their decimals; a thousands comma at the end of a clause stays outside the span.
        try one("The euro rose to $1.3666.", "MONEY", "$1.3666", money(1.3666, "USD"))
        try one("He was paid £44,914, despite that.", "MONEY", "£44,914", money(44_914, "GBP"))
        try one("It cost $1.13bn.", "MONEY", "$1.13bn", money(1_130_000_000, "USD"))
    }

    /// The normaliser reads number words for pipelines whose own rules match them (the news rules do not: cost).
    func testNormaliserReadsNumberWordsAndPerCent() throws {
        let normalizer = ValueNormalizer(currencies: CurrencyTable.builtIn)
        func value(_ type: String, _ text: String) -> EntityValue? {
            normalizer.value(type: type, text: Array(text.utf8)[...])
        }
        XCTAssertEqual(value("MONEY", "a billion dollars"), money(1e9, "USD"))
        XCTAssertEqual(value("MONEY", "five million euros"), money(5e6, "EUR"))
        XCTAssertEqual(value("PERCENT", "between 4.5 and 5 per cent"), range(4.5, 5, "%"))
        XCTAssertEqual(value("MONEY", "A$3bn"), money(3e9, nil))  // not in the built-in table; not the number word `a`
        XCTAssertNil(value("MONEY", "dollars"))
    }

    func testWordsThatAreNotMoney() throws {
        XCTAssertEqual(try amounts("Halo 2 won three awards, and it won't stop."), [])
        XCTAssertEqual(try amounts("The plane was overloaded by 700 pounds (320kg)."), [])
    }

    func testPercentRanges() throws {
        try one("Growth of 3%-5% is forecast.", "PERCENT", "3%-5%", range(3, 5, "%"))
        try one("Growth of 3-5% is forecast.", "PERCENT", "3-5%", range(3, 5, "%"))
        try one("Rates will rise by between 5% and 7%.", "PERCENT", "between 5% and 7%", range(5, 7, "%"))
        try one("Rates will rise by between 5 and 7 per cent.", "PERCENT", "between 5 and 7 per cent", range(5, 7, "%"))
        try one("Turnout was 5–7 per cent lower.", "PERCENT", "5–7 per cent", range(5, 7, "%"))
        try one("Inflation was 4.5 per cent.", "PERCENT", "4.5 per cent", money(4.5, "%"))
    }

    /// Every form in Pipelines/currencies.tsv is found by the news rules and normalised to its code: the rules' name
    /// and code lists cannot drift from the table.
    func testEveryCurrencyFormIsFoundAndNormalised() throws {
        let text = try String(contentsOfFile: TestSupport.repositoryRoot + "/Pipelines/currencies.tsv", encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 2 else { continue }
            let (form, code) = (fields[0], fields[1])
            let divisor = fields.count == 3 ? (1 / Double(fields[2])!).rounded() : 1
            let isCode = form.count == 3 && form.allSatisfy { $0.isUppercase }
            let endsInLetter = form.unicodeScalars.last?.properties.isAlphabetic ?? false
            var samples: [(String, Double)] = []
            if isCode || form == "Rs" {
                samples.append(("\(form) 25m", 25e6))
            } else if !endsInLetter {
                samples.append(("\(form)25m", 25e6))  // symbols: `$25m`, `HK$25m`, `Rs.25m`
            }
            if isCode || (endsInLetter && form != "Rs") {
                samples.append(form == "p" ? ("25p", 25) : ("25m \(form)", 25e6))
            }
            XCTAssertFalse(samples.isEmpty, "no sample for \(form)")
            for (sample, amount) in samples {
                let found = try amounts("It cost \(sample).")
                XCTAssertEqual(
                    found, [Found(type: "MONEY", text: sample, value: money(amount / divisor, code))], "form '\(form)'")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 200)
    }

    func testCurrencyFileErrorsPointAtTheLine() throws {
        let directory = try TestSupport.temporaryDirectory()
        let path = directory + "/currencies.tsv"
        try "$\tUSD\nrand\tzar\ncents\tUSD\t100\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = TestSupport.load(
            "stages:\n  - entities:\n      patterns: {MONEY: x}\n      currencies: \(path)\n", registry: Self.registry)
        guard case .failure(let error) = result else { return XCTFail("a bad currency file was accepted") }
        let messages = error.diagnostics.map(\.description).joined(separator: "\n")
        XCTAssertTrue(messages.contains("currencies.tsv:2:6: error: 'zar' is not an ISO 4217 code"), messages)
        XCTAssertTrue(messages.contains("currencies.tsv:3:11: error: factor must be a number in (0, 1]"), messages)
    }

    func testRangesSerialiseAsLowAndHighWithoutValue() throws {
        let stage = try XCTUnwrap(Self.news)
        let document = try TestSupport.run([stage], on: "It costs $30-$35, or $40.")
        let line = String(decoding: DocumentSerializer().line(for: document), as: UTF8.self)
        XCTAssertTrue(line.contains(#""text":"$30-$35","type":"MONEY","#), line)
        XCTAssertTrue(
            line.contains(#""low":30,"high":35,"unit":"USD""#)
                || line.contains(#""low":30.0,"high":35.0,"unit":"USD""#), line)
        XCTAssertFalse(line.contains(#""value":30"#), line)
        XCTAssertTrue(line.contains(#""value":40"#), line)
    }
}
