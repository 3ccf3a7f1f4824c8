import Testing

@testable import SitthiKit

/// The parser's part of `include` blocks: each language's texts get that language's blocks, and a
/// block nobody provides is an error at the line of its name.
@Suite struct ParserIncludeTests {
    static let config = SiteConfig.parse(
        """
        base_url: "https://site.test"
        default_language: th
        languages:
          - { code: th, name: "ไทย", english_name: Thai, locale: th_TH, title: "ก" }
          - { code: en, name: English, english_name: English, locale: en_US, title: "S" }
        """, diagnostics: Diagnostics())!

    func parse(_ path: String, _ text: String, includes: [String: String]) -> (Document?, [String]) {
        let diagnostics = Diagnostics()
        let parser = Parser(
            diagnostics: diagnostics,
            markdownContexts: ["th": MarkdownContext(includes: includes.mapValues { "<p>th \($0)</p>\n" }), "en": MarkdownContext(includes: includes)])
        let document = parser.parseDocument(SourceText(path: path, text: text), config: Self.config)
        return (document, diagnostics.all.map(\.description))
    }

    static let text = "---\ntitle: a\nsummary: b\n---\n\nText\n\n```include\nminimum-wage\n```\n"

    @Test func eachLanguageGetsItsOwnBlock() throws {
        let (thai, _) = parse("content/work/a/th.md", Self.text, includes: ["minimum-wage": "<p>table</p>\n"])
        #expect(try #require(thai).body.html == "<p>Text</p>\n<p>th <p>table</p>\n</p>\n")
        let (english, problems) = parse("content/work/a/en.md", Self.text, includes: ["minimum-wage": "<p>table</p>\n"])
        #expect(try #require(english).body.html == "<p>Text</p>\n<p>table</p>\n")
        #expect(problems == [])
    }

    @Test func anIncludeWithoutItsDataIsAnErrorAtItsLine() {
        let (_, problems) = parse("content/work/a/en.md", Self.text + "\n```include\nwho-to-call\n```\n", includes: [:])
        #expect(
            problems == [
                "content/work/a/en.md:9:1: error: the `minimum-wage` include shows content/data/minimum-wage.csv, which could not be read or does not exist",
                "content/work/a/en.md:13:1: error: `who-to-call` is not something an include block can show: this site has none",
            ])
    }
}
