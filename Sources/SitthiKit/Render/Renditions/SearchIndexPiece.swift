/// `/<lang>/search/<name>.json`: one file of a language's search index (`SearchIndexFiles`), fetched by
/// the search page's script. The index of every language is made once, on another thread, from the
/// moment the renditions are listed; the pieces come last among the site's pages, so the pages are
/// rendered and written while it is made.
struct SearchIndexPiece: Rendition {
    /// The file's name within the language's search folder.
    let name: String
    /// Every language's index, shared by all the pieces.
    let set: Prefetch<SearchIndexSet>

    static func instances(in outline: SiteOutline) -> [any Rendition] {
        let pieces = SearchIndexSet.pieceCounts(for: outline)
        let set = Prefetch { SearchIndexSet(outline: outline, pieces: pieces) }
        return SearchIndexSet.names(pieces: pieces).map { Self(name: $0, set: set) }
    }
    static let isListedInSitemap = false
    var address: RenditionAddress { .fileInEachLanguage(folder: [Router.searchFolder], name: name) }
    func alternates(in config: SiteConfig) -> [Language] { [] }
    var article: Article? { nil }

    func file(for page: Page, group: GroupModel, using context: RenderContext) -> OutputFile {
        let bytes = set.value().files[page.language.code]?.files.first { $0.name == name }?.bytes ?? []
        return OutputFile(path: page.outputPath, contents: bytes)
    }
}
