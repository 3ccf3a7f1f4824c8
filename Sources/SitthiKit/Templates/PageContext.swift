/// Builds the values a page template sees, from the assembled site: plain data, no I/O.
///
/// Text that may be in another language than the page (a fallback interface string, a Thai title on a
/// page not yet translated) is handed over as ready HTML, escaped and wrapped in `<span lang>` where
/// needed, so templates print it with `{{{…}}}` and every block carries its language.
struct PageContext {
    let site: AssembledSite
    let templates: TemplateSet

    private var config: SiteConfig { site.config }
    private var source: Language { site.config.defaultLanguage }

    func context(for page: Page) -> [String: Any] {
        var context = common(for: page)
        switch page.kind {
        case .languagePicker:
            context["picker"] = true
            context["choices"] = config.languages.map { language in
                ["code": language.code, "name": language.name, "englishName": language.englishName,
                 "siteTitle": language.siteTitle, "href": SiteURL.page(language.code, [])]
            }
        case .notFound:
            context["pageTitle"] = site.strings[page.language.code]?["not_found_title"].value ?? "404"
            context["notFound"] = config.languages.map { language in
                let strings = site.strings[language.code]
                return ["lang": language.code, "name": language.name,
                        "title": text(strings?["not_found_title"], on: language.code),
                        "text": text(strings?["not_found_text"], on: language.code),
                        "href": SiteURL.page(language.code, [])] as [String: Any]
            }
        case .home:
            context.merge(section(site.root, on: page), uniquingKeysWith: { $1 })
            context["pageTitle"] = page.language.siteTitle
            context["groups"] = site.root.sections.map { child -> [String: Any] in
                var group = listItem(title: child.introductions, folder: child.folder, on: page)
                group["items"] = items(of: child, on: page)
                return group
            }
            let looseArticles = site.root.articles.map { listItem(title: $0.texts, folder: $0.folder, on: page) }
            context["items"] = looseArticles
            context["hasItems"] = !looseArticles.isEmpty
            context["isEmpty"] = false
        case .section(let section):
            context.merge(self.section(section, on: page), uniquingKeysWith: { $1 })
        case .article(let article):
            context.merge(self.article(article, on: page), uniquingKeysWith: { $1 })
        }
        return context
    }

    // MARK: - Parts every page has

    private func common(for page: Page) -> [String: Any] {
        let code = page.language.code
        let strings = site.strings[code]
        var t: [String: String] = [:]
        var plain: [String: String] = [:]
        for (key, value) in strings?.texts ?? [:] {
            t[key] = text(value, on: code)
            plain[key] = value.value
        }
        let folder = Self.folder(of: page)
        var alternates: [[String: String]]
        if case .article(let article) = page.kind {
            alternates = config.languages.filter { article.texts[$0.code] != nil }
                .map { ["hreflang": $0.code, "href": config.baseURL + SiteURL.page($0.code, folder)] }
        } else if case .section = page.kind {
            alternates = config.languages.map { ["hreflang": $0.code, "href": config.baseURL + SiteURL.page($0.code, folder)] }
        } else if case .home = page.kind {
            alternates = config.languages.map { ["hreflang": $0.code, "href": config.baseURL + SiteURL.page($0.code, [])] }
        } else {
            alternates = []
        }
        if !alternates.isEmpty {
            alternates.append(["hreflang": "x-default", "href": config.baseURL + SiteURL.page(source.code, folder)])
        }
        let languageLinks = self.languageLinks(for: page, folder: folder)
        return [
            "lang": code,
            "siteTitle": page.language.siteTitle,
            "pageTitle": page.language.siteTitle,
            "description": plain["site_description"] ?? page.language.siteTitle,
            "canonical": config.baseURL + page.url,
            "alternates": alternates,
            "css": templates.styleSheet,
            "t": t,
            "plain": plain,
            "homeHref": SiteURL.page(code, []),
            "hotlines": config.hotlines.map { hotline -> [String: String] in
                let label = hotline.labels[code].map { HTML.escape($0) }
                    ?? hotline.labels[source.code].map { wrap(HTML.escape($0), in: source.code, on: code) } ?? ""
                return ["number": hotline.number, "label": label]
            },
            "languageLinks": languageLinks,
            "hasLanguageLinks": !languageLinks.isEmpty,
        ]
    }

    /// Links to the same page in each other language (every page exists in every language).
    private func languageLinks(for page: Page, folder: [String]) -> [[String: String]] {
        switch page.kind {
        case .languagePicker, .notFound: return []
        default:
            return config.languages.filter { $0 != page.language }.map {
                ["code": $0.code, "name": $0.name, "href": SiteURL.page($0.code, folder)]
            }
        }
    }

