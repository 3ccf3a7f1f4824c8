import Testing

@testable import SitthiKit

@Suite struct FrontMatterParserTests {
    func parse(_ text: String, translation: Bool = false) -> (FrontMatterParser.Result, [String]) {
        let diagnostics = Diagnostics()
        let result = FrontMatterParser.parse(text, path: "content/a/th.md", isTranslation: translation, diagnostics: diagnostics)
        return (result, diagnostics.all.map(\.description))
    }

    @Test func readsEveryField() throws {
        let (result, problems) = parse(
            """
            ---
            title: "Wages"
            summary: Pay day
            updated: 2026-11-26
            weight: 20
            sources:
              - "LPA s.70"
              - "LPA s.76"
            translation: reviewed
            source_version: 2026-11-20
            ---
            Body
            """, translation: true)
        #expect(problems == [])
        let fields = try #require(result.frontMatter)
        #expect(fields.title == "Wages")
        #expect(fields.summary == "Pay day")
        #expect(fields.updated == CalendarDay("2026-11-26"))
        #expect(fields.weight == 20)
        #expect(fields.sources == ["LPA s.70", "LPA s.76"])
        #expect(fields.translation == .reviewed)
        #expect(fields.sourceVersion == CalendarDay("2026-11-20"))
        #expect(result.body == "Body")
        #expect(result.bodyLine == 12)
    }

    @Test func translationWithoutStatusIsADraft() {
        let (result, _) = parse("---\ntitle: t\nsummary: s\n---\n", translation: true)
        #expect(result.frontMatter?.translation == .draft)
    }

    @Test func numericTitleIsText() {
        let (result, problems) = parse("---\ntitle: 1546\nsummary: s\n---\n")
        #expect(problems == [])
        #expect(result.frontMatter?.title == "1546")
    }

    @Test func problemsPointAtTheirLineInTheMarkdownFile() {
        let (_, problems) = parse("---\ntitle: t\nsummary: s\nweight: [1, 2]\nupdated: 2026-02-30\n---\n")
        #expect(
            problems == [
                "content/a/th.md:4:9: error: field `weight` must be a whole number, found a list",
                "content/a/th.md:5:10: error: field `updated` must be a date written YYYY-MM-DD, found `2026-02-30`",
            ])
    }

    @Test func missingRequiredFieldsAreEachReported() {
        let (result, problems) = parse("---\nweight: 1\n---\n")
        #expect(result.frontMatter == nil)
        #expect(
            problems == [
                "content/a/th.md:1:1: error: missing required field `summary`",
                "content/a/th.md:1:1: error: missing required field `title`",
            ])
    }

    @Test func fileWithoutFrontMatterOrClosingLineIsAnError() {
        #expect(parse("# Title\n").1 == ["content/a/th.md:1:1: error: missing front matter: the file must start with a `---` line, then `title:` and `summary:`, then `---`"])
        #expect(parse("---\ntitle: t\n").1 == ["content/a/th.md:1:1: error: front matter is not closed: add a `---` line after its last field"])
    }

    @Test func windowsLineEndsAreAccepted() {
        let (result, problems) = parse("---\r\ntitle: t\r\nsummary: s\r\n---\r\nBody\r\n")
        #expect(problems == [])
        #expect(result.frontMatter?.title == "t")
    }

    @Test func unknownKeyWarnsWithSuggestion() {
        let (_, problems) = parse("---\ntitle: t\nsummary: s\nwieght: 2\n---\n")
        #expect(problems == ["content/a/th.md:4:1: warning: unknown front matter field `wieght` (did you mean `weight`?)"])
    }
}
