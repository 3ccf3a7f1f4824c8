#if canImport(Glibc)
import Glibc
#endif

/// The last stage, and the only one that writes: puts the files into a new folder beside the output
/// and swaps it in only when every file was written, so a failed build never leaves a half-written site.
public struct Writer {
    /// The output folder, `public/`.
    public let output: String
    let diagnostics: Diagnostics

    public init(output: String, diagnostics: Diagnostics) {
        self.output = output
        self.diagnostics = diagnostics
    }

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
        let staging = "\(output).new-\(getpid())"
        let retired = "\(output).old-\(getpid())"
        do {
            try FileSystem.removeTree(staging)
            try FileSystem.makeDirectory(staging)
            var folders: Set<String> = []
            for file in files {
                var path = Substring(file.path)
                while let slash = path.lastIndex(of: "/") {
                    path = path[..<slash]
                    if !folders.insert(String(path)).inserted { break }
                }
            }
            for folder in folders.sorted() { try FileSystem.makeDirectory("\(staging)/\(folder)") }
            let failures = Parallel.map(files) { file -> String? in
                do {
                    try FileSystem.write(file.contents, to: "\(staging)/\(file.path)")
                    return nil
                } catch {
                    return "\(error)"
                }
            }.compactMap { $0 }
            if let first = failures.first { throw WriteFailure(message: first) }
            if existing.exists {
                try FileSystem.rename(output, to: retired)
                try FileSystem.rename(staging, to: output)
                try FileSystem.removeTree(retired)
            } else {
                try FileSystem.rename(staging, to: output)
            }
            return true
        } catch {
            diagnostics.error("could not write the site: \(error); \(output) is unchanged", at: nil)
            try? FileSystem.removeTree(staging)
            if !FileSystem.kind(of: output).exists && FileSystem.kind(of: retired).exists {
                try? FileSystem.rename(retired, to: output)
            }
            return false
        }
    }

    private struct WriteFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
