/// `/<lang>/<article>/share.png` for each article, and `/<lang>/share.png` for every other page of a
/// language: the 1200×630 picture link previews show (`og:image`), drawn by the drawing stage
/// (`Drawing/SharePicture.swift`). Made when `share_images` is on.
struct SharePictureFile: Rendition {
    /// The article it shows; `nil` for the language's own picture.
    let shown: Article?

    static func instances(in outline: SiteOutline) -> [any Rendition] {
        outline.config.shareImages ? [Self(shown: nil)] + outline.articles.map { Self(shown: $0) } : []
    }
    static let isListedInSitemap = false
    var address: RenditionAddress { .fileInEachLanguage(folder: shown?.folder ?? [], name: Router.sharePictureName) }
    /// A picture names no alternates.
    func alternates(in config: SiteConfig) -> [Language] { [] }
    var article: Article? { nil }

    /// Left for the drawing stage to draw.
    func file(for page: Page, group: GroupModel, using context: RenderContext) -> OutputFile {
        OutputFile(path: page.outputPath, contents: [], drawing: context.builder.sharePicture(of: shown, on: page))
    }
}
