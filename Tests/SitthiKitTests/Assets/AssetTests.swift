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
            let copied = try Data(contentsOf: site.output.appendingPathComponent("assets/\(path)"))
            #expect(copied == bytes, "assets/\(path)")
        }
    }

    @Test func pagesNameTheSharePictureOfTheirLanguageWithItsSize() throws {
        _ = site.build()
        let html = try site.page("km/work/hours/index.html")
        #expect(html.contains("<meta property=\"og:image\" content=\"https://fixture.example/assets/share/km.png\">"))
        #expect(html.contains("<meta property=\"og:image:width\" content=\"1200\">"))
        #expect(html.contains("<meta property=\"og:image:height\" content=\"630\">"))
        #expect(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
    }

    @Test func aLanguageWithoutPictureBorrowsTheSourcePictureWithAWarning() throws {
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/assets/share/lo.png"))
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("no share image templates/assets/share/lo.png") })
        #expect(try site.page("lo/index.html").contains("content=\"https://fixture.example/assets/share/th.png\""))
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
