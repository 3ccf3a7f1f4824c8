/// What a successful build keeps so that the next one can redo only what an edit touched (`serve`).
public struct BuildState: Sendable {
    /// Every text the build read.
    var loaded: LoadedSite
    /// What the parser made of them.
    var parsed: ParsedSite
}

extension Pipeline {
    /// Builds after an edit. When only Markdown texts changed since `previous` (no file added or removed,
    /// no settings, strings, templates or spreadsheets changed), it parses only the changed texts,
    /// re-renders only the pages that show them (and the lists that show their titles, when those
    /// changed), the sitemap and the feeds, and writes them into the output in place; otherwise it makes a full build. Returns the
    /// report and the state for the next rebuild (the previous state again when this build failed).
    public func rebuild(after previous: BuildState?) -> (report: BuildReport, state: BuildState?) {
        guard let previous else { return run(write: true) }
        let diagnostics = Diagnostics()
        var timer = StageTimer()
        let loaded = timer.timed("load") { Loader(root: root, diagnostics: diagnostics).load() }
        let before = Dictionary(previous.loaded.markdown.map { ($0.path, $0.text) }, uniquingKeysWith: { $1 })
        guard !diagnostics.hasErrors, Self.sameExceptMarkdown(loaded, previous.loaded),
            loaded.markdown.map(\.path) == previous.loaded.markdown.map(\.path)
        else {
            let full = run(write: true)
            return (full.report, full.state ?? previous)
        }
        let changed = loaded.markdown.filter { before[$0.path] != $0.text }

        let config = previous.parsed.config
        let parser = Parser(diagnostics: diagnostics, markdownContexts: previous.parsed.markdownContexts)
        let reparsed = timer.timed("parse") {
            Self.checkTexts(changed, diagnostics: diagnostics, hygiene: false)
            return changed.compactMap { parser.parseDocument($0, config: config) }
        }
        var byPath = Dictionary(previous.parsed.documents.map { ($0.path, $0) }, uniquingKeysWith: { $1 })
        var touched: Set<[String]> = []
        for document in reparsed {
            touched.insert(document.folder)
            let old = byPath[document.path]?.frontMatter
            if old?.title != document.frontMatter.title || old?.summary != document.frontMatter.summary || old?.weight != document.frontMatter.weight {
                // Lists show titles and summaries in weight order: the sections above and the home too.
                var folder = document.folder
                while !folder.isEmpty {
                    folder.removeLast()
                    touched.insert(folder)
                }
            }
            byPath[document.path] = document
        }
        // The search index and the search page's key terms hold every text: made again after any edit.
        if !reparsed.isEmpty { touched.insert([Router.searchFolder]) }
        var parsed = previous.parsed
        parsed.documents = previous.parsed.documents.map { byPath[$0.path] ?? $0 }
        var site = timer.timed("assemble") { Assembler(diagnostics: diagnostics).assemble(parsed, today: today) }
        site.buildID = ServiceWorkerScript.buildID(loaded)
        let translations = TranslationReport(root: site.root, config: config)
        func report(pages: Int, succeeded: Bool) -> BuildReport {
            BuildReport(
                diagnostics: diagnostics.all, pageCount: pages, fileCount: pages, languageCount: config.languages.count,
                stageSeconds: timer.stages, succeeded: succeeded, translations: translations, incremental: true)
        }
        guard !diagnostics.hasErrors, let renderer = Renderer(site: site) else {
            return (report(pages: 0, succeeded: false), previous)
        }
        let groups = site.pageGroups.filter { touched.contains($0.folder) }
        // The sitemap and the feeds carry dates and titles, and the service worker the build's id: made
        // again every time (they are small).
        var files = timer.timed("render") { renderer.render(groups[...]) + SiteFiles(site: site).all() + [ServiceWorkerScript(site: site).file()] }
        // The edited articles' PDFs and share pictures are drawn again (or taken from the cache).
        let drawer = Drawer(cache: cache, languages: config.languages.map(\.code), workerCommand: drawingWorker, diagnostics: diagnostics)
        let rendered = files.count
        files = timer.timed("draw") { drawer.draw(files) }
        // A drawing that failed is an error, and the drawer leaves its file out: nothing is written, so
        // the output keeps every file as it was.
        guard files.count == rendered else { return (report(pages: 0, succeeded: false), previous) }
        let pages = files.filter { $0.path.hasSuffix(".html") }.count
        let written = timer.timed("write") { writer(diagnostics).writeInPlace(files, precompressor: config.compress ? Precompressor(cache: cache) : nil) }
        return (report(pages: pages, succeeded: written), written ? BuildState(loaded: loaded, parsed: parsed) : previous)
    }

    /// Whether two loads have the same settings, strings, templates and spreadsheets.
    private static func sameExceptMarkdown(_ a: LoadedSite, _ b: LoadedSite) -> Bool {
        func texts(_ site: LoadedSite) -> [String: String] {
            var all: [String: String] = [:]
            for file in site.allTexts where !file.path.hasSuffix(".md") { all[file.path] = file.text }
            return all
        }
        return texts(a) == texts(b) && a.assets == b.assets
    }
}
