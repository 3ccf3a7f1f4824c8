/// The site's files turned into values: settings, interface strings, compiled templates and
/// rendered documents.
struct ParsedSite: Sendable {
    var config: SiteConfig
    var strings: [String: InterfaceStrings]
    var templates: TemplateSet?
    var documents: [Document]
    /// The office directory, when the site has one and it could be read.
    var directory: OfficeDirectory?
    /// Each province's minimum wage on the build's day, by province code, when the site has the
    /// spreadsheet.
    var minimumWages: [String: ProvinceWage]?
    /// What the Markdown stage adds for each language (its includes), by language code: kept for
    /// parsing edited texts again.
    var markdownContexts: [String: MarkdownContext] = [:]
    /// Each translation language's agreed terms, by language code.
    var glossaries: [String: Glossary] = [:]
    /// Each language's listed search terms, by language code.
    var searchTermLists: [String: SearchTermList] = [:]
    /// Every asset's published, content-hashed address by its plain one.
    var assetNames = AssetNames([])
}

/// The second stage: turns text into values (YAML, front matter, Markdown, templates), in parallel,
/// reporting every problem with its position.
struct Parser: Sendable {
    let diagnostics: Diagnostics
    /// What the Markdown stage adds for each language, by language code (none for a language missing).
    var markdownContexts: [String: MarkdownContext] = [:]
    /// The base URL given on the command line (`--base-url`), in place of the settings' `base_url`.
    var baseURL: String? = nil
    /// Whether a reserved example address as the base URL is an error (`check --strict`), not a warning.
    var strict = false

    /// Ids the page layouts use, which headings must not take.
    static let layoutIDs: Set<String> = ["main", "hotlines", "hotlines-title", "thai-text", "share-title", "share-url"]

    /// Parses a loaded site; `nil` when the settings are too broken to go on. `today` is the day whose
    /// minimum wages the pages show.
    func parse(_ site: LoadedSite, today: CalendarDay) -> ParsedSite? {
        guard let configFile = site.siteConfig,
            let config = SiteConfig.parse(configFile.text, diagnostics: diagnostics, baseURL: baseURL, strict: strict)
        else { return nil }

        var tables: [String: [String: String]] = [:]
        for (code, file) in site.interfaceStrings {
            if config.language(code) == nil {
                diagnostics.warning("`\(code)` is not a language in \(SiteConfig.path); this file is not used", at: SourceLocation(path: file.path))
                continue
            }
            tables[code] = InterfaceStrings.parseTable(file.text, path: file.path, diagnostics: diagnostics)
        }
        for language in config.languages where site.interfaceStrings[language.code] == nil {
            let path = InterfaceStrings.path(for: language.code)
            let declared = config.declarations[language.code]
            if language == config.defaultLanguage {
                diagnostics.error("language `\(language.code)` has no \(path); the source language's interface strings are every other language's fallback", at: declared)
            } else {
                diagnostics.warning("language `\(language.code)` has no \(path); every interface string shows in \(config.defaultLanguage.englishName)", at: declared)
            }
        }
        let strings = InterfaceStrings.resolve(tables: tables, config: config, diagnostics: diagnostics)
        var templates = TemplateSet.compile(site.templates, diagnostics: diagnostics)
        if templates != nil {
            let files = Dictionary(
                site.templates.filter { $0.path.hasSuffix(".mustache") }.map {
                    (String($0.path.dropFirst("templates/".count).dropLast(".mustache".count)), $0)
                }, uniquingKeysWith: { first, _ in first })
            let checker = TemplateChecker(diagnostics: diagnostics, files: files, interfaceKeys: Set(tables[config.defaultLanguage.code]?.keys ?? [:].keys))
            if !checker.check() { templates = nil }
        }
        // Compiled and checked as written, for positions; then compiled again with every asset named by
        // its published, content-hashed address, for the pages.
        let assetNames = AssetNames(site.assets)
        let mapped = site.templates.map { assetNames.rewrite($0, diagnostics: diagnostics) }
        if templates != nil && mapped.map(\.text) != site.templates.map(\.text) {
            templates = TemplateSet.compile(mapped, diagnostics: Diagnostics())
        }
        let directory = site.directory.flatMap { files in
            DirectoryParser(diagnostics: diagnostics, languages: config.languages.map(\.code))
                .parse(provinces: files.provinces.text, offices: files.offices.text)
        }
        let minimumWages = site.minimumWage.flatMap { file -> [String: ProvinceWage]? in
            guard let directory else {
                if site.directory == nil {
                    diagnostics.error(
                        "the minimum wages are checked against the provinces of \(OfficeDirectory.provincesPath), which this site does not have",
                        at: SourceLocation(path: file.path))
                }
                return nil
            }
            return MinimumWageParser(diagnostics: diagnostics).parse(file.text, provinces: directory.provinces, today: today)?.current(on: today)
        }
        let parser = Parser(
            diagnostics: diagnostics,
            markdownContexts: Self.markdownContexts(config: config, strings: strings, directory: directory, minimumWages: minimumWages))
        let documents = Parallel.map(site.markdown) { parser.parseDocument($0, config: config) }.compactMap { $0 }
        return ParsedSite(
            config: config, strings: strings, templates: templates, documents: documents, directory: directory,
            minimumWages: minimumWages, markdownContexts: parser.markdownContexts,
            glossaries: parseGlossaries(site.glossaries, config: config), searchTermLists: parseSearchTermLists(site.searchTerms, config: config),
            assetNames: assetNames)
    }

