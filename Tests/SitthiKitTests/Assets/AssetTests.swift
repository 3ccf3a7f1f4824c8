import Foundation
import Testing

@testable import SitthiKit

/// `templates/assets/` (the Burmese web font and its licence): copied unchanged.
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
}
