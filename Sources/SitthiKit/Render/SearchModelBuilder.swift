/// The model of the search page: its form, where the script finds the index, and the key terms (every
/// `##` heading of the language's articles, each linking to the sections it heads, and the terms of the
/// language's list, each linking to the pages that hold it; alphabetical, each term once).
extension PageModelBuilder {
    func search(on page: Page, head: inout PageHead) -> SearchContent {
        let code = page.language.code
        let strings = site.strings[code]
        head.pageTitle = HTMLText(HTML.escape((strings?["search_title"].value ?? "") + " — " + page.language.siteTitle))
        head.description = HTMLText(HTML.escape(strings?["search_intro"].value ?? ""))
        var places: [String: [SearchTermLink]] = [:]
        var pagesLinked: [String: Set<String>] = [:]
        for article in site.outline.articles {
            guard let text = article.texts[code] else { continue }
            let title = HTMLText(HTML.escape(text.frontMatter.title))
            for section in text.body.sections {
                guard let heading = section.heading, let anchor = SearchPlainText.headingID(of: section.html) else { continue }
                let term = SearchNormalizer.clean(heading)
                guard !term.isEmpty else { continue }
                pagesLinked[term, default: []].insert(Router.url(code, article.folder))
                places[term, default: []].append(
                    SearchTermLink(href: HTMLText(HTML.escape(Router.url(code, article.folder) + "#" + anchor)), title: title))
            }
        }
        // The editors' listed terms: each links to the pages that hold it, where it first appears, but
        // not again to a page the same heading already links to.
        for listed in site.outline.searchTerms[code] ?? [] where !listed.links.isEmpty {
            for link in listed.links where pagesLinked[listed.term.text]?.contains(link.page) != true {
                places[listed.term.text, default: []].append(SearchTermLink(href: HTMLText(HTML.escape(link.url)), title: HTMLText(HTML.escape(link.title))))
            }
        }
        let terms = places.keys.sorted().map { SearchTerm(term: HTMLText(HTML.escape($0)), links: places[$0]!) }
        let source = config.defaultLanguage.code
        return SearchContent(
            action: HTMLText(Router.url(code, [Router.searchFolder])),
            indexHref: HTMLText(Router.url(code, [Router.searchFolder])),
            thaiIndexHref: HTMLText(Router.url(source, [Router.searchFolder])),
            terms: terms)
    }
}
