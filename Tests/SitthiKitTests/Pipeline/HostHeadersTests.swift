import Foundation
import Testing

@testable import SitthiKit

/// `_headers` for Netlify and Cloudflare Pages: the page's own policies as headers, a year for assets,
/// revalidation for everything else, and one `Cache-Control` for every path.
@Suite final class HostHeadersTests {
    let site: FixtureSite

    init() throws {
        site = try FixtureSite("bilingual")
        #expect(site.build().succeeded)
    }

    deinit { site.remove() }

    /// The rules of the file: path → headers, in order.
    func rules() throws -> [(path: String, headers: [String: String])] {
        var rules: [(path: String, headers: [String: String])] = []
        for line in try site.page("_headers").split(separator: "\n") where !line.hasPrefix("#") {
            if line.hasPrefix("/") {
                rules.append((String(line), [:]))
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces)
                #expect(rules[rules.count - 1].headers[name] == nil, "\(name) twice in one rule")
                rules[rules.count - 1].headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return rules
    }

    /// Whether a `_headers` path pattern (with `*` standing for the rest) covers a URL path.
    func covers(_ pattern: String, _ path: String) -> Bool {
        pattern.hasSuffix("*") ? path.hasPrefix(String(pattern.dropLast())) : pattern == path
    }

    @Test func everyResponseCarriesThePagesOwnPoliciesAndNosniff() throws {
        let all = try #require(try rules().first { $0.path == "/*" })
        let page = try site.page("my/work/hours/index.html")
        let csp = try #require(all.headers["Content-Security-Policy"])
        #expect(csp.hasPrefix("default-src 'self'"))
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(csp)\">"), "the same policy as the page's <meta>")
        #expect(all.headers["Referrer-Policy"] == "no-referrer" && page.contains("<meta name=\"referrer\" content=\"no-referrer\">"))
        #expect(all.headers["X-Content-Type-Options"] == "nosniff")
    }

    @Test func assetsAreKeptForAYearAndEverythingElseRevalidatesWithOneCacheControlEach() throws {
        let rules = try rules()
        let published = try Golden.tree(at: site.output).keys.filter { !$0.hasPrefix(".") && $0 != "_headers" }
        #expect(published.count > 50)
        for file in published {
            var path = "/" + file
            if path.hasSuffix("/index.html") { path = String(path.dropLast("index.html".count)) }
            let caching = rules.filter { covers($0.path, path) }.compactMap { $0.headers["Cache-Control"] }
            #expect(caching.count == 1, "\(path) gets \(caching)")
            #expect(caching.first == (file.hasPrefix("assets/") ? HostHeaders.assetCaching : HostHeaders.pageCaching), "\(path)")
        }
        #expect(rules.first { $0.path == "/offices/*" }?.headers["Content-Type"] == "text/vcard; charset=utf-8")
    }

    @Test func theLayoutsMetaTagsAreReadAsWritten() {
        let layout = #"<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;"><meta name="referrer" content="no-referrer">"#
        #expect(HostHeaders.metaContent(in: layout, attribute: "http-equiv", value: "Content-Security-Policy") == "default-src 'self'")
        #expect(HostHeaders.metaContent(in: layout, attribute: "name", value: "referrer") == "no-referrer")
        #expect(HostHeaders.metaContent(in: layout, attribute: "name", value: "robots") == nil)
        #expect(
            HostHeaders.metaContent(in: #"<meta name="referrer" content="{{{policy}}}">"#, attribute: "name", value: "referrer") == nil, "a value filled per page is not repeated")
    }
}
