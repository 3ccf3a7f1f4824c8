import ArgumentParser

/// The option of the commands that make pages: the address the site is published at, in place of
/// `base_url` in `content/site.yml` (for CI and previews).
struct BaseURLOption: ParsableArguments {
    @Option(name: .customLong("base-url"), help: "The address the site is published at (https://host/path), in place of base_url in content/site.yml.")
    var baseURL: String?
}
