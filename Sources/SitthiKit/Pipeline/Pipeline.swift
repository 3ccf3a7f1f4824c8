/// What one run of the pipeline did: the problems found, the pages made, and where the time went.
public struct BuildReport: Sendable {
    /// Every problem, in file order.
    public var diagnostics: [Diagnostic]
    /// How many HTML pages the build made (written by `build`, thrown away by `check`).
    public var pageCount: Int
    /// How many files in all: the pages and the contact cards.
    var fileCount: Int
    /// How many languages the site has.
    var languageCount: Int
    /// Seconds spent in each stage, in stage order.
    var stageSeconds: [(stage: String, seconds: Double)]
    /// Whether the run found no error (and, for `build`, wrote the site).
    public var succeeded: Bool
    /// Each article's translations and their state, when the content could be read.
    public var translations: TranslationReport?
    /// Whether only the pages an edit touched were made (`serve`), not the whole site.
    var incremental = false
    /// The links to other sites in the content, for `check --external`.
    var externalLinks: [ExternalLink] = []
    /// The heaviest article pages, compressed, heaviest first (a full build only).
    var heaviestPages: [PageWeight] = []
    /// What the compressed copies weigh, when the build wrote them.
    public var precompression: PrecompressionTally?
    /// The line giving each language's search index size (a full build of a site with a search index).
    public var searchIndexLine: String?
    /// What the drawing stage did (the leaflets' PDFs and the share pictures), when it ran.
    public var drawings: DrawingSummary?

    /// The whole run's seconds.
    var seconds: Double { stageSeconds.reduce(0) { $0 + $1.seconds } }
}

/// Runs the stages in order over one site: load → parse → assemble → render → write.
/// `build` runs all five; `check` stops before writing.
public struct Pipeline: Sendable {
    /// The site root, holding `content/` and `templates/`.
    public let root: String
    /// Where the site is written, `public/` under the root by default.
    public let output: String

    /// The day the build treats as today (for "checked more than a year ago" notices): from
    /// `SOURCE_DATE_EPOCH` when set, so that builds can be reproduced, else the clock.
    let today: CalendarDay

    /// Where a build keeps what the next one can reuse (`.sitthi-cache/` under the root by default).
    let cache: String

    /// Whether the build may take over an existing output folder that Sitthi did not write.
    let force: Bool

    /// The address the site is published at, given on the command line in place of `base_url`.
    let baseURL: String?

    /// Whether a reserved example address as the base URL is an error (`check --strict`).
    let strict: Bool

    /// How to start a drawing worker (`sitthi draw-worker`), for drawing on every core; `nil` draws in
    /// this process only.
    let drawingWorker: [String]?

    public init(
        root: String, output: String? = nil, cache: String? = nil, force: Bool = false, today: CalendarDay? = nil, baseURL: String? = nil,
        strict: Bool = false, drawingWorker: [String]? = nil
    ) {
        self.root = root
        let base = root.hasSuffix("/") ? root : root + "/"
        self.output = output ?? base + "public"
        self.cache = cache ?? base + ".sitthi-cache"
        self.force = force
        self.baseURL = baseURL
        self.strict = strict
        self.today = today ?? CalendarDay.today()
        self.drawingWorker = drawingWorker
    }

    /// The writer for this pipeline's output.
    func writer(_ diagnostics: Diagnostics) -> Writer {
        Writer(output: output, root: root, cache: cache, force: force, diagnostics: diagnostics)
    }

    /// Builds the site and, only if no error was found, replaces the output folder with it.
    public func build() -> BuildReport { run(write: true).report }

    /// Loads, parses, assembles and renders everything in memory, writing nothing.
    public func check() -> BuildReport { run(write: false).report }

    /// Page groups rendered (and written) at a time: large enough to keep both cores busy, small
    /// enough that memory holds a few thousand pages at most.
    static let batchSize = 256

    /// How many of the heaviest article pages a build reports.
    static let heaviestPagesShown = 3

