import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// How the build's precompression went: how many files got a compressed copy, and what they weigh.
public struct PrecompressionTally: Sendable, Equatable {
    /// Text files that got a `.gz` or a `.br` (or both) beside them.
    public var files = 0
    /// Their size as written.
    public var originalBytes = 0
    /// Their size as a server sends them to a browser that accepts gzip, and one that accepts brotli
    /// (the original where the compressed copy would not be smaller).
    public var gzipBytes = 0
    public var brotliBytes = 0
    /// How many of them had to be compressed; the rest came from the cache.
    public var compressedAnew = 0

    /// What a host saves by sending the brotli copies instead of the files as written.
    public var savedBytes: Int { originalBytes - brotliBytes }
}

/// Writes the compressed copies of the site's text files: beside `page.html`, a `page.html.gz` (zlib,
/// level 9) and a `page.html.br` (brotli, quality 11), each only when it is smaller than the file, so
/// that a host (nginx's `gzip_static`, Caddy's `precompressed`, Netlify, Cloudflare) sends them without
/// compressing anything per request.
///
/// Brotli at quality 11 costs about as much as the rest of the build together, so each compressed copy
/// is kept in the cache folder under the SHA-256 of the original's bytes: a file whose bytes did not
/// change since an earlier build is never compressed again. A full build removes the copies it did not
/// use, so the cache holds one site's worth.
final class Precompressor: Sendable {
    /// The folder under the cache where compressed copies are kept.
    static let cacheFolderName = "compressed"

    /// `<cache>/compressed`.
    let folder: String
    /// The cached copies there when the build began, by file name.
    private let cached: Set<String>
    /// The cached copies this build used or made.
    private let used = Mutex(Set<String>())
    private let tally = Mutex(PrecompressionTally())
    /// The mutexes make the shared state Sendable; they are also taken on this serial queue so that the
    /// thread sanitizer sees the ordering (as in `Parallel.map`).
    private let turns = DispatchQueue(label: "sitthi.precompressor")

    /// Opens (or makes) the cache folder under `cache`. When it cannot be made, every file is compressed
    /// and nothing is kept: a cache problem costs time, never the site.
    init(cache: String) {
        folder = cache + "/" + Self.cacheFolderName
        try? FileSystem.makeDirectories(folder)
        cached = Set(((try? FileSystem.list(folder)) ?? []).filter { $0.kind == .file && Self.isCopyName($0.name) }.map(\.name))
    }

    /// Whether a file name is one this cache gives its copies: a SHA-256 in hex and an encoding's
    /// extension. Only such files are read or ever removed, so a `--cache` folder that holds other files
    /// in `compressed/` loses none of them.
    static func isCopyName(_ name: String) -> Bool {
        guard let encoding = ContentEncoding.allCases.first(where: { name.hasSuffix($0.fileExtension) }) else { return false }
        let hash = name.utf8.dropLast(encoding.fileExtension.utf8.count)
        return hash.count == 64 && hash.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// What was compressed so far.
    var summary: PrecompressionTally { turns.sync { tally.withLock { $0 } } }

    /// The compressed copies of one file that are smaller than it (none for a file that is not text).
    /// Safe to call from every core at once.
    func copies(of file: OutputFile) -> [OutputFile] {
        guard ContentEncoding.isCompressible(file.path) else { return [] }
        let key = ContentHash.hex(file.contents)
        var result: [OutputFile] = []
        var sizes: [ContentEncoding: Int] = [:]
        var anew = false
        for encoding in ContentEncoding.allCases {
            let name = key + encoding.fileExtension
            var compressed: [UInt8]? = nil
            if cached.contains(name), let bytes = try? FileSystem.read(folder + "/" + name) {
                // An empty entry records that the copy was not smaller than the file.
                compressed = bytes.isEmpty ? nil : bytes
            } else {
                anew = true
                compressed = encoding.compress(file.contents).flatMap { $0.count < file.contents.count ? $0 : nil }
                store(compressed ?? [], as: name)
            }
            turns.sync { used.withLock { _ = $0.insert(name) } }
            if let compressed {
                result.append(OutputFile(path: file.path + encoding.fileExtension, contents: compressed))
                sizes[encoding] = compressed.count
            }
        }
        guard !result.isEmpty else { return [] }
        let original = file.contents.count
        turns.sync {
            tally.withLock { tally in
                tally.files += 1
                tally.originalBytes += original
                tally.gzipBytes += sizes[.gzip] ?? original
                tally.brotliBytes += sizes[.brotli] ?? original
                if anew { tally.compressedAnew += 1 }
            }
        }
        return result
    }

    /// Keeps a compressed copy in the cache: written under a temporary name and renamed, so that a build
    /// killed while writing, or another build sharing the cache, never leaves a cut file under the name.
    private func store(_ bytes: [UInt8], as name: String) {
        let temporary = "\(folder)/.\(name).\(getpid()).tmp"
        do {
            try FileSystem.write(bytes, to: temporary)
            try FileSystem.rename(temporary, to: folder + "/" + name)
        } catch {
            try? FileSystem.removeTree(temporary)
        }
    }

    /// After a full build: removes the cached copies this build did not use (those of files that changed
    /// or went away), so the cache does not grow with every edit.
    func removeUnused() {
        let used = turns.sync { self.used.withLock { $0 } }
        for name in cached where !used.contains(name) {
            try? FileSystem.removeTree(folder + "/" + name)
        }
    }
}
