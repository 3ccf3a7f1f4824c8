import Testing

@testable import SitthiKit

@Suite struct GlossaryCheckTests {
    static let glossary = Glossary(
        language: "en", isDraft: true,
        entries: [
            .init(thai: "ทวิ", term: "bis", avoid: [], line: 1),
            .init(thai: "ศูนย์ช่วยเหลือสังคม", term: "Social Assistance Center", avoid: ["Social Assistance Centre"], line: 2),
            .init(thai: "สายด่วน", term: "hotline", avoid: ["hot line"], line: 3),
            .init(thai: "กฎกระทรวง", term: "Ministerial Regulation", avoid: ["Regulation of the Ministry"], line: 4),
        ])

    func check(_ text: String, path: String = "content/work/a/en.md") -> [String] {
        let diagnostics = Diagnostics()
        GlossaryCheck(diagnostics: diagnostics, glossaries: ["en": Self.glossary]).check([SourceText(path: path, text: text)])
        return diagnostics.all.map(\.description)
    }

    @Test func anAvoidedSpellingIsAWarningAtItsLineAndColumnNamingTheAgreedTerm() {
        #expect(
            check("---\ntitle: ok\n---\n\nCall the hot line.\n- ไทย **1300** Social Assistance Centre\n") == [
                "content/work/a/en.md:5:10: warning: `hot line` is not the agreed term for สายด่วน: write `hotline` (content/glossary/en.yml)",
                "content/work/a/en.md:6:16: warning: `Social Assistance Centre` is not the agreed term for ศูนย์ช่วยเหลือสังคม: write `Social Assistance Center` (content/glossary/en.yml)",
            ])
    }

    @Test func interfaceStringsAndTheLanguagesLinesOfTheSettingsAreCheckedToo() {
        let diagnostics = Diagnostics()
        let strings = SourceText(path: "content/i18n/en.yml", text: "home: \"Home\"\nhotline: \"Call the hot line\"\n")
        let settings = SourceText(
            path: "content/site.yml",
            text: """
                hotlines:
                  - number: "1300"
                    label:
                      th: "ศูนย์ช่วยเหลือสังคม"
                      en: "Social Assistance Centre"
                      my: "Social Assistance Centre"

                """)
        GlossaryCheck(diagnostics: diagnostics, glossaries: ["en": Self.glossary])
            .check(interfaceStrings: ["en": strings, "th": strings], settings: settings)
        // The Thai label and the Burmese line are not held to the English glossary.
        #expect(
            diagnostics.all.map(\.description) == [
                "content/i18n/en.yml:2:20: warning: `hot line` is not the agreed term for สายด่วน: write `hotline` (content/glossary/en.yml)",
                "content/site.yml:5:12: warning: `Social Assistance Centre` is not the agreed term for ศูนย์ช่วยเหลือสังคม: write `Social Assistance Center` (content/glossary/en.yml)",
            ])
    }

    @Test func aThaiTermLeftInThaiIsAWarningUnlessTheAgreedTermStandsBeside() {
        #expect(
            check("Section 77 ทวิ applies.\nSection 77 bis (ทวิ) applies.\n") == [
                "content/work/a/en.md:1:12: warning: ทวิ is left in Thai script: write the agreed term `bis` (content/glossary/en.yml), or give it beside the Thai"
            ])
    }

    @Test func aThaiTermInsideALongerThaiWordIsNotCounted() {
        #expect(check("Show this: ทวิภาคี and กฎกระทรวงแรงงาน and สายด่วนนี้\n") == [])
    }

    @Test func anAvoidedSpellingInsideAnAgreedTermIsNotCounted() {
        let glossary = Glossary(
            language: "en", isDraft: true,
            entries: [
                .init(thai: "ก", term: "Labour inspector office", avoid: [], line: 1),
                .init(thai: "ข", term: "labour inspector", avoid: ["inspector office"], line: 2),
            ])
        let diagnostics = Diagnostics()
        GlossaryCheck(diagnostics: diagnostics, glossaries: ["en": glossary]).check([
            SourceText(path: "content/a/en.md", text: "The Labour inspector office; the inspector office.\n")
        ])
        #expect(diagnostics.all.map(\.description.count).count == 1)
        #expect(diagnostics.all.first?.location == SourceLocation(path: "content/a/en.md", line: 1, column: 34))
    }

    @Test func onlyTextsInTheGlossarysLanguageAreChecked() {
        #expect(check("77 ทวิ, the hot line", path: "content/work/a/th.md") == [])
        #expect(check("77 ทวิ, the hot line", path: "content/work/a/my.md") == [])
        #expect(check("the hot line", path: "content/work/_index.en.md").count == 1)
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(
            check("ဟော့လိုင်း hot line\n") == [
                "content/work/a/en.md:1:12: warning: `hot line` is not the agreed term for สายด่วน: write `hotline` (content/glossary/en.yml)"
            ])
    }

    /// The shipped translations keep to the shipped glossaries: `sitthi check` shows no glossary warning.
    @Test func theShippedTranslationsFollowTheirGlossaries() throws {
        let diagnostics = Diagnostics()
        let loaded = Loader(root: FixtureSite.repositoryRoot.path, diagnostics: diagnostics).load()
        let parsed = try #require(Parser(diagnostics: diagnostics).parse(loaded, today: CalendarDay("2026-11-26")!))
        #expect(Set(parsed.glossaries.keys) == ["my", "km", "lo", "en"])
        #expect(parsed.glossaries.values.allSatisfy { $0.entries.count >= 20 })
        let check = Diagnostics()
        GlossaryCheck(diagnostics: check, glossaries: parsed.glossaries).check(loaded.markdown)
        #expect(check.all.map(\.description) == [])
        #expect(diagnostics.all.filter { $0.location?.path.hasPrefix(Glossary.folder) == true } == [])
    }
}
