/// The editors' listed terms of each language (`SearchTermList`), each with the pages of that language
/// that hold it: what the search page adds to the headings' terms, and what `check` warns about when
/// no page holds a term.
struct ListedSearchTerm: Sendable {
    /// A page that holds the term, opened where the term first appears on it.
    struct Link: Sendable, Hashable {
        /// The page's URL.
        var page: String
        /// The id of the `##` section where the term first appears, `nil` when it is not in one.
        var anchor: String?
        /// The page's title, as the search shows it.
        var title: String

        /// The page's URL, with `#anchor` when the term first appears in a `##` section.
        var url: String { page + (anchor.map { "#" + $0 } ?? "") }
    }

    /// The term as listed, with its place in the list file.
    var term: SearchTermList.Term
    /// The pages that hold it, in reading order (none when no page does).
    var links: [Link]

    /// Each listed language's terms with their links, and the pages they were looked for in: the pages
    /// the search index holds (`SearchCorpus`), searched once per language for all its terms. The
    /// index reuses those pages (`SiteOutline.searchPages`) rather than reading the texts again.
    static func find(
        _ lists: [String: SearchTermList], in outline: SiteOutline
    ) -> (terms: [String: [ListedSearchTerm]], pages: [String: [IndexedPage]]) {
        let languages = outline.config.languages.map(\.code).filter { lists[$0] != nil }
        let found = Parallel.map(languages) { language -> (terms: [ListedSearchTerm], pages: [IndexedPage]) in
            let terms = lists[language]!.terms
            let pages = SearchCorpus.pages(in: outline, language: language)
            let places = SearchTermFinder(terms: terms.map(\.text)).places(in: pages)
            let listed = zip(terms, places).map { term, places in
                ListedSearchTerm(
                    term: term,
                    links: places.map { place in
                        let page = pages[place.page]
                        return Link(page: page.url, anchor: place.anchor, title: page.title)
                    })
            }
            return (listed, pages)
        }
        return (
            Dictionary(uniqueKeysWithValues: zip(languages, found.map(\.terms))),
            Dictionary(uniqueKeysWithValues: zip(languages, found.map(\.pages)))
        )
    }
}
