/// The last stage, and the only one that writes.
///
/// The site is written into a working folder beside the output (`public.next`) and swapped in with two
/// renames only when every file was written, so a failed build never leaves a half-written site. The
/// output it replaces is kept as `public.prev` and becomes the next build's working folder: a file whose
/// bytes are already there is left alone, and a changed one is overwritten in place rather than created
/// anew, which on many file systems costs a fraction of creating a file. Files the new site no longer
/// has are removed from the working folder before the swap, so the output holds exactly what the build
/// made. Files arrive in batches, so the whole site never has to be held in memory.
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

    /// Prepares the working folder; `nil` (with an error reported) when the output cannot be written.
    public func begin() -> Session? {
        let existing = FileSystem.kind(of: output)
        if existing.exists && !existing.isDirectory {
            diagnostics.error("the output \(output) exists and is not a folder", at: nil)
            return nil
        }
        if existing.exists && (FileSystem.kind(of: output + "/content").exists || FileSystem.kind(of: output + "/Package.swift").exists) {
            diagnostics.error("refusing to replace \(output): it looks like a site or project folder, not build output", at: nil)
            return nil
        }
        do {
            let current = FileSystem.kind(of: staging)
            if current.exists && !current.isDirectory { try FileSystem.removeTree(staging) }
            if !FileSystem.kind(of: staging).exists {
                if FileSystem.kind(of: spare).isDirectory {
                    try FileSystem.rename(spare, to: staging)
                } else {
                    try FileSystem.removeTree(spare)
                    try FileSystem.makeDirectory(staging)
                }
            }
        } catch {
            diagnostics.error("could not prepare \(staging): \(error)", at: nil)
            return nil
        }
        return Session(writer: self)
    }

    /// Writes files straight into the existing output (for `serve`'s rebuilds of a few pages after an
    /// edit; the full build keeps the all-or-nothing swap). Returns whether every file was written.
    public func writeInPlace(_ files: [OutputFile]) -> Bool {
        var ok = true
        for file in files {
            do {
                _ = try FileSystem.writeIfChanged(file.contents, to: "\(output)/\(file.path)")
            } catch {
                diagnostics.error("could not write \(file.path): \(error)", at: nil)
                ok = false
            }
        }
        return ok
    }

    /// One build's writing: batches of files, then `finish()` to swap the site in.
    public final class Session {
        let writer: Writer
        private var folders: Set<String> = [""]
        private var written: Set<String> = []
        private var failure: String?
        /// How many files were left as they were because their bytes had not changed.
        public private(set) var unchangedCount = 0

        init(writer: Writer) { self.writer = writer }

        /// Writes a batch of files into the working folder.
        public func write(_ files: [OutputFile]) {
            guard failure == nil else { return }
            let staging = writer.staging
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
                    let problems = Parallel.map(byDepth[depth]!) { folder -> String? in
                        do {
                            if FileSystem.kind(of: "\(staging)/\(folder)") == (true, false) { try FileSystem.removeTree("\(staging)/\(folder)") }
                            try FileSystem.makeDirectory("\(staging)/\(folder)")
                            return nil
                        } catch {
                            return "\(error)"
                        }
                    }.compactMap { $0 }
                    if let first = problems.first { throw WriteFailure(message: first) }
                }
            } catch {
                failure = "\(error)"
                return
            }
            let results = Parallel.map(files) { file -> Result<Bool, FileSystem.Failure> in
                Result { try FileSystem.writeIfChanged(file.contents, to: "\(staging)/\(file.path)") }
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
        public func finish() -> Bool {
            do {
                if let failure { throw WriteFailure(message: failure) }
                try prune("")
                if FileSystem.kind(of: writer.output).exists {
                    try FileSystem.rename(writer.output, to: writer.spare)
                }
                try FileSystem.rename(writer.staging, to: writer.output)
                return true
            } catch {
                writer.diagnostics.error("could not write the site: \(error); \(writer.output) is unchanged", at: nil)
                return false
            }
        }

        /// Removes everything below a folder of the working tree that the new site does not have.
        private func prune(_ relative: String) throws {
            let root = writer.staging
            for entry in try FileSystem.list(relative.isEmpty ? root : "\(root)/\(relative)") {
                let path = relative.isEmpty ? entry.name : "\(relative)/\(entry.name)"
                if entry.isDirectory {
                    if folders.contains(path) {
                        try prune(path)
                    } else {
                        try FileSystem.removeTree("\(root)/\(path)")
                    }
                } else if !written.contains(path) {
                    try FileSystem.removeTree("\(root)/\(path)")
                }
            }
        }
    }

    private struct WriteFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
