import Foundation
import Testing

@testable import SitthiKit

/// `serve`'s rebuilds: after an edit to one text, only the pages that show it are made again.
@Suite struct IncrementalBuildTests {
    func start() throws -> (FixtureSite, Pipeline, BuildState) {
        let site = try FixtureSite("bilingual")
        let pipeline = Pipeline(root: site.root.path, today: FixtureSite.today)
        let (report, state) = pipeline.rebuild(after: nil)
        #expect(report.succeeded && !report.incremental)
        return (site, pipeline, try #require(state))
    }

    @Test func editingAnArticleBodyRemakesOnlyItsPagesAndMatchesAFullBuild() throws {
        let (site, pipeline, state) = try start()
        defer { site.remove() }
        let path = "content/work/hours/my.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(text.replacingOccurrences(of: "မြန်မာစာ", with: "ပြင်ဆင်ပြီး"), to: path)
        let (report, next) = pipeline.rebuild(after: state)
        #expect(report.succeeded && report.incremental)
        #expect(report.pageCount == 15, "the article's page and leaflet, and the search page, in each language")
        #expect(next != nil)
        let incremental = try Golden.tree(at: site.output)
        #expect(try site.page("my/work/hours/index.html").contains("ပြင်ဆင်ပြီး"))
        // The same input built from scratch gives the same files.
        #expect(pipeline.build().succeeded)
        #expect(try Golden.tree(at: site.output) == incremental)
    }

    @Test func editingATitleAlsoRemakesTheListsThatShowIt() throws {
        let (site, pipeline, state) = try start()
        defer { site.remove() }
        let path = "content/work/hours/th.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(text.replacingOccurrences(of: "title: \"เวลาทำงาน\"", with: "title: \"เวลาทำงานใหม่\""), to: path)
        let (report, _) = pipeline.rebuild(after: state)
        #expect(report.incremental)
        #expect(
            report.pageCount == 5 * 5 + 2,
            "article, leaflet, section, home and search page in each language, the picker and the 404 page")
        #expect(try site.page("th/work/index.html").contains("เวลาทำงานใหม่"))
        #expect(try site.page("lo/index.html").contains("<span lang=\"th\">เวลาทำงานใหม่</span>"), "shown in Thai where there is no Lao text")
    }

    @Test func changingATemplateMakesAFullBuild() throws {
        let (site, pipeline, state) = try start()
        defer { site.remove() }
        let layout = site.root.appendingPathComponent("templates/layout.mustache")
        try (try String(contentsOf: layout, encoding: .utf8) + "\n").write(to: layout, atomically: true, encoding: .utf8)
        let (report, _) = pipeline.rebuild(after: state)
        #expect(report.succeeded && !report.incremental)
    }

    @Test func aBrokenEditKeepsTheLastGoodOutputAndState() throws {
        let (site, pipeline, state) = try start()
        defer { site.remove() }
        let before = try Golden.tree(at: site.output)
        try site.write("---\ntitle: [broken\n---\n", to: "content/work/hours/my.md")
        let (report, next) = pipeline.rebuild(after: state)
        #expect(!report.succeeded)
        #expect(
            next?.loaded.markdown.first { $0.path == "content/work/hours/my.md" }?.text
                == state.loaded.markdown.first { $0.path == "content/work/hours/my.md" }?.text)
        #expect(try Golden.tree(at: site.output) == before)
    }
}
