import Testing

@testable import SitthiKit

@Suite struct SearchTermListParserTests {
    func parse(_ text: String) -> (SearchTermList?, [String]) {
        let diagnostics = Diagnostics()
        let list = SearchTermListParser(diagnostics: diagnostics).parse(text, language: "th")
        return (list, diagnostics.all.map(\.description))
    }

    @Test func eachEntryIsATermShownWithItsWhiteSpaceCollapsed() throws {
        let (list, problems) = parse("# key terms\n- \"ค่าชดเชย\"\n- สายด่วน   1546 \n- Labour  Protection\tAct\n")
        #expect(problems == [])
        let terms = try #require(list).terms
        #expect(terms.map(\.text) == ["ค่าชดเชย", "สายด่วน 1546", "Labour Protection Act"])
        #expect(terms.map(\.location.description) == ["content/search-terms/th.yml:2:3", "content/search-terms/th.yml:3:3", "content/search-terms/th.yml:4:3"])
    }

    @Test func everyBadEntryIsReportedAtItsLineAndColumn() throws {
        let (list, problems) = parse(
            """
            - "ค่าชดเชย"
            - ""
            - [a, b]
            - ค่าชดเชย
            - {term: x}
            -
            - "ลาป่วย"
            """)
        #expect(
            problems == [
                "content/search-terms/th.yml:2:3: error: a term is empty",
                "content/search-terms/th.yml:3:3: error: each term must be text, found a list",
                "content/search-terms/th.yml:4:3: error: `ค่าชดเชย` is given twice (first at line 1): keep one",
                "content/search-terms/th.yml:5:3: error: each term must be text, found a mapping",
                "content/search-terms/th.yml:6:2: error: each term must be text, found nothing",
            ])
        #expect(try #require(list).terms.map(\.text) == ["ค่าชดเชย", "ลาป่วย"])
    }

    @Test func aFileThatIsNotAListIsAnError() {
        #expect(
            parse("terms:\n  - ค่าชดเชย\n").1 == [
                "content/search-terms/th.yml:1:1: error: the term list must be a list of terms, one a line as `- \"term\"`, found a mapping"
            ])
        #expect(parse("ค่าชดเชย\n").1.first?.hasPrefix("content/search-terms/th.yml:1:1: error: the term list must be a list") == true)
        #expect(parse("").1 == ["content/search-terms/th.yml:1:1: error: the term list is empty: write one term a line, as `- \"term\"`"])
    }

    @Test func invalidYAMLIsAnErrorAtItsPosition() {
        let (list, problems) = parse("- \"ค่าชดเชย\"\n- \"สายด่วน\n")
        #expect(list == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("content/search-terms/th.yml:3:1: error: invalid YAML:") == true, "\(problems)")
    }
}
