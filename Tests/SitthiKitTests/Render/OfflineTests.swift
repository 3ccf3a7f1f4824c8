import Foundation
import Testing

@testable import SitthiKit

/// What makes the site installable and readable offline: each language's web app manifest, the icons,
/// the service worker's settings and size, the offline page, and `offline_pages` in site.yml.
@Suite final class OfflineTests {
    let site: FixtureSite

    init() throws {
        site = try FixtureSite("bilingual")
        try addOfflinePages("  - work/hours\n")
    }

    deinit { site.remove() }

    func addOfflinePages(_ items: String) throws {
        let settings = try String(contentsOf: site.root.appendingPathComponent(SiteConfig.path), encoding: .utf8)
        try site.write(settings + "offline_pages:\n" + items, to: SiteConfig.path)
    }

    func json(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(site.page(path).utf8)) as? [String: Any])
    }

    /// The settings line of `/sw.js`.
    func serviceWorkerSettings() throws -> [String: Any] {
        let script = try site.page(Router.serviceWorkerPath)
        let line = try #require(script.split(separator: "\n").first { $0.hasPrefix("const SITE = ") })
        let object = line.dropFirst("const SITE = ".count).dropLast()
        return try #require(try JSONSerialization.jsonObject(with: Data(object.utf8)) as? [String: Any])
    }

    @Test func everyLanguageHasAManifestLinkedFromItsPages() throws {
        #expect(site.build().succeeded)
        for code in ["th", "my", "km", "lo", "en"] {
            let manifest = try json("\(code)/manifest.webmanifest")
            #expect(manifest["lang"] as? String == code)
            #expect(manifest["dir"] as? String == "ltr")
            #expect(manifest["start_url"] as? String == "/\(code)/" && manifest["scope"] as? String == "/\(code)/")
            #expect(manifest["display"] as? String == "standalone")
            #expect(manifest["theme_color"] as? String == "#0b5cad", "the style sheet's --accent")
            #expect(manifest["background_color"] as? String == "#fff", "the style sheet's --paper")
            let icons = try #require(manifest["icons"] as? [[String: String]])
            #expect(Set(icons.map { "\($0["sizes"]!) \($0["purpose"]!)" }) == ["192x192 any", "512x512 any", "512x512 maskable"])
            for icon in icons {
                let file = site.output.appendingPathComponent(String(icon["src"]!.dropFirst()))
                let size = try #require(AssetNames.pngSize([UInt8](Data(contentsOf: file))))
                #expect("\(size.width)x\(size.height)" == icon["sizes"], "\(icon["src"]!) is as large as the manifest says")
            }
            let page = try site.page("\(code)/work/hours/index.html")
            #expect(page.contains("<link rel=\"manifest\" href=\"/\(code)/manifest.webmanifest\">"))
            #expect(page.contains("<meta name=\"theme-color\" content=\"#0b5cad\">"))
        }
        #expect(try json("my/manifest.webmanifest")["name"] as? String == "အလုပ်သမားအခွင့်အရေး", "from the interface strings")
        #expect(try json("en/manifest.webmanifest")["short_name"] as? String == "Sitthi")
    }

    @Test func theIconsAreThereWithoutAsking() throws {
        #expect(site.build().succeeded)
        let favicon = try Data(contentsOf: site.output.appendingPathComponent("favicon.ico"))
        #expect(favicon.prefix(4) == Data([0, 0, 1, 0]), "an ICO file")
        #expect(favicon == (try Data(contentsOf: site.root.appendingPathComponent(AssetFile.faviconPath))))
        let page = try site.page("th/index.html")
        let touch = try #require(page.firstMatch(of: #/<link rel="apple-touch-icon" href="/(assets/icons/apple-touch-icon\.[0-9a-f]{8}\.png)">/#))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(String(touch.1)).path))
        #expect(page.contains("<link rel=\"icon\" href=\"/favicon.ico\""))
    }

    @Test func theServiceWorkerKnowsEachLanguagesKeptPagesAndStaysSmall() throws {
        #expect(site.build().succeeded)
        let settings = try serviceWorkerSettings()
        let pages = try #require(settings["pages"] as? [String: [String]])
        #expect(pages["my"] == ["/my/", "/my/offices/", "/my/work/hours/", "/my/offline/"])
        #expect((settings["offline"] as? [String: String])?["lo"] == "/lo/offline/")
        #expect(settings["fallback"] as? String == "th")
        let assets = try #require(settings["assets"] as? [String])
        #expect(assets.contains { $0.hasPrefix("/assets/fonts/noto-sans-myanmar-burmese.") }, "the Burmese font the style sheet names")
        #expect(assets.contains { $0.hasPrefix("/assets/offline.") && $0.hasSuffix(".js") }, "the page script")
        for asset in assets { #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(String(asset.dropFirst())).path), "\(asset)") }
        let script = [UInt8](try site.page(Router.serviceWorkerPath).utf8)
        let gzipped = try #require(Gzip.compress(script)).count
        #expect(gzipped <= 4096, "the service worker is \(gzipped) bytes gzipped")
    }

    @Test func theBuildIDChangesWithTheContentAndOnlyThen() throws {
        #expect(site.build().succeeded)
        let first = try #require(try serviceWorkerSettings()["build"] as? String)
        #expect(site.build().succeeded)
        #expect(try serviceWorkerSettings()["build"] as? String == first, "the same input, the same id")
        let path = "content/work/hours/my.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(text + "\nอีกหนึ่งย่อหน้า\n", to: path)
        #expect(site.build().succeeded)
        let second = try #require(try serviceWorkerSettings()["build"] as? String)
        #expect(second != first && second.count == 16)
    }

    @Test func theOfflinePageListsTheKeptPagesAndTheHotlinesInTheReadersLanguage() throws {
        #expect(site.build().succeeded)
        let page = try site.page("km/offline/index.html")
        #expect(page.contains("<html lang=\"km\">"))
        #expect(page.contains("<h1>ពេលគ្មានអ៊ីនធឺណិត</h1>"))
        for href in ["/km/", "/km/offices/", "/km/work/hours/"] { #expect(page.contains("<li><a href=\"\(href)\">"), "\(href)") }
        #expect(page.contains("tel:1546"), "the hotlines")
        #expect(page.contains("<div id=\"offline-saved\" hidden>"), "the list of other saved pages waits for the script")
        #expect(!(try site.page("sitemap.xml")).contains("/offline/"), "not for search engines")
    }

    @Test func offlinePagesThatAreNotContentAreErrorsAtTheirLine() throws {
        let settings = try String(contentsOf: site.root.appendingPathComponent(SiteConfig.path), encoding: .utf8)
        try site.write(settings + "  - work/nothing-here\n", to: SiteConfig.path)
        let report = site.build()
        #expect(!report.succeeded)
        let line = try #require((settings + "  - work/nothing-here\n").split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("work/nothing-here") }) + 1
        #expect(
            report.diagnostics.map(\.description).contains(
                "content/site.yml:\(line):5: error: `work/nothing-here` in `offline_pages` is not an article or section: name a folder under content/, such as `help/how-to-complain`"
            ))
    }

    @Test func aContentFolderNamedOfflineIsRefused() throws {
        try site.write("---\ntitle: \"ออฟไลน์\"\nsummary: \"x\"\n---\nข้อความ\n", to: "content/offline/_index.th.md")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.location?.path == "content/offline/_index.th.md" && $0.message.contains("/<lang>/offline/") })
    }

    @Test func languagesWrittenRightToLeftSayHowInTheirManifest() {
        #expect(Language(code: "ar", name: "", englishName: "", locale: "ar_EG", siteTitle: "").direction == "rtl")
        #expect(Language(code: "ur-PK", name: "", englishName: "", locale: "ur_PK", siteTitle: "").direction == "rtl")
        #expect(Language(code: "my", name: "", englishName: "", locale: "my_MM", siteTitle: "").direction == "ltr")
    }
}
