/// Notices edits under the site's `content/` and `templates/` by comparing, at each look, every file's
/// modification time and size with the last look (polling: cheap for a site's few hundred files, and
/// the same on every platform). It walks with the build's `FolderWalker`, so a linked loop or a link
/// out of the site is never followed here either; times are compared as they are, never computed with,
/// so any date a file carries (a wrong clock, a restored backup) is just another value.
public final class SourceWatcher {
    private let walker: FolderWalker
    private var last: [String: FileSignature] = [:]

    private struct FileSignature: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int
    }

    public init(root: String) {
        walker = FolderWalker(root: root, diagnostics: nil)
        last = snapshot()
    }

    /// Whether anything was added, removed or changed since the last call.
    public func changed() -> Bool {
        let now = snapshot()
        defer { last = now }
        return now != last
    }

    private func snapshot() -> [String: FileSignature] {
        var files: [String: FileSignature] = [:]
        for folder in ["content", "templates"] where walker.resolve(folder)?.kind == .directory {
            for path in walker.files(below: folder) {
                guard let status = FileSystem.status(of: "\(walker.root)/\(path)", followingLinks: true) else { continue }
                files[path] = FileSignature(seconds: status.modifiedSeconds, nanoseconds: status.modifiedNanoseconds, size: status.size)
            }
        }
        return files
    }
}
