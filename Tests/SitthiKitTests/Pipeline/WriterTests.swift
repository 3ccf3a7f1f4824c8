import Foundation
import Testing
@testable import SitthiKit

/// The output folder: replaced whole on success, untouched on failure, exactly the files of the build.
@Suite struct WriterTests {
    @Test func failingBuildLeavesThePreviousOutputAsItWas() throws {
        let site = try FixtureSite("broken")
        defer { site.remove() }
        try site.write("old site", to: "public/index.html")
        try site.write("kept", to: "public/th/marker.txt")
        let before = try Golden.tree(at: site.output)
        let report = site.build()
        #expect(!report.succeeded)
        #expect(try Golden.tree(at: site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix("public.") }
        #expect(leftovers == [])
    }

    @Test func successfulBuildReplacesTheWholeOutputFolder() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try site.write("stale", to: "public/stale.html")
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("stale.html").path))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("th/index.html").path))
    }

    @Test func rebuildReusesThePreviousOutputAndRemovesFilesTheSiteNoLongerHas() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        #expect(site.build().succeeded)
        let first = try Golden.tree(at: site.output)
        #expect(site.build().succeeded)
        let spare = site.root.appendingPathComponent("public.prev")
        #expect(try Golden.tree(at: spare) == first, "the replaced output is kept for the next build to write into")
        try site.write("left over", to: "public.prev/th/old-article/index.html")
        try site.write("left over", to: "public.prev/extra.txt")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/work/safety"))
        #expect(site.build().succeeded)
        let third = try Golden.tree(at: site.output)
        #expect(third.keys.sorted() == first.keys.filter { !$0.contains("work/safety/") }.sorted())
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public.next").path))
    }
}
