import CSystemCalls
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin POSIX file access: reading, listing and writing files without Foundation's per-call overhead,
/// which dominated a naive pipeline's time. Nothing here follows a symbolic link unless it says so.
enum FileSystem {
    /// What a directory entry or path is.
    enum Kind: Sendable, Equatable {
        case file, directory, link
        /// A FIFO, socket or device: never read (reading a FIFO waits for a writer forever).
        case special
    }

    /// An entry of a directory listing.
    struct Entry: Sendable {
        var name: String
        var kind: Kind
        var isDirectory: Bool { kind == .directory }
    }

    /// What `stat` says of a path: its kind, identity and size, and when it last changed.
    struct Status: Sendable, Equatable {
        var kind: Kind
        /// Device and inode: the same pair is the same file or folder, whatever the path.
        var device: UInt64
        var inode: UInt64
        var size: Int
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    /// A failed system call, with the path and the system's reason.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var operation: String
        var code: Int32
        var description: String { "cannot \(operation) \(path): \(String(cString: strerror(code)))" }
    }

    /// Whether a path exists, and whether it is a directory (following links).
    static func kind(of path: String) -> (exists: Bool, isDirectory: Bool) {
        guard let status = status(of: path, followingLinks: true) else { return (false, false) }
        return (true, status.kind == .directory)
    }

    /// The status of a path; with `followingLinks` false, a link's own.
    static func status(of path: String, followingLinks: Bool) -> Status? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .link
        default: kind = .special
        }
        return Status(
            kind: kind, device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino),
            size: Int(truncatingIfNeeded: info.st_size), modifiedSeconds: Int(truncatingIfNeeded: info.st_mtim.tv_sec),
            modifiedNanoseconds: Int(truncatingIfNeeded: info.st_mtim.tv_nsec))
    }

    /// The absolute path with every link, `.` and `..` resolved; `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder the process runs in.
    static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// The entries of a directory, sorted by name, without `.` and `..`; a link is listed as a link.
    static func list(_ path: String) throws -> [Entry] {
        guard let dir = opendir(path) else { throw Failure(path: path, operation: "list", code: errno) }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let item = readdir(dir) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(item.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN): kind = status(of: path + "/" + name, followingLinks: false)?.kind ?? .special
            default: kind = .special
            }
            entries.append(Entry(name: name, kind: kind))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// The whole content of a regular file (following links); anything else is refused without waiting.
    static func read(_ path: String) throws -> [UInt8] {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; the check below then refuses it.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw Failure(path: path, operation: "open", code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(path: path, operation: "stat", code: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Failure(path: path, operation: "read", code: EINVAL) }
        var bytes = [UInt8](repeating: 0, count: max(0, Int(truncatingIfNeeded: info.st_size)))
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, operation: "read", code: errno)
            }
            if got == 0 {
                bytes.removeSubrange(filled...)
                break
            }
            filled += got
        }
        return bytes
    }

    /// Creates (or truncates) a file and writes the bytes to it. A link in its place is replaced by the
    /// file, never followed: the output holds only what the build wrote.
    static func write(_ bytes: some ContiguousBytes, to path: String) throws {
        if status(of: path, followingLinks: false)?.kind == .link { unlink(path) }
        try write(bytes, to: path, flags: O_TRUNC)
    }

    /// Creates a new file with the bytes; fails if anything (a file, a link) is already at the path.
    static func create(_ bytes: some ContiguousBytes, at path: String) throws {
        try write(bytes, to: path, flags: O_EXCL)
    }

    private static func write(_ bytes: some ContiguousBytes, to path: String, flags: Int32) throws {
        let fd = open(path, O_WRONLY | O_CREAT | flags | O_CLOEXEC | O_NOFOLLOW, 0o644)
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
        if let existing = status(of: path, followingLinks: false), existing.kind == .file, existing.size == bytes.count,
            let old = try? read(path), old == bytes
        {
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

    /// Creates a directory and any missing folders above it.
    static func makeDirectories(_ path: String) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            built += "/" + component
            try makeDirectory(built)
        }
    }

    /// Renames a file or directory within one file system.
    static func rename(_ from: String, to: String) throws {
        if Glibc.rename(from, to) != 0 { throw Failure(path: from, operation: "rename to \(to)", code: errno) }
    }

    /// Swaps two existing paths in one atomic step; `false` where the system or file system cannot.
    static func exchange(_ first: String, _ second: String) throws -> Bool {
        if sitthi_exchange_paths(first, second) == 0 { return true }
        let code = errno
        if code == ENOSYS || code == EINVAL || code == ENOTSUP { return false }
        throw Failure(path: first, operation: "exchange with \(second)", code: code)
    }

    /// Removes a file, a link (never what it points to) or a directory tree, if it exists.
    static func removeTree(_ path: String) throws {
        guard let status = status(of: path, followingLinks: false) else { return }
        if status.kind == .directory {
            for entry in try list(path) { try removeTree(path + "/" + entry.name) }
            if rmdir(path) != 0 && errno != ENOENT { throw Failure(path: path, operation: "remove", code: errno) }
        } else if unlink(path) != 0 && errno != ENOENT {
            throw Failure(path: path, operation: "remove", code: errno)
        }
    }

    /// An exclusive advisory lock on a directory, held until `release()` (or the process ends, so a
    /// killed build never leaves a stale lock).
    final class DirectoryLock {
        private var fd: Int32

        /// Locks a directory; when another process holds it, calls `waiting` once and waits.
        init(_ path: String, waiting: () -> Void) throws {
            fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw Failure(path: path, operation: "open", code: errno) }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else {
                    let code = errno
                    close(fd)
                    throw Failure(path: path, operation: "lock", code: code)
                }
                waiting()
                while flock(fd, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let code = errno
                        close(fd)
                        throw Failure(path: path, operation: "lock", code: code)
                    }
                }
            }
        }

        func release() {
            guard fd >= 0 else { return }
            close(fd)
            fd = -1
        }

        deinit { release() }
    }
}
