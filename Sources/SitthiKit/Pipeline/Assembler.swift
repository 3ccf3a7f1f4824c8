/// The third stage: sorts documents into sections and articles, checks the structure (folder names,
/// source texts, aligned translations), and lists every page of every language.
struct Assembler {
    let diagnostics: Diagnostics
    /// Whether to report each office with a gap on its own line (the checker) rather than one summary
    /// line per kind of gap (the build).
    let itemizesDirectoryGaps: Bool

    init(diagnostics: Diagnostics, itemizesDirectoryGaps: Bool = false) {
        self.diagnostics = diagnostics
        self.itemizesDirectoryGaps = itemizesDirectoryGaps
    }

    func assemble(_ parsed: ParsedSite, today: CalendarDay) -> AssembledSite {
        let config = parsed.config
        var byFolder: [[String]: [Document]] = [:]
        for document in parsed.documents { byFolder[document.folder, default: []].append(document) }
        checkFolderNames(byFolder)

        var childFolders: [[String]: Set<[String]>] = [:]
        for folder in byFolder.keys {
            var path = folder
            while !path.isEmpty {
                let parent = Array(path.dropLast())
                childFolders[parent, default: []].insert(path)
                path = parent
            }
        }
        let root = buildSection([], byFolder: byFolder, childFolders: childFolders, config: config)
        if parsed.directory != nil, let clash = byFolder.keys.filter({ $0.first == Router.directoryFolder }).compactMap({ byFolder[$0]?.first }).min(by: { $0.path < $1.path }) {
            diagnostics.error(
                "content/\(Router.directoryFolder)/ holds the office directory; its pages would clash with this text's: move it to another folder",
                at: SourceLocation(path: clash.path))
        }
        if let clash = byFolder.keys.filter({ $0.first == Router.offlineFolder }).compactMap({ byFolder[$0]?.first }).min(by: { $0.path < $1.path }) {
            diagnostics.error(
                "/<lang>/\(Router.offlineFolder)/ is the page shown without a connection; this text's page would clash with it: move it to another folder",
                at: SourceLocation(path: clash.path))
        }
        for kept in config.offlinePages where byFolder[kept.folder] == nil {
            diagnostics.error(
                "`\(kept.folder.joined(separator: "/"))` in `offline_pages` is not an article or section: name a folder under content/, such as `help/how-to-complain`",
                at: kept.location)
        }
        var outline = SiteOutline(root: root, config: config, directory: parsed.directory, glossaries: parsed.glossaries)
        (outline.searchTerms, outline.searchPages) = ListedSearchTerm.find(parsed.searchTermLists, in: outline)
        let groups = Renditions.all.flatMap { $0.instances(in: outline) }.map { Router.group($0, config: config) }
        if let directory = parsed.directory { summarizeGaps(in: directory, today: today) }
        let site = AssembledSite(
            config: config, strings: parsed.strings, templates: parsed.templates, root: root,
            directory: parsed.directory, today: today, pageGroups: groups,
            minimumWages: parsed.minimumWages, printIncludes: parsed.markdownContexts.mapValues(\.printIncludes), glossaries: parsed.glossaries,
            searchTerms: outline.searchTerms, assetNames: parsed.assetNames)
        LinkChecker(diagnostics: diagnostics).check(site, documents: parsed.documents)
        return site
    }

    // MARK: - The content tree

