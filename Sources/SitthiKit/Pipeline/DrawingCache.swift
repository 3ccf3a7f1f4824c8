#if canImport(Glibc)
    import Glibc
#endif

/// The drawings of earlier builds, kept in the cache folder as `drawings/<name>`, each named by the
/// SHA-256 of everything it was drawn from (see `Drawer`): a rebuild draws only what changed, and a CI
/// job that keeps the cache folder draws nothing it drew before. The only code that reads or writes
/// these files; losing them costs time, never the site.
struct DrawingCache: Sendable {
    /// `<cache>/drawings`.
    let folder: String

    init(cache: String) {
        folder = cache + "/drawings"
    }

    /// A drawing kept under a name, if there is one.
    func bytes(named name: String) -> [UInt8]? {
        try? FileSystem.read(folder + "/" + name)
    }

    /// Keeps a drawing under a name: written beside it first and renamed, so that a build killed while
    /// writing never leaves half a file under the name. A failure is ignored (the next build draws it
    /// again).
    func store(_ bytes: [UInt8], named name: String) {
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
    /// build's drawings rather than every version ever drawn.
    func prune(keeping names: Set<String>) {
        guard let entries = try? FileSystem.list(folder) else { return }
        for entry in entries where !names.contains(entry.name) {
            try? FileSystem.removeTree(folder + "/" + entry.name)
        }
    }
}
