import Testing

@testable import SitthiKit

@Suite struct GlossaryParserTests {
    func parse(_ text: String) -> (Glossary?, [String]) {
        let diagnostics = Diagnostics()
        let glossary = GlossaryParser(diagnostics: diagnostics).parse(text, language: "en")
        return (glossary, diagnostics.all.map(\.description))
    }

    @Test func aTermIsTextOrAMappingWithSpellingsToAvoid() throws {
        let (glossary, problems) = parse(
            """
            translation: draft
            terms:
              "ทวิ": "bis"
              "พระราชบัญญัติคุ้มครองแรงงาน":
                term: "Labour Protection Act"
                avoid: ["Labor Protection Act", "Labour Protection Law"]
            """)
        #expect(problems == [])
        let entries = try #require(glossary).entries
        #expect(
            entries == [
                Glossary.Entry(thai: "ทวิ", term: "bis", avoid: [], line: 3),
                Glossary.Entry(thai: "พระราชบัญญัติคุ้มครองแรงงาน", term: "Labour Protection Act", avoid: ["Labor Protection Act", "Labour Protection Law"], line: 4),
            ])
        #expect(glossary?.isDraft == true)
        #expect(parse("translation: reviewed\nterms:\n  a: b\n").0?.isDraft == false)
    }

    @Test func everyMistakeIsReportedAtItsLine() {
        let (_, problems) = parse(
            """
            translation: maybe
            terms:
              "ทวิ": "bis"
              "ตรี": ""
              "จัตวา":
                term: "quater"
                avoid: ["quat", ""]
                note: x
              "กฎกระทรวง":
                avoid: [x]
            """)
        #expect(
            problems == [
                "content/glossary/en.yml:1:14: error: `translation` must be draft or reviewed",
                "content/glossary/en.yml:4:10: error: the agreed term for `ตรี` is empty",
                "content/glossary/en.yml:7:12: error: `quat` is part of the agreed term `quater`: avoiding it would flag the agreed term itself",
                "content/glossary/en.yml:7:12: error: an avoided spelling of `quater` is empty",
                "content/glossary/en.yml:8:5: warning: unknown glossary entry field `note`",
                "content/glossary/en.yml:9:3: error: missing required field `term`",
            ])
    }

    @Test func aThaiTermGivenTwiceIsAnError() {
        #expect(parse("terms:\n  \"ทวิ\": bis\n  \"ทวิ\": bis again\n").1 == ["content/glossary/en.yml:2:3: error: invalid YAML: duplicate key ทวิ"])
    }

    @Test func aGlossaryWithoutTermsIsAnError() {
        #expect(parse("translation: draft\n").1 == ["content/glossary/en.yml:1:1: error: missing required field `terms`"])
        #expect(parse("").1 == ["content/glossary/en.yml:1:1: error: the glossary is empty: it needs `terms`"])
    }
}
