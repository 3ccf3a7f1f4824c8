/// A text file of the site, as read from disk.
struct SourceText: Sendable {
    /// The path relative to the site root, with `/` separators.
    var path: String
    /// The file's text (UTF-8, without a byte-order mark).
    var text: String
    /// Whether the file started with a byte-order mark (removed from `text`).
    var hadByteOrderMark = false
}

/// Everything the build reads, read once: settings, interface strings, templates and Markdown.
struct LoadedSite: Sendable {
    /// `content/site.yml`, if present.
    var siteConfig: SourceText?
    /// `content/i18n/<code>.yml` by language code.
    var interfaceStrings: [String: SourceText]
    /// Every file under `templates/`: Mustache templates and the style sheet.
    var templates: [SourceText]
    /// Every Markdown file under `content/`, in path order.
    var markdown: [SourceText]
    /// The office directory's two spreadsheets, when the site has `content/offices/`.
    var directory: (provinces: SourceText, offices: SourceText)?
    /// Every file under `templates/assets/`, copied into the output unchanged.
    var assets: [AssetFile] = []
    /// `content/data/minimum-wage.csv`, when the site has it.
    var minimumWage: SourceText?
    /// `content/glossary/<code>.yml` by language code.
    var glossaries: [String: SourceText] = [:]
    /// `content/search-terms/<code>.yml` by language code.
    var searchTerms: [String: SourceText] = [:]

    /// Every text file that was read, for checks that look at all of them.
    var allTexts: [SourceText] {
        (siteConfig.map { [$0] } ?? []) + interfaceStrings.values.sorted { $0.path < $1.path } + templates + markdown
            + (directory.map { [$0.provinces, $0.offices] } ?? []) + (minimumWage.map { [$0] } ?? [])
            + glossaries.values.sorted { $0.path < $1.path } + searchTerms.values.sorted { $0.path < $1.path }
    }
}

/// The first stage, and the only one that reads: finds the site's files under the root and reads them.
struct Loader: Sendable {
    /// The site root, holding `content/` and `templates/`.
    let root: String
    let diagnostics: Diagnostics

    func load() -> LoadedSite {
        let walker = FolderWalker(root: root, diagnostics: diagnostics)
        var markdownPaths: [String] = []
        var stringPaths: [String] = []
        var templatePaths: [String] = []
        var configPath: String?

        let hasContent = walker.resolve("content")?.kind == .directory
        if hasContent {
            markdownPaths = walker.files(below: "content", skipping: ["content/i18n"]).filter { $0.hasSuffix(".md") }
            if walker.regularFile(SiteConfig.path) != nil { configPath = SiteConfig.path }
            if walker.resolve("content/i18n")?.kind == .directory {
                stringPaths = walker.files(below: "content/i18n", recursive: false).filter { $0.hasSuffix(".yml") }
            }
        } else {
            diagnostics.error("no `content/` folder in \(root): run sitthi from the site's root or pass --root", at: nil)
        }
        if walker.resolve("templates")?.kind == .directory {
            templatePaths = walker.files(below: "templates", recursive: false)
        } else {
            diagnostics.error("no `templates/` folder in \(root)", at: nil)
        }

        var directoryPaths: [String] = []
        if walker.resolve("content/offices")?.kind == .directory {
            for path in [OfficeDirectory.provincesPath, OfficeDirectory.officesPath] {
                if walker.regularFile(path) != nil {
                    directoryPaths.append(path)
                } else if walker.resolve(path) == nil {
                    diagnostics.error("missing \(path): the office directory needs both offices.csv and provinces.csv", at: nil)
                }
            }
        }
        let wagePath = walker.regularFile(MinimumWageTable.path) != nil ? MinimumWageTable.path : nil
        var glossaryPaths: [String] = []
        if walker.resolve(Glossary.folder)?.kind == .directory {
            glossaryPaths = walker.files(below: Glossary.folder, recursive: false).filter { $0.hasSuffix(".yml") }
        }
        var searchTermPaths: [String] = []
        if walker.resolve(SearchTermList.folder)?.kind == .directory {
            searchTermPaths = walker.files(below: SearchTermList.folder, recursive: false).filter { $0.hasSuffix(".yml") }
        }
        let all =
            (configPath.map { [$0] } ?? []) + stringPaths + templatePaths + markdownPaths + directoryPaths + (wagePath.map { [$0] } ?? [])
            + glossaryPaths + searchTermPaths
        let texts = Parallel.map(all) { read($0) }
        var index = 0
        func next(_ count: Int) -> [SourceText] {
            defer { index += count }
            return texts[index..<index + count].compactMap { $0 }
        }
        let config = next(configPath == nil ? 0 : 1).first
        let strings = next(stringPaths.count)
        let templates = next(templatePaths.count)
        let markdown = next(markdownPaths.count)
        let directoryFiles = next(directoryPaths.count)
        let minimumWage = next(wagePath == nil ? 0 : 1).first
        var glossaries: [String: SourceText] = [:]
        for file in next(glossaryPaths.count) {
            glossaries[String(file.path.split(separator: "/").last!.dropLast(4))] = file
        }
        var searchTerms: [String: SourceText] = [:]
        for file in next(searchTermPaths.count) {
            searchTerms[String(file.path.split(separator: "/").last!.dropLast(4))] = file
        }
        if configPath == nil && hasContent && walker.resolve(SiteConfig.path) == nil {
            diagnostics.error("missing \(SiteConfig.path): it names the site's languages and base URL", at: nil)
        }
        var stringsByLanguage: [String: SourceText] = [:]
        for file in strings {
            let name = file.path.split(separator: "/").last!.dropLast(4)
            stringsByLanguage[String(name)] = file
        }
        let directory = directoryFiles.count == 2 ? (provinces: directoryFiles[0], offices: directoryFiles[1]) : nil
        return LoadedSite(
            siteConfig: config, interfaceStrings: stringsByLanguage, templates: templates, markdown: markdown,
            directory: directory, assets: loadAssets(walker), minimumWage: minimumWage, glossaries: glossaries,
            searchTerms: searchTerms)
    }

