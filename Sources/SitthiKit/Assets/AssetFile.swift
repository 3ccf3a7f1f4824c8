/// A file under `templates/assets/` (fonts, share images, their licences), copied into the output
/// as it is: `templates/assets/fonts/x.woff2` becomes `assets/fonts/x.woff2`.
struct AssetFile: Sendable, Equatable {
    /// The folder under `templates/` whose files are copied.
    static let folder = "templates/assets"

    /// The path relative to the site root, `templates/assets/share/my.png`.
    var path: String
    var bytes: [UInt8]

    /// Where the file goes in the output, relative to the output folder: `assets/share/my.png`.
    var outputPath: String { String(path.dropFirst("templates/".count)) }
}
