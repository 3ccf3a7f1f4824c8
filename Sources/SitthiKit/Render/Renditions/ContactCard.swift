/// `/offices/<id>.vcf`: an office as a contact card a phone can save, the same in every language.
struct ContactCard: Rendition {
    let office: Office

    static func instances(in outline: SiteOutline) -> [any Rendition] { (outline.directory?.offices ?? []).map(Self.init) }
    static let isListedInSitemap = false
    var address: RenditionAddress { .fixed(url: Router.contactCardURL(office.id), path: Router.contactCardPath(office.id)) }
    func alternates(in config: SiteConfig) -> [Language] { [] }
    var article: Article? { nil }

    func file(for page: Page, group: GroupModel, using context: RenderContext) -> OutputFile {
        let directory = context.builder.site.directory
        let province = office.province.flatMap { directory?.province($0)?.names["th"] }
        return OutputFile(path: page.outputPath, contents: Array(VCard.card(for: office, provinceName: province).utf8))
    }
}
