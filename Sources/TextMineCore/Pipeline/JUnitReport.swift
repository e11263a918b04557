import Foundation

/// Pipeline test results as JUnit XML, the format CI systems (GitLab, Jenkins, GitHub test reporters) read: one
/// `<testsuite>` per pipeline file, one `<testcase>` per test, a `<failure>` per failing test holding every failing
/// expectation as `file:line:column: error: …` lines.
public enum JUnitReport {
    /// One pipeline's results.
    public struct Suite: Sendable {
        /// The pipeline file.
        public var path: String
        /// The pipeline's name (the test cases' `classname`).
        public var name: String
        /// The results, in test order.
        public var results: [PipelineTestResult]

        /// Creates a suite.
        public init(path: String, name: String, results: [PipelineTestResult]) {
            self.path = path
            self.name = name
            self.results = results
        }
    }

    /// The XML document, UTF-8, newline-terminated.
    public static func xml(_ suites: [Suite]) -> String {
        let all = suites.flatMap(\.results)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"textmine test\" tests=\"\(all.count)\" failures=\"\(all.filter { !$0.passed }.count)\" errors=\"0\""
        xml += " time=\"\(seconds(all.map(\.seconds).reduce(0, +)))\">\n"
        for suite in suites {
            let failed = suite.results.filter { !$0.passed }.count
            xml += "  <testsuite name=\"\(escape(suite.path))\" tests=\"\(suite.results.count)\" failures=\"\(failed)\" errors=\"0\""
            xml += " skipped=\"0\" time=\"\(seconds(suite.results.map(\.seconds).reduce(0, +)))\">\n"
            for result in suite.results {
                xml += "    <testcase name=\"\(escape(result.test.name))\" classname=\"\(escape(suite.name))\""
                xml += " file=\"\(escape(result.test.location.file))\" line=\"\(result.test.location.line)\" time=\"\(seconds(result.seconds))\""
                if result.passed {
                    xml += "/>\n"
                    continue
                }
                let first = result.failures[0].message
                let details = result.failures.map(\.rendered).joined(separator: "\n")
                xml += ">\n      <failure message=\"\(escape(first))\" type=\"expectation\">\(escape(details))</failure>\n"
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }

    /// Text for an attribute or element: markup characters as entities, and the characters XML 1.0 cannot hold at
    /// all (controls other than tab and line breaks) as U+FFFD, so any document text gives a well-formed file.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
