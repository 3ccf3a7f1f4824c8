/// The search index of every language, made once per build: each language's files, with the same
/// file names in every language.
///
/// The names are fixed before the index is made (from the size of the text the site holds), so the
/// pages can be planned at once and the index made on another thread while the pages are rendered and
/// written (`SearchIndexPiece`): on a large site most of its cost then overlaps the kernel's work of
/// creating the page files.
struct SearchIndexSet: Sendable {
    /// Each language's files, by language code.
    var files: [String: SearchIndexFiles]
    /// Each language's page and section counts, in the site's language order.
    var counts: [(language: String, pages: Int, sections: Int)]

    /// How many pair and text pieces every language's index is cut into, from the most text any one
    /// language holds (its rendered sections, titles and summaries: more than the plain text, so pieces
    /// come out at most their nominal size).
    static func pieceCounts(for outline: SiteOutline) -> (pairs: Int, texts: Int) {
        var bytes: [String: Int] = [:]
        func add(_ document: Document, language: String) {
            bytes[language, default: 0] +=
                document.frontMatter.title.utf8.count + document.frontMatter.summary.utf8.count
                + document.body.sections.reduce(0) { $0 + $1.html.utf8.count }
        }
        func visit(_ section: Section) {
            for (language, introduction) in section.introductions where !section.folder.isEmpty { add(introduction, language: language) }
            for article in section.articles {
                for (language, text) in article.texts { add(text, language: language) }
            }
            section.sections.forEach(visit)
        }
        visit(outline.root)
        let most = bytes.values.max() ?? 0
        return SearchIndexFiles.pieceCounts(forTextBytes: most)
    }

    /// The file names of an index cut into `pieces`, `meta.json` first.
    static func names(pieces: (pairs: Int, texts: Int)) -> [String] {
        ["meta.json"] + (0..<pieces.pairs).map { "pairs-\($0).json" } + (0..<pieces.texts).map { "text-\($0).json" }
    }

    init(outline: SiteOutline, pieces: (pairs: Int, texts: Int)) {
        let languages = outline.config.languages.map(\.code)
        let indexes = Parallel.map(languages) { language in
            SearchIndex(pages: outline.searchPages[language] ?? SearchCorpus.pages(in: outline, language: language))
        }
        let built = Parallel.map(Array(zip(languages, indexes))) { language, index in
            SearchIndexFiles(index: index, language: language, pairPieces: pieces.pairs, textPieces: pieces.texts)
        }
        files = Dictionary(uniqueKeysWithValues: zip(languages, built))
        counts = zip(languages, indexes).map { ($0, $1.pages.count, $1.entries.count) }
    }

    /// The build's summary line: each language's index and the most a first search fetches, gzipped
    /// when the site is published compressed (`compress: true`), else as written (a build that
    /// compresses nothing does not compress the index only to count it).
    func summary(gzipped: Bool) -> String {
        let parts = counts.map { count in
            let sizes = files[count.language]?.sizes(gzipped: gzipped) ?? (firstSearchAtMost: 0, total: 0)
            return "\(count.language) \(Self.kilobytes(sizes.total)) (first search at most \(Self.kilobytes(sizes.firstSearchAtMost)))"
        }
        let fileCount = files.values.first?.files.count ?? 0
        return "search index per language (\(gzipped ? "gzip" : "uncompressed"), \(fileCount) files each): "
            + parts.joined(separator: ", ")
    }

    private static func kilobytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512) / 1024
        return "\(tenths / 10).\(tenths % 10) KB"
    }
}
