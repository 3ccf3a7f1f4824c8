import ArgumentParser

/// The `sitthi` command: a thin front over SitthiKit. It is synchronous on purpose: an async entry
/// point starts Swift's concurrency threads at launch, which the instruction profiler (valgrind 3.19)
/// cannot run; the commands that need async work wait for it themselves.
@main
struct Sitthi: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the Sitthi labour-rights site from Markdown in five languages.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, DrawWorkerCommand.self]
    )
}
