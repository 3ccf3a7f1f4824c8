/// What one run of the pipeline did: the problems found, the pages made, and where the time went.
public struct BuildReport: Sendable {
    /// Every problem, in file order.
    public var diagnostics: [Diagnostic]
    /// How many files the build made (written by `build`, thrown away by `check`).
    public var pageCount: Int
    /// How many languages the site has.
    public var languageCount: Int
    /// Seconds spent in each stage, in stage order.
    public var stageSeconds: [(stage: String, seconds: Double)]
    /// Whether the run found no error (and, for `build`, wrote the site).
    public var succeeded: Bool

    /// The whole run's seconds.
    public var seconds: Double { stageSeconds.reduce(0) { $0 + $1.seconds } }
}

/// Runs the stages in order over one site: load → parse → assemble → render → write.
/// `build` runs all five; `check` stops before writing.
public struct Pipeline {
    /// The site root, holding `content/` and `templates/`.
    public let root: String
    /// Where the site is written, `public/` under the root by default.
    public let output: String

    public init(root: String, output: String? = nil) {
        self.root = root
        self.output = output ?? (root.hasSuffix("/") ? root + "public" : root + "/public")
    }

    /// Builds the site and, only if no error was found, replaces the output folder with it.
    public func build() -> BuildReport { run(write: true) }

    /// Loads, parses, assembles and renders everything in memory, writing nothing.
    public func check() -> BuildReport { run(write: false) }

    private func run(write: Bool) -> BuildReport {
        let diagnostics = Diagnostics()
        let clock = ContinuousClock()
        var stages: [(String, Double)] = []
        func timed<T>(_ name: String, _ work: () -> T) -> T {
            let start = clock.now
            let result = work()
            let elapsed = clock.now - start
            stages.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            return result
        }

        let loaded = timed("load") { Loader(root: root, diagnostics: diagnostics).load() }
        guard let parsed = timed("parse", { Parser(diagnostics: diagnostics).parse(loaded) }) else {
            return BuildReport(diagnostics: diagnostics.all, pageCount: 0, languageCount: 0, stageSeconds: stages, succeeded: false)
        }
        let site = timed("assemble") { Assembler(diagnostics: diagnostics).assemble(parsed) }
        let files = timed("render") { Renderer(diagnostics: diagnostics).render(site) }
        var succeeded = !diagnostics.hasErrors
        if write && succeeded {
            succeeded = timed("write") { Writer(output: output, diagnostics: diagnostics).write(files) }
        }
        return BuildReport(diagnostics: diagnostics.all, pageCount: files.count, languageCount: parsed.config.languages.count,
                           stageSeconds: stages, succeeded: succeeded)
    }
}
