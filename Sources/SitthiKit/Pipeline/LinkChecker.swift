/// Checks every link from the content to the site's own pages: the page must exist and, for an
/// article, the `#anchor` must be one of its heading ids. A broken internal link is an error at the
/// link's line and column, in `build` as in `check`. Links to other sites are not looked at here.
struct LinkChecker {
    let diagnostics: Diagnostics

    /// What a link may point at: each page's URL, with the anchors it has (`nil`: not checked).
    private typealias Targets = [String: Set<String>?]

    /// Every link to another site (`http:` or `https:`), with where it stands, for `check --external`.
    static func externalLinks(in documents: [Document]) -> [ExternalLink] {
        documents.flatMap { document in
            document.links.filter { $0.destination.hasPrefix("https://") || $0.destination.hasPrefix("http://") }
                .map { ExternalLink(url: $0.destination, location: $0.location) }
        }.sorted { $0.location < $1.location }
    }

    func check(_ site: AssembledSite, documents: [Document]) {
        let targets = self.targets(site)
        let source = site.config.defaultLanguage.code
        for document in documents where !document.links.isEmpty {
            let base = Router.url(document.language, document.folder)
            for (destination, location) in document.links {
                check(destination, from: base, at: location, targets: targets, language: document.language, source: source)
            }
        }
    }

    private func check(_ destination: String, from base: String, at location: SourceLocation, targets: Targets, language: String, source: String) {
        if destination.isEmpty || Self.hasScheme(destination) || destination.hasPrefix("//") { return }
        var path = destination
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        path = path.isEmpty ? base : Self.resolve(path, against: base)
        if path.hasSuffix("/index.html") { path = String(path.dropLast("index.html".count)) }
        guard let anchors = targets[path] else {
            let lastSegment = path.split(separator: "/").last ?? ""
            if !path.hasSuffix("/") && !lastSegment.contains("."), targets[path + "/"] != nil {
                diagnostics.error("link `\(destination)` needs a slash at the end: `\(path)/` (without it many hosts answer 404)", at: location)
            } else {
                diagnostics.error("link `\(destination)` leads nowhere: the site has no page \(path)", at: location)
            }
            return
        }
        if let fragment, !fragment.isEmpty, let anchors, !anchors.contains(fragment) {
            diagnostics.error("link `\(destination)`: the page \(path) has no heading with the id `\(fragment)`", at: location)
        }
    }

    private func targets(_ site: AssembledSite) -> Targets {
        var targets: Targets = [:]
        let source = site.config.defaultLanguage.code
        for group in site.pageGroups {
            for page in group.pages {
                guard let article = page.rendition.article else {
                    targets[page.url] = .some(nil)
                    continue
                }
                var anchors = Parser.layoutIDs
                let sourceText = article.texts[source]
                if let own = article.texts[page.language.code] {
                    anchors.formUnion(own.body.headingIDs)
                    if page.language.code != source, let sourceText {
                        anchors.formUnion(sourceText.body.headingIDs.map { source + "-" + $0 })
                    }
                } else if let sourceText {
                    anchors.formUnion(sourceText.body.headingIDs)
                }
                targets[page.url] = anchors
            }
        }
        return targets
    }

    /// Whether a destination starts with a URL scheme (`https:`, `mailto:`, `tel:` …).
    static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// A path resolved against the page it is on: `../wages/` from `/my/work/hours/` is `/my/work/wages/`.
    static func resolve(_ path: String, against base: String) -> String {
        if path.hasPrefix("/") { return normalize(path) }
        return normalize(base + path)
    }

    private static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        let joined = "/" + parts.joined(separator: "/")
        return path.hasSuffix("/") && joined != "/" ? joined + "/" : joined
    }
}
