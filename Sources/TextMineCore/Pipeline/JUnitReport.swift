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
        xml +=
            "<testsuites name=\"textmine test\" tests=\"\(all.count)\" failures=\"\(all.filter { !$0.passed }.count)\" errors=\"0\""
        xml += " time=\"\(seconds(all.map(\.seconds).reduce(0, +)))\">\n"
        for suite in suites {
            let failed = suite.results.filter { !$0.passed }.count
            xml +=
                "  <testsuite name=\"\(escape(suite.path))\" tests=\"\(suite.results.count)\" failures=\"\(failed)\" errors=\"0\""
            xml += " skipped=\"0\" time=\"\(seconds(suite.results.map(\.seconds).reduce(0, +)))\">\n"
            for result in suite.results {
                xml += "    <testcase name=\"\(escape(result.test.name))\" classname=\"\(escape(suite.name))\""
                xml +=
                    " file=\"\(escape(result.test.location.file))\" line=\"\(result.test.location.line)\" time=\"\(seconds(result.seconds))\""
                if result.passed {
                    xml += "/>\n"
                    continue
                }
                let first = result.failures[0].message
                let details = result.failures.map(\.rendered).joined(separator: "\n")
                xml +=
                    ">\n      <failure message=\"\(escape(first))\" type=\"expectation\">\(escape(details))</failure>\n"
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }

    /// Text for an attribute or element (``HTMLEscaping/escapeXML(_:)``: any document text gives a well-formed file).
    static func escape(_ text: String) -> String { HTMLEscaping.escapeXML(text) }
}
