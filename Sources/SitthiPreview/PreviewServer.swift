import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import SitthiKit
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The local preview of `sitthi serve`: serves the built site from the output folder over HTTP (on
/// 127.0.0.1 unless told otherwise) and, in each HTML page it sends, adds a small script that reloads
/// the page after a rebuild and shows the build's errors on the page. The files on disk stay exactly
/// what `sitthi build` makes.
///
/// HTTP is Hummingbird's (SwiftNIO underneath): its parser bounds the request line and headers, idle
/// and slow connections are closed after `idleTimeout`, and connections beyond `maximumConnections` wait
/// to be accepted rather than exhausting the process's file descriptors. Only GET and HEAD are answered,
/// and no request path, however it is encoded, leads outside the output folder.
public final class PreviewServer: Sendable {
    /// What the open pages ask for: the build's number and its errors.
    private struct State: Encodable {
        var version: Int
        var errors: [String]
    }

    /// How long a connection may stay open without a complete request.
    public static let idleTimeout = TimeAmount.seconds(10)
    /// How many connections are served at once; more wait in the listen queue.
    public static let maximumConnections = 256

    private let output: String
    private let host: String
    private let port: Int
    private let state = Mutex(State(version: 1, errors: []))
    private let listening = Mutex<Int?>(nil)

    /// Prepares a server for the output folder on a host address (an IPv4 or IPv6 address, or
    /// `localhost`) and port.
    public init(output: String, host: String, port: UInt16) throws {
        guard Self.isAddress(host) else { throw ServeError.badHost(host) }
        self.output = output
        self.host = host
        self.port = Int(port)
    }

    /// Records a finished rebuild: open pages reload, or show its errors.
    public func rebuilt(errors: [String]) {
        state.withLock { state in
            if errors.isEmpty { state.version += 1 }
            state.errors = errors
        }
    }

    /// Serves until the process is told to stop (Ctrl-C or SIGTERM).
    public func run() async throws {
        Self.raiseOpenFileLimit()
        let application = Application(
            responder: CallbackResponder<BasicRequestContext> { [self] request, _ in self.respond(to: request) },
            server: .http1(configuration: .init(idleTimeout: Self.idleTimeout)),
            configuration: .init(
                address: .hostname(host, port: port), serverName: nil,
                availableConnectionsDelegate: MaximumAvailableConnections(Self.maximumConnections)),
            onServerRunning: { [self] channel in self.listening.withLock { $0 = channel.localAddress?.port } },
            logger: Self.quietLogger
        )
        try await application.runService()
    }

    /// The port the server listens on (useful with port 0), once it does; `nil` if it never starts.
    public func waitUntilListening() async -> Int? {
        for _ in 0..<600 {
            if let port = listening.withLock({ $0 }) { return port }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    /// Answers one request.
    func respond(to request: Request) -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text(.methodNotAllowed, "only GET and HEAD are answered here\n", extra: [.allow: "GET, HEAD"])
        }
        let response: Response
        switch request.uri.path {
        case "/__sitthi/state":
            let body = (try? JSONEncoder().encode(state.withLock { $0 })) ?? Data("{}".utf8)
            response = Self.bytes(.ok, [UInt8](body), type: "application/json")
        case "/__sitthi/live.js":
            response = Self.bytes(.ok, Array(Self.liveScript.utf8), type: "text/javascript; charset=utf-8")
        default:
            response = file(for: request.uri.path, accepting: AcceptEncoding(request.headers[.acceptEncoding]))
        }
        if request.method == .head {
            var head = response
            head.body = ResponseBody()
            return head
        }
        return response
    }

    /// A file of the site: `/my/` is `my/index.html`; what does not exist is the site's 404 page. A
    /// text file goes out compressed when the browser accepts it: its precompressed `.br` or `.gz` copy
    /// as the build wrote it, or, for a page (which gets the reload script), compressed here the same way.
    func file(for requestPath: String, accepting accepted: AcceptEncoding = AcceptEncoding(nil)) -> Response {
        guard let relative = Self.safeRelativePath(requestPath) else {
            return Self.text(.badRequest, "this address does not name a file of the site\n")
        }
        let root = URL(fileURLWithPath: output).resolvingSymlinksInPath().path
        var path = relative.isEmpty ? root : root + "/" + relative
        if requestPath.hasSuffix("/") || Self.isDirectory(path) { path += "/index.html" }
        var status = HTTPResponse.Status.ok
        var bytes = Self.regularFile(path, inside: root)
        if bytes == nil {
            path = root + "/404.html"
            status = .notFound
            bytes = Self.regularFile(path, inside: root)
        }
        guard var bytes else { return Self.text(.notFound, "not found (the site has not been built yet)\n") }
        let type = Self.contentType(of: path)
        guard ContentEncoding.isCompressible(path) else { return Self.bytes(status, bytes, type: type) }
        var extra: HTTPFields = [.vary: "Accept-Encoding"]
        if type.hasPrefix("text/html"), let body = bytes.lastRange(of: Array("</body>".utf8)) {
            bytes.insert(contentsOf: Array("<script src=\"/__sitthi/live.js\"></script>".utf8), at: body.lowerBound)
            if let encoding = accepted.preferred.first, let compressed = encoding.compress(bytes), compressed.count < bytes.count {
                extra[.contentEncoding] = encoding.rawValue
                bytes = compressed
            }
        } else {
            for encoding in accepted.preferred {
                guard let compressed = Self.regularFile(path + encoding.fileExtension, inside: root) else { continue }
                extra[.contentEncoding] = encoding.rawValue
                bytes = compressed
                break
            }
        }
        return Self.bytes(status, bytes, type: type, extra: extra)
    }

    /// The file path a request names, relative to the output folder, or `nil` when it is not a plain
    /// path into it: percent-encoding is decoded once, and a `..` or hidden component, a backslash or a
    /// NUL byte, in any encoding, is refused.
    static func safeRelativePath(_ requestPath: String) -> String? {
        guard requestPath.hasPrefix("/"), requestPath.utf8.count <= 4096,
            let decoded = requestPath.removingPercentEncoding
        else { return nil }
        guard !decoded.contains("\\"), !decoded.contains("\0"), !decoded.contains("%") || decoded.removingPercentEncoding == decoded else {
            return nil
        }
        let parts = decoded.split(separator: "/")
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return nil }
        return parts.joined(separator: "/")
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A regular file's bytes, when its real path lies inside the folder.
    private static func regularFile(_ path: String, inside root: String) -> [UInt8]? {
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard real.hasPrefix(root + "/"),
            let attributes = try? FileManager.default.attributesOfItem(atPath: real),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let data = FileManager.default.contents(atPath: real)
        else { return nil }
        return [UInt8](data)
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last ?? "" {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "vcf": return "text/vcard; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "webmanifest": return "application/manifest+json"
        case "ico": return "image/x-icon"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }

    private static func bytes(_ status: HTTPResponse.Status, _ bytes: [UInt8], type: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store", .contentLength: String(bytes.count)]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private static func text(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        bytes(status, Array(text.utf8), type: "text/plain; charset=utf-8", extra: extra)
    }

    /// Whether `--host` is an address to listen on: an IPv4 or IPv6 address, or `localhost`.
    static func isAddress(_ host: String) -> Bool {
        if host == "localhost" { return true }
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }

    /// Lets the process keep as many files open as the system allows it (the soft limit is often 1,024).
    private static func raiseOpenFileLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// The server's own log: only what goes wrong.
    private static let quietLogger: Logger = {
        var logger = Logger(label: "sitthi-serve")
        logger.logLevel = .error
        return logger
    }()

    /// Why a server could not be set up.
    public enum ServeError: Error, CustomStringConvertible {
        case badHost(String)

        public var description: String {
            switch self {
            case .badHost(let host):
                return "--host `\(host)` is not an address to listen on: give an IPv4 or IPv6 address such as 127.0.0.1, ::1 or 0.0.0.0"
            }
        }
    }

    /// Asks for the state every second: reloads on a new build, shows errors in a box at the top.
    static let liveScript = """
        (function () {
          var version = null;
          function show(errors) {
            var box = document.getElementById("sitthi-errors");
            if (!errors.length) { if (box) box.remove(); return; }
            if (!box) {
              box = document.createElement("pre");
              box.id = "sitthi-errors";
              box.style.cssText = "position:fixed;top:0;left:0;right:0;max-height:50%;overflow:auto;margin:0;padding:1em;background:#fee;color:#900;border-bottom:2px solid #900;z-index:9999;white-space:pre-wrap;font:13px/1.4 monospace";
              document.body.appendChild(box);
            }
            box.textContent = errors.join("\\n");
          }
          function poll() {
            fetch("/__sitthi/state", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
              if (version !== null && s.version !== version) { location.reload(); return; }
              version = s.version;
              show(s.errors);
            }).catch(function () {}).finally(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();
        """
}

extension Array where Element == UInt8 {
    /// The last place a byte sequence occurs.
    fileprivate func lastRange(of needle: [UInt8]) -> Range<Int>? {
        guard needle.count <= count else { return nil }
        var start = count - needle.count
        while start >= 0 {
            if self[start..<start + needle.count].elementsEqual(needle) { return start..<start + needle.count }
            start -= 1
        }
        return nil
    }
}
