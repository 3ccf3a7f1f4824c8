import Testing

@testable import SitthiKit

/// The parser's part of the Markdown stage's additions: each language's texts get that language's
/// `include` blocks (a block nobody provides is an error at the line of its name), and the hotline
/// numbers that become links come from the settings and the directory.
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

    @Test func hotlineNumbersComeFromTheSettingsAndTheDirectorysShortCodes() throws {
        var config = Self.config
        config.hotlines = [Hotline(number: "1546", labels: ["th": "ก"]), Hotline(number: "02 232 1234", labels: ["th": "ข"])]
        let directory = try #require(
            DirectoryParser(diagnostics: Diagnostics(), languages: ["th", "en"]).parse(
                provinces: "code,slug,region,name_th,name_en,name_my,name_km,name_lo\nTH-10,bangkok,Central,กรุงเทพมหานคร,Bangkok,,,\n",
                offices: "id,kind,province,name_th,name_en,name_my,name_km,name_lo,address_th,phones,email,website,hours,districts,verified,source,notes\n"
                    + "sso,hotline,,สายด่วน 1506,,,,,,1506,,,,,,,\noffice,provincial,TH-10,ก,,,,,,053 000 001,,,,,,,\n"))
        #expect(
            Parser.hotlineAddresses(config: config, directory: directory) == [
                "1546": "tel:1546", "022321234": "tel:+6622321234", "1506": "tel:1506",
            ])
    }
}
