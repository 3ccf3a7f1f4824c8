import Foundation
import Testing

@testable import SitthiKit
@testable import SitthiPreview

/// The preview server's answers, without a socket: pages, the 404 page, the reload script, and
/// request paths that try to leave the output folder in any encoding.
@Suite struct PreviewServerTests {
    @Test func previewMapsFoldersToIndexPagesAndAddsTheReloadScript() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        #expect(site.build().succeeded)
        let server = try PreviewServer(output: site.output.path, host: "127.0.0.1", port: 0)
        let page = server.file(for: "/th/work/hours/")
        #expect(page.status == .ok)
        #expect(server.file(for: "/th/nothing/").status == .notFound)
        #expect(server.file(for: "/../secret").status == .badRequest)
    }

    @Test(arguments: [
        "/../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd", "/..%2f..%2fetc/passwd", "/%252e%252e/etc/passwd",
        "/th/..\\..\\etc", "/th/%5c..%5cetc", "/th/index.html%00.png", "/.sitthi-output", "/th/%2e%2e/%2e%2e/x",
        "/%c0%ae%c0%ae/etc/passwd", "relative/path",
    ])
    func requestPathsThatLeaveTheSiteAreRefused(_ path: String) {
        #expect(PreviewServer.safeRelativePath(path) == nil)
    }

    @Test func plainPathsAreDecodedOnce() {
        #expect(PreviewServer.safeRelativePath("/my/work/hours/") == "my/work/hours")
        #expect(PreviewServer.safeRelativePath("/th/%E0%B8%81/") == "th/ก")
        #expect(PreviewServer.safeRelativePath("/") == "")
    }

    @Test func textGoesOutCompressedAsTheBrowserAcceptsIt() throws {
        let site = try FixtureSite("bilingual")
        defer { site.remove() }
        let settings = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
        try site.write(settings.replacingOccurrences(of: "compress: false", with: "compress: true"), to: "content/site.yml")
        #expect(site.build().succeeded)
        let server = try PreviewServer(output: site.output.path, host: "127.0.0.1", port: 0)
        for (path, header, expected) in [
            ("/sitemap.xml", "gzip, deflate, br", "br"), ("/sitemap.xml", "gzip", "gzip"), ("/sitemap.xml", "br;q=0, gzip", "gzip"),
            ("/sitemap.xml", nil, nil), ("/th/work/hours/", "br", "br"), ("/th/work/hours/", "identity", nil), ("/nothing/", "gzip", "gzip"),
        ] as [(String, String?, String?)] {
            let response = server.file(for: path, accepting: AcceptEncoding(header))
            #expect(response.headers[.contentEncoding] == expected, "\(path) with Accept-Encoding \(header ?? "none")")
            #expect(response.headers[.vary] == "Accept-Encoding", "\(path): caches must know the answer depends on the header")
        }
        let fonts = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("assets/fonts").path)
        let name = try #require(fonts.first { $0.hasSuffix(".woff2") })
        let font = server.file(for: "/assets/fonts/\(name)", accepting: AcceptEncoding("br"))
        #expect(font.status == .ok && font.headers[.contentEncoding] == nil, "a font is compressed already")
    }

    @Test func acceptEncodingFollowsWeightsAndRefusals() {
        #expect(AcceptEncoding("gzip, deflate, br, zstd").preferred == [.brotli, .gzip])
        #expect(AcceptEncoding("gzip;q=1.0, br;q=0.5").preferred == [.gzip, .brotli])
        #expect(AcceptEncoding("br;q=0, gzip").preferred == [.gzip])
        #expect(AcceptEncoding("*").preferred == [.brotli, .gzip])
        #expect(AcceptEncoding("*;q=0.1, gzip;q=0").preferred == [.brotli])
        #expect(AcceptEncoding("x-gzip").preferred == [.gzip])
        #expect(AcceptEncoding("identity").preferred == [])
        #expect(AcceptEncoding(nil).preferred == [])
        #expect(AcceptEncoding(" BR ; Q=0.9 ,, ;").preferred == [.brotli])
    }

    @Test func hostMustBeAnAddress() {
        #expect(throws: PreviewServer.ServeError.self) { try PreviewServer(output: "/tmp/x", host: "example.org", port: 0) }
        #expect(throws: PreviewServer.ServeError.self) { try PreviewServer(output: "/tmp/x", host: "127.0.0.1\n", port: 0) }
        #expect((try? PreviewServer(output: "/tmp/x", host: "::1", port: 0)) != nil)
        #expect((try? PreviewServer(output: "/tmp/x", host: "0.0.0.0", port: 0)) != nil)
    }
}
