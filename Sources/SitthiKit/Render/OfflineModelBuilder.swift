/// The model of the offline page: the pages kept for every reader of the language, titled in her
/// language (or in Thai, tagged, where a text is not translated).
extension PageModelBuilder {
    func offline(on page: Page, head: inout PageHead) -> OfflineContent {
        let code = page.language.code
        let strings = site.strings[code]
        head.pageTitle = HTMLText(HTML.escape((strings?["offline_title"].value ?? "") + " — " + page.language.siteTitle))
        head.description = HTMLText(HTML.escape(strings?["offline_text"].value ?? ""))
        var kept: [ListItem] = []
        for folder in OfflinePage.keptFolders(config: config, hasDirectory: site.directory != nil) where folder != [Router.offlineFolder] {
            if folder.isEmpty {
                kept.append(ListItem(href: HTMLText(Router.url(code, [])), title: HTMLText(HTML.escape(page.language.siteTitle)), summary: nil))
            } else if folder == [Router.directoryFolder] {
                kept.append(ListItem(href: HTMLText(Router.url(code, folder)), title: HTMLText(text(strings?["offices_title"], on: code)), summary: nil))
            } else if let texts = Self.texts(at: folder, in: site.root) {
                kept.append(listItem(title: texts, folder: folder, on: page))
            }
        }
        return OfflineContent(title: HTMLText(text(strings?["offline_title"], on: code)), kept: kept)
    }

    /// The texts of the article or section at a folder, by language.
    private static func texts(at folder: [String], in section: Section) -> [String: Document]? {
        if section.folder == folder { return section.introductions }
        if let article = section.articles.first(where: { $0.folder == folder }) { return article.texts }
        for child in section.sections where folder.starts(with: child.folder) {
            if let found = texts(at: folder, in: child) { return found }
        }
        return nil
    }
}
