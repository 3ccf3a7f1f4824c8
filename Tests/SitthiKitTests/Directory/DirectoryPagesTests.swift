import Foundation
import Testing

@testable import SitthiKit

/// The office directory of the `bilingual` fixture (its CSV files have a byte-order mark and CRLF line
/// ends, as a spreadsheet program saves them).
@Suite final class DirectoryPagesTests {
    let site: FixtureSite
    let report: BuildReport

    init() throws {
        site = try FixtureSite("bilingual")
        report = site.build()
    }

    deinit { site.remove() }

    @Test func everyLanguageHasTheIndexAndAPagePerProvince() throws {
        #expect(report.succeeded, "\(report.diagnosticsText)")
        for language in ["th", "my", "km", "lo", "en"] {
            for path in ["offices/", "offices/bangkok/", "offices/chiang-mai/", "offices/tak/"] {
                #expect(try site.page("\(language)/\(path)index.html").contains("<html lang=\"\(language)\">"))
            }
        }
    }

    @Test func phonesAreTelLinksInInternationalFormShownAsWrittenInThailand() throws {
        let html = try site.page("en/offices/chiang-mai/index.html")
        #expect(html.contains("<a class=\"tel\" href=\"tel:+6653000001\">053 000 001</a>"))
        #expect(html.contains("<a class=\"tel\" href=\"tel:+66800000001\">080 000 0001</a>"))
        #expect(try site.page("en/offices/index.html").contains("<a class=\"tel\" href=\"tel:1546\">1546</a>"))
    }

    @Test func officeWithoutPhoneSaysSoInTheReadersLanguageAndOffers1546() throws {
        let html = try site.page("lo/offices/tak/index.html")
        let lao = try #require(
            try String(contentsOf: site.root.appendingPathComponent("content/i18n/lo.yml"), encoding: .utf8)
                .split(separator: "\n").first { $0.hasPrefix("no_phone:") })
        let notice = String(lao.dropFirst("no_phone: \"".count).dropLast())
        #expect(html.contains("<p class=\"notice\">\(notice) <a class=\"tel\" href=\"tel:1546\">1546</a></p>"))
    }

    @Test func namesAreInTheReadersLanguageWithTheThaiNameBeside() throws {
        let burmese = try site.page("my/offices/chiang-mai/index.html")
        #expect(burmese.contains("<span class=\"name\">ရုံး ချင်းမိုင်</span> <span class=\"name-thai\" lang=\"th\">สำนักงานจังหวัดเชียงใหม่ (ทดสอบ)</span>"))
        // No Khmer name in the file: the Thai name stands in, tagged as Thai.
        let khmer = try site.page("km/offices/chiang-mai/index.html")
        #expect(khmer.contains("<span class=\"name\"><span lang=\"th\">สำนักงานจังหวัดเชียงใหม่ (ทดสอบ)</span></span>"))
    }

    @Test func checkedOverAYearAgoSaysWhenAndRecentDoesNot() throws {
        let index = try site.page("en/offices/bangkok/index.html")
        #expect(index.contains("Last checked: 2026-06</p>"), "checked within the year: no notice")
        let hotlinePage = try site.page("en/offices/chiang-mai/index.html")
        #expect(hotlinePage.contains("Last checked: 2026-11-01</p>"))
        let warning = report.diagnostics.first { $0.message.contains("more than 12 months") }
        #expect(
            warning?.description == "content/offices/offices.csv:1:1: warning: 1 office(s) were last checked more than 12 months before 2026-11-26 (lines 2); their pages say so")
    }

    @Test func everyOfficeHasAContactCardLinkedFromItsPage() throws {
        let html = try site.page("th/offices/bangkok/index.html")
        for id in ["central-office", "bkk-area-01"] {
            #expect(html.contains("href=\"/offices/\(id).vcf\""))
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("offices/\(id).vcf").path))
        }
        let assets = try Golden.tree(at: site.root.appendingPathComponent("templates/assets")).count
        #expect(
            report.fileCount - report.pageCount == 5 + 2 + 5 + assets + 5 + 3 + 5 * 3 + 15 + 20,
            "5 cards, sitemap and robots.txt, a feed per language, the assets, a manifest per language, _headers, sw.js, favicon.ico, a search index of three files (meta, one pair piece, one text piece) per language, and a leaflet PDF and a share picture per article and language and a share picture per language"
        )
    }

    @Test func addressLinksToAMapSearchByPlainLink() throws {
        let html = try site.page("en/offices/bangkok/index.html")
        #expect(html.contains("<a href=\"https://www.openstreetmap.org/search?query=%E0%B9%80%E0%B8%A5%E0%B8%82"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("<script>"), "no inline script (the page script is external)")
    }

    @Test func everyProvincePageShowsItsMinimumWageBesideTheThai() throws {
        let english = try site.page("en/offices/chiang-mai/index.html")
        #expect(
            english.contains(
                "<p>Minimum wage in the other districts of this province: 357 baht a day since January 1, 2025, Wage Committee Notification No. 13<br><span class=\"beside-thai\" lang=\"th\">ค่าจ้างขั้นต่ำในอำเภออื่นของจังหวัดนี้: 357 บาทต่อวัน ตั้งแต่ 1 มกราคม 2568 ตามประกาศคณะกรรมการค่าจ้าง ฉบับที่ 13</span></p>"
            ))
        #expect(english.contains("<p>Minimum wage in Mueang Chiang Mai district: 380 baht a day since January 1, 2025"))
        #expect(english.contains("check with hotline <a class=\"tel\" href=\"tel:1546\">1546</a>."))
        // Bangkok's rate is the later of its two rows: Notification No. 14 from 1 July 2025.
        let thai = try site.page("th/offices/bangkok/index.html")
        #expect(thai.contains("<p>ค่าจ้างขั้นต่ำที่นี่: 400 บาทต่อวัน ตั้งแต่ 1 กรกฎาคม 2568 ตามประกาศคณะกรรมการค่าจ้าง ฉบับที่ 14</p>"))
        #expect(!thai.contains("class=\"beside-thai\""), "a Thai page shows the Thai once")
        let burmese = try site.page("my/offices/chiang-mai/index.html")
        #expect(burmese.contains("<span lang=\"th\">อำเภอเมืองเชียงใหม่</span>"), "district names are Thai on Burmese pages, tagged")
        for language in ["th", "my", "km", "lo", "en"] {
            #expect(try site.page("\(language)/offices/tak/index.html").contains("<section class=\"minimum-wage\""))
        }
    }

    @Test func bangkokAreaOfficeListsItsDistricts() throws {
        #expect(try site.page("th/offices/bangkok/index.html").contains("<span lang=\"th\">เขตดินแดง, เขตห้วยขวาง</span>"))
    }
}

/// A directory spreadsheet with one of each mistake: every problem at its line and field, in one run.
@Suite struct BrokenDirectoryTests {
    @Test func everyRowProblemIsReportedAtItsLineAndField() throws {
        let site = try FixtureSite("broken-directory")
        defer { site.remove() }
        let report = site.build()
        #expect(!report.succeeded)
        try Golden.expectSame(Golden.compareText(report.diagnosticsText, golden: "broken-directory.diagnostics.txt"))
        let check = site.check()
        try Golden.expectSame(Golden.compareText(DiagnosticPrinter.githubLines(check.diagnostics).joined(separator: "\n") + "\n", golden: "broken-directory.check.github.txt"))
        try Golden.expectSame(Golden.compareText(DiagnosticPrinter.json(check) + "\n", golden: "broken-directory.check.json"))
    }
}
