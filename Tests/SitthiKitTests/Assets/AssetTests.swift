import Foundation
import Testing

@testable import SitthiKit

/// `templates/assets/` (the Burmese web font, the share pictures): copied unchanged, named in the pages.
@Suite final class AssetTests {
    let site: FixtureSite

    init() throws { site = try FixtureSite("bilingual") }

    deinit { site.remove() }

    @Test func everyAssetIsCopiedByteForByte() throws {
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnosticsText)")
        let source = site.root.appendingPathComponent("templates/assets")
        let files = try Golden.tree(at: source)
        #expect(files.keys.contains("fonts/noto-sans-myanmar-burmese.woff2"))
        #expect(files.keys.contains("fonts/OFL.txt"), "the font's licence travels with it")
        for (path, bytes) in files {
            let published = Router.assetPath("assets/\(path)", contentHash: ContentHash.hex([UInt8](bytes)))
            let copied = try Data(contentsOf: site.output.appendingPathComponent(published))
            #expect(copied == bytes, "\(published)")
            #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/\(path)").path), "only the hashed name")
        }
    }

    @Test func assetNamesCarryTheirContentHashBeforeTheExtension() {
        #expect(Router.assetPath("assets/fonts/x.woff2", contentHash: "3f2a9c1bdeadbeef") == "assets/fonts/x.3f2a9c1b.woff2")
        #expect(Router.assetPath("assets/a.b/LICENSE", contentHash: "0123456789") == "assets/a.b/LICENSE.01234567")
        #expect(Router.assetPath("assets/icons/icon.min.svg", contentHash: "abcdef0123") == "assets/icons/icon.min.abcdef01.svg")
        let one = AssetFile(path: "templates/assets/x.css", bytes: Array("a".utf8))
        let other = AssetFile(path: "templates/assets/x.css", bytes: Array("b".utf8))
        #expect(one.outputPath != other.outputPath, "a changed file gets a new address")
        #expect(one.outputPath == AssetFile(path: "templates/assets/x.css", bytes: Array("a".utf8)).outputPath)
    }

    @Test func theStyleSheetAndTemplatesNameAssetsByPlainPathAndPagesGetTheHashedOne() throws {
        _ = site.build()
        let font = try #require(try Golden.tree(at: site.output.appendingPathComponent("assets/fonts")).keys.first { $0.hasSuffix(".woff2") })
        #expect(font.range(of: #"^noto-sans-myanmar-burmese\.[0-9a-f]{8}\.woff2$"#, options: .regularExpression) != nil, "\(font)")
        let html = try site.page("my/index.html")
        #expect(html.contains("url(/assets/fonts/\(font))"))
        #expect(!html.contains("/assets/fonts/noto-sans-myanmar-burmese.woff2"))
    }

    @Test func aTemplateNamingAnAssetThatDoesNotExistIsAnErrorAtTheReference() throws {
        let path = "templates/not-found.mustache"
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write("<p>\n  <img src=\"/assets/share/xx.png\" alt=\"\">\n" + text, to: path)
        let report = site.build()
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.map(\.description).contains(
                "templates/not-found.mustache:2:13: error: `/assets/share/xx.png` is not a file in templates/assets/: name an asset by its path there"))
    }

    @Test func rewritingKeepsEverythingButTheReferences() {
        let names = AssetNames([AssetFile(path: "templates/assets/a/b.css", bytes: [1, 2, 3])])
        let hashed = Router.assetPath("assets/a/b.css", contentHash: ContentHash.hex([1, 2, 3]))
        let text = "x url(/assets/a/b.css) \"/assets/a/b.css?v=1\" /assets/ /assets/a/b.cssx ก/assets/a/b.css"
        let rewritten = names.rewrite(SourceText(path: "templates/x.css", text: text), diagnostics: nil).text
        #expect(rewritten == "x url(/\(hashed)) \"/\(hashed)?v=1\" /assets/ /assets/a/b.cssx ก/\(hashed)")
    }

    @Test func pagesNameTheSharePictureOfTheirLanguageWithItsSize() throws {
        _ = site.build()
        let html = try site.page("km/work/hours/index.html")
        #expect(html.range(of: #"<meta property="og:image" content="https://fixture.example/assets/share/km\.[0-9a-f]{8}\.png">"#, options: .regularExpression) != nil)
        #expect(html.contains("<meta property=\"og:image:width\" content=\"1200\">"))
        #expect(html.contains("<meta property=\"og:image:height\" content=\"630\">"))
        #expect(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
    }

    @Test func aLanguageWithoutPictureBorrowsTheSourcePictureWithAWarning() throws {
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/assets/share/lo.png"))
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("no share image templates/assets/share/lo.png") })
        #expect(try site.page("lo/index.html").range(of: #"content="https://fixture.example/assets/share/th\.[0-9a-f]{8}\.png""#, options: .regularExpression) != nil)
    }

    @Test func aSiteWithoutPicturesHasNoImageTagAndNoWarning() throws {
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/assets/share"))
        let report = site.build()
        #expect(!report.diagnostics.contains { $0.message.contains("share image") })
        let html = try site.page("my/index.html")
        #expect(!html.contains("og:image"))
        #expect(html.contains("<meta name=\"twitter:card\" content=\"summary\">"))
    }

    @Test func aSharePictureThatIsNotPNGIsAnErrorAndWrongSizeAWarning() throws {
        try site.write("<svg/>", to: "templates/assets/share/my.png")
        var report = site.check()
        #expect(report.diagnostics.contains { $0.severity == .error && $0.location?.path == "templates/assets/share/my.png" && $0.message.hasPrefix("not a PNG file") })

        // A PNG header declaring 600×315.
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        png += [0, 0, 0x02, 0x58, 0, 0, 0x01, 0x3B, 8, 6, 0, 0, 0]
        try Data(png).write(to: site.root.appendingPathComponent("templates/assets/share/my.png"))
        report = site.check()
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("share image is 600×315") })
        #expect(ShareImage.pngSize(png)! == (600, 315))
    }
}
