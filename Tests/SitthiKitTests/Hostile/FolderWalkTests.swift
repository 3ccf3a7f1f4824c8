import Foundation
import Testing

@testable import SitthiKit

/// Folder structures a new user can make by accident or a stranger on purpose: links that loop or fan
/// out, links out of the site, FIFOs, and file times far in the future. Each is reported at its path
/// (or taken in its stride), and no walk hangs or reads a file from elsewhere.
@Suite struct FolderWalkTests {
    private func link(_ site: FixtureSite, _ path: String, to destination: String) throws {
        let url = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    @Test(.timeLimit(.minutes(5)))
    func linkLoopUnderContentIsAnErrorAtTheLink() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try link(site, "content/work/again", to: "..")
        let report = site.build()
        #expect(!report.succeeded)
        let loop = try #require(report.diagnostics.first { $0.location?.path == "content/work/again" })
        #expect(loop.severity == .error)
        #expect(loop.message.contains("this folder is `content` again"))
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "nothing was written")
    }

    @Test(.timeLimit(.minutes(5)))
    func linksThatFanOutAreReportedNotFollowed() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        // Two links to the parent in every folder: followed blindly, 2^depth copies of the site.
        try link(site, "content/work/a", to: "..")
        try link(site, "content/work/b", to: "..")
        try link(site, "content/about/c", to: "../work")
        let start = ContinuousClock.now
        let report = site.check()
        #expect(ContinuousClock.now - start < .seconds(20))
        let paths = Set(report.diagnostics.filter { $0.message.contains("reached through a link") }.compactMap(\.location?.path))
        #expect(paths == ["content/work/a", "content/work/b", "content/about/c"])
    }

    @Test func linksOutOfTheSiteAreNeverReadOrPublished() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("sitthi-outside-\(UUID().uuidString)")
        try "SECRET first line,x\nmore\n".write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        try link(site, "templates/assets/passwd", to: outside.path)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/offices/offices.csv"))
        try link(site, "content/offices/offices.csv", to: outside.path)
        try link(site, "content/work/elsewhere", to: FileManager.default.temporaryDirectory.path)
        let report = site.build()
        #expect(!report.succeeded)
        let outsideErrors = report.diagnostics.filter { $0.message.hasPrefix("this link leads outside the site folder") }.compactMap(\.location?.path)
        #expect(Set(outsideErrors) == ["templates/assets/passwd", "content/offices/offices.csv", "content/work/elsewhere"])
        #expect(!report.diagnostics.contains { $0.message.contains("SECRET") }, "the outside file's text is never shown")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/passwd").path))
    }

    @Test func linksInsideTheSiteAreFollowed() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/about"), to: site.root.appendingPathComponent("drafts-about"))
        try link(site, "content/about", to: "../drafts-about")
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnosticsText)")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("th/about/index.html").path))
    }

    @Test(.timeLimit(.minutes(5)))
    func fifoInContentIsSkippedWithAWarningNotWaitedOn() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        #expect(mkfifo(site.root.appendingPathComponent("content/work/pipe.md").path, 0o644) == 0)
        #expect(mkfifo(site.root.appendingPathComponent("templates/assets/pipe").path, 0o644) == 0)
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnosticsText)")
        let skipped = report.diagnostics.filter { $0.message.hasPrefix("skipped: not a file or folder") }.compactMap(\.location?.path)
        #expect(Set(skipped) == ["content/work/pipe.md", "templates/assets/pipe"])
    }

    @Test(.timeLimit(.minutes(5)))
    func fifoInPlaceOfTheSettingsIsAnErrorNotAHang() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let settings = site.root.appendingPathComponent("content/site.yml")
        try FileManager.default.removeItem(at: settings)
        #expect(mkfifo(settings.path, 0o644) == 0)
        let report = site.check()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.location?.path == "content/site.yml" && $0.message.contains("not a regular file") })
    }

    @Test func fileTimesFarInTheFutureOrPastAreJustValues() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let watcher = SourceWatcher(root: site.root.path)
        let article = site.root.appendingPathComponent("content/work/hours/th.md")
        // The year 2400: seconds × 10⁹ no longer fits in 64 bits.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 13_569_465_600)], ofItemAtPath: article.path)
        #expect(watcher.changed())
        #expect(!watcher.changed())
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: -2_000_000_000)], ofItemAtPath: article.path)
        #expect(watcher.changed())
        #expect(site.build().succeeded)
    }

    @Test(.timeLimit(.minutes(3)))
    func aHundredThousandSmallFilesAreWalkedWithoutTrouble() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        for folder in 0..<100 {
            let path = site.root.appendingPathComponent("content/work/notes/n\(folder)").path
            try FileSystem.makeDirectories(path)
            for file in 0..<1_000 { try FileSystem.write(Array("note \(file)\n".utf8), to: "\(path)/\(file).txt") }
        }
        let start = ContinuousClock.now
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnosticsText)")
        #expect(ContinuousClock.now - start < .seconds(60))
    }
}