    /// Reads each translation language's glossary; a file for the source language or for a language the
    /// site does not have is reported and not used.
    func parseGlossaries(_ files: [String: SourceText], config: SiteConfig) -> [String: Glossary] {
        var glossaries: [String: Glossary] = [:]
        for (code, file) in files.sorted(by: { $0.key < $1.key }) {
            if config.language(code) == nil {
                diagnostics.warning("`\(code)` is not a language in \(SiteConfig.path); this glossary is not used", at: SourceLocation(path: file.path))
            } else if code == config.defaultLanguage.code {
                diagnostics.warning(
                    "the glossary maps Thai terms to another language's: \(config.defaultLanguage.englishName) needs none, and this file is not used",
                    at: SourceLocation(path: file.path))
            } else if let glossary = GlossaryParser(diagnostics: diagnostics).parse(file.text, language: code) {
                glossaries[code] = glossary
            }
        }
        return glossaries
    }

    /// Reads each language's search-term list; a file for a language the site does not have is reported
    /// and not used.
    func parseSearchTermLists(_ files: [String: SourceText], config: SiteConfig) -> [String: SearchTermList] {
        var lists: [String: SearchTermList] = [:]
        for (code, file) in files.sorted(by: { $0.key < $1.key }) {
            if config.language(code) == nil {
                diagnostics.warning("`\(code)` is not a language in \(SiteConfig.path); this term list is not used", at: SourceLocation(path: file.path))
            } else if let list = SearchTermListParser(diagnostics: diagnostics).parse(file.text, language: code) {
                lists[code] = list
            }
        }
        return lists
    }

