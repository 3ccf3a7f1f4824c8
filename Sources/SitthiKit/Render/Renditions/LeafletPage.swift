/// `/<lang>/<article>/leaflet.html`: an article as a printable A4 leaflet beside the Thai text, with a QR
/// code to the article. Made only when `leaflets` is on.
struct LeafletPage: TemplatedPage {
    let shown: Article

    static func instances(in outline: SiteOutline) -> [any Rendition] {
        outline.config.leaflets ? outline.articles.map(Self.init) : []
    }
    /// The article is the page to find, not its print version.
    static let isListedInSitemap = false
    static let template = "leaflet"
    var address: RenditionAddress { .fileInEachLanguage(folder: shown.folder, name: Router.leafletName) }
    func alternates(in config: SiteConfig) -> [Language] { config.languages }
    var article: Article? { nil }

    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> LeafletContent {
        builder.leaflet(shown, on: page, head: &head)
    }
}
