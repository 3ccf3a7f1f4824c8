/// `/<lang>/`: a language's home, with its sections and their first articles.
struct HomePage: TemplatedPage {
    static func instances(in outline: SiteOutline) -> [any Rendition] { [Self()] }
    static let isListedInSitemap = true
    static let template = "language-home"
    var address: RenditionAddress { .inEachLanguage(folder: []) }
    func alternates(in config: SiteConfig) -> [Language] { config.languages }
    var article: Article? { nil }

    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> HomeContent {
        builder.home(on: page, head: &head)
    }
}
