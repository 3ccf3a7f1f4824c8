/// One page to write: what it shows, in which language, and where it goes.
public struct Page: Sendable {
    /// What a page shows.
    public enum Kind: Sendable {
        /// `/`: every language named in its own script.
        case languagePicker
        /// `/404.html`, in every language.
        case notFound
        /// `/<lang>/`: the sections and articles.
        case home
        /// `/<lang>/<section>/`: a section's introduction and contents.
        case section(Section)
        /// `/<lang>/<article>/`: an article, beside its source text when it is a translation.
        case article(Article)
        /// `/<lang>/<article>/leaflet/`: the article as a printable A4 leaflet, beside the Thai text.
        case leaflet(Article)
        /// `/<lang>/offices/`: every office and help line, by region and province.
        case offices
        /// `/<lang>/offices/<province>/`: the offices of one province in full.
        case officeProvince(Province)
    }

    public var kind: Kind
    /// The page's language (the source language for the picker and the 404 page).
    public var language: Language
    /// The site-relative URL path, `/my/work/wages/`.
    public var url: String
    /// The file to write, relative to the output folder: `my/work/wages/index.html`.
    public var outputPath: String
}

/// The site as readers will see it: the content tree and every page, with no I/O.
public struct AssembledSite: Sendable {
    public var config: SiteConfig
    public var strings: [String: InterfaceStrings]
    public var templates: TemplateSet?
    /// The top of the content tree: the language home's introduction and the top-level sections.
    public var root: Section
    /// The office directory, when the site has one.
    public var directory: OfficeDirectory?
    /// The day the build treats as today, for "checked more than a year ago" notices.
    public var today: CalendarDay
    /// Every page, grouped by the content it shows.
    public var pageGroups: [PageGroup]
    /// Each language's link-preview picture, when the site has them.
    public var shareImages: [String: ShareImage] = [:]
    /// How many pages the site has.
    public var pageCount: Int { pageGroups.reduce(0) { $0 + $1.pages.count } }
}

/// The third stage: sorts documents into sections and articles, checks the structure (folder names,
/// source texts, aligned translations), and lists every page of every language.
public struct Assembler {
    let diagnostics: Diagnostics
    /// Whether to report each office with a gap on its own line (the checker) rather than one summary
    /// line per kind of gap (the build).
    let itemizesDirectoryGaps: Bool

    public init(diagnostics: Diagnostics, itemizesDirectoryGaps: Bool = false) {
        self.diagnostics = diagnostics
        self.itemizesDirectoryGaps = itemizesDirectoryGaps
    }

    /// The folder of an article's leaflet, under the article.
    public static let leafletFolder = "leaflet"

    /// The folder the office directory's pages live in, under each language.
    public static let directoryFolder = "offices"

