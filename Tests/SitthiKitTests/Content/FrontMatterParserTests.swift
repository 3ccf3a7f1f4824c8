import Foundation
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

/// The flat reader takes the common case without YAML; wherever it answers, it must answer exactly as
/// the YAML reader does, diagnostics included.
@Suite struct FlatFrontMatterTests {
    static var markdownFiles: [URL] {
        let root = FixtureSite.repositoryRoot
        var files: [URL] = []
        for folder in ["content", "Tests/SitthiKitTests/Fixtures", "Fuzz/Corpus/front-matter", "Fuzz/Corpus/markdown"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "md" { files.append(url) }
            }
        }
        return files
    }

    @Test func flatReaderAgreesWithTheYAMLReaderOnEveryFileItTakes() throws {
        var taken = 0
        let files = Self.markdownFiles
        #expect(files.count > 100)
        for url in files {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            for isTranslation in [false, true] {
                let fast = Diagnostics()
                let slow = Diagnostics()
                let a = FrontMatterParser.parse(text, path: "a.md", isTranslation: isTranslation, diagnostics: fast)
                let b = FrontMatterParser.parse(text, path: "a.md", isTranslation: isTranslation, diagnostics: slow, useFlatReader: false)
                #expect(a.frontMatter == b.frontMatter, "\(url.lastPathComponent)")
                #expect(a.body == b.body && a.bodyLine == b.bodyLine, "\(url.lastPathComponent)")
                #expect(fast.all == slow.all, "\(url.lastPathComponent)")
                if fast.all.isEmpty && a.frontMatter != nil { taken += 1 }
            }
        }
        #expect(taken > files.count / 2, "the flat reader takes the common case")
    }

    @Test(arguments: [
        "title: \"a\" # note\nsummary: b\n", "title: \"a\\\"b\"\nsummary: b\n", "title: \"a\nb\"\nsummary: c\n", "title: a\ntitle: b\nsummary: c\n",
        "title: a\nsummary: b\nweight: ten\n", "title: a\nsummary: b\nweight: 08\n", "title: a\nsummary: b\nweight: 1_000\n",
        "title: a\nsummary: b\nsources:\n", "title: null\nsummary: b\n", "title: \"\"\nsummary: b\n", "title: \"  \"\nsummary: b\n",
        "title: \"a\u{2028}b\"\nsummary: c\n", "title: a\nsummary: b\nweight: \"5\"\n", "title: a\nsummary: b\nsources:\n  - \"~\"\n",
        "title: a\nsummary: b\nupdated: 2026-02-30\n",
        "title: a\nsummary: b\nsources:\n- \"x\"\n",
        "title: a: b\nsummary: c\n", "title: [a]\nsummary: b\n", "Title: a\nsummary: b\n", "title: a\nsummary: b\ntranslation: done\n",
    ])
    func unusualFrontMatterGoesToTheYAMLReader(_ yaml: String) {
        #expect(FlatFrontMatter.parse(Substring(yaml), isTranslation: true) == nil)
    }

    @Test func commonFrontMatterIsReadWithoutYAML() {
        let yaml =
            "title: \"ค่าจ้าง: วันจ่าย\"\nsummary: Wages\nupdated: 2026-11-29\nweight: -3\ntranslation: reviewed\nsource_version: 2026-11-28\nsources:\n  - \"มาตรา 70\"\n  - \"s.90\"\n"
        let read = FlatFrontMatter.parse(Substring(yaml), isTranslation: true)
        #expect(
            read
                == FrontMatter(
                    title: "ค่าจ้าง: วันจ่าย", summary: "Wages", updated: CalendarDay("2026-11-29"), weight: -3, sources: ["มาตรา 70", "s.90"],
                    translation: .reviewed, sourceVersion: CalendarDay("2026-11-28")))
    }

    @Test func severalDuplicateKeysAreNamedInOneOrder() {
        let text = "---\nweight: 1\ntitle: a\nsummary: b\nweight: 2\ntitle: c\nsummary: d\n---\n"
        let messages = (0..<20).map { _ in
            let diagnostics = Diagnostics()
            _ = FrontMatterParser.parse(text, path: "a.md", isTranslation: false, diagnostics: diagnostics)
            return diagnostics.all.map(\.message)
        }
        #expect(Set(messages.map { $0.joined() }).count == 1)
        #expect(messages[0].contains("invalid YAML: duplicate key summary, title, weight"))
    }
}
