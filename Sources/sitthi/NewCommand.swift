import ArgumentParser
import SitthiKit

/// `sitthi new article <section>/<slug>`: creates an article's Thai file and its translation stubs.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new article: the Thai file and a stub for each translation."
    )

    /// What to create (only articles for now).
    enum Kind: String, ExpressibleByArgument {
        case article
    }

    @Argument(help: "What to create: article.")
    var kind: Kind

    @Argument(help: "The article's folder below content/, like work/overtime.")
    var path: String

    @OptionGroup var site: SiteOptions

    func run() throws {
        let created = ArticleScaffold.load(root: site.root).flatMap { $0.create(path, today: CalendarDay.today()) }
        switch created {
        case .success(let files):
            for file in files { print("created \(file)") }
            print("Write the title, summary and text in the Thai file first; a translation with an empty title stops the build, so delete the stubs nobody is translating yet.")
        case .failure(let error):
            DiagnosticPrinter.printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
