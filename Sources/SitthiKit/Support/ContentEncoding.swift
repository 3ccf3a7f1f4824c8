/// A compression a browser can accept (`Accept-Encoding`) and a server can send (`Content-Encoding`),
/// with the file extension of its precompressed file beside the original.
public enum ContentEncoding: String, Sendable, CaseIterable {
    /// Brotli at its strongest quality (`.br`): the smallest, and what every current browser accepts.
    case brotli = "br"
    /// gzip at zlib's strongest level (`.gz`): for the browsers and hosts without brotli.
    case gzip

    /// The extensions of the files that get compressed copies: text, which compresses well. Pictures and
    /// fonts are compressed already.
    public static let compressibleExtensions: Set<String> = ["html", "xml", "css", "js", "svg", "json", "webmanifest", "vcf", "txt"]

    /// Whether a file is text that gets compressed copies, by its extension.
    public static func isCompressible(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return compressibleExtensions.contains(String(path[path.index(after: dot)...]))
    }

    /// The extension of the precompressed file: `page.html.br`, `page.html.gz`.
    public var fileExtension: String {
        switch self {
        case .brotli: return ".br"
        case .gzip: return ".gz"
        }
    }

    /// `bytes` compressed at this encoding's strongest setting, or `nil` if the library failed.
    public func compress(_ bytes: [UInt8]) -> [UInt8]? {
        switch self {
        case .brotli: return Brotli.compress(bytes)
        case .gzip: return Gzip.compress(bytes)
        }
    }
}
