/// One page as the search index knows it: its address and title, and its text cut into sections.
struct IndexedPage: Sendable, Hashable {
    /// What kind of page it is, for ranking and for the no-script term list.
    enum Kind: String, Sendable, Hashable {
        case article, section, province
    }

    /// The page's URL (`/my/work/wages/`).
    var url: String
    /// The title in the page's language, as shown.
    var title: String
    var kind: Kind
    /// The title (with the summary) first, then one entry per `##` section, in order.
    var sections: [SearchSection]
}

/// A piece of a page a result can open at: the text under one `##` heading, or the page's title part.
struct SearchSection: Sendable, Hashable {
    /// The heading's id on the page (`nil` for the title part and the text before the first heading).
    var anchor: String?
    /// The heading as shown (`nil` where there is none).
    var heading: String?
    /// The visible text, in NFC with runs of white space as one space (`SearchNormalizer.clean`).
    var text: String
}

/// Gathers, for each language, the pages the search finds: articles written in that language (each
/// `##` section addressable), section pages, and the directory's province pages with the province's
/// name in every language. Pages that show only the Thai text (a missing translation) and the Thai text
/// set beside a translation are found through the Thai index: the search page looks there too when a
/// query has Thai letters, and opens the page in its own language.
enum SearchCorpus {
    /// The pages of `language`'s index, in reading order.
    static func pages(in outline: SiteOutline, language: String) -> [IndexedPage] {
        var pages: [IndexedPage] = []
        func visit(_ section: Section) {
            if !section.folder.isEmpty, let introduction = section.introductions[language] {
                pages.append(page(for: introduction, kind: .section, url: Router.url(language, section.folder)))
            }
            for article in section.articles {
                if let text = article.texts[language] {
                    pages.append(page(for: text, kind: .article, url: Router.url(language, article.folder)))
                }
            }
            section.sections.forEach(visit)
        }
        visit(outline.root)
        if let directory = outline.directory {
            pages += directory.provinces.map { province in
                provincePage(province, directory: directory, language: language, source: outline.config.defaultLanguage.code)
            }
        }
        return pages
    }

    private static func page(for document: Document, kind: IndexedPage.Kind, url: String) -> IndexedPage {
        let title = SearchNormalizer.clean(document.frontMatter.title)
        var sections = [
            SearchSection(
                anchor: nil, heading: nil,
                text: SearchNormalizer.clean(document.frontMatter.title + " — " + document.frontMatter.summary))
        ]
        for part in document.body.sections {
            let text = String(decoding: SearchNormalizer.clean(bytes: SearchPlainText.bytes(of: part.html)), as: UTF8.self)
            guard !text.isEmpty else { continue }
            sections.append(
                SearchSection(
                    anchor: SearchPlainText.headingID(of: part.html),
                    heading: part.heading.map { SearchNormalizer.clean($0) }, text: text))
        }
        // The legal basis the page lists under the text.
        let sources = SearchNormalizer.clean(document.frontMatter.sources.joined(separator: " · "))
        if !sources.isEmpty { sections.append(SearchSection(anchor: nil, heading: nil, text: sources)) }
        return IndexedPage(url: url, title: title, kind: kind, sections: sections)
    }

    private static func provincePage(
        _ province: Province, directory: OfficeDirectory, language: String, source: String
    ) -> IndexedPage {
        let title = province.names[language].flatMap { $0.isEmpty ? nil : $0 } ?? province.names[source] ?? province.slug
        // Every language's name, so a worker finds the province by the name she knows.
        var names = [title] + province.names.keys.sorted().compactMap { province.names[$0] }.filter { $0 != title && !$0.isEmpty }
        for office in directory.offices(in: province) {
            for code in [language, source] {
                if let name = office.names[code], !name.isEmpty, !names.contains(name) { names.append(name) }
            }
        }
        return IndexedPage(
            url: Router.url(language, [Router.directoryFolder, province.slug]), title: SearchNormalizer.clean(title),
            kind: .province, sections: [SearchSection(anchor: nil, heading: nil, text: SearchNormalizer.clean(names.joined(separator: " · ")))])
    }
}
