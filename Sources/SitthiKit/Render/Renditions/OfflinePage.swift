/// `/<lang>/offline/`: what the service worker shows, in the reader's language, for a page that is not
/// saved on her phone when there is no connection: the pages that are, and (through the layout) the
/// hotlines. Opened online it is an ordinary page, which says the same.
struct OfflinePage: TemplatedPage {
    static func instances(in outline: SiteOutline) -> [any Rendition] { [Self()] }
    /// A page for the phone, not for search engines.
    static let isListedInSitemap = false
    static let template = "offline"
    var address: RenditionAddress { .inEachLanguage(folder: [Router.offlineFolder]) }
    func alternates(in config: SiteConfig) -> [Language] { [] }
    var article: Article? { nil }

    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> OfflineContent {
        builder.offline(on: page, head: &head)
    }

    /// The folders every reader's phone keeps in her language once she has opened a page of it: the
    /// home, the office index (when the site has a directory), the folders `offline_pages` names, and
    /// this page.
    static func keptFolders(config: SiteConfig, hasDirectory: Bool) -> [[String]] {
        [[]] + (hasDirectory ? [[Router.directoryFolder]] : []) + config.offlinePages.map(\.folder) + [[Router.offlineFolder]]
    }
}
