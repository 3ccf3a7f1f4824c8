#if canImport(Glibc)
    import Glibc
#endif

/// The drawings of earlier builds, kept in the cache folder as `drawings/<name>`, each named by the
/// SHA-256 of everything it was drawn from (see `Drawer`): a rebuild draws only what changed, and a CI
/// job that keeps the cache folder draws nothing it drew before. The only code that reads or writes
/// these files; losing them costs time, never the site. Only files named as drawings (`isDrawingName`),
/// and the partial files of builds that are gone, are ever read or removed: a `--cache` folder that
/// holds other files in `drawings/` loses none of them.
struct DrawingCache: Sendable {
    /// The folder under the cache where drawings are kept.
    static let folderName = "drawings"
    /// The extensions of the files drawn (`DrawingJob.fileExtension`).
    static let extensions = ["pdf", "png"]

    /// `<cache>/drawings`.
    let folder: String

    init(cache: String) {
        folder = cache + "/" + Self.folderName
    }

    /// Whether a file name is one this cache gives its drawings: a SHA-256 in hex, a dot and the
    /// extension of a drawn file.
    static func isDrawingName(_ name: String) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let hash = name.utf8[..<dot]
        let fileExtension = String(decoding: name.utf8[name.utf8.index(after: dot)...], as: UTF8.self)
        return extensions.contains(fileExtension) && hash.count == 64
            && hash.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The process whose partial file a name is (`.<drawing name>.<process id>.partial`), if it is one.
    static func partialFileOwner(_ name: String) -> Int32? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0].isEmpty, parts[4] == "partial", isDrawingName(parts[1] + "." + parts[2]),
            parts[3].utf8.allSatisfy({ (0x30...0x39).contains($0) }), let process = Int32(parts[3]), process > 0
        else { return nil }
        return process
    }

    /// A drawing kept under a name, if there is one.
    func bytes(named name: String) -> [UInt8]? {
        guard Self.isDrawingName(name) else { return nil }
        return try? FileSystem.read(folder + "/" + name)
    }

    /// Keeps a drawing under a name: written beside it first and renamed, so that a build killed while
    /// writing never leaves half a file under the name. A failure is ignored (the next build draws it
    /// again).
    func store(_ bytes: [UInt8], named name: String) {
        guard Self.isDrawingName(name) else { return }
        let partial = "\(folder)/.\(name).\(getpid()).partial"
        do {
            try FileSystem.makeDirectories(folder)
            try FileSystem.write(bytes, to: partial)
            try FileSystem.rename(partial, to: folder + "/" + name)
        } catch {
            try? FileSystem.removeTree(partial)
        }
    }

    /// Removes every drawing but those named (the ones the site now has), so that the folder holds one
    /// build's drawings rather than every version ever drawn, and the partial files of builds that were
    /// killed while storing one. Any other file stays.
    func prune(keeping names: Set<String>) {
        guard let entries = try? FileSystem.list(folder) else { return }
        for entry in entries where entry.kind == .file {
            let isUnused = Self.isDrawingName(entry.name) && !names.contains(entry.name)
            // A process that is gone (kill with no signal finds none) will not rename its partial file.
            let isLeftOver = Self.partialFileOwner(entry.name).map { kill($0, 0) != 0 && errno == ESRCH } ?? false
            if isUnused || isLeftOver {
                try? FileSystem.removeTree(folder + "/" + entry.name)
            }
        }
    }
}
