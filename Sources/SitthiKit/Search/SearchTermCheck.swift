/// The check's warning for a listed search term that no page of its language holds: the search page
/// leaves it out, so it is usually misspelled or no longer used.
struct SearchTermCheck {
    let diagnostics: Diagnostics

    func check(_ listed: [String: [ListedSearchTerm]], config: SiteConfig) {
        for (code, terms) in listed.sorted(by: { $0.key < $1.key }) {
            let language = config.language(code)?.englishName ?? code
            for term in terms where term.links.isEmpty {
                diagnostics.warning(
                    "no \(language) page holds `\(term.term.text)`, listed in \(SearchTermList.path(for: code)): the search page leaves it out; check its spelling or remove it",
                    at: term.term.location)
            }
        }
    }
}
