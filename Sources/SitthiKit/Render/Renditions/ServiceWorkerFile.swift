/// `/sw.js`: the service worker that keeps pages for reading without a connection, registered by the
/// page script `templates/assets/offline.js` (`ServiceWorkerScript` writes it).
struct ServiceWorkerFile: Rendition {
    static func instances(in outline: SiteOutline) -> [any Rendition] { [Self()] }
    static let isListedInSitemap = false
    var address: RenditionAddress { .fixed(url: Router.serviceWorkerURL, path: Router.serviceWorkerPath) }
    func alternates(in config: SiteConfig) -> [Language] { [] }
    var article: Article? { nil }

    func file(for page: Page, group: GroupModel, using context: RenderContext) -> OutputFile {
        ServiceWorkerScript(site: context.builder.site).file()
    }
}