    private static func folder(of page: Page) -> [String] {
        switch page.kind {
        case .section(let section): return section.folder
        case .article(let article): return article.folder
        default: return []
        }
    }

    // MARK: - Sections and lists

    private func section(_ section: Section, on page: Page) -> [String: Any] {
        let code = page.language.code
        var context: [String: Any] = ["section": true]
        if let intro = section.introductions[code] ?? section.introductions[source.code] {
            context["title"] = wrap(HTML.escape(intro.frontMatter.title), in: intro.language, on: code)
            context["pageTitle"] = intro.frontMatter.title + " — " + page.language.siteTitle
            context["intro"] = wrap(intro.body.html, in: intro.language, on: code, block: true)
            if !intro.frontMatter.summary.isEmpty { context["description"] = intro.frontMatter.summary }
        }
        let list = items(of: section, on: page)
        context["items"] = list
        context["isEmpty"] = list.isEmpty && section.sections.isEmpty
        return context
    }

    private func items(of section: Section, on page: Page) -> [[String: Any]] {
        section.sections.map { listItem(title: $0.introductions, folder: $0.folder, on: page) }
            + section.articles.map { listItem(title: $0.texts, folder: $0.folder, on: page) }
    }

    private func listItem(title texts: [String: Document], folder: [String], on page: Page) -> [String: Any] {
        let code = page.language.code
        var item: [String: Any] = ["href": SiteURL.page(code, folder)]
        if let document = texts[code] ?? texts[source.code] {
            item["title"] = wrap(HTML.escape(document.frontMatter.title), in: document.language, on: code)
            item["summary"] = wrap(HTML.escape(document.frontMatter.summary), in: document.language, on: code)
        }
        return item
    }

    // MARK: - Articles

    private func article(_ article: Article, on page: Page) -> [String: Any] {
        let code = page.language.code
        let sourceText = article.texts[source.code]!
        let own = article.texts[code]
        let shown = own ?? sourceText
        var context: [String: Any] = [
            "article": true,
            "title": wrap(HTML.escape(shown.frontMatter.title), in: shown.language, on: code),
            "pageTitle": shown.frontMatter.title + " — " + page.language.siteTitle,
            "description": shown.frontMatter.summary,
            "summary": wrap(HTML.escape(shown.frontMatter.summary), in: shown.language, on: code),
            "sourceLang": source.code,
            "sourceName": source.name,
        ]
        if let updated = shown.frontMatter.updated ?? sourceText.frontMatter.updated {
            context["updated"] = updated.description
        }
        let sources = shown.frontMatter.sources.isEmpty ? sourceText : shown
        context["sources"] = sources.frontMatter.sources.map { wrap(HTML.escape($0), in: sources.language, on: code) }
        context["hasSources"] = !sources.frontMatter.sources.isEmpty
        let available = config.languages.filter { article.texts[$0.code] != nil && $0 != page.language }.map {
            ["code": $0.code, "name": $0.name, "href": SiteURL.page($0.code, article.folder)]
        }
        context["available"] = available
        context["hasAvailable"] = !available.isEmpty

        if code == source.code {
            context["sourceOnly"] = true
            context["body"] = sourceText.body.html
        } else if own == nil {
            context["notTranslated"] = true
            context["body"] = wrap(sourceText.body.html, in: source.code, on: code, block: true)
        } else if let own {
            context["bilingual"] = true
            context["draft"] = own.frontMatter.translation != .reviewed
            context["sourceTitle"] = HTML.escape(sourceText.frontMatter.title)
            let mine = own.body.sections
            let theirs = article.embeddedSource.sections
            if mine.count == theirs.count {
                context["pairs"] = zip(mine, theirs).compactMap { pair -> [String: String]? in
                    if pair.0.html.isEmpty && pair.1.html.isEmpty { return nil }
                    return ["reader": pair.0.html, "source": pair.1.html]
                }
            } else {
                context["unaligned"] = true
                context["readerBody"] = own.body.html
                context["sourceBody"] = article.embeddedSource.html
            }
        }
        return context
    }

    // MARK: - Language tagging

    /// An interface text as HTML for a page, tagged with its language when it is a fallback.
    private func text(_ value: InterfaceStrings.Text?, on page: String) -> String {
        guard let value else { return "" }
        return wrap(HTML.escape(value.value), in: value.language, on: page)
    }

    /// HTML in a language, wrapped in an element carrying `lang` when that is not the page's language.
    private func wrap(_ html: String, in language: String, on page: String, block: Bool = false) -> String {
        guard language != page else { return html }
        return block ? "<div lang=\"\(language)\">\(html)</div>" : "<span lang=\"\(language)\">\(html)</span>"
    }
}
