import Foundation
import Testing

@testable import SitthiKit

/// The printable leaflets: every article in every language, with a QR code to the article online.
@Suite struct LeafletTests {
    @Test func leafletSetsTheReadersTextBesideTheThaiWithAQRCodeAndAnOfficeBox() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        #expect(site.build().succeeded)
        let html = try site.page("my/work/hours/leaflet.html")
        let columns = try #require(html.firstMatch(of: /<div class="leaflet-columns two" style="--reader:(\d+)fr;--source:(\d+)fr">/))
        #expect(Int(columns.1)! + Int(columns.2)! == 100)
        #expect(html.contains("<div class=\"source\" lang=\"th\"><p>บทนำสั้น ๆ</p>"))
        #expect(html.contains("<figure class=\"qr\"><svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("https://fixture.example/my/work/hours/"))
        #expect(html.contains("<div class=\"office-box\">"))
        #expect(try site.page("my/work/hours/index.html").contains("<a href=\"/my/work/hours/leaflet.html\">"))
        // Thai leaflets have the Thai text only.
        #expect(!(try site.page("th/work/hours/leaflet.html")).contains("leaflet-columns two"))
    }

    @Test func columnsShareTheWidthByTextLengthAndLongTextsGetSmallerType() {
        let thai = "<p>" + String(repeating: "ค", count: 1000) + "</p>"
        let burmese = "<p>" + String(repeating: "က", count: 1000) + "</p>"
        let even = LeafletLayout(readerHTML: burmese, readerLanguage: "my", sourceHTML: thai, sourceLanguage: "th")
        #expect(even.readerShare == 57, "Burmese runs 1.32 times as tall per character as Thai")
        #expect(even.typeScale == 100)
        let lopsided = LeafletLayout(
            readerHTML: "<p>" + String(repeating: "a", count: 5000) + "</p>", readerLanguage: "en",
            sourceHTML: thai, sourceLanguage: "th")
        #expect(lopsided.readerShare == 65, "no column narrower than 35%")
        let long = LeafletLayout(
            readerHTML: String(repeating: burmese, count: 5), readerLanguage: "my",
            sourceHTML: String(repeating: thai, count: 4), sourceLanguage: "th")
        // 6,600 + 4,000 characters against 9,000 for two pages: type at √(9000/10600) ≈ 0.92.
        #expect(long.typeScale == 92)
        let huge = LeafletLayout(readerHTML: String(repeating: burmese, count: 50), readerLanguage: "my", sourceHTML: nil, sourceLanguage: "th")
        #expect(huge.readerShare == 100)
        #expect(huge.typeScale == 85, "never below 85%")
        #expect(LeafletLayout.visibleCharacters("<p class=\"x\">a b</p>\n<td>c</td>") == 3)
    }

    @Test func leafletsCanBeTurnedOffInTheSettings() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let settings = site.root.appendingPathComponent("content/site.yml")
        try site.write(try String(contentsOf: settings, encoding: .utf8) + "leaflets: false\n", to: "content/site.yml")
        let report = site.build()
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("my/work/hours/leaflet.html").path))
        #expect(!(try site.page("my/work/hours/index.html")).contains("leaflet.html"))
    }

    @Test func qrCodeIsSquareWithAQuietZoneAndChangesWithItsText() throws {
        let a = try #require(QRCode.svg(for: "https://example.org/my/work/wages/", label: "scan"))
        let b = try #require(QRCode.svg(for: "https://example.org/km/work/wages/", label: "scan"))
        #expect(a != b)
        // Version 3 (29 modules) for this length at level M, plus 4 modules of quiet zone on each side.
        #expect(a.contains("viewBox=\"0 0 37 37\""))
        #expect(a.contains("aria-label=\"scan\""))
    }
}
