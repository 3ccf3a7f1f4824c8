#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Thin POSIX file access: reading, listing and writing files without Foundation's per-call overhead,
/// which dominated a naive pipeline's time.
enum FileSystem {
    /// An entry of a directory listing.
    struct Entry: Sendable {
        var name: String
        var isDirectory: Bool
    }

    /// A failed system call, with the path and the system's reason.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var operation: String
        var code: Int32
        var description: String { "cannot \(operation) \(path): \(String(cString: strerror(code)))" }
    }

    /// Whether a path exists, and whether it is a directory.
    static func kind(of path: String) -> (exists: Bool, isDirectory: Bool) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (false, false) }
        return (true, (info.st_mode & S_IFMT) == S_IFDIR)
    }

    /// When a file was last changed (nanoseconds) and its size: enough to notice an edit.
    static func signature(of path: String) -> (modified: Int, size: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec, Int(info.st_size))
    }

    /// The entries of a directory, sorted by name, without `.` and `..`.
    static func list(_ path: String) throws -> [Entry] {
        guard let dir = opendir(path) else { throw Failure(path: path, operation: "list", code: errno) }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let item = readdir(dir) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            var isDirectory = Int32(item.pointee.d_type) == Int32(DT_DIR)
            if Int32(item.pointee.d_type) == Int32(DT_UNKNOWN) || Int32(item.pointee.d_type) == Int32(DT_LNK) {
                isDirectory = kind(of: path + "/" + name).isDirectory
            }
            entries.append(Entry(name: name, isDirectory: isDirectory))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// The whole content of a file.
    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, operation: "open", code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(path: path, operation: "stat", code: errno) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, operation: "read", code: errno)
            }
            if got == 0 { bytes.removeSubrange(filled...); break }
            filled += got
        }
        return bytes
    }

    /// Creates (or truncates) a file and writes the bytes to it.
    static func write(_ bytes: some ContiguousBytes, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, operation: "create", code: errno) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, operation: "write", code: errno)
                }
                written += result
            }
        }
    }

    /// Writes the bytes unless the file already holds exactly them; returns whether it wrote.
    static func writeIfChanged(_ bytes: [UInt8], to path: String) throws -> Bool {
        var info = stat()
        if stat(path, &info) == 0, Int(info.st_size) == bytes.count, let existing = try? read(path), existing == bytes {
            return false
        }
        try write(bytes, to: path)
        return true
    }

    /// Creates one directory; an existing one is fine.
    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw Failure(path: path, operation: "create directory", code: errno)
        }
    }

    /// Renames a file or directory within one file system.
    static func rename(_ from: String, to: String) throws {
        if Glibc.rename(from, to) != 0 { throw Failure(path: from, operation: "rename to \(to)", code: errno) }
    }

    /// Removes a directory tree, if it exists.
    static func removeTree(_ path: String) throws {
        guard kind(of: path).exists else { return }
        try FileManager.default.removeItem(atPath: path)
    }
}
