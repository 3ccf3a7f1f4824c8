import Foundation
import Testing

@testable import SitthiKit

/// Builds the `bilingual` fixture (five languages; aligned, misaligned, missing and draft translations;
/// unsafe HTML) and checks the pages readers get.
@Suite final class BilingualSiteTests {
    let site: FixtureSite
    let report: BuildReport

    init() throws {
        site = try FixtureSite("bilingual")
        report = site.build()
    }

    deinit { site.remove() }

    @Test func buildSucceedsAndMatchesGoldenOutput() throws {
        #expect(report.succeeded, "\(report.diagnosticsText)")
        try Golden.expectSame(Golden.compareTree(site.output, golden: "bilingual"))
        try Golden.expectSame(Golden.compareText(report.diagnosticsText, golden: "bilingual.diagnostics.txt"))
    }

    @Test func everyArticleExistsInEveryLanguage() throws {
        for language in ["th", "my", "km", "lo", "en"] {
            for path in ["", "work/", "about/", "work/hours/", "work/leave/", "work/safety/"] {
                let html = try site.page("\(language)/\(path)index.html")
                #expect(html.contains("<html lang=\"\(language)\">"), "\(language)/\(path)")
            }
        }
        #expect(
            report.pageCount == 2 + 5 * (6 + 3) + 5 * (1 + 3) + 5 + 5 + 5,
            "picker, 404; per language 6 content pages, 3 leaflets, 4 directory pages, the glossary, the offline page and the search page")
    }

    @Test func alignedTranslationPairsEachSectionWithItsThaiText() throws {
        let html = try site.page("my/work/hours/index.html")
        // intro + two `##` sections, each followed by its Thai counterpart one tap away
        #expect(html.components(separatedBy: "<div class=\"pair\">").count - 1 == 3)
        #expect(html.components(separatedBy: "<details class=\"source\">").count - 1 == 3)
        #expect(html.contains("<div lang=\"th\"><h2 id=\"th-หัวข้อ\">หัวข้อ</h2>"))
        #expect(!html.contains("<section class=\"source-full\""))
        #expect(html.contains("<p class=\"source-title\" lang=\"th\">เวลาทำงาน</p>"))
    }

    @Test func mismatchedSectionsShowBothTextsInFullAndWarnNamingBothFiles() throws {
        let html = try site.page("km/work/hours/index.html")
        #expect(!html.contains("<div class=\"pair\">"))
        #expect(html.contains("<section class=\"source-full\""))
        let warning = report.diagnostics.first { $0.location?.path == "content/work/hours/km.md" }
        #expect(warning?.severity == .warning)
        #expect(warning?.message.contains("content/work/hours/th.md") == true)
    }

    @Test func missingTranslationShowsThaiTextWithNoticeInReadersLanguage() throws {
        let html = try site.page("lo/work/hours/index.html")
        #expect(html.contains("ໜ້ານີ້ຍັງບໍ່ທັນໄດ້ແປ"), "the notice comes from content/i18n/lo.yml")
        #expect(html.contains("<div class=\"body\"><div lang=\"th\"><p>บทนำสั้น ๆ</p>"))
        #expect(html.contains("<h1><span lang=\"th\">เวลาทำงาน</span></h1>"))
        for language in ["th", "my", "km", "en"] {
            #expect(html.contains("<a href=\"/\(language)/work/hours/\" lang=\"\(language)\" hreflang=\"\(language)\">"))
        }
        #expect(!html.contains("rel=\"alternate\" hreflang=\"lo\""), "no alternate for a language the article is not written in")
    }

    @Test func draftTranslationShowsNoticeAndReviewedDoesNot() throws {
        let draft = try site.page("en/work/hours/index.html")
        #expect(draft.contains("<p class=\"notice draft\" role=\"note\">This translation is a draft"))
        let reviewed = try site.page("my/work/hours/index.html")
        #expect(!reviewed.contains("notice draft"))
    }

    @Test func missingInterfaceStringFallsBackToThaiWithItsLangAndOneWarningPerLanguage() throws {
        let html = try site.page("km/work/hours/index.html")
        #expect(html.contains("<p class=\"notice draft\" role=\"note\"><span lang=\"th\">"))
        let warnings = report.diagnostics.filter { $0.message.contains("interface string(s) missing") }
        #expect(warnings.map { $0.location?.path } == ["content/i18n/km.yml", "content/i18n/lo.yml"])
        #expect(warnings.first?.message.hasSuffix("draft_notice, show_thai") == true)
    }

    @Test func headingIDsKeepWholeWordsInEveryScriptAndAreUnique() throws {
        let thai = try site.page("th/work/hours/index.html")
        #expect(thai.contains("<h2 id=\"หัวข้อ\">"))
        #expect(thai.contains("<h2 id=\"หัวข้อ-2\">"))
        #expect(thai.contains("<h3 id=\"main-2\">"), "a heading never takes an id the layout uses")
        #expect(try site.page("my/work/hours/index.html").contains("<h2 id=\"အလုပ်ချိန်\">"))
        #expect(try site.page("km/work/hours/index.html").contains("<h2 id=\"ម៉ោងធ្វើការ\">"))
        #expect(try site.page("lo/work/leave/index.html").contains("<h2 id=\"ຊົ່ວໂມງເຮັດວຽກ\">"))
    }

    @Test func scriptInTitleIsEscapedAndRawHTMLNeverReachesOutput() throws {
        let html = try site.page("th/work/safety/index.html")
        #expect(html.contains("<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; ความปลอดภัย</h1>"))
        for (path, data) in try Golden.tree(at: site.output) {
            // The scripts are the site's own, external: the page script that keeps pages offline, and the
            // search page's; no inline script.
            let text = String(decoding: data, as: UTF8.self).lowercased()
                .replacing(#/<script src="/assets/offline\.[0-9a-f]{8}\.js" defer></script>/#, with: "")
                .replacing(#/<script src="/assets/search\.[0-9a-f]{8}\.js" defer></script>/#, with: "")
            #expect(!text.contains("<script"), "\(path)")
            #expect(!text.contains("onerror"), "\(path)")
            #expect(!text.contains("javascript:"), "\(path)")
            #expect(!text.contains("<iframe"), "\(path)")
        }
    }

    @Test func sectionsListChildrenByWeightThenTitle() throws {
        let html = try site.page("th/work/index.html")
        let leave = try #require(html.range(of: "/th/work/leave/"))
        let hours = try #require(html.range(of: "/th/work/hours/"))
        let safety = try #require(html.range(of: "/th/work/safety/"))
        #expect(leave.lowerBound < hours.lowerBound && hours.lowerBound < safety.lowerBound)
    }

    @Test func languageHomeListsTwelveEntriesPerSectionAndLinksTheRest() throws {
        let big = try FixtureSite("bilingual")
        defer { big.remove() }
        for number in 1...13 {
            try big.write("---\ntitle: \"บทความ \(number)\"\nsummary: \"สรุป\"\nweight: \(100 + number)\n---\nข้อความ\n", to: "content/about/topic-\(number)/th.md")
        }
        #expect(big.build().succeeded)
        let home = try big.page("en/index.html")
        let about = try #require(home.range(of: "<a href=\"/en/about/\">"))
        let group = home[about.lowerBound...].prefix { _ in true }
        let listed = group.components(separatedBy: "<li><a href=\"/en/about/topic-").count - 1
        #expect(listed == 12)
        #expect(home.contains("<p class=\"more\"><a href=\"/en/about/\">See all</a></p>"))
        #expect(try big.page("en/about/index.html").components(separatedBy: "<li><a href=\"/en/about/topic-").count - 1 == 13)
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let first = try Golden.tree(at: site.output)
        let again = site.build()
        #expect(again.succeeded)
        #expect(try Golden.tree(at: site.output) == first)
    }
}
