/// Every asset's published address by the address templates name it by: `/assets/fonts/x.woff2` →
/// `/assets/fonts/x.3f2a9c1b.woff2`. The build rewrites the templates and the style sheet with it once,
/// before they are compiled, so no page pays for it; a template that names an asset that does not exist
/// is an error at the reference.
struct AssetNames: Sendable {
    /// Published address by plain address.
    let addresses: [String: String]

    /// The width and height of each PNG asset, by plain address (for the web app manifest's icons).
    let pictureSizes: [String: PictureSize]

    init(_ assets: [AssetFile]) {
        addresses = Dictionary(assets.map { (Router.assetURL($0.logicalPath), Router.assetURL($0.outputPath)) }, uniquingKeysWith: { first, _ in first })
        pictureSizes = Dictionary(
            assets.compactMap { asset in Self.pngSize(asset.bytes).map { (Router.assetURL(asset.logicalPath), PictureSize(width: $0.width, height: $0.height)) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// A picture's size in pixels.
    struct PictureSize: Sendable, Equatable {
        var width: Int
        var height: Int
    }

    /// The width and height a PNG file declares in its header (`IHDR`), or `nil` when it is not a PNG.
    static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func bigEndian(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (bigEndian(16), bigEndian(20))
    }

    /// What a reference to an asset starts with.
    static let prefix = Array(Router.assetURL(Router.assetFolder + "/").utf8)

    /// The characters an asset reference is made of; anything else (a quote, `)`, `?`, `#`) ends it.
    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "%"): return true
        default: return false
        }
    }

    /// A template or style sheet with every asset reference mapped to its published address; a reference
    /// that looks like a file (its last part has an extension) and is not an asset is reported at its
    /// line and column when `diagnostics` is given.
    func rewrite(_ file: SourceText, diagnostics: Diagnostics?) -> SourceText {
        let bytes = Array(file.text.utf8)
        let prefix = Self.prefix
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 256)
        var index = 0
        var copied = 0
        while index + prefix.count <= bytes.count {
            guard bytes[index] == prefix[0], bytes[index..<index + prefix.count].elementsEqual(prefix) else {
                index += 1
                continue
            }
            var end = index + prefix.count
            while end < bytes.count && Self.isPathByte(bytes[end]) { end += 1 }
            let reference = String(decoding: bytes[index..<end], as: UTF8.self)
            if let published = addresses[reference] {
                result += bytes[copied..<index]
                result += Array(published.utf8)
                copied = end
            } else if let diagnostics, let last = reference.split(separator: "/").last, last.contains(".") {
                let before = bytes[..<index]
                let line = before.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).unicodeScalars.count + 1
                diagnostics.error(
                    "`\(reference)` is not a file in \(AssetFile.folder)/: name an asset by its path there",
                    at: SourceLocation(path: file.path, line: line, column: column))
            }
            index = end
        }
        guard copied > 0 else { return file }
        result += bytes[copied...]
        var rewritten = file
        rewritten.text = String(decoding: result, as: UTF8.self)
        return rewritten
    }
}
