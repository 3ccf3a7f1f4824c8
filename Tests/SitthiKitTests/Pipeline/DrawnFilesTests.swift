import Foundation
import Testing

@testable import SitthiKit

/// The drawn files of a site: a leaflet PDF and a share picture for every article and language, a picture
/// for each language's other pages, the pages pointing at them, the settings that turn them off, and
/// the cache that keeps a rebuild from drawing what did not change.
@Suite final class DrawnFilesTests {
    let site: FixtureSite

    init() throws { site = try FixtureSite("bilingual") }

    deinit { site.remove() }

    static let languages = ["th", "my", "km", "lo", "en"]
    static let articles = ["work/hours", "work/leave", "work/safety"]

    func bytes(_ path: String) throws -> [UInt8] { try [UInt8](Data(contentsOf: site.output.appendingPathComponent(path))) }

    func settings(adding line: String) throws {
        let settings = site.root.appendingPathComponent("content/site.yml")
        try site.write(try String(contentsOf: settings, encoding: .utf8) + line + "\n", to: "content/site.yml")
    }

    @Test func everyArticleAndLanguageGetsAPDFAndAPicture() throws {
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnosticsText)")
        for language in Self.languages {
            for article in Self.articles {
                let pdf = try bytes("\(language)/\(article)/leaflet.pdf")
                #expect(pdf.starts(with: Array("%PDF-".utf8)))
                #expect(String(decoding: pdf, as: UTF8.self).contains("/Lang (\(language))"))
                #expect(Drawer.pageCount(ofPDF: pdf).map { (1...2).contains($0) } == true)
                let picture = try bytes("\(language)/\(article)/share.png")
                #expect(AssetNames.pngSize(picture).map { [$0.width, $0.height] } == [1200, 630])
                #expect(picture.count < 100_000)
            }
            #expect(AssetNames.pngSize(try bytes("\(language)/share.png")).map { [$0.width, $0.height] } == [1200, 630])
        }
        let summary = try #require(report.drawings)
        #expect(summary.pdfs == 15 && summary.drawnPDFs == 15)
        #expect(summary.pictures == 20 && summary.drawnPictures == 20)
    }

    @Test func articlesPointToTheirOwnPictureAndOtherPagesToTheLanguages() throws {
        #expect(site.build().succeeded)
        let article = try site.page("km/work/hours/index.html")
        #expect(article.contains("<meta property=\"og:image\" content=\"https://fixture.example/km/work/hours/share.png\">"))
        #expect(article.contains("<meta property=\"og:image:width\" content=\"1200\">"))
        #expect(article.contains("<meta property=\"og:image:height\" content=\"630\">"))
        #expect(article.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
        #expect(try site.page("km/work/hours/leaflet.html").contains("content=\"https://fixture.example/km/work/hours/share.png\""))
        #expect(try site.page("km/work/index.html").contains("<meta property=\"og:image\" content=\"https://fixture.example/km/share.png\">"))
        #expect(try site.page("my/offices/index.html").contains("content=\"https://fixture.example/my/share.png\""))
    }

    @Test func articlesLinkToTheirLeafletAndItsPDFAndTheLeafletToItsPDF() throws {
        #expect(site.build().succeeded)
        let article = try site.page("my/work/hours/index.html")
        #expect(article.contains("<a href=\"/my/work/hours/leaflet.html\">"))
        #expect(article.contains("<a href=\"/my/work/hours/leaflet.pdf\" type=\"application/pdf\" download>"))
        #expect(try site.page("my/work/hours/leaflet.html").contains("<a href=\"/my/work/hours/leaflet.pdf\" type=\"application/pdf\" download>"))
        #expect(!(try site.page("sitemap.xml")).contains("leaflet.pdf"), "the sitemap lists pages, not their PDFs")
    }

    @Test func pdfsAndPicturesCanBeTurnedOff() throws {
        try settings(adding: "leaflet_pdfs: false\nshare_images: false")
        let report = site.build()
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("my/work/hours/leaflet.pdf").path))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("my/work/hours/share.png").path))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("my/share.png").path))
        let html = try site.page("my/work/hours/index.html")
        #expect(!html.contains("leaflet.pdf") && !html.contains("og:image"))
        #expect(html.contains("<meta name=\"twitter:card\" content=\"summary\">"))
        #expect(html.contains("leaflet.html"), "the HTML leaflet stays")
        #expect(report.drawings?.line == nil)
    }

    @Test func noLeafletsMeansNoPDFsEither() throws {
        try settings(adding: "leaflets: false")
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("my/work/hours/leaflet.pdf").path))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("my/work/hours/share.png").path))
    }

    @Test func aSettingThatIsNotTrueOrFalseIsAnError() throws {
        try settings(adding: "share_images: sometimes")
        let report = site.check()
        #expect(report.diagnostics.contains { $0.severity == .error && $0.message == "`share_images` must be true or false" })
    }

    @Test func aRebuildDrawsOnlyWhatChangedAndTheCacheKeepsOneBuildsDrawings() throws {
        let first = site.build()
        let pdf = try bytes("my/work/hours/leaflet.pdf")
        let again = site.build()
        #expect(again.drawings?.drawnPDFs == 0 && again.drawings?.drawnPictures == 0)
        #expect(try bytes("my/work/hours/leaflet.pdf") == pdf)
        #expect(first.drawings?.pdfs == again.drawings?.pdfs)

        let path = "content/work/hours/my.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(text.replacingOccurrences(of: "မြန်မာစာ", with: "ပြင်ဆင်ပြီး"), to: path)
        let edited = site.build()
        #expect(edited.drawings?.drawnPDFs == 1, "only the Burmese leaflet shows that text")
        #expect(edited.drawings?.drawnPictures == 0, "the title did not change")
        #expect(try bytes("my/work/hours/leaflet.pdf") != pdf)
        let cache = site.root.appendingPathComponent(".sitthi-cache/drawings")
        let kept = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        #expect(kept.count == 15 + 20, "the drawing of the old text is gone from the cache")
    }

    @Test func filesInTheDrawingCacheFolderThatSitthiDidNotNameAreNeverRemoved() throws {
        let cache = site.root.appendingPathComponent(".sitthi-cache/\(DrawingCache.folderName)")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let hash = String(repeating: "0a", count: 32)
        let foreign = [
            "notes.txt", "photo.png", "leaflet.pdf", String(repeating: "A", count: 64) + ".pdf", hash + ".gz", hash + ".png.bak",
            "." + hash + ".pdf.\(getpid()).partial",
        ]
        for name in foreign { try Data("keep me".utf8).write(to: cache.appendingPathComponent(name)) }
        try FileManager.default.createDirectory(at: cache.appendingPathComponent(hash + ".png"), withIntermediateDirectories: false)
        // The partial file of a build that is gone (no process has this number): removed.
        let leftOver = "." + hash + ".png.999999999.partial"
        try Data("cut".utf8).write(to: cache.appendingPathComponent(leftOver))

        #expect(site.build().succeeded)
        #expect(site.build().succeeded)
        for name in foreign {
            #expect(try String(contentsOf: cache.appendingPathComponent(name), encoding: .utf8) == "keep me", "\(name)")
        }
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent(hash + ".png").path), "a folder is never removed")
        #expect(!FileManager.default.fileExists(atPath: cache.appendingPathComponent(leftOver).path))
        let drawings = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter(DrawingCache.isDrawingName)
        #expect(drawings.count == 15 + 20 + 1, "the build's drawings, and the folder named like one")

        #expect(DrawingCache.isDrawingName(hash + ".pdf") && DrawingCache.isDrawingName(hash + ".png"))
        #expect(!DrawingCache.isDrawingName(hash + ".zip") && !DrawingCache.isDrawingName(hash.uppercased() + ".pdf"))
        #expect(!DrawingCache.isDrawingName(String(hash.dropLast()) + ".pdf"))
        #expect(DrawingCache.partialFileOwner("." + hash + ".pdf.42.partial") == 42)
        #expect(DrawingCache.partialFileOwner("." + hash + ".pdf.-1.partial") == nil)
        #expect(DrawingCache.partialFileOwner(".notes.txt.42.partial") == nil)
    }

    /// Builds the site into its own output and cache with a worker command, and gives back the output.
    func build(into name: String, worker: [String]?) throws -> [String: Data] {
        let output = site.root.appendingPathComponent(name)
        let report = Pipeline(
            root: site.root.path, output: output.path, cache: site.root.appendingPathComponent(".cache-\(name)").path, today: FixtureSite.today,
            drawingWorker: worker
        ).build()
        #expect(report.succeeded, "\(report.diagnosticsText)")
        #expect(report.drawings?.drawnPDFs == 15 && report.drawings?.drawnPictures == 20, "every drawing is drawn, by the build if not by a worker")
        return try Golden.tree(at: output)
    }

    @Test(
        arguments: [
            "exit 3",
            // Reads its first job, then answers with a cut header and stops.
            "head -c 64 >/dev/null; printf '\\001\\000\\000'",
            // Answers that it failed, then stops before the next answer is whole.
            "head -c 64 >/dev/null; printf '\\000\\377\\377\\377\\377\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\001'",
        ])
    func aWorkerThatStopsLeavesTheSiteWholeAndNothingHalfWritten(_ script: String) throws {
        let alone = try build(into: "alone", worker: nil)
        let withWorker = try build(into: "with-worker", worker: ["/bin/sh", "-c", script])
        #expect(withWorker.keys.sorted() == alone.keys.sorted(), "no file more or less, nothing partial")
        for (path, bytes) in alone where path.hasSuffix(".pdf") || path.hasSuffix(".png") {
            #expect(withWorker[path] == bytes, "\(path) is drawn whole by the build")
        }
    }

    @Test func checkDrawsNothing() throws {
        let report = site.check()
        #expect(report.succeeded)
        #expect(report.drawings == nil)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".sitthi-cache/drawings").path))
    }
}
