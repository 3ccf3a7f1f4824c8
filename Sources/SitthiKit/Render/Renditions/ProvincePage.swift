/// `/<lang>/offices/<province>/`: one province's offices in full.
struct ProvincePage: TemplatedPage {
    let province: Province

    static func instances(in outline: SiteOutline) -> [any Rendition] { (outline.directory?.provinces ?? []).map(Self.init) }
    static let isListedInSitemap = true
    static let template = "office-province"
    var address: RenditionAddress { .inEachLanguage(folder: [Router.directoryFolder, province.slug]) }
    func alternates(in config: SiteConfig) -> [Language] { config.languages }
    var article: Article? { nil }

    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> ProvinceContent {
        builder.provincePage(province, on: page, head: &head)
    }
}
