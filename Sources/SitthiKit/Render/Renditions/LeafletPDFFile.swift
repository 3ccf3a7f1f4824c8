/// `/<lang>/<article>/leaflet.pdf`: the article's leaflet as an A4 PDF to forward or print, drawn with
/// Pango and Cairo (`Drawing/LeafletPDF.swift`) by the drawing stage. Made when `leaflets` and
/// `leaflet_pdfs` are both on.
struct LeafletPDFFile: Rendition {
    let shown: Article

    static func instances(in outline: SiteOutline) -> [any Rendition] {
        outline.config.leafletPDFs ? outline.articles.map(Self.init) : []
    }
    /// The article is the page to find, not its print version.
    static let isListedInSitemap = false
    var address: RenditionAddress { .fileInEachLanguage(folder: shown.folder, name: Router.leafletPDFName) }
    /// A PDF names no alternates.
    func alternates(in config: SiteConfig) -> [Language] { [] }
    var article: Article? { nil }

    /// Left for the drawing stage to draw.
    func file(for page: Page, group: GroupModel, using context: RenderContext) -> OutputFile {
        OutputFile(path: page.outputPath, contents: [], drawing: context.builder.leafletPDF(shown, on: page))
    }
}
