/// The picture a link preview shows (`og:image`): one PNG per language under
/// `templates/assets/share/<lang>.png`, made by `scripts/make-share-images`.
struct ShareImage: Sendable, Equatable {
    /// The size Facebook and LINE show without cropping.
    static let preferredWidth = 1200
    static let preferredHeight = 630

    /// The image's address under the output folder, `/assets/share/my.png`.
    var href: String
    var width: Int
    var height: Int

    static func path(for code: String) -> String { "\(AssetFile.folder)/share/\(code).png" }

    /// Finds each language's share image among the assets. A language without one borrows the source
    /// language's (with a warning); a site with no share images at all has none and is not warned.
    static func collect(from assets: [AssetFile], config: SiteConfig, diagnostics: Diagnostics) -> [String: ShareImage] {
        let byPath = Dictionary(assets.map { ($0.path, $0) }, uniquingKeysWith: { $1 })
        var images: [String: ShareImage] = [:]
        for language in config.languages {
            guard let asset = byPath[path(for: language.code)] else { continue }
            let location = SourceLocation(path: asset.path)
            guard let size = pngSize(asset.bytes) else {
                diagnostics.error("not a PNG file: share images must be PNG (LINE and Facebook do not show SVG)", at: location)
                continue
            }
            if size != (preferredWidth, preferredHeight) {
                diagnostics.warning("share image is \(size.width)×\(size.height); link previews want \(preferredWidth)×\(preferredHeight) and crop other sizes", at: location)
            }
            images[language.code] = ShareImage(href: Router.assetURL(asset.outputPath), width: size.width, height: size.height)
        }
        guard !images.isEmpty else { return [:] }
        let source = config.defaultLanguage.code
        for language in config.languages where images[language.code] == nil {
            diagnostics.warning(
                "no share image \(path(for: language.code)): links to `\(language.code)` pages preview with \(images[source] != nil ? "the \(config.defaultLanguage.englishName) picture" : "no picture"); run scripts/make-share-images",
                at: nil)
            if let fallback = images[source] { images[language.code] = fallback }
        }
        return images
    }

    /// The width and height a PNG file declares in its header (`IHDR`), or `nil` when it is not a PNG.
    static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func bigEndian(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (bigEndian(16), bigEndian(20))
    }
}
