import Foundation
import Testing

@testable import SitthiKit

/// The output folder: replaced whole on success, untouched on failure, exactly the files of the build,
/// and never a folder that Sitthi did not write.
@Suite struct WriterTests {
    /// What stands beside the output after a build, other than the site's own folders.
    static func besideOutput(_ site: FixtureSite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.root.path)
            .filter { $0.hasPrefix("public.") || $0.hasPrefix(".public") }
    }

    @Test func failingBuildLeavesThePreviousOutputAsItWas() throws {
        let site = try FixtureSite("broken")
        defer { site.remove() }
        try site.write("old site", to: "public/index.html")
        try site.write("kept", to: "public/th/marker.txt")
        let before = try Golden.tree(at: site.output)
        let report = site.build()
        #expect(!report.succeeded)
        #expect(try Golden.tree(at: site.output) == before)
        #expect(try Self.besideOutput(site) == [])
    }

    @Test func successfulBuildReplacesTheWholeOutputFolder() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        #expect(site.build().succeeded)
        try site.write("stale", to: "public/stale.html")
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("stale.html").path))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("th/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(OutputFolder.markerName).path))
        #expect(try Self.besideOutput(site) == [], "nothing is left beside the output after a good build")
    }

    @Test func rebuildReusesThePreviousOutputFromTheCacheAndRemovesFilesTheSiteNoLongerHas() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        #expect(site.build().succeeded)
        let first = try Golden.tree(at: site.output)
        #expect(site.build().succeeded)
        let spare = site.root.appendingPathComponent(".sitthi-cache/previous-output")
        #expect(try Golden.tree(at: spare) == first, "the replaced output is kept in the cache for the next build to write into")
        try site.write("left over", to: ".sitthi-cache/previous-output/th/old-article/index.html")
        try site.write("left over", to: ".sitthi-cache/previous-output/extra.txt")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/work/safety"))
        #expect(site.build().succeeded)
        let third = try Golden.tree(at: site.output)
        #expect(third.keys.sorted() == first.keys.filter { !$0.contains("work/safety/") }.sorted())
        #expect(try Self.besideOutput(site) == [])
    }

    @Test func folderWithOtherFilesIsRefusedUntilForced() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let other = site.root.appendingPathComponent("web")
        try site.write("an upload", to: "web/uploads/photo.jpg")
        try site.write("token", to: "web/.well-known/acme")
        let before = try Golden.tree(at: other)
        for _ in 0..<2 {
            let report = Pipeline(root: site.root.path, output: other.path, today: FixtureSite.today).build()
            #expect(!report.succeeded)
            #expect(report.diagnostics.contains { $0.message.contains("was not written by sitthi") && $0.message.contains("--force") })
            #expect(try Golden.tree(at: other) == before)
        }
        let forced = Pipeline(root: site.root.path, output: other.path, force: true, today: FixtureSite.today).build()
        #expect(forced.succeeded)
        #expect(!FileManager.default.fileExists(atPath: other.appendingPathComponent("uploads/photo.jpg").path))
        #expect(FileManager.default.fileExists(atPath: other.appendingPathComponent("th/index.html").path))
    }

    @Test func theSitesOwnFoldersAndWhatHoldsThemAreNeverTheOutput() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let sources = try Golden.tree(at: site.root)
        let root = site.root.path
        let refused = [
            root, root + "/", root + "/.", root + "/content", root + "/content/", root + "/content/work",
            root + "/templates", root + "/templates/assets", site.root.deletingLastPathComponent().path, "/", "/..",
        ]
        for output in refused {
            for force in [false, true] {
                let report = Pipeline(root: root, output: output, force: force, today: FixtureSite.today).build()
                #expect(!report.succeeded, "\(output) must be refused")
                #expect(report.diagnostics.contains { $0.message.hasPrefix("refusing to write the site into") }, "\(output)")
            }
        }
        #expect(try Golden.tree(at: site.root) == sources, "no source file was changed")
    }

    @Test func emptyOutputNameIsAnError() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let report = Pipeline(root: site.root.path, output: "", today: FixtureSite.today).build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.message).contains("the output folder is empty: name a folder, or leave out --output for public/"))
    }

    @Test func trailingSlashNamesTheSameOutput() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        #expect(Pipeline(root: site.root.path, output: site.output.path + "/", today: FixtureSite.today).build().succeeded)
        #expect(Pipeline(root: site.root.path, output: site.output.path + "//", today: FixtureSite.today).build().succeeded)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("th/index.html").path))
        #expect(try Self.besideOutput(site) == [])
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("public").path))
    }

    @Test func linkedOutputIsWrittenThroughAndStaysALink() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let webRoot = site.root.appendingPathComponent("srv/www")
        try FileManager.default.createDirectory(at: webRoot, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.output.path, withDestinationPath: webRoot.path)
        #expect(site.build().succeeded)
        #expect(site.build().succeeded)
        let attributes = try FileManager.default.attributesOfItem(atPath: site.output.path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(FileManager.default.fileExists(atPath: webRoot.appendingPathComponent("th/index.html").path))

        // A web root holding other files is not taken over through the link either.
        try FileManager.default.removeItem(at: webRoot)
        try site.write("upload", to: "srv/www/uploads/a.pdf")
        #expect(!site.build().succeeded)
        #expect(FileManager.default.fileExists(atPath: webRoot.appendingPathComponent("uploads/a.pdf").path))
    }

    @Test func whatAKilledBuildLeftIsCleanedByTheNext() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try site.write(OutputFolder.markerText, to: ".public.sitthi-next/\(OutputFolder.markerName)")
        try site.write("half written", to: ".public.sitthi-next/th/half.html")
        try site.write(OutputFolder.markerText, to: ".public.sitthi-old/\(OutputFolder.markerName)")
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("th/half.html").path))
        #expect(try Self.besideOutput(site) == [])
    }

    @Test func aFolderInTheWayThatSitthiDidNotMakeIsLeftAlone() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try site.write("someone's notes", to: ".public.sitthi-next/notes.txt")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("was not made by sitthi") })
        #expect(try String(contentsOf: site.root.appendingPathComponent(".public.sitthi-next/notes.txt"), encoding: .utf8) == "someone's notes")
    }

    @Test func twoBuildsAtOnceBothSucceedOneAfterTheOther() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let results = Parallel.map([0, 1, 2]) { _ in site.build().succeeded }
        #expect(results == [true, true, true])
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("th/index.html").path))
        #expect(try Self.besideOutput(site) == [])
    }

    @Test func aCacheFolderOfSomeoneElsesIsNeverEmptied() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try site.write("mine", to: "notes/previous-output/keep.txt")
        let cache = site.root.appendingPathComponent("notes").path
        for _ in 0..<2 {
            #expect(Pipeline(root: site.root.path, cache: cache, today: FixtureSite.today).build().succeeded)
        }
        #expect(try String(contentsOf: site.root.appendingPathComponent("notes/previous-output/keep.txt"), encoding: .utf8) == "mine")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("th/index.html").path))
        #expect(try Self.besideOutput(site) == [])
    }
}
