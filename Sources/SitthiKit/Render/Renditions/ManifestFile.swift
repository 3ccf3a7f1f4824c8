/// `/<lang>/manifest.webmanifest`: the web app manifest of each language, linked from every page of it
/// (`WebManifest` writes it).
struct ManifestFile: Rendition {
    static func instances(in outline: SiteOutline) -> [any Rendition] { [Self()] }
    static let isListedInSitemap = false
    var address: RenditionAddress { .fileInEachLanguage(folder: [], name: Router.manifestName) }
    func alternates(in config: SiteConfig) -> [Language] { [] }
    var article: Article? { nil }

    func file(for page: Page, group: GroupModel, using context: RenderContext) -> OutputFile {
        OutputFile(path: page.outputPath, contents: WebManifest(language: page.language, site: context.builder.site).json)
    }
}
