/// The model of the glossary page: the page language's agreed terms (every language's on a page whose
/// language has none), each Thai term tagged `lang="th"` beside the term in its own language.
extension PageModelBuilder {
    func glossary(on page: Page, head: inout PageHead) -> GlossaryContent {
        let code = page.language.code
        let strings = site.strings[code]
        let title = strings?["glossary_title"].value ?? ""
        head.pageTitle = HTMLText(HTML.escape(title + " — " + page.language.siteTitle))
        head.description = HTMLText(HTML.escape(strings?["glossary_intro"].value ?? ""))
        let shown = site.glossaries[code].map { [$0] } ?? config.languages.compactMap { site.glossaries[$0.code] }
        let groups = shown.map { glossary in
            let lang = HTMLText(HTML.escape(glossary.language))
            return GlossaryGroup(
                name: HTMLText(HTML.escape(config.language(glossary.language)?.name ?? glossary.language)), lang: lang,
                isDraft: glossary.isDraft,
                entries: glossary.entries.map { entry in
                    GlossaryRow(
                        thai: HTMLText(HTML.escape(entry.thai)), term: HTMLText(HTML.escape(entry.term)),
                        avoid: entry.avoid.isEmpty ? nil : HTMLText(entry.avoid.map(HTML.escape).joined(separator: "<br>")), lang: lang)
                })
        }
        return GlossaryContent(
            title: HTMLText(text(strings?["glossary_title"], on: code)), intro: HTMLText(text(strings?["glossary_intro"], on: code)),
            groups: groups)
    }
}
