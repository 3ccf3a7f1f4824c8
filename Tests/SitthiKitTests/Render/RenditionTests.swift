import Foundation
import Testing

@testable import SitthiKit

/// The registry of renditions: every kind in it is made on a site that has what it is made from, and no
/// two pages end up at one address.
@Suite struct RenditionTests {
    private func assembled(_ site: FixtureSite) throws -> AssembledSite {
        let loaded = Loader(root: site.root.path, diagnostics: Diagnostics()).load()
        let parsed = try #require(Parser(diagnostics: Diagnostics()).parse(loaded, today: FixtureSite.today))
        return Assembler(diagnostics: Diagnostics()).assemble(parsed, today: FixtureSite.today)
    }

    @Test func everyRegisteredKindMakesPagesOnTheFixtureAndNoTwoShareAnAddress() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let pages = try assembled(site).pageGroups.flatMap(\.pages)
        for kind in Renditions.all {
            #expect(pages.contains { type(of: $0.rendition) == kind }, "no page of \(kind)")
        }
        let urls = pages.map(\.url)
        #expect(Set(urls).count == urls.count)
        let paths = pages.map(\.outputPath)
        #expect(Set(paths).count == paths.count)
    }

    @Test func withLeafletsOffNoLeafletIsMadeAndArticlesDoNotLinkToOne() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let settings = site.root.appendingPathComponent("content/site.yml")
        try (String(contentsOf: settings, encoding: .utf8) + "\nleaflets: false\n").write(to: settings, atomically: true, encoding: .utf8)
        let assembled = try assembled(site)
        let pages = assembled.pageGroups.flatMap(\.pages)
        #expect(!pages.contains { $0.rendition is LeafletPage })
        let renderer = try #require(Renderer(site: assembled))
        let article = try #require(assembled.pageGroups.first { $0.pages.first?.rendition is ArticlePage })
        for file in renderer.render([article]) {
            #expect(!String(decoding: file.contents, as: UTF8.self).contains("/leaflet.html"), "\(file.path)")
        }
    }

    @Test func fixedPlacesHaveOnePageAndLanguagePagesOneForEachLanguage() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let assembled = try assembled(site)
        let languages = assembled.config.languages.count
        for group in assembled.pageGroups {
            switch group.pages[0].rendition.address {
            case .fixed: #expect(group.pages.count == 1)
            case .inEachLanguage, .fileInEachLanguage: #expect(group.pages.count == languages)
            }
        }
    }
}
