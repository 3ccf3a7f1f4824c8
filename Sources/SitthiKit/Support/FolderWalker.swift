/// The one way Sitthi walks the site's folders (the loader and `serve`'s watcher both use it): hidden
/// entries are passed over; a link is followed only when it stays inside the site root; a folder that
/// is reached a second time (a loop of links, or two links to one folder) is an error at the path that
/// reaches it again, and is not entered; FIFOs, sockets and devices are skipped with a warning. So no
/// folder structure, however it is linked, can make a walk run forever or read a file from elsewhere.
struct FolderWalker {
    /// The site root as given.
    let root: String
    /// The root with every link resolved: what "inside the root" means.
    let realRoot: String
    /// Where problems go; `nil` for a silent walk (the watcher, which the build reports for).
    let diagnostics: Diagnostics?

    init(root: String, diagnostics: Diagnostics?) {
        self.root = root
        self.realRoot = FileSystem.realPath(root) ?? root
        self.diagnostics = diagnostics
    }

    /// Every regular file below a folder (relative to the root), in path order, leaving out the folders
    /// in `skipping` with everything in them. With `recursive` false, only the folder's own files.
    func files(below relative: String, skipping skipped: Set<String> = [], recursive: Bool = true) -> [String] {
        guard let start = resolve(relative) else {
            diagnostics?.error("cannot list folder", at: SourceLocation(path: relative))
            return []
        }
        guard start.kind == .directory else {
            diagnostics?.error("expected a folder here", at: SourceLocation(path: relative))
            return []
        }
        var found: [String] = []
        var seen: [Identity: String] = [Identity(start): relative]
        // An explicit stack rather than recursion: a deep tree cannot overflow the thread's stack.
        var pending: [String] = [relative]
        while let folder = pending.popLast() {
            guard let entries = try? FileSystem.list("\(root)/\(folder)") else {
                diagnostics?.error("cannot list folder", at: SourceLocation(path: folder))
                continue
            }
            var subfolders: [String] = []
            for entry in entries where !entry.name.hasPrefix(".") {
                let path = "\(folder)/\(entry.name)"
                if skipped.contains(path) { continue }
                var kind = entry.kind
                var status: FileSystem.Status?
                if kind == .link || kind == .directory {
                    // The folder being listed is inside the root, so only a link can lead out of it.
                    guard let target = kind == .link ? resolve(path) : FileSystem.status(of: "\(root)/\(path)", followingLinks: false) else { continue }
                    status = target
                    kind = target.kind
                }
                switch kind {
                case .file:
                    found.append(path)
                case .directory:
                    guard recursive, let status else { continue }
                    if let first = seen[Identity(status)] {
                        diagnostics?.error(
                            "this folder is `\(first)` again (reached through a link): each folder may be reached once, so links that loop or lead to the same folder twice are not followed",
                            at: SourceLocation(path: path))
                        continue
                    }
                    seen[Identity(status)] = path
                    subfolders.append(path)
                case .special:
                    diagnostics?.warning("skipped: not a file or folder (a FIFO, socket or device)", at: SourceLocation(path: path))
                case .link:
                    continue
                }
            }
            pending.append(contentsOf: subfolders.reversed())
        }
        return found.sorted()
    }

    /// Whether a file the site names directly (`content/site.yml`) is there to read; a link that leaves
    /// the root and anything but a regular file is an error at its path.
    func regularFile(_ relative: String) -> FileSystem.Status? {
        guard let status = resolve(relative) else { return nil }
        guard status.kind == .file else {
            diagnostics?.error(status.kind == .directory ? "expected a file here, found a folder" : "not a regular file: it is not read", at: SourceLocation(path: relative))
            return nil
        }
        return status
    }

    /// The status of what a path leads to, when it exists and stays inside the root; a link that leads
    /// outside is reported and treated as absent.
    func resolve(_ relative: String) -> FileSystem.Status? {
        let path = "\(root)/\(relative)"
        guard let own = FileSystem.status(of: path, followingLinks: false) else { return nil }
        // A link anywhere on the way (this entry, or a linked folder above it) may lead out of the root.
        guard let real = FileSystem.realPath(path) else {
            if own.kind == .link { diagnostics?.warning("a link that leads nowhere: skipped", at: SourceLocation(path: relative)) }
            return nil
        }
        guard real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            diagnostics?.error("this link leads outside the site folder (to \(real)): files from elsewhere are never read or published", at: SourceLocation(path: relative))
            return nil
        }
        return own.kind == .link ? FileSystem.status(of: path, followingLinks: true) : own
    }

    /// A folder's identity: device and inode.
    private struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ status: FileSystem.Status) {
            device = status.device
            inode = status.inode
        }
    }
}
