/// `_headers`: the response headers for hosts that read this file (Netlify, Cloudflare Pages). The
/// policies every page carries in `<meta>` (its Content-Security-Policy and referrer policy), read from
/// the layout so the two never disagree, plus `X-Content-Type-Options: nosniff`; assets, whose names
/// change with their content, may be kept for a year; everything else is revalidated on every visit, so
/// an edit reaches readers at once; contact cards are declared as vCards in UTF-8. Both hosts join the
/// values of a header that two matching rules set, so each path gets its `Cache-Control` from exactly
/// one rule: the site's top-level folders and files are listed one by one. Other hosts are configured by
/// hand (`docs/deploy.md`).
struct HostHeaders {
    let site: AssembledSite

    /// What an asset may be cached with: a year, never revalidated (its name changes with its content).
    static let assetCaching = "public, max-age=31536000, immutable"
    /// What everything else is sent with: keep it, but ask the server before each use.
    static let pageCaching = "no-cache"
    /// The type of the contact cards.
    static let vCardType = "text/vcard; charset=utf-8"

    func file() -> OutputFile {
        var text = "# Written by sitthi build: response headers for Netlify and Cloudflare Pages (see docs/deploy.md).\n"
        var everywhere: [(String, String)] = []
        let layout = site.templates?.layoutText ?? ""
        if let policy = Self.metaContent(in: layout, attribute: "http-equiv", value: "Content-Security-Policy") {
            everywhere.append(("Content-Security-Policy", policy))
        }
        if let referrer = Self.metaContent(in: layout, attribute: "name", value: "referrer") {
            everywhere.append(("Referrer-Policy", referrer))
        }
        everywhere.append(("X-Content-Type-Options", "nosniff"))
        text += Self.rule("/*", everywhere)
        text += Self.rule("/\(Router.assetFolder)/*", [("Cache-Control", Self.assetCaching)])
        var revalidated = ["/"] + Router.rootFiles.map { "/" + $0 } + site.config.languages.map { "/\($0.code)/*" }
        if site.directory != nil {
            text += Self.rule("/\(Router.directoryFolder)/*", [("Cache-Control", Self.pageCaching), ("Content-Type", Self.vCardType)])
        }
        revalidated.sort()
        for path in revalidated { text += Self.rule(path, [("Cache-Control", Self.pageCaching)]) }
        return OutputFile(path: Router.headersPath, contents: Array(text.utf8))
    }

    private static func rule(_ path: String, _ headers: [(String, String)]) -> String {
        "\n" + path + "\n" + headers.map { "  \($0.0): \($0.1)\n" }.joined()
    }

    /// The `content` of the first `<meta>` whose `attribute` is `value` (case as written), with the
    /// character references the layout may use decoded; `nil` when the layout has none.
    static func metaContent(in html: String, attribute: String, value: String) -> String? {
        var rest = html[...]
        while let start = rest.range(of: "<meta ") {
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else { return nil }
            let tag = rest[start.upperBound..<end]
            rest = rest[end...]
            guard tag.contains("\(attribute)=\"\(value)\""), let open = tag.range(of: "content=\""),
                let close = tag[open.upperBound...].firstIndex(of: "\"")
            else { continue }
            let content = String(tag[open.upperBound..<close])
            guard !content.contains("{{"), !content.contains("\n") else { return nil }
            return content.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        return nil
    }
}
