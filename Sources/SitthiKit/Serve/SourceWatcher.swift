/// Notices edits under the site's `content/` and `templates/` by comparing, at each look, every file's
/// modification time and size with the last look (polling: cheap for a site's few hundred files, and
/// the same on every platform).
public final class SourceWatcher {
    private let root: String
    private var last: [String: FileSignature] = [:]

    private struct FileSignature: Equatable {
        var modified: Int
        var size: Int
    }

    public init(root: String) {
        self.root = root
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
        func walk(_ relative: String) {
            for entry in (try? FileSystem.list("\(root)/\(relative)")) ?? [] where !entry.name.hasPrefix(".") {
                let path = "\(relative)/\(entry.name)"
                if entry.isDirectory {
                    walk(path)
                } else if let signature = FileSystem.signature(of: "\(root)/\(path)") {
                    files[path] = FileSignature(modified: signature.modified, size: signature.size)
                }
            }
        }
        walk("content")
        walk("templates")
        return files
    }
}
