/// Builds the model each page's templates read, from the assembled site: plain data, no I/O.
///
/// Every value is ready HTML (`HTMLText`): escaped here, once, and wrapped in `<span lang>` or
/// `<div lang>` where the text is in another language than the page (a fallback interface string, a
/// Thai title on a page not yet translated). Templates print values with `{{{…}}}`. The parts that depend
/// only on the language (interface strings, hotlines, the share block) are built once per language.
struct PageModelBuilder: Sendable {
    let site: AssembledSite
    let templates: TemplateSet
    let router: Router
    /// The per-language parts, by language code.
    private(set) var languages: [String: LanguageModel]
    /// Dates in each language's own form.
    let dates: DateDisplay
    /// The share links block of each language, ready for a page's address.
    private let shareLinks: [String: ShareLinks]

    /// How many entries of each section the language home lists; the section page lists them all.
    static let homeListLength = 12

    var config: SiteConfig { site.config }
    var source: Language { site.config.defaultLanguage }

    init(site: AssembledSite, templates: TemplateSet) {
        self.site = site
        self.templates = templates
        router = site.router
        var days: Set<CalendarDay> = []
        for article in site.outline.articles {
            for text in article.texts.values { if let day = text.frontMatter.updated { days.insert(day) } }
        }
        for wage in (site.minimumWages ?? [:]).values { days.formUnion([wage.rate.inForce] + wage.districts.map(\.inForce)) }
        dates = DateDisplay(languages: site.config.languages, days: days)
        var languages: [String: LanguageModel] = [:]
        var shareLinks: [String: ShareLinks] = [:]
        for language in site.config.languages {
            let model = Self.languageModel(language, site: site, templates: templates)
            shareLinks[language.code] = ShareLinks(templates: templates, strings: model.t)
            languages[language.code] = model
        }
        self.languages = languages
        self.shareLinks = shareLinks
        // The share picture's tags of the pages that have none of their own, once per language.
        for language in site.config.languages {
            let block = shareImageBlock(of: nil, in: language)
            self.languages[language.code]?.shareImageBlock = block
        }
    }

    /// What every page of a language shares, with the hotlines and share-picture blocks filled once.
    private static func languageModel(_ language: Language, site: AssembledSite, templates: TemplateSet) -> LanguageModel {
        let code = language.code
        let source = site.config.defaultLanguage.code
        var t: [String: HTMLText] = [:]
        var attr: [String: HTMLText] = [:]
        for (key, value) in site.strings[code]?.texts ?? [:] {
            t[key] = HTMLText(wrap(HTML.escape(value.value), in: value.language, on: code))
            attr[key] = HTMLText(HTML.escape(value.value))
        }
        var model = LanguageModel(
            lang: HTMLText(code),
            siteTitle: HTMLText(HTML.escape(language.siteTitle)),
            siteDescription: attr["site_description"] ?? HTMLText(HTML.escape(language.siteTitle)),
            css: HTMLText(templates.styleSheet),
            t: InterfaceTexts(texts: t),
            attr: InterfaceTexts(texts: attr),
            homeHref: HTMLText(Router.url(code, [])),
            hasDirectory: site.directory != nil,
            locale: HTMLText(HTML.escape(language.locale)),
            localeAlternates: site.config.languages.filter { $0 != language }.map { HTMLText(HTML.escape($0.locale)) },
            officesHref: HTMLText(Router.url(code, [Router.directoryFolder])),
            manifestHref: HTMLText(Router.manifestURL(code)),
            themeColor: ThemeColors(styleSheet: templates.styleSheet).accent.map { HTMLText(HTML.escape($0)) },
            hotlines: site.config.hotlines.map { hotline in
                let label =
                    hotline.labels[code].map { HTML.escape($0) }
                    ?? hotline.labels[source].map { wrap(HTML.escape($0), in: source, on: code) } ?? ""
                return HotlineItem(number: HTMLText(HTML.escape(hotline.number)), label: HTMLText(label))
            })
        // The same for every page of the language: filled once here, inserted with {{{hotlinesBlock}}}.
        model.hotlinesBlock = HTMLText(templates.render(TemplateSet.hotlines, model))
        return model
    }

    /// What the pages of a group share: the `<link rel="alternate">` list, filled once from
    /// `alternates.mustache` and inserted by the layout as `{{{alternatesBlock}}}`.
    func groupModel(for group: PageGroup) -> GroupModel {
        guard let first = group.pages.first else { return GroupModel(alternatesBlock: HTMLText("")) }
        let address = first.rendition.address
        var alternates = first.rendition.alternates(in: config).map { alternate($0.code, address) }
        if !alternates.isEmpty {
            alternates.append(AlternateItem(hreflang: HTMLText("x-default"), href: HTMLText(HTML.escape(router.absolute(Router.url(of: address, in: source.code))))))
        }
        return GroupModel(alternatesBlock: HTMLText(templates.render(TemplateSet.alternates, AlternatesBlockModel(alternates: alternates))))
    }

    private func alternate(_ code: String, _ address: RenditionAddress) -> AlternateItem {
        AlternateItem(hreflang: HTMLText(code), href: HTMLText(HTML.escape(router.absolute(Router.url(of: address, in: code)))))
    }

