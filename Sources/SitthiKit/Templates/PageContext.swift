/// Builds the values a page template sees, from the assembled site: plain data, no I/O.
///
/// Every value is ready HTML (`HTMLText`): escaped here, once, and wrapped in `<span lang>` or `<div lang>` where the
/// text is in another language than the page (a fallback interface string, a Thai title on a page not
/// yet translated). Templates print values with `{{{…}}}`; a `{{…}}` would escape them twice, which
/// shows as visible entities and is never unsafe. The parts that depend only on the language (interface
/// strings, hotlines) are built once per language, not once per page.
struct PageContext {
    let site: AssembledSite
    let templates: TemplateSet
    /// The per-language parts, by language code.
    private let shared: [String: [String: Any]]
    /// Dates in each language's own form.
    private let dates: DateDisplay
    /// The share links block of each language, ready for a page's address.
    private let shareLinks: [String: ShareLinks]

    /// How many entries of each section the language home lists; the section page lists them all.
    static let homeListLength = 12

    var config: SiteConfig { site.config }
    var source: Language { site.config.defaultLanguage }

    init(site: AssembledSite, templates: TemplateSet) {
        self.site = site
        self.templates = templates
        var days: Set<CalendarDay> = []
        for group in site.pageGroups {
            guard case .article(let article)? = group.pages.first?.kind else { continue }
            for text in article.texts.values { if let day = text.frontMatter.updated { days.insert(day) } }
        }
        dates = DateDisplay(languages: site.config.languages, days: days)
        var shared: [String: [String: Any]] = [:]
        var shareLinks: [String: ShareLinks] = [:]
        let source = site.config.defaultLanguage.code
        for language in site.config.languages {
            let code = language.code
            var t: [String: HTMLText] = [:]
            var attr: [String: HTMLText] = [:]
            for (key, value) in site.strings[code]?.texts ?? [:] {
                t[key] = HTMLText(Self.wrap(HTML.escape(value.value), in: value.language, on: code))
                attr[key] = HTMLText(HTML.escape(value.value))
            }
            var parts: [String: Any] = [
                "lang": HTMLText(code),
                "siteTitle": HTMLText(HTML.escape(language.siteTitle)),
                "description": attr["site_description"] ?? HTMLText(HTML.escape(language.siteTitle)),
                "css": HTMLText(templates.styleSheet),
                "t": t,
                "attr": attr,
                "homeHref": HTMLText(SiteURL.page(code, [])),
                "hasDirectory": site.directory != nil,
                "locale": HTMLText(HTML.escape(language.locale)),
                "localeAlternates": site.config.languages.filter { $0 != language }.map { HTMLText(HTML.escape($0.locale)) },
                "ogType": HTMLText("website"),
                "officesHref": HTMLText(SiteURL.page(code, [Assembler.directoryFolder])),
                "hotlines": site.config.hotlines.map { hotline -> [String: HTMLText] in
                    let label = hotline.labels[code].map { HTML.escape($0) }
                        ?? hotline.labels[source].map { Self.wrap(HTML.escape($0), in: source, on: code) } ?? ""
                    return ["number": HTMLText(HTML.escape(hotline.number)), "label": HTMLText(label)]
                },
            ]
            var shareImage: [String: Any] = [:]
            if let image = site.shareImages[code] {
                shareImage["shareImage"] = ["url": HTMLText(HTML.escape(site.config.baseURL + image.href)), "width": HTMLText(String(image.width)),
                                            "height": HTMLText(String(image.height)), "alt": HTMLText(HTML.escape(language.siteTitle))]
            }
            // The same for every page of the language: filled once here, inserted with
            // {{{shareImageBlock}}} and {{{hotlinesBlock}}}.
            parts["shareImageBlock"] = HTMLText(templates.render("share-image", shareImage))
            parts["hotlinesBlock"] = HTMLText(templates.render("hotlines", parts))
            shareLinks[code] = ShareLinks(templates: templates, strings: t)
            shared[code] = parts
        }
        self.shared = shared
        self.shareLinks = shareLinks
    }