    public func assemble(_ parsed: ParsedSite, today: CalendarDay) -> AssembledSite {
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
        if parsed.directory != nil, let clash = byFolder.keys.filter({ $0.first == Self.directoryFolder }).compactMap({ byFolder[$0]?.first }).min(by: { $0.path < $1.path }) {
            diagnostics.error("content/\(Self.directoryFolder)/ holds the office directory; its pages would clash with this text's: move it to another folder",
                              at: SourceLocation(path: clash.path))
        }
        var groups = pageGroups(for: root, config: config)
        if let directory = parsed.directory {
            groups += directoryGroups(directory, config: config)
            summarizeGaps(in: directory, today: today)
        }
        let site = AssembledSite(config: config, strings: parsed.strings, templates: parsed.templates, root: root,
                                 directory: parsed.directory, today: today, pageGroups: groups,
                                 shareImages: parsed.shareImages)
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
                diagnostics.error(folder.isEmpty
                    ? "an article needs a folder of its own: move it to content/<name>/\(document.language).md"
                    : "this folder has both `_index.*.md` (a section) and `<lang>.md` (an article) files; a folder is one or the other",
                    at: SourceLocation(path: document.path))
            }
        }
        let sourceCode = config.defaultLanguage.code
        if !folder.isEmpty && introductions[sourceCode] == nil {
            let where_ = "content/" + folder.joined(separator: "/")
            let first = introductions.values.map(\.path).min()
            diagnostics.error("the section folder \(where_) has no _index.\(sourceCode).md: add one with its title and summary",
                              at: first.map { SourceLocation(path: $0) } ?? SourceLocation(path: where_ + "/"))
        }
        var sections: [Section] = []
        var articles: [Article] = []
        for child in (childFolders[folder] ?? []).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let documents = byFolder[child] ?? []
            let isArticle = !documents.isEmpty && documents.allSatisfy { !$0.isSectionIndex }
            if isArticle {
                if let article = buildArticle(child, documents: documents, config: config) { articles.append(article) }
                if let nested = childFolders[child], let inner = nested.compactMap({ byFolder[$0]?.first }).first {
                    diagnostics.error("an article folder cannot hold other content: move this out of content/\(child.joined(separator: "/"))",
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
            diagnostics.error("this article has no source text: add \(sourceCode).md beside it (translations follow the \(config.defaultLanguage.englishName) text)",
                              at: SourceLocation(path: first))
            return nil
        }
        for (code, text) in texts where code != sourceCode {
            let (mine, theirs) = (text.body.headingCount, source.body.headingCount)
            if mine != theirs {
                diagnostics.warning("sections do not align with \(source.path): \(mine) `##` heading(s) here, \(theirs) there; the page shows this text in full, then the \(config.defaultLanguage.englishName) text",
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
                diagnostics.error("folder name `\(name)` cannot be part of a link: use lowercase a–z, 0–9 and dashes, for example `\(FolderName.suggestion(for: name))`",
                                  at: SourceLocation(path: first))
            }
        }
    }

    // MARK: - Pages

    private func pageGroups(for root: Section, config: SiteConfig) -> [PageGroup] {
        var groups = [
            PageGroup(folder: [], pages: [Page(kind: .languagePicker, language: config.defaultLanguage, url: "/", outputPath: "index.html")]),
            PageGroup(folder: [], pages: [Page(kind: .notFound, language: config.defaultLanguage, url: "/404.html", outputPath: "404.html")]),
        ]
        func add(_ kind: Page.Kind, _ folder: [String]) {
            groups.append(PageGroup(folder: folder, pages: config.languages.map { language in
                let url = SiteURL.page(language.code, folder)
                return Page(kind: kind, language: language, url: url, outputPath: String(url.dropFirst()) + "index.html")
            }))
        }
        add(.home, [])
        func visit(_ section: Section) {
            for article in section.articles {
                add(.article(article), article.folder)
                if config.leaflets { add(.leaflet(article), article.folder + [Self.leafletFolder]) }
            }
            for child in section.sections {
                add(.section(child), child.folder)
                visit(child)
            }
        }
        visit(root)
        return groups
    }
}

extension Assembler {
    /// One warning each for offices without a phone number and for details last checked over a year
    /// before `today`, naming their lines (the checker lists them one by one).
    func summarizeGaps(in directory: OfficeDirectory, today: CalendarDay) {
        let location = SourceLocation(path: OfficeDirectory.officesPath)
        if itemizesDirectoryGaps {
            for office in directory.offices {
                let phones = SourceLocation(path: OfficeDirectory.officesPath, line: office.row, column: 10)
                if office.phones.isEmpty {
                    diagnostics.warning("office `\(office.id)` has no phone number; its page offers hotline 1546 instead", at: phones)
                }
                if let verified = office.verified, verified < today.yearBefore {
                    diagnostics.warning("office `\(office.id)` was last checked \(office.verifiedText), more than 12 months before \(today)",
                                        at: SourceLocation(path: OfficeDirectory.officesPath, line: office.row, column: 15))
                }
            }
            return
        }
        let noPhone = directory.offices.filter { $0.phones.isEmpty }.map(\.row)
        if !noPhone.isEmpty {
            diagnostics.warning("\(noPhone.count) office(s) have no phone number (lines \(Self.describe(lines: noPhone))); their pages offer hotline 1546 instead", at: location)
        }
        let limit = today.yearBefore
        let old = directory.offices.filter { ($0.verified.map { $0 < limit }) ?? false }.map(\.row)
        if !old.isEmpty {
            diagnostics.warning("\(old.count) office(s) were last checked more than 12 months before \(today) (lines \(Self.describe(lines: old))); their pages say so", at: location)
        }
    }

    /// `3, 5–9, 12`: line numbers with runs shortened.
    static func describe(lines: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < lines.count {
            var end = index
            while end + 1 < lines.count && lines[end + 1] == lines[end] + 1 { end += 1 }
            parts.append(end > index + 1 ? "\(lines[index])–\(lines[end])" : (index...end).map { String(lines[$0]) }.joined(separator: ", "))
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }

    /// The directory's index and one page per province, in every language.
    func directoryGroups(_ directory: OfficeDirectory, config: SiteConfig) -> [PageGroup] {
        func group(_ kind: Page.Kind, _ folder: [String]) -> PageGroup {
            PageGroup(folder: folder, pages: config.languages.map { language in
                let url = SiteURL.page(language.code, folder)
                return Page(kind: kind, language: language, url: url, outputPath: String(url.dropFirst()) + "index.html")
            })
        }
        return [group(.offices, [Self.directoryFolder])]
            + directory.provinces.map { group(.officeProvince($0), [Self.directoryFolder, $0.slug]) }
    }
}

/// The pages that show the same content in each language (an article, a section, the home), which
/// share what does not depend on the language and are rendered together.
public struct PageGroup: Sendable {
    /// The content folder they show (empty for the home, the language picker and the 404 page).
    public var folder: [String]
    /// One page per language, in the site's language order.
    public var pages: [Page]
}

/// The site's URL scheme, in one place.
public enum SiteURL {
    /// `/<lang>/<folder>/…/`: where a page of a language lives.
    public static func page(_ language: String, _ folder: [String]) -> String {
        folder.isEmpty ? "/\(language)/" : "/\(language)/\(folder.joined(separator: "/"))/"
    }
}
