import Foundation
import Testing
@testable import SitthiKit

/// The printable leaflets: every article in every language, with a QR code to the article online.
@Suite struct LeafletTests {
    @Test func leafletSetsTheReadersTextBesideTheThaiWithAQRCodeAndAnOfficeBox() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        #expect(site.build().succeeded)
        let html = try site.page("my/work/hours/leaflet/index.html")
        #expect(html.contains("<div class=\"leaflet-columns two\">"))
        #expect(html.contains("<div class=\"source\" lang=\"th\"><p>บทนำสั้น ๆ</p>"))
        #expect(html.contains("<figure class=\"qr\"><svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("https://fixture.example/my/work/hours/"))
        #expect(html.contains("<div class=\"office-box\">"))
        #expect(try site.page("my/work/hours/index.html").contains("<a href=\"/my/work/hours/leaflet/\">"))
        // Thai leaflets have the Thai text only.
        #expect(!(try site.page("th/work/hours/leaflet/index.html")).contains("leaflet-columns two"))
    }

    @Test func leafletsCanBeTurnedOffInTheSettings() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let settings = site.root.appendingPathComponent("content/site.yml")
        try site.write(try String(contentsOf: settings, encoding: .utf8) + "leaflets: false\n", to: "content/site.yml")
        let report = site.build()
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("my/work/hours/leaflet").path))
        #expect(!(try site.page("my/work/hours/index.html")).contains("leaflet/"))
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
