import ArgumentParser
import SitthiKit

/// `sitthi build`: builds the site into the output folder, reporting every problem.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder; on any error the old output stays as it was."
    )

    @OptionGroup var site: SiteOptions

    @OptionGroup var output: OutputOptions

    @OptionGroup var address: BaseURLOption

    func run() throws {
        let report = Pipeline(
            root: site.root, output: output.output, cache: output.cache, force: output.force, baseURL: address.baseURL,
            drawingWorker: DrawingWorkers.command
        ).build()
        DiagnosticPrinter.printText(report.diagnostics)
        if report.succeeded {
            print(report.summary)
            if let line = report.heaviestPagesLine { print(line) }
            if let line = report.precompressionLine { print(line) }
            if let line = report.searchIndexLine { print(line) }
            if let line = report.drawings?.line { print(line) }
        } else {
            DiagnosticPrinter.printError("build failed: \(report.errorCount) error(s), \(report.warningCount) warning(s); nothing was written")
            throw ExitCode.failure
        }
    }
}