    private func buildSection(_ folder: [String], byFolder: [[String]: [Document]], childFolders: [[String]: Set<[String]>], config: SiteConfig) -> Section {
        var introductions: [String: Document] = [:]
        for document in byFolder[folder] ?? [] {
            if document.isSectionIndex {
                introductions[document.language] = document
            } else {
                diagnostics.error(
                    folder.isEmpty
                        ? "an article needs a folder of its own: move it to content/<name>/\(document.language).md"
                        : "this folder has both `_index.*.md` (a section) and `<lang>.md` (an article) files; a folder is one or the other",
                    at: SourceLocation(path: document.path))
            }
        }
        let sourceCode = config.defaultLanguage.code
        if !folder.isEmpty && introductions[sourceCode] == nil {
            let sectionPath = "content/" + folder.joined(separator: "/")
            let first = introductions.values.map(\.path).min()
            diagnostics.error(
                "the section folder \(sectionPath) has no _index.\(sourceCode).md: add one with its title and summary",
                at: first.map { SourceLocation(path: $0) } ?? SourceLocation(path: sectionPath + "/"))
        }
        var sections: [Section] = []
        var articles: [Article] = []
        for child in (childFolders[folder] ?? []).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let documents = byFolder[child] ?? []
            let isArticle = !documents.isEmpty && documents.allSatisfy { !$0.isSectionIndex }
            if isArticle {
                if let article = buildArticle(child, documents: documents, config: config) { articles.append(article) }
                if let nested = childFolders[child], let inner = nested.compactMap({ byFolder[$0]?.first }).first {
                    diagnostics.error(
                        "an article folder cannot hold other content: move this out of content/\(child.joined(separator: "/"))",
                        at: SourceLocation(path: inner.path))
                }
            } else {
                sections.append(buildSection(child, byFolder: byFolder, childFolders: childFolders, config: config))
            }
        }
        sections = sortedForReading(sections) { sortKey($0.introductions, $0.folder, sourceCode) }
        articles = sortedForReading(articles) { sortKey($0.texts, $0.folder, sourceCode) }
        return Section(folder: folder, introductions: introductions, sections: sections, articles: articles)
    }

    private struct ReadingOrder {
        var weight: Int
        var title: String
        var folder: String

        /// Weight, then title, then folder name; titles compare by their bytes, which is fast and the
        /// same on every machine.
        static func precedes(_ a: ReadingOrder, _ b: ReadingOrder) -> Bool {
            if a.weight != b.weight { return a.weight < b.weight }
            if a.title != b.title { return a.title.utf8.lexicographicallyPrecedes(b.title.utf8) }
            return a.folder.utf8.lexicographicallyPrecedes(b.folder.utf8)
        }
    }

    private func sortKey(_ texts: [String: Document], _ folder: [String], _ source: String) -> ReadingOrder {
        let document = texts[source] ?? texts.values.min { $0.path < $1.path }
        return ReadingOrder(weight: document?.frontMatter.weight ?? 0, title: document?.frontMatter.title ?? "", folder: folder.last ?? "")
    }

    /// Sorts items by their reading order, computing each item's key once.
    private func sortedForReading<Item>(_ items: [Item], key: (Item) -> ReadingOrder) -> [Item] {
        items.map { (key($0), $0) }.sorted { ReadingOrder.precedes($0.0, $1.0) }.map(\.1)
    }

    private func buildArticle(_ folder: [String], documents: [Document], config: SiteConfig) -> Article? {
        var texts: [String: Document] = [:]
        for document in documents { texts[document.language] = document }
        let sourceCode = config.defaultLanguage.code
        guard let source = texts[sourceCode] else {
            let first = documents.map(\.path).min()!
            diagnostics.error(
                "this article has no source text: add \(sourceCode).md beside it (translations follow the \(config.defaultLanguage.englishName) text)",
                at: SourceLocation(path: first))
            return nil
        }
        for (code, text) in texts where code != sourceCode {
            let (mine, theirs) = (text.body.headingCount, source.body.headingCount)
            if mine != theirs {
                diagnostics.warning(
                    "sections do not align with \(source.path): \(mine) `##` heading(s) here, \(theirs) there; the page shows this text in full, then the \(config.defaultLanguage.englishName) text",
                    at: SourceLocation(path: text.path))
            }
        }
        return Article(folder: folder, texts: texts)
    }

    /// Reports each folder whose name cannot be a URL segment, once, with a suggested name.
    private func checkFolderNames(_ byFolder: [[String]: [Document]]) {
        var reported: Set<[String]> = []
        for (folder, documents) in byFolder.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            for depth in folder.indices {
                let prefix = Array(folder[...depth])
                let name = folder[depth]
                guard !FolderName.isValid(name), reported.insert(prefix).inserted else { continue }
                let first = documents.map(\.path).min()!
                diagnostics.error(
                    "folder name `\(name)` cannot be part of a link: use lowercase a–z, 0–9 and dashes, for example `\(FolderName.suggestion(for: name))`",
                    at: SourceLocation(path: first))
            }
        }
    }
}
