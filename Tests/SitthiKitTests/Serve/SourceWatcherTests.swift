import Foundation
import Testing

@testable import SitthiKit

@Suite struct SourceWatcherTests {
    @Test func noticesEditsAdditionsAndRemovalsButNotTheOutput() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let watcher = SourceWatcher(root: site.root.path)
        #expect(!watcher.changed())
        try site.write("built", to: "public/index.html")
        #expect(!watcher.changed(), "the output folder is not watched")
        try site.write("---\ntitle: \"x\"\nsummary: \"y\"\n---\nchanged, and longer than before\n", to: "content/work/hours/th.md")
        #expect(watcher.changed())
        #expect(!watcher.changed())
        try site.write("{{{main}}}", to: "templates/extra.mustache")
        #expect(watcher.changed())
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/extra.mustache"))
        #expect(watcher.changed())
    }
}