    /// The whole model of one page, around its own content, which `content` makes (setting what it
    /// needs in the head).
    func model(for page: Page, group: GroupModel, content: (inout PageHead) -> some TemplateModel) -> PageModel {
        let code = page.language.code
        let language = languages[code]!
        let address = router.absolute(page.url)
        var head = PageHead(
            pageTitle: language.siteTitle, ogTitle: language.siteTitle, description: language.siteDescription,
            ogType: HTMLText("website"), canonical: HTMLText(HTML.escape(address)), bodyClass: nil,
            languageLinks: [], shareBlock: nil, shareImageBlock: language.shareImageBlock)
        let own = content(&head)
        switch page.rendition.address {
        case .fixed:
            break
        case .inEachLanguage, .fileInEachLanguage:
            head.shareBlock = shareLinks[code].map { HTMLText($0.html(for: address)) }
            head.languageLinks = config.languages.filter { $0 != page.language }.map {
                LanguageLink(
                    code: HTMLText($0.code), name: HTMLText(HTML.escape($0.name)),
                    href: HTMLText(Router.url(of: page.rendition.address, in: $0.code)))
            }
        }
        return PageModel(content: own, head: head, language: language, group: group, main: nil)
    }

    // MARK: - Pages of the whole site

    func languagePicker() -> LanguagePickerContent {
        LanguagePickerContent(
            choices: config.languages.map { language in
                LanguageChoice(
                    code: HTMLText(language.code), name: HTMLText(HTML.escape(language.name)),
                    siteTitle: HTMLText(HTML.escape(language.siteTitle)), href: HTMLText(Router.url(language.code, [])))
            })
    }

    func notFound(on page: Page, head: inout PageHead) -> NotFoundContent {
        head.pageTitle = HTMLText(site.strings[page.language.code].map { HTML.escape($0["not_found_title"].value) } ?? "404")
        return NotFoundContent(
            notFound: config.languages.map { language in
                let strings = site.strings[language.code]
                return NotFoundMessage(
                    lang: HTMLText(language.code), name: HTMLText(HTML.escape(language.name)),
                    title: HTMLText(text(strings?["not_found_title"], on: language.code)),
                    text: HTMLText(text(strings?["not_found_text"], on: language.code)),
                    href: HTMLText(Router.url(language.code, [])))
            })
    }

    // MARK: - Sections and lists

    func home(on page: Page, head: inout PageHead) -> HomeContent {
        let root = section(site.root, on: page, head: &head)
        head.pageTitle = HTMLText(HTML.escape(page.language.siteTitle))
        let groups = site.root.sections.map { child -> HomeGroup in
            let entry = listItem(title: child.introductions, folder: child.folder, on: page)
            let all = items(of: child, on: page)
            return HomeGroup(
                href: entry.href, title: entry.title, summary: entry.summary,
                items: Array(all.prefix(Self.homeListLength)), more: all.count > Self.homeListLength)
        }
        let loose = site.root.articles.map { listItem(title: $0.texts, folder: $0.folder, on: page) }
        return HomeContent(title: root.title, intro: root.intro, groups: groups, items: loose)
    }

    func section(_ section: Section, on page: Page, head: inout PageHead) -> SectionContent {
        let code = page.language.code
        var content = SectionContent(title: nil, intro: nil, items: items(of: section, on: page))
        if let intro = section.introductions[code] ?? section.introductions[source.code] {
            content.title = HTMLText(Self.wrap(intro.titleHTML, in: intro.language, on: code))
            content.intro = HTMLText(Self.wrap(intro.body.html, in: intro.language, on: code, block: true))
            head.pageTitle = HTMLText(HTML.escape(intro.frontMatter.title + " — " + page.language.siteTitle))
            head.ogTitle = HTMLText(intro.titleHTML)
            if !intro.frontMatter.summary.isEmpty { head.description = HTMLText(intro.summaryHTML) }
        }
        return content
    }

    private func items(of section: Section, on page: Page) -> [ListItem] {
        section.sections.map { listItem(title: $0.introductions, folder: $0.folder, on: page) }
            + section.articles.map { listItem(title: $0.texts, folder: $0.folder, on: page) }
    }

    func listItem(title texts: [String: Document], folder: [String], on page: Page) -> ListItem {
        let code = page.language.code
        var item = ListItem(href: HTMLText(Router.url(code, folder)), title: nil, summary: nil)
        if let document = texts[code] ?? texts[source.code] {
            item.title = HTMLText(Self.wrap(document.titleHTML, in: document.language, on: code))
            if !document.frontMatter.summary.isEmpty {
                item.summary = HTMLText(Self.wrap(document.summaryHTML, in: document.language, on: code))
            }
        }
        return item
    }

    // MARK: - Articles

