/// A file under `templates/assets/` (fonts, icons, their licences), copied into the
/// output under a name that carries its content's hash: `templates/assets/fonts/x.woff2` becomes
/// `assets/fonts/x.3f2a9c1b.woff2`. Templates and the style sheet name the plain path
/// (`/assets/fonts/x.woff2`); `AssetNames` maps it to the published one.
struct AssetFile: Sendable, Equatable {
    /// The folder under `templates/` whose files are copied.
    static let folder = "templates/assets"

    /// The path relative to the site root, `templates/assets/fonts/OFL.txt`.
    let path: String
    let bytes: [UInt8]
    /// Where the file goes in the output, relative to the output folder: `assets/fonts/OFL.3f2a9c1b.txt`.
    let outputPath: String

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        outputPath = Router.assetPath(String(path.dropFirst("templates/".count)), contentHash: ContentHash.hex(bytes))
    }

    /// The site's icon as `favicon.ico`, which browsers and other programs ask for at the top of a site
    /// without reading a page.
    static let faviconPath = "\(folder)/icons/favicon.ico"

    /// The copies published at a fixed address besides the hashed one: `/favicon.ico`.
    static func rootCopies(of assets: [AssetFile]) -> [OutputFile] {
        assets.filter { $0.path == faviconPath }.map { OutputFile(path: Router.faviconPath, contents: $0.bytes) }
    }

    /// The path templates name it by, relative to the output folder: `assets/fonts/OFL.txt`.
    var logicalPath: String { String(path.dropFirst("templates/".count)) }
}
