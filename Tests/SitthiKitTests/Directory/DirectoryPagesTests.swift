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
        #expect(report.fileCount - report.pageCount == 5 + 2 + 5 + assets, "5 cards, sitemap and robots.txt, a feed per language, the assets")
    }

    @Test func addressLinksToAMapSearchByPlainLink() throws {
        let html = try site.page("en/offices/bangkok/index.html")
        #expect(html.contains("<a href=\"https://www.openstreetmap.org/search?query=%E0%B9%80%E0%B8%A5%E0%B8%82"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("<script"))
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
