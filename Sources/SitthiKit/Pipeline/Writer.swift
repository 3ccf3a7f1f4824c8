import Foundation

/// The last stage, and the only one that writes.
///
/// The site is written into a working folder beside the output and swapped in with one atomic exchange
/// only when every file was written, so a failed or killed build never leaves a half-written site and a
/// reader never sees one. The output it replaces moves into the cache folder and becomes the next
/// build's working folder: a file whose bytes are already there is left alone, and a changed one is
/// overwritten in place rather than created anew, which on many file systems costs a fraction of
/// creating a file. Files the new site no longer has are removed from the working folder before the
/// swap, so the output holds exactly what the build made. Files arrive in batches, so the whole site
/// never has to be held in memory. One build writes to an output at a time: the folder holding the
/// output is locked while a build or `serve` writes into it, and the second waits.
struct Writer {
    /// The output folder as given, `public/` by default.
    let output: String
    /// The site root: never written into, nor anything that holds it.
    let root: String
    /// The cache folder, where the previous output waits to be reused.
    let cache: String
    /// Whether an existing folder without Sitthi's marker may be taken over.
    let force: Bool
    let diagnostics: Diagnostics

    init(output: String, root: String, cache: String, force: Bool = false, diagnostics: Diagnostics) {
        self.output = output
        self.root = root
        self.cache = cache
        self.force = force
        self.diagnostics = diagnostics
    }

    /// Decides where the site goes, locks it and prepares the working folder; `nil` (with an error
    /// reported) when the output may not or cannot be written.
    func begin() -> Session? {
        let folder: OutputFolder
        switch OutputFolder.resolve(output, root: root, cache: cache, force: force) {
        case .success(let resolved): folder = resolved
        case .failure(let refusal):
            diagnostics.error(refusal.description, at: nil)
            return nil
        }
        let lock: FileSystem.DirectoryLock
        do {
            try FileSystem.makeDirectories(folder.parent)
            lock = try FileSystem.DirectoryLock(folder.parent) {
                DiagnosticPrinter.printError("waiting: another sitthi is writing into \(folder.parent)")
            }
        } catch {
            diagnostics.error("could not prepare the output: \(error)", at: nil)
            return nil
        }
        var startsEmpty = false
        do {
            // What a killed build left: Sitthi's own working folders, recognised by the marker.
            for leftover in [folder.staging, folder.retired] where FileSystem.status(of: leftover, followingLinks: false) != nil {
                guard OutputFolder.isMarked(leftover) else {
                    throw Refusal("\(leftover) is in the way and was not made by sitthi: move it away")
                }
                if leftover == folder.retired { try FileSystem.removeTree(leftover) }
            }
            if FileSystem.status(of: folder.staging, followingLinks: false) == nil {
                startsEmpty = try !takeReusable(folder)
            }
            try FileSystem.write(Array(OutputFolder.markerText.utf8), to: folder.staging + "/" + OutputFolder.markerName)
        } catch {
            diagnostics.error("could not prepare \(folder.staging): \(error)", at: nil)
            lock.release()
            return nil
        }
        return Session(writer: self, folder: folder, lock: lock, startsEmpty: startsEmpty)
    }

    /// Makes the working folder: the previous output kept in the cache when it is on the same file
    /// system, else a new empty folder. Returns whether it took the previous output.
    private func takeReusable(_ folder: OutputFolder) throws -> Bool {
        if FileSystem.status(of: folder.reusable, followingLinks: false)?.kind == .directory && OutputFolder.isMarked(folder.reusable) {
            do {
                try FileSystem.rename(folder.reusable, to: folder.staging)
                return true
            } catch {
                try FileSystem.removeTree(folder.reusable)
            }
        }
        try FileSystem.makeDirectory(folder.staging)
        return false
    }

    /// Writes files straight into the existing output (for `serve`'s rebuilds of a few pages after an
    /// edit; the full build keeps the all-or-nothing swap). Returns whether every file was written.
    func writeInPlace(_ files: [OutputFile], precompressor: Precompressor? = nil) -> Bool {
        guard case .success(let folder) = OutputFolder.resolve(output, root: root, cache: cache, force: false), OutputFolder.isMarked(folder.path) else {
            diagnostics.error("\(output) is not a folder sitthi wrote: nothing was written", at: nil)
            return false
        }
        guard let lock = try? FileSystem.DirectoryLock(folder.parent, waiting: {}) else {
            diagnostics.error("could not lock \(folder.parent)", at: nil)
            return false
        }
        defer { lock.release() }
        var ok = true
        let copies = precompressor.map { precompressor in Parallel.map(files) { precompressor.copies(of: $0) }.flatMap { $0 } } ?? []
        // A page whose copy is no longer smaller, or a site that no longer compresses, keeps no stale copy.
        let fresh = Set(copies.map(\.path))
        for file in files where ContentEncoding.isCompressible(file.path) {
            for encoding in ContentEncoding.allCases where !fresh.contains(file.path + encoding.fileExtension) {
                try? FileSystem.removeTree("\(folder.path)/\(file.path)\(encoding.fileExtension)")
            }
        }
        for file in files + copies {
            do {
                _ = try FileSystem.writeIfChanged(file.contents, to: "\(folder.path)/\(file.path)")
            } catch {
                diagnostics.error("could not write \(file.path): \(error)", at: nil)
                ok = false
            }
        }
        return ok
    }

    /// One build's writing: batches of files, then `finish()` to swap the site in.
    final class Session {
        let writer: Writer
        let folder: OutputFolder
        private let lock: FileSystem.DirectoryLock
        private var folders: Set<String> = [""]
        private var written: Set<String> = [OutputFolder.markerName]
        private var failure: String?
        /// Whether the working folder was made empty for this build (a cold build): nothing can be in
        /// the way of a file or folder, so none is looked for, and every file is created new.
        private let startsEmpty: Bool
        /// How many files were left as they were because their bytes had not changed.
        private(set) var unchangedCount = 0
        /// Makes the compressed copies of the text files (`compress: true`, the default), on all cores.
        var precompressor: Precompressor?