    /// The hotline numbers that texts link to: those of `site.yml` and the directory's short codes, by
    /// their digits, each with its `tel:` address.
    static func hotlineAddresses(config: SiteConfig, directory: OfficeDirectory?) -> [String: String] {
        var addresses: [String: String] = [:]
        for office in directory?.offices ?? [] {
            for phone in office.phones where phone.isShortCode { addresses[phone.digits] = phone.telURI }
        }
        for hotline in config.hotlines {
            let digits = hotline.number.filter { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { continue }
            addresses[digits] = PhoneNumber(hotline.number)?.telURI ?? "tel:" + (hotline.number.hasPrefix("+") ? "+" : "") + digits
        }
        return addresses
    }

    /// Each language's includes (the minimum-wage table, when the site has the spreadsheet) and the
    /// hotline numbers its texts link.
    static func markdownContexts(
        config: SiteConfig, strings: [String: InterfaceStrings], directory: OfficeDirectory?, minimumWages: [String: ProvinceWage]?
    ) -> [String: MarkdownContext] {
        var contexts: [String: MarkdownContext] = [:]
        let days = Set((minimumWages ?? [:]).values.flatMap { [$0.rate.inForce] + $0.districts.map(\.inForce) })
        let dates = DateDisplay(languages: config.languages, days: days)
        let phoneLinks = PhoneLinks(addresses: Self.hotlineAddresses(config: config, directory: directory))
        for language in config.languages {
            var context = MarkdownContext(phoneLinks: phoneLinks)
            if let minimumWages, let directory, let languageStrings = strings[language.code] {
                let words = WageText(strings: languageStrings, language: language.code, source: config.defaultLanguage.code, dates: dates)
                let table = WageTableHTML(wages: minimumWages, provinces: directory.provinces)
                context.includes[WageTableHTML.includeName] = table.html(words)
                context.printIncludes[WageTableHTML.includeName] = table.printBlocks(words)
            }
            contexts[language.code] = context
        }
        return contexts
    }

    /// Reads one Markdown file whose name says its language: `<lang>.md` or `_index.<lang>.md`.
    func parseDocument(_ file: SourceText, config: SiteConfig) -> Document? {
        var components = file.path.split(separator: "/").map(String.init)
        let name = components.removeLast().dropLast(3)
        components.removeFirst()
        let isIndex = name.hasPrefix("_index.")
        let code = String(isIndex ? name.dropFirst("_index.".count) : name)
        guard config.language(code) != nil else {
            let codes = config.languages.map(\.code).joined(separator: ", ")
            diagnostics.error(
                "`\(name).md` is not a content file name: use `<lang>.md` for an article or `_index.<lang>.md` for a section, with <lang> one of \(codes)",
                at: SourceLocation(path: file.path))
            return nil
        }
        let isTranslation = code != config.defaultLanguage.code
        let parsed = FrontMatterParser.parse(file.text, path: file.path, isTranslation: isTranslation, diagnostics: diagnostics)
        let frontMatter =
            parsed.frontMatter
            ?? FrontMatter(
                title: components.last ?? "home", summary: "", updated: nil, weight: 0, sources: [],
                translation: isTranslation ? .draft : nil, sourceVersion: nil)
        let prefixes = isTranslation || isIndex ? [""] : ["", code + "-"]
        let bodies = MarkdownRenderer.render(parsed.body, reservedIDs: Self.layoutIDs, idPrefixes: prefixes, context: markdownContexts[code] ?? .plain)
        for use in bodies[0].unknownIncludes {
            let known = markdownContexts[code]?.includes.keys.sorted() ?? []
            let list = known.isEmpty ? "this site has none" : "this site has " + known.map { "`\($0)`" }.joined(separator: ", ")
            let message =
                use.name == WageTableHTML.includeName
                ? "the `\(use.name)` include shows \(MinimumWageTable.path), which could not be read or does not exist"
                : use.name.isEmpty ? "an include block must name what it includes: \(list)" : "`\(use.name)` is not something an include block can show: \(list)"
            diagnostics.error(message, at: SourceLocation(path: file.path, line: parsed.bodyLine + use.line - 1, column: 1))
        }
        var links: [(destination: String, location: SourceLocation)] = []
        if !bodies[0].links.isEmpty {
            let lines = parsed.body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            for link in bodies[0].links {
                let text = lines.indices.contains(link.line - 1) ? lines[link.line - 1] : ""
                // cmark counts columns in bytes; messages count characters as editors see them.
                let prefix = text.utf8.prefix(max(0, link.byteColumn - 1))
                let column = (String(decoding: prefix, as: UTF8.self).unicodeScalars.count) + 1
                links.append((link.destination, SourceLocation(path: file.path, line: parsed.bodyLine + link.line - 1, column: column)))
            }
        }
        var document = Document(
            path: file.path, folder: components, language: code, isSectionIndex: isIndex,
            frontMatter: frontMatter, titleHTML: HTML.escape(frontMatter.title),
            summaryHTML: HTML.escape(frontMatter.summary), body: bodies[0], embeddedBody: bodies.count > 1 ? bodies[1] : nil)
        document.links = links
        document.markdown = parsed.body
        return document
    }
}
