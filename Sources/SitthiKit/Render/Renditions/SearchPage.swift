/// `/<lang>/search/`: the search form; with script, the results of `?q=` from the language's index
/// (`SearchIndexPiece`); without, the key terms of the language's pages.
struct SearchPage: TemplatedPage {
    static func instances(in outline: SiteOutline) -> [any Rendition] { [Self()] }
    static let isListedInSitemap = false
    static let template = "search"
    var address: RenditionAddress { .inEachLanguage(folder: [Router.searchFolder]) }
    func alternates(in config: SiteConfig) -> [Language] { config.languages }
    var article: Article? { nil }

    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> SearchContent {
        builder.search(on: page, head: &head)
    }
}
