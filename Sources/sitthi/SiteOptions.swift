import ArgumentParser

/// The option every command takes: where the site is.
struct SiteOptions: ParsableArguments {
    @Option(help: "The site's root folder, holding content/ and templates/.")
    var root: String = "."
}
