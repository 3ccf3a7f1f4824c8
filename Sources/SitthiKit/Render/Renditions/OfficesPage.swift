/// `/<lang>/offices/`: every office and help line, by region and province (when the site has a directory).
struct OfficesPage: TemplatedPage {
    static func instances(in outline: SiteOutline) -> [any Rendition] { outline.directory == nil ? [] : [Self()] }
    static let isListedInSitemap = true
    static let template = "offices"
    var address: RenditionAddress { .inEachLanguage(folder: [Router.directoryFolder]) }
    func alternates(in config: SiteConfig) -> [Language] { config.languages }
    var article: Article? { nil }

    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> OfficesContent {
        builder.directoryIndex(on: page, head: &head)
    }
}
