/// `/404.html`: the "not found" message in every language, each linking to its home.
struct NotFoundPage: TemplatedPage {
    static func instances(in outline: SiteOutline) -> [any Rendition] { [Self()] }
    static let isListedInSitemap = false
    static let template = "not-found"
    var address: RenditionAddress { .fixed(url: Router.notFoundURL, path: Router.notFoundPath) }
    func alternates(in config: SiteConfig) -> [Language] { [] }
    var article: Article? { nil }

    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> NotFoundContent {
        builder.notFound(on: page, head: &head)
    }
}
