import ArgumentParser
import SitthiKit
import SitthiPreview

/// `sitthi serve`: builds, serves the site locally, and rebuilds when content or templates change.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on this computer, and rebuild and reload the page on every edit."
    )

    @OptionGroup var site: SiteOptions

    @OptionGroup var output: OutputOptions

    @OptionGroup var address: BaseURLOption

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on. Only this computer by default; 0.0.0.0 opens it to the network.")
    var host: String = "127.0.0.1"

    func run() throws {
        let serve = self
        try waitFor { try await serve.serve() }
    }

    private func serve() async throws {
        let pipeline = Pipeline(
            root: site.root, output: output.output, cache: output.cache, force: output.force, baseURL: address.baseURL,
            drawingWorker: DrawingWorkers.command)
        let server: PreviewServer
        do {
            server = try PreviewServer(output: pipeline.output, host: host, port: port)
        } catch {
            DiagnosticPrinter.printError("error: \(error)")
            throw ExitCode.failure
        }
        let root = site.root
        let initial = Self.build(pipeline, after: nil, server: server)
        let watcher = Task.detached {
            let sources = SourceWatcher(root: root)
            var state = initial
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(250))
                if sources.changed() { state = Self.build(pipeline, after: state, server: server) }
            }
        }
        defer { watcher.cancel() }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        Task {
            if let port = await server.waitUntilListening() {
                DiagnosticPrinter.printOut("serving http://\(shownHost):\(port)/ (Ctrl-C to stop)")
            }
        }
        try await server.run()
    }

    /// Builds (only what changed, when it can), prints what happened, tells the open pages, and returns
    /// the state for the next rebuild.
    static func build(_ pipeline: Pipeline, after previous: BuildState?, server: PreviewServer) -> BuildState? {
        let (report, state) = pipeline.rebuild(after: previous)
        DiagnosticPrinter.printText(report.diagnostics)
        if report.succeeded {
            DiagnosticPrinter.printOut(report.summary)
            server.rebuilt(errors: [])
        } else {
            DiagnosticPrinter.printError("build failed: \(report.errorCount) error(s); the last good build is still served")
            server.rebuilt(errors: report.diagnostics.filter { $0.severity == .error }.map(\.description))
        }
        return state
    }
}
