/// What the drawing stage draws for an article or a language, from the assembled site: the leaflet's
/// PDF and the share pictures, as plain values (`LeafletPDF`, `SharePicture`), and the `og:image` tags
/// that point at the pictures. Texts carry their language, so a Thai fallback is drawn in a Thai font.
extension PageModelBuilder {
    /// The leaflet's PDF of an article in a page's language: its text beside the Thai text, or the Thai
    /// text alone on a Thai page or where the article is not translated.
    func leafletPDF(_ article: Article, on page: Page) -> DrawingJob {
        let code = page.language.code
        let sourceText = article.texts[source.code]!
        let own = code == source.code ? nil : article.texts[code]
        let shown = own ?? sourceText
        let strings = site.strings[code]
        func string(_ key: String) -> LanguageText {
            let text = strings?[key] ?? InterfaceStrings.Text(value: "", language: code)
            return LanguageText(text: text.value, language: text.language)
        }
        let updated = shown.frontMatter.updated ?? sourceText.frontMatter.updated
        var date: LanguageText?
        if let updated {
            let label = string("updated")
            date = LanguageText(text: label.text + ": " + dates.text(updated, language: code), language: code)
        }
        var layout = LeafletLayout(readerHTML: shown.body.html, readerLanguage: shown.language, sourceHTML: nil, sourceLanguage: source.code)
        if let own {
            layout = LeafletLayout(readerHTML: own.body.html, readerLanguage: code, sourceHTML: sourceText.body.html, sourceLanguage: source.code)
        }
        let leaflet = LeafletPDF(
            language: code,
            title: LanguageText(text: shown.frontMatter.title, language: shown.language),
            sourceTitle: own == nil ? nil : LanguageText(text: sourceText.frontMatter.title, language: source.code),
            date: date,
            address: router.absolute(Router.url(code, article.folder)),
            scanCaption: string("leaflet_scan"),
            reader: .init(language: shown.language, markdown: String(shown.markdown), includes: site.printIncludes[shown.language] ?? [:]),
            source: own == nil
                ? nil : .init(language: source.code, markdown: String(sourceText.markdown), includes: site.printIncludes[source.code] ?? [:]),
            readerShare: layout.readerShare,
            officeBox: string("leaflet_office_box"),
            hotlines: config.hotlines.map { LeafletPDF.Hotline(number: $0.number, label: hotlineLabel($0, in: code)) },
            info: .init(
                title: shown.frontMatter.title, author: page.language.siteTitle, subject: shown.frontMatter.summary,
                date: updated?.description))
        return .leaflet(leaflet, source: shown.path)
    }

    /// The share picture of an article in a page's language, or of the language's other pages (`nil`).
    func sharePicture(of article: Article?, on page: Page) -> DrawingJob {
        let code = page.language.code
        let first = config.hotlines.first
        var picture = SharePicture(
            title: LanguageText(text: page.language.siteTitle, language: code),
            sourceTitle: code == source.code ? nil : LanguageText(text: source.siteTitle, language: source.code),
            siteName: LanguageText(text: Self.host(of: config.baseURL), language: "en"),
            hotlineNumber: first?.number, hotlineLabel: first.map { hotlineLabel($0, in: code) })
        if let article {
            let sourceText = article.texts[source.code]!
            let own = code == source.code ? nil : article.texts[code]
            let shown = own ?? sourceText
            picture.title = LanguageText(text: shown.frontMatter.title, language: shown.language)
            picture.sourceTitle = own == nil ? nil : LanguageText(text: sourceText.frontMatter.title, language: source.code)
            picture.siteName = LanguageText(text: page.language.siteTitle, language: code)
        }
        return .picture(picture)
    }

    /// The `og:image` tags for an article's pages in a language, or for the language's other pages
    /// (`nil`); without share pictures, only the card type.
    func shareImageBlock(of article: Article?, in language: Language) -> HTMLText {
        var image: ShareImageItem?
        if config.shareImages {
            let folder = article?.folder ?? []
            let shown = article.flatMap { $0.texts[language.code] ?? $0.texts[source.code] }
            image = ShareImageItem(
                url: HTMLText(HTML.escape(router.absolute(Router.url(language.code, folder, file: Router.sharePictureName)))),
                width: HTMLText(String(SharePicture.width)), height: HTMLText(String(SharePicture.height)),
                alt: HTMLText(HTML.escape(shown?.frontMatter.title ?? language.siteTitle)))
        }
        return HTMLText(templates.render(TemplateSet.shareImage, ShareImageBlockModel(shareImage: image)))
    }

    /// A hotline's label in a language, or in the source language where it has none there.
    private func hotlineLabel(_ hotline: Hotline, in code: String) -> LanguageText {
        if let label = hotline.labels[code] { return LanguageText(text: label, language: code) }
        return LanguageText(text: hotline.labels[source.code] ?? "", language: source.code)
    }

    /// The host name of the site's address, `sitthi.example.org`.
    private static func host(of baseURL: String) -> String {
        let rest = baseURL.split(separator: "://", maxSplits: 1).last ?? Substring(baseURL)
        return String(rest.prefix { $0 != "/" })
    }
}
