/// `/<lang>/<article>/`: an article, beside its Thai source section by section when it is a translation,
/// or the Thai text (tagged) where there is none yet.
struct ArticlePage: TemplatedPage {
    let shown: Article

    static func instances(in outline: SiteOutline) -> [any Rendition] { outline.articles.map(Self.init) }
    static let isListedInSitemap = true
    static let template = "article"
    var address: RenditionAddress { .inEachLanguage(folder: shown.folder) }
    /// Only the languages it is written in: a page that shows the Thai text is not a version of its own.
    func alternates(in config: SiteConfig) -> [Language] { config.languages.filter { shown.texts[$0.code] != nil } }
    var article: Article? { shown }

    func content(on page: Page, builder: PageModelBuilder, head: inout PageHead) -> ArticleContent {
        builder.article(shown, on: page, head: &head)
    }

    /// Held to the weight budget by the Markdown file it shows.
    func file(for page: Page, group: GroupModel, using context: RenderContext) -> OutputFile {
        let source = context.builder.source.code
        return OutputFile(
            path: page.outputPath, contents: html(for: page, group: group, using: context),
            articleSource: (shown.texts[page.language.code] ?? shown.texts[source])?.path)
    }
}
