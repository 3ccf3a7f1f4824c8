import Testing

@testable import SitthiKit

/// `/<lang>/glossary/` of the `bilingual` fixture, which has an English glossary only.
@Suite final class GlossaryPageTests {
    let site: FixtureSite
    let report: BuildReport

    init() throws {
        site = try FixtureSite("bilingual")
        report = site.build()
    }

    deinit { site.remove() }

    @Test func theEnglishPageListsEachThaiTermBesideItsAgreedTermWithLang() throws {
        #expect(report.succeeded, "\(report.diagnosticsText)")
        let html = try site.page("en/glossary/index.html")
        #expect(html.contains("<h1>Glossary for translators</h1>"))
        #expect(html.contains("<tr><td lang=\"th\">สายด่วน</td><td lang=\"en\">hotline</td><td lang=\"en\"></td></tr>"))
        #expect(
            html.contains(
                "<tr><td lang=\"th\">พระราชบัญญัติคุ้มครองแรงงาน</td><td lang=\"en\">Labour Protection Act</td><td lang=\"en\">Labor Protection Act<br>LPA</td></tr>"
            ))
        #expect(html.contains("<p class=\"notice\">This list is a draft"))
    }

    @Test func aPageInALanguageWithoutAGlossaryShowsEveryGlossary() throws {
        for language in ["th", "my"] {
            let html = try site.page("\(language)/glossary/index.html")
            #expect(html.contains("<h2 lang=\"en\">English</h2>"), "\(language)")
            #expect(html.contains("<td lang=\"en\">hotline</td>"))
        }
    }

    @Test func checkWarnsAtTheAvoidedSpellingButBuildDoesNot() throws {
        try site.write("---\ntitle: t\nsummary: s\ntranslation: draft\nsource_version: 2026-11-26\n---\n\nThe LPA says.\n", to: "content/work/leave/en.md")
        let warnings = site.check().diagnostics.filter { $0.message.contains("agreed term") }.map(\.description)
        #expect(
            warnings == ["content/work/leave/en.md:8:5: warning: `LPA` is not the agreed term for พระราชบัญญัติคุ้มครองแรงงาน: write `Labour Protection Act` (content/glossary/en.yml)"])
        #expect(!site.build().diagnostics.contains { $0.message.contains("agreed term") })
    }
}
