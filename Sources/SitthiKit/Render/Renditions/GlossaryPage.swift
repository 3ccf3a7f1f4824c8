/// `/<lang>/glossary/`: the agreed terms, each Thai term beside its translation (when the site has
/// glossaries).
struct GlossaryPage: TemplatedPage {
    static func instances(in outline: SiteOutline) -> [any Rendition] { outline.glossaries.isEmpty ? [] : [Self()] }
    static let isListedInSitemap = true
    static let template = "glossary"
    var address: RenditionAddress { .inEachLanguage(folder: [Router.glossaryFolder]) }
    func alternates(in config: SiteConfig) -> [Language] { config.languages }
    var article: Article? { nil }

    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> GlossaryContent {
        builder.glossary(on: page, head: &head)
    }
}
