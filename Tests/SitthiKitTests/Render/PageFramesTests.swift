import Foundation
import Testing

@testable import SitthiKit

/// Page templates filled from frames must give exactly what Mustache gives, for every page, whatever the
/// templates do with the values (escape them, branch on them, loop over lists, climb to outer values).
@Suite struct PageFramesTests {
    /// Every HTML page of a site, its main content made both ways; returns how many pages and frames.
    private func compareEveryPage(of site: FixtureSite) throws -> (pages: Int, frames: [Int]) {
        let loaded = Loader(root: site.root.path, diagnostics: Diagnostics()).load()
        let parsed = try #require(Parser(diagnostics: Diagnostics()).parse(loaded, today: FixtureSite.today))
        let assembled = Assembler(diagnostics: Diagnostics()).assemble(parsed, today: FixtureSite.today)
        let renderer = try #require(Renderer(site: assembled))
        var pages = 0
        var frames: [Int] = []
        // Twice over: the first round makes the frames, the second fills only from them.
        for _ in 0..<2 {
            defer { frames.append(renderer.context.pageFrames.count) }
            for group in assembled.pageGroups {
                let shared = renderer.builder.groupModel(for: group)
                for page in group.pages {
                    guard let html = page.rendition as? any TemplatedPage else { continue }
                    var model = html.model(for: page, group: shared, using: renderer.context)
                    let framed = try #require(model.main).html
                    model.main = nil
                    let expected = renderer.templates.render(type(of: html).template, model)
                    #expect(framed == expected, "\(page.url)")
                    pages += 1
                }
            }
        }
        return (pages, frames)
    }

    @Test func everyPageOfTheFixtureIsFilledFromAFrameExactlyAsMustacheFillsIt() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let (pages, frames) = try compareEveryPage(of: site)
        #expect(pages > 120)
        // Every page had a frame after the first round; the second made none.
        #expect(frames[0] > 10 && frames[0] <= pages / 2 && frames[1] == frames[0], "\(frames) frames for \(pages / 2) pages")
    }

    @Test func templatesThatEscapeBranchAndClimbStillMatch() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let url = site.root.appendingPathComponent("templates/article.mustache")
        let article = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(
                of: "<h1>{{{title}}}</h1>", with: "<h1>{{title}}</h1>{{^updated}}<!-- undated -->{{/updated}}{{#pairs}}[{{sourceLang}}|{{{siteTitle}}}]{{/pairs}}")
        try site.write(article, to: "templates/article.mustache")
        try site.write("---\ntitle: \"a < b & 'c'\"\nsummary: \"x\"\n---\ntext\n", to: "content/work/quotes/th.md")
        let (pages, _) = try compareEveryPage(of: site)
        #expect(pages > 120)
    }
}
