import FlyingFox
import Foundation
import Synchronization

/// The local preview of `sitthi serve`: serves the built site from the output folder over HTTP (on
/// 127.0.0.1 unless told otherwise) and, in each HTML page it sends, adds a small script that reloads
/// the page after a rebuild and shows the build's errors on the page. The files on disk stay exactly
/// what `sitthi build` makes.
public final class PreviewServer: Sendable {
    /// What the open pages ask for: the build's number and its errors.
    private struct State: Encodable {
        var version: Int
        var errors: [String]
    }

    private let output: String
    private let state = Mutex(State(version: 1, errors: []))
    private let server: HTTPServer

    /// Prepares a server for the output folder on a host address and port.
    public init(output: String, host: String, port: UInt16) throws {
        self.output = output
        server = HTTPServer(address: try .inet(ip4: host, port: port))
    }

    /// Records a finished rebuild: open pages reload, or show its errors.
    public func rebuilt(errors: [String]) {
        state.withLock { state in
            if errors.isEmpty { state.version += 1 }
            state.errors = errors
        }
    }

    /// Serves until the task is cancelled.
    public func run() async throws {
        let output = output
        await server.appendRoute("GET /__sitthi/state") { [self] _ in
            let body = try JSONEncoder().encode(self.state.withLock { $0 })
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"], body: body)
        }
        await server.appendRoute("GET /__sitthi/live.js") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                         body: Data(Self.liveScript.utf8))
        }
        await server.appendRoute("GET *") { request in
            Self.file(for: request.path, in: output)
        }
        try await server.run()
    }

    /// The port the server listens on (useful with port 0).
    public func waitUntilListening() async throws -> UInt16? {
        try await server.waitUntilListening()
        if case .ip4(_, let port) = await server.listeningAddress { return port }
        return nil
    }

    /// A file of the site: `/my/` is `my/index.html`; what does not exist is the site's 404 page.
    static func file(for requestPath: String, in output: String) -> HTTPResponse {
        let parts = requestPath.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return HTTPResponse(statusCode: .forbidden) }
        var path = output + "/" + parts.joined(separator: "/")
        if requestPath.hasSuffix("/") || FileSystem.kind(of: path).isDirectory { path += (path.hasSuffix("/") ? "" : "/") + "index.html" }
        var status = HTTPStatusCode.ok
        if !FileSystem.kind(of: path).exists {
            path = output + "/404.html"
            status = .notFound
        }
        guard var bytes = try? FileSystem.read(path) else { return HTTPResponse(statusCode: .notFound) }
        let type = Self.contentType(of: path)
        if type.hasPrefix("text/html"), let body = bytes.lastRange(of: Array("</body>".utf8)) {
            bytes.insert(contentsOf: Array("<script src=\"/__sitthi/live.js\"></script>".utf8), at: body.lowerBound)
        }
        return HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: Data(bytes))
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last ?? "" {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "vcf": return "text/vcard; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
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