        init(writer: Writer, folder: OutputFolder, lock: FileSystem.DirectoryLock, startsEmpty: Bool) {
            self.startsEmpty = startsEmpty
            self.writer = writer
            self.folder = folder
            self.lock = lock
        }

        deinit { lock.release() }

        /// Writes a batch of files into the working folder.
        func write(_ files: [OutputFile]) {
            guard failure == nil else { return }
            let staging = folder.staging
            var files = files
            if let precompressor {
                files += Parallel.map(files) { precompressor.copies(of: $0) }.flatMap { $0 }
            }
            do {
                var newFolders: [String] = []
                for file in files {
                    written.insert(file.path)
                    var path = Substring(file.path)
                    while let slash = path.lastIndex(of: "/") {
                        path = path[..<slash]
                        guard folders.insert(String(path)).inserted else { break }
                        newFolders.append(String(path))
                    }
                }
                // Creating a folder costs as much as creating a file: make each depth's folders in
                // parallel, parents before children.
                let byDepth = Dictionary(grouping: newFolders) { $0.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) } }
                for depth in byDepth.keys.sorted() {
                    let startsEmpty = startsEmpty
                    let problems = Parallel.map(byDepth[depth]!) { folder -> String? in
                        do {
                            // Whatever stands where a folder belongs (a file, a link) is replaced by it.
                            let path = "\(staging)/\(folder)"
                            if !startsEmpty, let existing = FileSystem.status(of: path, followingLinks: false), existing.kind != .directory {
                                try FileSystem.removeTree(path)
                            }
                            try FileSystem.makeDirectory(path)
                            return nil
                        } catch {
                            return "\(error)"
                        }
                    }.compactMap { $0 }
                    if let first = problems.first { throw Refusal(first) }
                }
            } catch {
                failure = "\(error)"
                return
            }
            let startsEmpty = startsEmpty
            let results = Parallel.map(files) { file -> Result<Bool, FileSystem.Failure> in
                Result {
                    let path = "\(staging)/\(file.path)"
                    if startsEmpty {
                        try FileSystem.create(file.contents, at: path)
                        return true
                    }
                    return try FileSystem.writeIfChanged(file.contents, to: path)
                }
                .mapError { $0 as? FileSystem.Failure ?? FileSystem.Failure(path: file.path, operation: "write", code: 0) }
            }
            for result in results {
                switch result {
                case .success(let changed): if !changed { unchangedCount += 1 }
                case .failure(let error): failure = failure ?? "\(error)"
                }
            }
        }

        /// Removes what the site no longer has and swaps the new site in; returns whether it is in place.
        /// The output it replaced goes to the cache for the next build, and nothing stays beside it.
        func finish() -> Bool {
            defer { lock.release() }
            let old: String
            do {
                if let failure { throw Refusal(failure) }
                if !startsEmpty { try prune("") }
                if FileSystem.status(of: folder.path, followingLinks: false) == nil {
                    try FileSystem.rename(folder.staging, to: folder.path)
                    return true
                }
                if try FileSystem.exchange(folder.staging, folder.path) {
                    old = folder.staging
                } else {
                    try FileSystem.rename(folder.path, to: folder.retired)
                    try FileSystem.rename(folder.staging, to: folder.path)
                    old = folder.retired
                }
            } catch {
                writer.diagnostics.error("could not write the site: \(error); \(writer.output) is unchanged", at: nil)
                return false
            }
            keepForReuse(old)
            return true
        }

        /// Gives up a build that found errors: the output stays as it was, and the working folder goes to
        /// the cache like a replaced output, so nothing is left beside the output.
        func abandon() {
            keepForReuse(folder.staging)
            lock.release()
        }

        /// Moves the replaced output into the cache folder (or removes it where the cache is on another
        /// file system). A failure here costs the next build time, never the site: it is not an error.
        private func keepForReuse(_ old: String) {
            do {
                // A folder of that name that Sitthi did not mark (a `--cache` pointed at someone's own
                // folder) is never removed: the old output is dropped instead.
                if FileSystem.status(of: folder.reusable, followingLinks: false) != nil && !OutputFolder.isMarked(folder.reusable) {
                    throw Refusal("\(folder.reusable) was not made by sitthi")
                }
                try FileSystem.removeTree(folder.reusable)
                try FileSystem.makeDirectories(writer.cache)
                try FileSystem.rename(old, to: folder.reusable)
                // Marked, so that only this folder is ever emptied by a later build.
                if !OutputFolder.isMarked(folder.reusable) {
                    try FileSystem.write(Array(OutputFolder.markerText.utf8), to: folder.reusable + "/" + OutputFolder.markerName)
                }
            } catch {
                try? FileSystem.removeTree(old)
            }
        }

        /// Removes everything below a folder of the working tree that the new site does not have.
        private func prune(_ relative: String) throws {
            let root = folder.staging
            for entry in try FileSystem.list(relative.isEmpty ? root : "\(root)/\(relative)") {
                let path = relative.isEmpty ? entry.name : "\(relative)/\(entry.name)"
                if entry.kind == .directory {
                    if folders.contains(path) {
                        try prune(path)
                    } else {
                        try FileSystem.removeTree("\(root)/\(path)")
                    }
                } else if !written.contains(path) || entry.kind != .file {
                    try FileSystem.removeTree("\(root)/\(path)")
                }
            }
        }
    }

    private struct Refusal: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
