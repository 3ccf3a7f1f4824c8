/// Where a build may write, decided before anything is written, and the folders that go with it.
///
/// The output is Sitthi's only where it says so: every output holds a marker file, and an existing
/// folder without one that is not empty is refused unless the build is told `--force`. Whatever the
/// flags, the site root, `content/`, `templates/`, any folder that holds them or lies inside them, and
/// `/` are never an output. An output that is a link is followed: the site goes into the folder it
/// points to, and the link stays.
struct OutputFolder: Sendable {
    /// The name of the marker file in every output (and working folder) that Sitthi writes.
    static let markerName = ".sitthi-output"
    /// What the marker says to a person who finds it.
    static let markerText = "This folder is written by `sitthi build`: every build replaces all of its contents.\n"

    /// The output folder, absolute, with links resolved.
    let path: String
    /// The folder that holds it; locked while a build writes.
    let parent: String
    /// The working folder beside the output that the next site is written into, then swapped in.
    let staging: String
    /// Beside the output for a moment only, where the system cannot swap two folders in one step.
    let retired: String
    /// Where the previous output is kept for the next build to reuse, inside the cache folder.
    let reusable: String

    /// Decides where the site goes; the reason as an error message when it may not go there.
    static func resolve(_ output: String, root: String, cache: String, force: Bool) -> Result<OutputFolder, Refusal> {
        guard !output.isEmpty else { return .failure(Refusal("the output folder is empty: name a folder, or leave out --output for public/")) }
        guard !output.contains(where: { $0.isNewline || $0 == "\0" }) else {
            return .failure(Refusal("the output folder's name holds a line break or NUL character"))
        }
        let absolute = output.hasPrefix("/") ? output : FileSystem.currentDirectory() + "/" + output
        guard let path = resolvedPath(absolute) else { return .failure(Refusal("cannot make sense of the output folder \(output)")) }
        guard path != "/" else { return .failure(Refusal("refusing to write the site into / (\(output))")) }

        let realRoot = FileSystem.realPath(root) ?? resolvedPath(root.hasPrefix("/") ? root : FileSystem.currentDirectory() + "/" + root) ?? root
        func overlaps(_ source: String) -> Bool {
            path == source || path.hasPrefix(source + "/") || source.hasPrefix(path == "/" ? "/" : path + "/")
        }
        if path == realRoot || realRoot.hasPrefix(path + "/") {
            return .failure(Refusal("refusing to write the site into \(output): it is or holds the site's own folder \(realRoot), whose files would be replaced"))
        }
        for source in ["content", "templates"] {
            let sourcePath = FileSystem.realPath("\(root)/\(source)") ?? "\(realRoot)/\(source)"
            if overlaps(sourcePath) {
                return .failure(Refusal("refusing to write the site into \(output): it overlaps the site's \(source)/ folder (\(sourcePath))"))
            }
        }
        if let status = FileSystem.status(of: path, followingLinks: false) {
            guard status.kind == .directory else { return .failure(Refusal("the output \(output) exists and is not a folder")) }
            let entries = (try? FileSystem.list(path)) ?? []
            if !entries.isEmpty && !entries.contains(where: { $0.name == markerName }) && !force {
                return .failure(
                    Refusal(
                        "refusing to replace \(output): the folder is not empty and was not written by sitthi (it has no \(markerName) file). Choose an empty or new folder, or pass --force to let sitthi replace everything in it"
                    ))
            }
        }
        let slash = path.lastIndex(of: "/")!
        let parent = slash == path.startIndex ? "/" : String(path[..<slash])
        let name = String(path[path.index(after: slash)...])
        let base = parent == "/" ? "/." + name : parent + "/." + name
        return .success(
            OutputFolder(
                path: path, parent: parent, staging: base + ".sitthi-next", retired: base + ".sitthi-old",
                reusable: cache + "/previous-output"))
    }

    /// An absolute path with `.`, `..` and every link in the part that exists resolved.
    private static func resolvedPath(_ absolute: String) -> String? {
        var components: [Substring] = []
        for component in absolute.split(separator: "/") where component != "." {
            if component == ".." { _ = components.popLast() } else { components.append(component) }
        }
        // The longest part that exists is resolved by the system; the rest is appended as written.
        var existing = components.count
        while existing > 0 {
            let prefix = "/" + components[..<existing].joined(separator: "/")
            if let real = FileSystem.realPath(prefix) {
                let rest = components[existing...].joined(separator: "/")
                return rest.isEmpty ? real : (real == "/" ? "/" : real + "/") + rest
            }
            existing -= 1
        }
        return "/" + components.joined(separator: "/")
    }

    /// Whether a folder holds Sitthi's marker: only such a folder is ever emptied or removed.
    static func isMarked(_ folder: String) -> Bool {
        FileSystem.status(of: folder + "/" + markerName, followingLinks: false)?.kind == .file
    }

    /// Why a folder may not be the output.
    struct Refusal: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