    /// What an article's page and its leaflet both show at the top: the title in the reader's language
    /// (the Thai title, tagged, when there is no translation), the summary and the date.
    private func articleHead(_ article: Article, on page: Page, head: inout PageHead) -> (head: ArticleHead, source: Document, own: Document?) {
        let code = page.language.code
        let sourceText = article.texts[source.code]!
        let own = article.texts[code]
        let shown = own ?? sourceText
        head.pageTitle = HTMLText(HTML.escape(shown.frontMatter.title + " — " + page.language.siteTitle))
        head.ogTitle = HTMLText(shown.titleHTML)
        head.ogType = HTMLText("article")
        head.description = HTMLText(shown.summaryHTML)
        if config.shareImages { head.shareImageBlock = shareImageBlock(of: article, in: page.language) }
        var articleHead = ArticleHead(
            title: HTMLText(Self.wrap(shown.titleHTML, in: shown.language, on: code)),
            summary: HTMLText(Self.wrap(shown.summaryHTML, in: shown.language, on: code)),
            sourceLang: HTMLText(source.code))
        if let updated = shown.frontMatter.updated ?? sourceText.frontMatter.updated {
            articleHead.updated = HTMLText(updated.description)
            articleHead.updatedText = HTMLText(HTML.escape(dates.text(updated, language: code)))
        }
        if own != nil && code != source.code { articleHead.sourceTitle = HTMLText(sourceText.titleHTML) }
        return (articleHead, sourceText, own)
    }

    func article(_ article: Article, on page: Page, head: inout PageHead) -> ArticleContent {
        let code = page.language.code
        let (top, sourceText, own) = articleHead(article, on: page, head: &head)
        let shown = own ?? sourceText
        let sources = shown.frontMatter.sources.isEmpty ? sourceText : shown
        let available = config.languages.filter { article.texts[$0.code] != nil && $0 != page.language }.map {
            LanguageLink(code: HTMLText($0.code), name: HTMLText(HTML.escape($0.name)), href: HTMLText(Router.url($0.code, article.folder)))
        }
        let body: ArticleContent.Body
        if code == source.code {
            body = .source(HTMLText(sourceText.body.html))
        } else if let own {
            let draft = own.frontMatter.translation != .reviewed
            let mine = own.body.sections
            let embedded = sourceText.embeddedBody ?? sourceText.body
            let theirs = embedded.sections
            if mine.count == theirs.count {
                body = .pairs(
                    zip(mine, theirs).compactMap { pair in
                        pair.0.html.isEmpty && pair.1.html.isEmpty ? nil : SectionPair(reader: HTMLText(pair.0.html), source: HTMLText(pair.1.html))
                    }, draft: draft)
            } else {
                body = .unaligned(reader: HTMLText(own.body.html), source: HTMLText(embedded.html), draft: draft)
            }
        } else {
            body = .notTranslated(HTMLText(Self.wrap(sourceText.body.html, in: source.code, on: code, block: true)))
        }
        return ArticleContent(
            head: top, body: body,
            sources: sources.frontMatter.sources.map { HTMLText(Self.wrap(HTML.escape($0), in: sources.language, on: code)) },
            available: available,
            leafletHref: config.leaflets ? HTMLText(Router.url(code, article.folder, file: Router.leafletName)) : nil,
            leafletPDFHref: config.leafletPDFs ? HTMLText(Router.url(code, article.folder, file: Router.leafletPDFName)) : nil)
    }

    // MARK: - Leaflets

    /// An article as an A4 leaflet: the reader's text beside the Thai text, a QR code to the article
    /// online in the reader's language, the hotlines, the date and a box for the local office.
    func leaflet(_ article: Article, on page: Page, head: inout PageHead) -> LeafletContent {
        let code = page.language.code
        let (top, sourceText, own) = articleHead(article, on: page, head: &head)
        head.bodyClass = HTMLText("leaflet-page")
        let articlePath = Router.url(code, article.folder)
        let articleURL = router.absolute(articlePath)
        let scan = site.strings[code]?["leaflet_scan"].value ?? ""
        var content = LeafletContent(
            head: top, articleURL: HTMLText(HTML.escape(articleURL)), articleHref: HTMLText(articlePath),
            qr: QRCode.svg(for: articleURL, label: scan).map(HTMLText.init), readerBody: HTMLText(""))
        let layout: LeafletLayout
        if let own, code != source.code {
            let sourceBody = (sourceText.embeddedBody ?? sourceText.body).html
            content.readerBody = HTMLText(own.body.html)
            layout = LeafletLayout(readerHTML: own.body.html, readerLanguage: code, sourceHTML: sourceBody, sourceLanguage: source.code)
            content.columns = .init(
                sourceBody: HTMLText(sourceBody), readerShare: HTMLText(String(layout.readerShare)),
                sourceShare: HTMLText(String(100 - layout.readerShare)))
        } else {
            content.readerBody = HTMLText(Self.wrap(sourceText.body.html, in: source.code, on: code, block: true))
            layout = LeafletLayout(readerHTML: sourceText.body.html, readerLanguage: source.code, sourceHTML: nil, sourceLanguage: source.code)
        }
        if layout.typeScale < 100 { content.typeScale = HTMLText(String(layout.typeScale)) }
        if config.leafletPDFs { content.pdfHref = HTMLText(Router.url(code, article.folder, file: Router.leafletPDFName)) }
        return content
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
