/// `/<lang>/<section>/`: a section's introduction and everything in it.
struct SectionPage: TemplatedPage {
    let section: Section

    static func instances(in outline: SiteOutline) -> [any Rendition] { outline.sections.map(Self.init) }
    static let isListedInSitemap = true
    static let template = "section"
    var address: RenditionAddress { .inEachLanguage(folder: section.folder) }
    func alternates(in config: SiteConfig) -> [Language] { config.languages }
    var article: Article? { nil }

    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> SectionContent {
        builder.section(section, on: page, head: &head)
    }
}
