/// The search index of every language, made once per build: each language's files, with the same
/// file names in every language (the most pieces any language needs; the others leave some empty).
struct SearchIndexSet: Sendable {
    /// Each language's files, by language code.
    var files: [String: SearchIndexFiles]
    /// The file names every language has, `meta.json` first.
    var names: [String]
    /// Each language's page and section counts, in the site's language order.
    var counts: [(language: String, pages: Int, sections: Int)]

    init(outline: SiteOutline) {
        let languages = outline.config.languages.map(\.code)
        let indexes = Parallel.map(languages) { language in
            SearchIndex(pages: SearchCorpus.pages(in: outline, language: language))
        }
        let natural = indexes.map(SearchIndexFiles.naturalPieceCounts)
        let pairPieces = natural.map(\.pairs).max() ?? 1
        let textPieces = natural.map(\.texts).max() ?? 1
        let built = Parallel.map(Array(zip(languages, indexes))) { language, index in
            SearchIndexFiles(index: index, language: language, pairPieces: pairPieces, textPieces: textPieces)
        }
        files = Dictionary(uniqueKeysWithValues: zip(languages, built))
        names = built.first?.files.map(\.name) ?? []
        counts = zip(languages, indexes).map { ($0, $1.pages.count, $1.entries.count) }
    }

    /// The build's summary line: each language's index, gzipped, and the most a first search fetches.
    var summary: String {
        let parts = counts.map { count in
            let sizes = files[count.language]?.gzippedSizes ?? (firstSearchAtMost: 0, total: 0)
            return "\(count.language) \(Self.kilobytes(sizes.total)) (first search at most \(Self.kilobytes(sizes.firstSearchAtMost)))"
        }
        return "search index per language (gzip, \(names.count) files each): " + parts.joined(separator: ", ")
    }

    private static func kilobytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512) / 1024
        return "\(tenths / 10).\(tenths % 10) KB"
    }
}
