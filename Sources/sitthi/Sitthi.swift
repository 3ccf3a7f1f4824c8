import ArgumentParser

/// The `sitthi` command: a thin front over SitthiKit.
@main
struct Sitthi: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the Sitthi labour-rights site from Markdown in five languages.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self]
    )
}