    /// Reads every file below `templates/assets/` as bytes, in path order.
    private func loadAssets(_ walker: FolderWalker) -> [AssetFile] {
        guard walker.resolve(AssetFile.folder)?.kind == .directory else { return [] }
        return Parallel.map(walker.files(below: AssetFile.folder)) { path -> AssetFile? in
            do {
                return AssetFile(path: path, bytes: try FileSystem.read("\(root)/\(path)"))
            } catch {
                diagnostics.error("\(error)", at: SourceLocation(path: path))
                return nil
            }
        }.compactMap { $0 }
    }

    /// The largest text file read (Markdown, YAML, CSV, templates): far beyond any article (an article
    /// page should weigh under 14 KB compressed), small enough that a mistaken file cannot exhaust memory.
    static let textLimit = 4 * 1024 * 1024

    /// Reads one file as UTF-8 text; invalid UTF-8 is an error at the line where it starts.
    private func read(_ path: String) -> SourceText? {
        let bytes: [UInt8]
        do {
            if let size = FileSystem.status(of: "\(root)/\(path)", followingLinks: true)?.size, size > Self.textLimit {
                diagnostics.error(
                    "the file is \(size / 1024 / 1024) MB; text files of up to \(Self.textLimit / 1024 / 1024) MB are read: split it or remove what does not belong",
                    at: SourceLocation(path: path))
                return nil
            }
            bytes = try FileSystem.read("\(root)/\(path)")
        } catch {
            diagnostics.error("\(error)", at: SourceLocation(path: path))
            return nil
        }
        var body = bytes[...]
        let bom = body.starts(with: [0xEF, 0xBB, 0xBF])
        if bom { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            diagnostics.error("the file is saved as UTF-16; save it as UTF-8", at: SourceLocation(path: path))
            return nil
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            let line = Self.lineOfFirstInvalidByte(in: body)
            diagnostics.error("the file is not valid UTF-8; save it as UTF-8", at: SourceLocation(path: path, line: line))
            return nil
        }
        return SourceText(path: path, text: text, hadByteOrderMark: bom)
    }

    private static func lineOfFirstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = index + 1
        }
        return line
    }
}
