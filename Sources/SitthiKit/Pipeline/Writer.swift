/// The last stage, and the only one that writes.
///
/// The site is written into a working folder beside the output (`public.next`) and swapped in with two
/// renames only when every file was written, so a failed build never leaves a half-written site. The
/// output it replaces is kept as `public.prev` and becomes the next build's working folder: files are
/// then overwritten in place rather than created, which on many file systems costs a fraction of
/// creating a new file. Files the new site no longer has are removed from the working folder before
/// the swap, so the output holds exactly what the build made.
public struct Writer {
    /// The output folder, `public/`.
    public let output: String
    let diagnostics: Diagnostics

    public init(output: String, diagnostics: Diagnostics) {
        self.output = output
        self.diagnostics = diagnostics
    }

    /// The working folder the next site is written into.
    var staging: String { output + ".next" }
    /// The previous output, kept to be reused as the next working folder.
    var spare: String { output + ".prev" }

    /// Writes every file; returns whether the new site is in place.
    @discardableResult
    public func write(_ files: [OutputFile]) -> Bool {
        let existing = FileSystem.kind(of: output)
        if existing.exists && !existing.isDirectory {
            diagnostics.error("the output \(output) exists and is not a folder", at: nil)
            return false
        }
        if existing.exists && (FileSystem.kind(of: output + "/content").exists || FileSystem.kind(of: output + "/Package.swift").exists) {
            diagnostics.error("refusing to replace \(output): it looks like a site or project folder, not build output", at: nil)
            return false
        }
        do {
            try prepareStaging()
            var folders: Set<String> = []
            for file in files {
                var path = Substring(file.path)
                while let slash = path.lastIndex(of: "/") {
                    path = path[..<slash]
                    if !folders.insert(String(path)).inserted { break }
                }
            }
            for folder in folders.sorted() {
                if FileSystem.kind(of: "\(staging)/\(folder)") == (true, false) { try FileSystem.removeTree("\(staging)/\(folder)") }
                try FileSystem.makeDirectory("\(staging)/\(folder)")
            }
            let target = staging
            let failures = Parallel.map(files) { file -> String? in
                do {
                    try FileSystem.write(file.contents, to: "\(target)/\(file.path)")
                    return nil
                } catch {
                    return "\(error)"
                }
            }.compactMap { $0 }
            if let first = failures.first { throw WriteFailure(message: first) }
            try prune(staging, "", keeping: Set(files.map(\.path)), folders: folders)
            if existing.exists {
                try FileSystem.rename(output, to: spare)
            }
            try FileSystem.rename(staging, to: output)
            return true
        } catch {
            diagnostics.error("could not write the site: \(error); \(output) is unchanged", at: nil)
            return false
        }
    }

    /// Makes sure the working folder exists: a leftover from an interrupted build, else the previous
    /// output, else a new folder.
    private func prepareStaging() throws {
        let current = FileSystem.kind(of: staging)
        if current.exists && !current.isDirectory { try FileSystem.removeTree(staging) }
        if FileSystem.kind(of: staging).exists { return }
        if FileSystem.kind(of: spare).isDirectory {
            try FileSystem.rename(spare, to: staging)
        } else {
            try FileSystem.removeTree(spare)
            try FileSystem.makeDirectory(staging)
        }
    }

    /// Removes everything below a folder of the working tree that the new site does not have.
    private func prune(_ root: String, _ relative: String, keeping files: Set<String>, folders: Set<String>) throws {
        for entry in try FileSystem.list(relative.isEmpty ? root : "\(root)/\(relative)") {
            let path = relative.isEmpty ? entry.name : "\(relative)/\(entry.name)"
            if entry.isDirectory {
                if folders.contains(path) {
                    try prune(root, path, keeping: files, folders: folders)
                } else {
                    try FileSystem.removeTree("\(root)/\(path)")
                }
            } else if !files.contains(path) {
                try FileSystem.removeTree("\(root)/\(path)")
            }
        }
    }

    private struct WriteFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