    /// What the pages of a group share: the `<link rel="alternate">` list, filled once from
    /// `alternates.mustache` and inserted by the layout as `{{{alternatesBlock}}}`.
    func groupContext(for group: PageGroup) -> [String: Any] {
        guard let first = group.pages.first else { return [:] }
        let folder = group.folder
        var alternates: [[String: HTMLText]]
        switch first.kind {
        case .article(let article):
            alternates = config.languages.filter { article.texts[$0.code] != nil }.map { alternate($0.code, folder) }
        case .section, .home, .offices, .officeProvince, .leaflet:
            alternates = config.languages.map { alternate($0.code, folder) }
        case .languagePicker, .notFound:
            alternates = []
        }
        if !alternates.isEmpty {
            alternates.append(["hreflang": HTMLText("x-default"), "href": HTMLText(HTML.escape(config.baseURL + SiteURL.page(source.code, folder)))])
        }
        return ["alternatesBlock": HTMLText(templates.render("alternates", ["alternates": alternates]))]
    }

    func context(for page: Page, group: [String: Any]) -> [String: Any] {
        var context = common(for: page)
        context.merge(group, uniquingKeysWith: { $1 })
        switch page.kind {
        case .languagePicker:
            context["choices"] = config.languages.map { language in
                ["code": HTMLText(language.code), "name": HTMLText(HTML.escape(language.name)),
                 "siteTitle": HTMLText(HTML.escape(language.siteTitle)), "href": HTMLText(SiteURL.page(language.code, []))]
            }
        case .notFound:
            context["pageTitle"] = HTMLText(site.strings[page.language.code].map { HTML.escape($0["not_found_title"].value) } ?? "404")
            context["notFound"] = config.languages.map { language in
                let strings = site.strings[language.code]
                return ["lang": HTMLText(language.code), "name": HTMLText(HTML.escape(language.name)),
                        "title": HTMLText(text(strings?["not_found_title"], on: language.code)),
                        "text": HTMLText(text(strings?["not_found_text"], on: language.code)),
                        "href": HTMLText(SiteURL.page(language.code, []))]
            }
        case .home:
            context.merge(section(site.root, on: page), uniquingKeysWith: { $1 })
            context["pageTitle"] = HTMLText(HTML.escape(page.language.siteTitle))
            context["groups"] = site.root.sections.map { child -> [String: Any] in
                var group = listItem(title: child.introductions, folder: child.folder, on: page)
                let all = items(of: child, on: page)
                group["items"] = Array(all.prefix(Self.homeListLength))
                group["more"] = all.count > Self.homeListLength
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
        case .offices:
            context.merge(directoryIndex(on: page), uniquingKeysWith: { $1 })
        case .officeProvince(let province):
            context.merge(provincePage(province, on: page), uniquingKeysWith: { $1 })
        case .leaflet(let article):
            context.merge(leaflet(article, on: page), uniquingKeysWith: { $1 })
        }
        return context
    }

    // MARK: - Parts every page has

    private func common(for page: Page) -> [String: Any] {
        let code = page.language.code
        var context = shared[code] ?? [:]
        let folder = Self.folder(of: page)
        let languageLinks = self.languageLinks(for: page, folder: folder)
        context["pageTitle"] = context["siteTitle"]
        context["ogTitle"] = context["siteTitle"]
        let address = config.baseURL + page.url
        context["canonical"] = HTMLText(HTML.escape(address))
        switch page.kind {
        case .languagePicker, .notFound: break
        default:
            if let share = shareLinks[code] { context["shareBlock"] = HTMLText(share.html(for: address)) }
        }
        context["languageLinks"] = languageLinks
        context["hasLanguageLinks"] = !languageLinks.isEmpty
        return context
    }

    private func alternate(_ code: String, _ folder: [String]) -> [String: HTMLText] {
        ["hreflang": HTMLText(code), "href": HTMLText(HTML.escape(config.baseURL + SiteURL.page(code, folder)))]
    }

    /// Links to the same page in each other language (every page exists in every language).
    private func languageLinks(for page: Page, folder: [String]) -> [[String: HTMLText]] {
        switch page.kind {
        case .languagePicker, .notFound: return []
        default:
            return config.languages.filter { $0 != page.language }.map {
                ["code": HTMLText($0.code), "name": HTMLText(HTML.escape($0.name)), "href": HTMLText(SiteURL.page($0.code, folder))]
            }
        }
    }

    private static func folder(of page: Page) -> [String] {
        switch page.kind {
        case .section(let section): return section.folder
        case .article(let article): return article.folder
        case .leaflet(let article): return article.folder + [Assembler.leafletFolder]
        case .offices: return [Assembler.directoryFolder]
        case .officeProvince(let province): return [Assembler.directoryFolder, province.slug]
        default: return []
        }
    }

    // MARK: - Sections and lists

    private func section(_ section: Section, on page: Page) -> [String: Any] {
        let code = page.language.code
        var context: [String: Any] = [:]
        if let intro = section.introductions[code] ?? section.introductions[source.code] {
            context["title"] = HTMLText(Self.wrap(intro.titleHTML, in: intro.language, on: code))
            context["pageTitle"] = HTMLText(HTML.escape(intro.frontMatter.title + " — " + page.language.siteTitle))
            context["ogTitle"] = HTMLText(intro.titleHTML)
            context["intro"] = HTMLText(Self.wrap(intro.body.html, in: intro.language, on: code, block: true))
            if !intro.frontMatter.summary.isEmpty { context["description"] = HTMLText(intro.summaryHTML) }
        }
        let list = items(of: section, on: page)
        context["items"] = list
        context["isEmpty"] = list.isEmpty
        return context
    }

    private func items(of section: Section, on page: Page) -> [[String: Any]] {
        section.sections.map { listItem(title: $0.introductions, folder: $0.folder, on: page) }
            + section.articles.map { listItem(title: $0.texts, folder: $0.folder, on: page) }
    }

    private func listItem(title texts: [String: Document], folder: [String], on page: Page) -> [String: Any] {
        let code = page.language.code
        var item: [String: Any] = ["href": HTMLText(SiteURL.page(code, folder))]
        if let document = texts[code] ?? texts[source.code] {
            item["title"] = HTMLText(Self.wrap(document.titleHTML, in: document.language, on: code))
            if !document.frontMatter.summary.isEmpty {
                item["summary"] = HTMLText(Self.wrap(document.summaryHTML, in: document.language, on: code))
            }
        }
        return item
    }

    // MARK: - Articles

    /// What an article's page and its leaflet both show at the top: the title in the reader's language
    /// (the Thai title, tagged, when there is no translation), the summary and the date.
    private func articleHead(_ article: Article, on page: Page) -> (context: [String: Any], source: Document, own: Document?) {
        let code = page.language.code
        let sourceText = article.texts[source.code]!
        let own = article.texts[code]
        let shown = own ?? sourceText
        var context: [String: Any] = [
            "title": HTMLText(Self.wrap(shown.titleHTML, in: shown.language, on: code)),
            "pageTitle": HTMLText(HTML.escape(shown.frontMatter.title + " — " + page.language.siteTitle)),
            "ogTitle": HTMLText(shown.titleHTML),
            "ogType": HTMLText("article"),
            "description": HTMLText(shown.summaryHTML),
            "summary": HTMLText(Self.wrap(shown.summaryHTML, in: shown.language, on: code)),
            "sourceLang": HTMLText(source.code),
        ]
        if let updated = shown.frontMatter.updated ?? sourceText.frontMatter.updated {
            context["updated"] = HTMLText(updated.description)
            context["updatedText"] = HTMLText(HTML.escape(dates.text(updated, language: code)))
        }
        return (context, sourceText, own)
    }

    private func article(_ article: Article, on page: Page) -> [String: Any] {
        let code = page.language.code
        var (context, sourceText, own) = articleHead(article, on: page)
        let shown = own ?? sourceText
        let sources = shown.frontMatter.sources.isEmpty ? sourceText : shown
        context["sources"] = sources.frontMatter.sources.map { HTMLText(Self.wrap(HTML.escape($0), in: sources.language, on: code)) }
        context["hasSources"] = !sources.frontMatter.sources.isEmpty
        let available = config.languages.filter { article.texts[$0.code] != nil && $0 != page.language }.map {
            ["code": HTMLText($0.code), "name": HTMLText(HTML.escape($0.name)), "href": HTMLText(SiteURL.page($0.code, article.folder))]
        }
        context["available"] = available
        context["hasAvailable"] = !available.isEmpty
        if config.leaflets { context["leafletHref"] = HTMLText(SiteURL.page(code, article.folder + [Assembler.leafletFolder])) }

        if code == source.code {
            context["sourceOnly"] = true
            context["body"] = HTMLText(sourceText.body.html)
        } else if let own {
            context["draft"] = own.frontMatter.translation != .reviewed
            context["sourceTitle"] = HTMLText(sourceText.titleHTML)
            let mine = own.body.sections
            let embedded = sourceText.embeddedBody ?? sourceText.body
            let theirs = embedded.sections
            if mine.count == theirs.count {
                context["pairs"] = zip(mine, theirs).compactMap { pair -> [String: HTMLText]? in
                    if pair.0.html.isEmpty && pair.1.html.isEmpty { return nil }
                    return ["reader": HTMLText(pair.0.html), "source": HTMLText(pair.1.html)]
                }
            } else {
                context["unaligned"] = true
                context["readerBody"] = HTMLText(own.body.html)
                context["sourceBody"] = HTMLText(embedded.html)
            }
        } else {
            context["notTranslated"] = true
            context["body"] = HTMLText(Self.wrap(sourceText.body.html, in: source.code, on: code, block: true))
        }
        return context
    }

    // MARK: - Leaflets

    /// An article as an A4 leaflet: the reader's text beside the Thai text, a QR code to the article
    /// online in the reader's language, the hotlines, the date and a box for the local office.
    private func leaflet(_ article: Article, on page: Page) -> [String: Any] {
        let code = page.language.code
        var (context, sourceText, own) = articleHead(article, on: page)
        context["bodyClass"] = HTMLText("leaflet-page")
        let articleURL = config.baseURL + SiteURL.page(code, article.folder)
        context["articleURL"] = HTMLText(HTML.escape(articleURL))
        context["articleHref"] = HTMLText(SiteURL.page(code, article.folder))
        let scan = site.strings[code]?["leaflet_scan"].value ?? ""
        if let svg = QRCode.svg(for: articleURL, label: scan) { context["qr"] = HTMLText(svg) }
        let layout: LeafletLayout
        if let own, code != source.code {
            let sourceBody = (sourceText.embeddedBody ?? sourceText.body).html
            context["readerBody"] = HTMLText(own.body.html)
            context["sourceTitle"] = HTMLText(sourceText.titleHTML)
            context["sourceBody"] = HTMLText(sourceBody)
            context["twoColumns"] = true
            layout = LeafletLayout(readerHTML: own.body.html, readerLanguage: code, sourceHTML: sourceBody, sourceLanguage: source.code)
            context["readerShare"] = HTMLText(String(layout.readerShare))
            context["sourceShare"] = HTMLText(String(100 - layout.readerShare))
        } else {
            context["readerBody"] = HTMLText(Self.wrap(sourceText.body.html, in: source.code, on: code, block: true))
            layout = LeafletLayout(readerHTML: sourceText.body.html, readerLanguage: source.code, sourceHTML: nil, sourceLanguage: source.code)
        }
        if layout.typeScale < 100 { context["typeScale"] = HTMLText(String(layout.typeScale)) }
        return context
    }

    // MARK: - Language tagging

    /// An interface text as HTML for a page, tagged with its language when it is a fallback.
    func text(_ value: InterfaceStrings.Text?, on page: String) -> String {
        guard let value else { return "" }
        return Self.wrap(HTML.escape(value.value), in: value.language, on: page)
    }

    /// HTML in a language, wrapped in an element carrying `lang` when that is not the page's language.
    static func wrap(_ html: String, in language: String, on page: String, block: Bool = false) -> String {
        guard language != page else { return html }
        return block ? "<div lang=\"\(language)\">\(html)</div>" : "<span lang=\"\(language)\">\(html)</span>"
    }
}
