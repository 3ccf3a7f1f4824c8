import ArgumentParser
import SitthiKit

/// `sitthi check`: loads and renders everything in memory, writes nothing, reports everything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site without writing it: every problem, and where each translation stands."
    )

    /// How the findings are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, github, json
    }

    @OptionGroup var site: SiteOptions

    @Option(help: "text (for people), github (annotations for GitHub Actions) or json.")
    var format: Format = .text

    @Flag(help: "Fail on warnings too; a reserved example address as the base URL is an error.")
    var strict = false

    @OptionGroup var address: BaseURLOption

    @Flag(help: "Also ask other sites whether the pages the content links to are there (needs the network).")
    var external = false

    func run() throws {
        let pipeline = Pipeline(root: site.root, baseURL: address.baseURL, strict: strict)
        let report = external ? try waitFor { await pipeline.checkWithExternalLinks() } : pipeline.check()
        switch format {
        case .text:
            DiagnosticPrinter.printText(report.diagnostics)
            if let translations = report.translations { print(translations.table) }
            print("checked \(report.pageCount) pages: \(report.errorCount) error(s), \(report.warningCount) warning(s)")
        case .github:
            for line in DiagnosticPrinter.githubLines(report.diagnostics) { print(line) }
            print("checked \(report.pageCount) pages: \(report.errorCount) error(s), \(report.warningCount) warning(s)")
        case .json:
            print(DiagnosticPrinter.json(report))
        }
        if report.errorCount > 0 || (strict && report.warningCount > 0) { throw ExitCode.failure }
    }
}
