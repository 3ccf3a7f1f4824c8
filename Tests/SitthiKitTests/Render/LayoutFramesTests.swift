import Foundation
import Testing

@testable import SitthiKit

/// The layout filled once per language and shape, then per page by putting values into markers: it must
/// give exactly what Mustache gives, for every page, whatever the layout does with the values.
@Suite struct LayoutFramesTests {
    /// Every page of a site through both ways of filling the layout.
    private func compareEveryPage(of site: FixtureSite) throws -> Int {
        let loaded = Loader(root: site.root.path, diagnostics: Diagnostics()).load()
        let parsed = try #require(Parser(diagnostics: Diagnostics()).parse(loaded, today: FixtureSite.today))
        let assembled = Assembler(diagnostics: Diagnostics()).assemble(parsed, today: FixtureSite.today)
        let renderer = try #require(Renderer(site: assembled))
        var filled = 0
        for group in assembled.pageGroups {
            let shared = renderer.builder.groupModel(for: group)
            for page in group.pages {
                guard let html = page.rendition as? any TemplatedPage else { continue }
                let model = html.model(for: page, group: shared, using: renderer.context)
                let expected = renderer.templates.render(TemplateSet.layout, model)
                let framed = String(decoding: try #require(renderer.frames.fill(model), "no frame for \(page.url)"), as: UTF8.self)
                #expect(framed == expected, "\(page.url)")
                filled += 1
            }
        }
        return filled
    }

    @Test func everyPageOfTheFixtureIsFilledFromAFrameExactlyAsMustacheFillsIt() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        #expect(try compareEveryPage(of: site) > 60)
    }

    @Test func aLayoutThatEscapesValuesOrBranchesOnThemStillMatches() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let url = site.root.appendingPathComponent("templates/layout.mustache")
        let layout = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "<title>{{{pageTitle}}}</title>", with: "<title>{{pageTitle}}</title>{{^shareBlock}}<!-- no share -->{{/shareBlock}}")
        try site.write(layout, to: "templates/layout.mustache")
        try site.write("---\ntitle: \"a < b & 'c'\"\nsummary: \"x\"\n---\ntext\n", to: "content/work/quotes/th.md")
        #expect(try compareEveryPage(of: site) > 60)
    }

    @Test func noPageContentShadowsANameEveryPageHas() {
        let common = Set(PageModel.schema(content: nil).shapes.keys)
        for (template, content) in Renditions.pageTemplates {
            let shadowed = common.intersection(content.shapes.keys)
            #expect(shadowed.isEmpty, "\(template): \(shadowed.sorted())")
        }
    }
}
