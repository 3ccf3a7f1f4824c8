import Testing

@testable import SitthiKit

/// The key terms of `/<lang>/search/` in the `bilingual` fixture, whose Thai and English term lists
/// (`content/search-terms/`) add terms beside the headings.
@Suite final class SearchTermsPageTests {
    let site: FixtureSite

    init() throws {
        site = try FixtureSite("bilingual")
    }

    deinit { site.remove() }

    func terms(_ language: String) throws -> [String] {
        let html = try site.page("\(language)/search/index.html")
        let list = try #require(html.firstMatch(of: #/<section class="search-terms">.*?<ul>\n(?<items>.*?)</ul>/#.dotMatchesNewlines()))
        return list.items.split(separator: "\n").map(String.init)
    }

    @Test func aListedTermLinksToEveryPageThatHoldsItWhereItFirstAppears() throws {
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnosticsText)")
        #expect(
            try terms("th") == [
                "<li>พระราชบัญญัติคุ้มครองแรงงาน: <a href=\"/th/work/hours/\">เวลาทำงาน</a> </li>",
                "<li>ลาป่วย: <a href=\"/th/work/leave/\">การลา</a> </li>",
                "<li>หัวข้อ: <a href=\"/th/work/hours/#หัวข้อ\">เวลาทำงาน</a> <a href=\"/th/work/hours/#หัวข้อ-2\">เวลาทำงาน</a> <a href=\"/th/work/leave/#ລາ-ປ່ວຍ\">การลา</a> </li>",
                "<li>เนื้อหาภาษาไทย: <a href=\"/th/work/hours/#หัวข้อ\">เวลาทำงาน</a> </li>",
                "<li>ລາ ປ່ວຍ: <a href=\"/th/work/leave/#ລາ-ປ່ວຍ\">การลา</a> </li>",
            ])
        #expect(
            try terms("en") == [
                "<li>Hours: <a href=\"/en/work/hours/#hours\">Working hours</a> <a href=\"/en/work/hours/#hours-2\">Working hours</a> </li>",
                "<li>english TEXT: <a href=\"/en/work/hours/#hours\">Working hours</a> </li>",
            ])
        // A language without a list has the headings' terms only.
        #expect(try terms("my").allSatisfy { !$0.contains("ลาป่วย") })
    }

    @Test func checkWarnsAtATermNoPageHoldsButBuildDoesNot() throws {
        try site.write("- \"ลาป่วย\"\n- \"ลากิจ\"\n", to: "content/search-terms/th.yml")
        let warnings = site.check().diagnostics.filter { $0.location?.path.hasPrefix("content/search-terms/") == true }.map(\.description)
        #expect(
            warnings == [
                "content/search-terms/th.yml:2:3: warning: no Thai page holds `ลากิจ`, listed in content/search-terms/th.yml: the search page leaves it out; check its spelling or remove it"
            ])
        let build = site.build()
        #expect(build.succeeded)
        #expect(!build.diagnostics.contains { $0.location?.path.hasPrefix("content/search-terms/") == true })
        #expect(try terms("th").allSatisfy { !$0.contains("ลากิจ") })
    }

    @Test func aBadListStopsTheBuildWithEveryProblem() throws {
        try site.write("- \"\"\n- [x]\n", to: "content/search-terms/th.yml")
        try site.write("- a\n", to: "content/search-terms/xx.yml")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.filter { $0.location?.path.hasPrefix("content/search-terms/") == true }.map(\.description) == [
                "content/search-terms/th.yml:1:3: error: a term is empty",
                "content/search-terms/th.yml:2:3: error: each term must be text, found a list",
                "content/search-terms/xx.yml:1:1: warning: `xx` is not a language in content/site.yml; this term list is not used",
            ])
    }
}
