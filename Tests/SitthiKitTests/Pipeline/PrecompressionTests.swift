import Foundation
import Testing

@testable import SitthiKit

/// The compressed copies beside the site's text files: smaller than the file or not written, made
/// once per content and then taken from the cache, gone when `compress: false`, and kept in step by
/// `serve`'s rebuilds. (That each copy decompresses to its file is checked in Tests/e2e/test_compression.py
/// with Python's gzip and brotli.)
@Suite final class PrecompressionTests {
    let site: FixtureSite

    init() throws {
        site = try FixtureSite("bilingual")
        try setCompress(true)
    }

    deinit { site.remove() }

    func setCompress(_ on: Bool) throws {
        let settings = try String(contentsOf: site.root.appendingPathComponent(SiteConfig.path), encoding: .utf8)
        let changed = settings.replacingOccurrences(of: "compress: \(!on)", with: "compress: \(on)")
        #expect(changed.contains("compress: \(on)"))
        try site.write(changed, to: SiteConfig.path)
    }

    /// Every file of the output, relative path → bytes.
    func files() throws -> [String: Data] { try Golden.tree(at: site.output) }

    /// The uncompressed size a gzip member records in its last four bytes (little-endian).
    func gzipOriginalSize(_ data: Data) -> Int {
        let bytes = [UInt8](data.suffix(4))
        return bytes.enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
    }

    @Test func everyTextFileGetsSmallerCopiesAndOtherFilesNone() throws {
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnosticsText)")
        let output = try files()
        var withCopies = 0
        for (path, data) in output where !path.hasSuffix(".gz") && !path.hasSuffix(".br") {
            let gzip = output[path + ".gz"]
            let brotli = output[path + ".br"]
            guard ContentEncoding.isCompressible(path) else {
                #expect(gzip == nil && brotli == nil, "\(path) is not text and gets no compressed copy")
                continue
            }
            if path.hasSuffix(".html") { #expect(gzip != nil && brotli != nil, "every page has both copies: \(path)") }
            if let gzip {
                #expect(gzip.count < data.count, "\(path).gz is smaller than the file")
                #expect(gzip.prefix(3) == Data([0x1f, 0x8b, 0x08]), "\(path).gz is a gzip member (deflate)")
                #expect(gzipOriginalSize(gzip) == data.count, "\(path).gz holds the file's length")
            }
            if let brotli { #expect(brotli.count < data.count, "\(path).br is smaller than the file") }
            if gzip != nil || brotli != nil { withCopies += 1 }
        }
        let tally = try #require(report.precompression)
        #expect(tally.files == withCopies && withCopies > 50)
        #expect(tally.compressedAnew == tally.files, "the first build compresses everything")
        #expect(tally.brotliBytes < tally.gzipBytes && tally.gzipBytes < tally.originalBytes)
        #expect(output.keys.filter { $0.hasSuffix(".br") }.count >= output.keys.filter { $0.hasSuffix(".html") }.count)
    }

    @Test func anUnchangedFileIsNotCompressedAgainAndTheCacheKeepsOnlyWhatIsUsed() throws {
        let first = site.build()
        let firstFiles = try files()
        let cache = site.root.appendingPathComponent(".sitthi-cache/\(Precompressor.cacheFolderName)").path
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache).count
        let textFiles = firstFiles.keys.filter { ContentEncoding.isCompressible($0) }.count
        #expect(first.precompression?.files ?? 0 < textFiles, "robots.txt and the like are too short to shrink")
        #expect(entries == 2 * textFiles, "a .gz and a .br entry per text file (an empty one where the copy is not smaller)")

        let second = site.build()
        #expect(second.precompression?.compressedAnew == 0, "nothing changed: every copy comes from the cache")
        #expect(second.precompression?.files == first.precompression?.files)
        #expect(try files() == firstFiles, "copies from the cache are the same bytes")

        let path = "content/work/hours/my.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(text.replacingOccurrences(of: "မြန်မာစာ", with: "ပြင်ဆင်ပြီး"), to: path)
        let third = site.build()
        let anew = try #require(third.precompression?.compressedAnew)
        #expect(
            anew > 0 && anew <= 7,
            "the changed article page and leaflet, the sitemap, the feed, and its language's search index (meta, pair and text piece): \(anew)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).count == entries, "the old page's copies left the cache")
        let page = try #require(try files()["my/work/hours/index.html.gz"])
        #expect(gzipOriginalSize(page) == (try site.page("my/work/hours/index.html")).utf8.count)
    }

    @Test func filesInTheCacheFolderThatSitthiDidNotNameAreNeverRemoved() throws {
        let cache = site.root.appendingPathComponent(".sitthi-cache/\(Precompressor.cacheFolderName)")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let foreign = ["notes.txt", "photo.br", String(repeating: "A", count: 64) + ".gz"]
        for name in foreign { try Data("keep me".utf8).write(to: cache.appendingPathComponent(name)) }
        #expect(site.build().succeeded)
        #expect(site.build().succeeded)
        for name in foreign {
            #expect(try String(contentsOf: cache.appendingPathComponent(name), encoding: .utf8) == "keep me", "\(name)")
        }
        #expect(Precompressor.isCopyName(String(repeating: "0a", count: 32) + ".br"))
        #expect(!Precompressor.isCopyName(String(repeating: "0a", count: 32) + ".zip"))
    }

    @Test func compressFalseWritesNoCopiesAndRemovesOldOnes() throws {
        #expect(site.build().precompression != nil)
        #expect(try files().keys.contains { $0.hasSuffix(".br") })
        try setCompress(false)
        let report = site.build()
        #expect(report.succeeded && report.precompression == nil && report.precompressionLine == nil)
        #expect(try files().keys.filter { $0.hasSuffix(".br") || $0.hasSuffix(".gz") }.isEmpty)
    }

    @Test func aCompressSettingThatIsNotTrueOrFalseIsAnErrorAtItsLine() throws {
        let settings = try String(contentsOf: site.root.appendingPathComponent(SiteConfig.path), encoding: .utf8)
        try site.write(settings.replacingOccurrences(of: "compress: true", with: "compress: yes please"), to: SiteConfig.path)
        let report = site.build()
        #expect(!report.succeeded)
        let line = settings.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("compress:") }.map { $0 + 1 }
        #expect(report.diagnostics.map(\.description).contains("content/site.yml:\(line ?? 0):11: error: `compress` must be true or false"))
    }

    @Test func serveRebuildsKeepTheCopiesInStep() throws {
        let pipeline = Pipeline(root: site.root.path, today: FixtureSite.today)
        let (_, state) = pipeline.rebuild(after: nil)
        let path = "content/work/hours/my.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(text.replacingOccurrences(of: "မြန်မာစာ", with: "ပြင်ဆင်ပြီး"), to: path)
        let (report, _) = pipeline.rebuild(after: state)
        #expect(report.incremental)
        let page = try site.page("my/work/hours/index.html")
        #expect(page.contains("ပြင်ဆင်ပြီး"))
        let copy = try #require(try files()["my/work/hours/index.html.gz"])
        #expect(gzipOriginalSize(copy) == page.utf8.count, "the page's copy was made again with it")
    }
}