    /// Runs every stage; with `write`, also returns what an incremental rebuild can start from.
    func run(write: Bool) -> (report: BuildReport, state: BuildState?) {
        let diagnostics = Diagnostics()
        var timer = StageTimer()
        func timed<T>(_ name: String, _ work: () -> T) -> T { timer.timed(name, work) }
        var translations: TranslationReport?
        var externalLinks: [ExternalLink] = []
        var heaviestPages: [PageWeight] = []
        var searchIndexLine: String?
        var drawer: Drawer?
        func report(pages: Int, files: Int, languages: Int, succeeded: Bool) -> BuildReport {
            BuildReport(
                diagnostics: diagnostics.all, pageCount: pages, fileCount: files, languageCount: languages,
                stageSeconds: timer.stages, succeeded: succeeded, translations: translations, externalLinks: externalLinks,
                heaviestPages: heaviestPages, searchIndexLine: searchIndexLine, drawings: drawer?.summary)
        }

        if let problem = CalendarDay.sourceDateEpochProblem { diagnostics.error(problem, at: nil) }
        let loaded = timed("load") { Loader(root: root, diagnostics: diagnostics).load() }
        timed("parse") { Self.checkTexts(loaded.allTexts, diagnostics: diagnostics, hygiene: !write) }
        guard let parsed = timed("parse", { Parser(diagnostics: diagnostics, baseURL: baseURL, strict: strict).parse(loaded, today: today) }) else {
            return (report(pages: 0, files: 0, languages: 0, succeeded: false), nil)
        }
        if !write {
            timed("parse") {
                let glossaryCheck = GlossaryCheck(diagnostics: diagnostics, glossaries: parsed.glossaries)
                glossaryCheck.check(loaded.markdown)
                glossaryCheck.check(interfaceStrings: loaded.interfaceStrings, settings: loaded.siteConfig)
            }
        }
        var site = timed("assemble") { Assembler(diagnostics: diagnostics, itemizesDirectoryGaps: !write).assemble(parsed, today: today) }
        site.buildID = ServiceWorkerScript.buildID(loaded)
        if !write { SearchTermCheck(diagnostics: diagnostics).check(site.searchTerms, config: parsed.config) }
        let languages = parsed.config.languages.count
        translations = TranslationReport(root: site.root, config: parsed.config)
        externalLinks = LinkChecker.externalLinks(in: parsed.documents)
        guard let renderer = timed("render", { Renderer(site: site) }) else {
            return (report(pages: 0, files: 0, languages: languages, succeeded: false), nil)
        }
        if let problem = timed("draw", { Drawer.fontProblem(for: parsed.config) }) { diagnostics.error(problem, at: nil) }
        // Render and write in batches of page groups: memory holds two batches of pages, not the site.
        // The next batch is rendered on other threads while this one is written, so the cores stay busy
        // while the kernel creates files; "render" counts only the time spent waiting for a batch.
        let session = write && !diagnostics.hasErrors ? timed("write") { writer(diagnostics).begin() } : nil
        let precompressor = session != nil && parsed.config.compress ? Precompressor(cache: cache) : nil
        session?.precompressor = precompressor
        // Only a build that will be written draws; `check` and a failed build leave the drawings empty.
        if session != nil {
            drawer = Drawer(cache: cache, languages: parsed.config.languages.map(\.code), workerCommand: drawingWorker, diagnostics: diagnostics)
        }
        var pageCount = 0
        var fileCount = 0
        var weigher = PageWeigher()
        let batches = stride(from: 0, to: site.pageGroups.count, by: Self.batchSize).map {
            site.pageGroups[$0..<min($0 + Self.batchSize, site.pageGroups.count)]
        }
        func rendering(_ index: Int) -> Prefetch<[OutputFile]>? {
            guard batches.indices.contains(index) else { return nil }
            let batch = batches[index]
            return Prefetch { renderer.render(batch) }
        }
        var next = rendering(0)
        var index = 0
        while let current = next {
            var files = timed("render") { current.value() }
            index += 1
            next = rendering(index)
            if let drawer { files = timed("draw") { drawer.draw(files) } }
            pageCount += files.count { $0.path.hasSuffix(".html") }
            fileCount += files.count
            weigher.consider(files)
            if let session { timed("write") { session.write(files) } }
        }
        var extraFiles = timed("render") { SiteFiles(site: site).all() }
        extraFiles += loaded.assets.map { OutputFile(path: $0.outputPath, contents: $0.bytes) } + AssetFile.rootCopies(of: loaded.assets)
        fileCount += extraFiles.count
        if let session { timed("write") { session.write(extraFiles) } }
        heaviestPages = timed("render") { weigher.heaviest(count: Self.heaviestPagesShown, diagnostics: diagnostics) }
        searchIndexLine = timed("render") {
            site.pageGroups.lazy.compactMap { $0.pages.first?.rendition as? SearchIndexPiece }.first?.set.value().summary(gzipped: parsed.config.compress)
        }
        var succeeded = !diagnostics.hasErrors
        if write && succeeded {
            succeeded = session != nil && timed("write") { session!.finish() }
            if succeeded { timed("write") { precompressor?.removeUnused() } }
            if succeeded, let drawer { timed("draw") { drawer.pruneCache() } }
        } else if let session {
            timed("write") { session.abandon() }
        }
        var finished = report(pages: pageCount, files: fileCount, languages: languages, succeeded: succeeded)
        finished.precompression = precompressor?.summary
        return (
            finished,
            succeeded && write ? BuildState(loaded: loaded, parsed: parsed) : nil
        )
    }
}

extension Pipeline {
    /// The checks every text gets before it is parsed, in full and incremental builds alike: characters
    /// no text may hold, Zawgyi-encoded Burmese, and (for `check`) text hygiene.
    static func checkTexts(_ files: [SourceText], diagnostics: Diagnostics, hygiene: Bool) {
        let forbidden = ForbiddenCharacterCheck(diagnostics: diagnostics)
        let zawgyi = ZawgyiCheck(diagnostics: diagnostics)
        let hygiene = hygiene ? TextHygiene(diagnostics: diagnostics) : nil
        _ = Parallel.map(files) { file in
            forbidden.check(file)
            zawgyi.check(file)
            hygiene?.check(file)
        }
    }

    /// `check --external`: the check, then every site the content links to asked whether the page is
    /// there; their problems join the report at their links.
    public func checkWithExternalLinks() async -> BuildReport {
        var report = check()
        let problems = await ExternalLinkChecker().check(report.externalLinks)
        report.diagnostics = (report.diagnostics + problems).sorted {
            ($0.location ?? SourceLocation(path: "")) < ($1.location ?? SourceLocation(path: ""))
        }
        if !problems.isEmpty { report.succeeded = false }
        return report
    }
}

/// Adds up the seconds spent in each named stage.
struct StageTimer {
    private let clock = ContinuousClock()
    private var seconds: [String: Double] = [:]

    mutating func timed<T>(_ name: String, _ work: () -> T) -> T {
        let start = clock.now
        let result = work()
        let elapsed = clock.now - start
        seconds[name, default: 0] += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return result
    }

    /// The stages that ran, in pipeline order.
    var stages: [(stage: String, seconds: Double)] {
        ["load", "parse", "assemble", "render", "draw", "write"].compactMap { name in seconds[name].map { (name, $0) } }
    }
}
