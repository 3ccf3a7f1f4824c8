import ArgumentParser

/// The options of the commands that write the site: where, where the cache goes, and whether an
/// existing folder that Sitthi did not write may be taken over.
struct OutputOptions: ParsableArguments {
    @Option(help: "Where to write the site (default: <root>/public).")
    var output: String?

    @Option(help: "Where a build keeps what the next one reuses (default: <root>/.sitthi-cache).")
    var cache: String?

    @Flag(help: "Replace an existing output folder that sitthi did not write (never the site's own folders).")
    var force = false
}
