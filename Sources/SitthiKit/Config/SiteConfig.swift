import Foundation

/// The site's settings from `content/site.yml`: where it lives, its languages in order, and its hotlines.
struct SiteConfig: Sendable {
    /// The address the site is published at, without a trailing slash (`https://example.org`).
    var baseURL: String
    /// The languages in the order the site shows them; the first is not necessarily the source.
    var languages: [Language]
    /// The source language every translation follows (Thai).
    var defaultLanguage: Language
    /// The help lines shown on every page.
    var hotlines: [Hotline]
    /// Whether every article also gets a printable leaflet page (`leaflets: false` in site.yml turns
    /// them off).
    var leaflets = true
    /// Whether the build writes a `.gz` and a `.br` beside each text file for hosts to send
    /// (`compress: false` in site.yml turns it off).
    var compress = true
    /// The content folders (articles or sections) every reader's phone keeps for offline reading, in her
    /// language, once she has opened a page of it: besides the home, the office index and the offline
    /// page (`offline_pages` in site.yml, for example `help/how-to-complain`).
    var offlinePages: [OfflineFolder] = []
    /// Whether every leaflet is also drawn as a PDF, `/<lang>/<article>/leaflet.pdf` (`leaflet_pdfs:
    /// false` turns them off; there are none when `leaflets` is false).
    var leafletPDFs = true
    /// Whether share pictures are drawn for every article and language (`share_images: false` turns
    /// them off, and pages then have no `og:image`).
    var shareImages = true
    /// Where each language is declared in site.yml, for messages about that language.
    var declarations: [String: SourceLocation] = [:]

    /// The language with a code, if the site has it.
    func language(_ code: String) -> Language? { languages.first { $0.code == code } }
}

extension SiteConfig {
    /// The path of the settings file, relative to the site root.
    static let path = "content/site.yml"

    /// Reads the settings, reporting every problem; `nil` when the site cannot be built without them.
    /// `baseURL` (from `--base-url`) takes the place of the file's `base_url`; a reserved example
    /// address as the base URL is a warning, or an error when `strict`.
    static func parse(_ text: String, diagnostics: Diagnostics, baseURL override: String? = nil, strict: Bool = false) -> SiteConfig? {
        let reader = YAMLReader(path: path, lineOffset: 0, diagnostics: diagnostics)
        let top = SourceLocation(path: path)
        let document = reader.compose(text)
        if document == nil && !diagnostics.hasErrors {
            diagnostics.error("site.yml is empty: it must name `base_url`, `default_language` and `languages`", at: top)
        }
        guard let root = reader.mapping(document, what: "site.yml") else { return nil }
        reader.warnUnknownKeys(
            in: root, known: ["base_url", "default_language", "languages", "hotlines", "leaflets", "leaflet_pdfs", "share_images", "compress", "offline_pages"],
            what: "site.yml")

        var baseURL = reader.string("base_url", in: root, required: override == nil, missingAt: top) ?? ""
        var baseURLLocation = reader.entry("base_url", in: root).map { reader.location(of: $0.value) }
        if override == nil, !baseURL.isEmpty, let problem = Self.baseURLProblem(baseURL) {
            diagnostics.error(problem, at: baseURLLocation)
        }
        if let override {
            if let problem = Self.baseURLProblem(override) {
                diagnostics.error("--base-url: " + problem.replacingOccurrences(of: "`base_url`", with: "the address"), at: nil)
            }
            baseURL = override
            baseURLLocation = nil
        }
        if Self.baseURLProblem(baseURL) == nil, let host = Self.reservedExampleHost(in: baseURL) {
            let (source, remedy) =
                baseURLLocation == nil
                ? ("--base-url", "give it the address the site is published at")
                : ("`base_url`", "set the address the site is published at here, or pass it with --base-url")
            let message =
                "\(source) is \(baseURL), whose host \(host) is reserved for examples: every QR code, share link, feed and canonical address would lead nowhere; \(remedy)"
            diagnostics.report(Diagnostic(strict ? .error : .warning, message, at: baseURLLocation))
        }
        let defaultCode = reader.string("default_language", in: root, required: true, missingAt: top)

        var languages: [Language] = []
        var declarations: [String: SourceLocation] = [:]
        if let (_, node) = reader.entry("languages", in: root) {
            if let list = node.sequence {
                for item in list {
                    guard let fields = reader.mapping(item, what: "a language") else { continue }
                    let here = reader.location(of: item)
                    reader.warnUnknownKeys(in: fields, known: ["code", "name", "english_name", "locale", "title"], what: "language")
                    guard let code = reader.string("code", in: fields, required: true, missingAt: here),
                        let name = reader.string("name", in: fields, required: true, missingAt: here),
                        let english = reader.string("english_name", in: fields, required: true, missingAt: here),
                        let locale = reader.string("locale", in: fields, required: true, missingAt: here),
                        let title = reader.string("title", in: fields, required: true, missingAt: here)
                    else { continue }
                    if !Self.isLanguageCode(code) {
                        diagnostics.error(
                            "language code `\(code)` must be two or three lowercase letters (a BCP 47 code such as `th`, `my` or `shn`), perhaps with `-` and a subtag", at: here)
                        continue
                    }
                    if !Self.isLocale(locale) {
                        diagnostics.error("locale `\(locale)` must look like `th_TH`: the language code, `_`, and the country in capitals", at: here)
                    }
                    if languages.contains(where: { $0.code == code }) {
                        diagnostics.error("language `\(code)` is listed twice", at: here)
                        continue
                    }
                    languages.append(Language(code: code, name: name, englishName: english, locale: locale, siteTitle: title))
                    declarations[code] = here
                }
            } else {
                diagnostics.error("`languages` must be a list", at: reader.location(of: node))
            }
        } else {
            diagnostics.error("missing required field `languages`", at: top)
        }

        var hotlines: [Hotline] = []
        if let (_, node) = reader.entry("hotlines", in: root) {
            for item in node.sequence ?? [] {
                guard let fields = reader.mapping(item, what: "a hotline") else { continue }
                let here = reader.location(of: item)
                guard let number = reader.string("number", in: fields, required: true, missingAt: here) else { continue }
                guard Self.isPhoneNumber(number) else {
                    diagnostics.error(
                        "hotline number `\(number)` must be digits (spaces and dashes allowed), like `1546` or `02 232 1234`",
                        at: reader.location(of: reader.entry("number", in: fields)!.value))
                    continue
                }
                var labels: [String: String] = [:]
                if let (_, labelNode) = reader.entry("label", in: fields), let labelMap = reader.mapping(labelNode, what: "`label`") {
                    for (key, value) in labelMap {
                        if let code = key.string, let text = value.scalar?.string { labels[code] = text }
                    }
                }
                hotlines.append(Hotline(number: number, labels: labels))
            }
            if node.sequence == nil { diagnostics.error("`hotlines` must be a list", at: reader.location(of: node)) }
        }

        guard let defaultCode else { return nil }
        guard let defaultLanguage = languages.first(where: { $0.code == defaultCode }) else {
            if !languages.isEmpty {
                diagnostics.error(
                    "`default_language` is `\(defaultCode)`, which is not among `languages`", at: reader.location(of: reader.entry("default_language", in: root)!.value))
            }
            return nil
        }
        for hotline in hotlines where hotline.labels[defaultCode] == nil {
            diagnostics.error("hotline \(hotline.number) has no label in `\(defaultCode)`", at: top)
        }
        var trimmedBase = baseURL
        while trimmedBase.hasSuffix("/") { trimmedBase.removeLast() }
        var config = SiteConfig(baseURL: trimmedBase, languages: languages, defaultLanguage: defaultLanguage, hotlines: hotlines, declarations: declarations)
        for (key, setting) in [
            ("leaflets", \SiteConfig.leaflets), ("leaflet_pdfs", \SiteConfig.leafletPDFs), ("share_images", \SiteConfig.shareImages),
            ("compress", \SiteConfig.compress),
        ] {
            guard let (_, node) = reader.entry(key, in: root) else { continue }
            if let value = node.scalar?.string, value == "true" || value == "false" {
                config[keyPath: setting] = value == "true"
            } else {
                diagnostics.error("`\(key)` must be true or false", at: reader.location(of: node))
            }
        }
        if let (_, node) = reader.entry("offline_pages", in: root) {
            let items = node.sequence ?? []
            for (index, name) in reader.strings("offline_pages", in: root).enumerated() {
                let at = items.indices.contains(index) ? reader.location(of: items[index]) : reader.location(of: node)
                let folder = name.split(separator: "/").map(String.init)
                if folder.isEmpty {
                    diagnostics.error("`offline_pages` names content folders such as `help/how-to-complain`", at: at)
                } else {
                    config.offlinePages.append(OfflineFolder(folder: folder, location: at))
                }
            }
        }
        // No leaflets means no leaflet PDFs either.
        config.leafletPDFs = config.leaflets && config.leafletPDFs
        return config
    }

    /// What is wrong with a base URL, if anything: it is printed into every page's links, the sitemap,
    /// the feeds, `robots.txt` and every QR code, so it must be a plain `https://host/path` address.
    static func baseURLProblem(_ url: String) -> String? {
        let scheme = url.hasPrefix("https://") ? "https://" : url.hasPrefix("http://") ? "http://" : nil
        guard let scheme else { return "`base_url` must start with https:// or http://" }
        let rest = url.dropFirst(scheme.count)
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let hostAndPort = rest[..<hostEnd]
        let path = rest[hostEnd...]
        var host = hostAndPort
        if let colon = hostAndPort.firstIndex(of: ":") {
            host = hostAndPort[..<colon]
            let port = hostAndPort[hostAndPort.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber) else {
                return "`base_url` has a port that is not a number"
            }
        }
        guard !host.isEmpty, host.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "." || $0 == "-") }) else {
            return "`base_url` must name a host of ASCII letters, digits, dots and dashes (write an international domain in its xn-- form)"
        }
        let allowedInPath = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/%".unicodeScalars)
        guard path.unicodeScalars.allSatisfy({ allowedInPath.contains($0) }) else {
            return "`base_url` may have a path of letters, digits and `-._~/%` only: no spaces, quotes, line breaks, `?` or `#`"
        }
        return nil
    }

    /// The host of a base URL when it is one reserved for examples and tests (RFC 2606 and RFC 6761):
    /// `example.org`, `example.com`, `example.net` and their subdomains, anything under the `.example`,
    /// `.test`, `.invalid` or `.localhost` top-level names, and `localhost`.
    static func reservedExampleHost(in url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        var host = String(rest.prefix { $0 != "/" && $0 != ":" }).lowercased()
        while host.hasSuffix(".") { host.removeLast() }
        let labels = host.split(separator: ".")
        guard let last = labels.last else { return nil }
        if ["example", "test", "invalid", "localhost"].contains(last) { return host }
        if labels.count >= 2, labels[labels.count - 2] == "example", ["org", "com", "net"].contains(last) { return host }
        return nil
    }

    /// Whether a text is a language code the site can use in URLs, file names and `lang` attributes.
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }

    /// Whether a text is an Open Graph locale such as `th_TH`.
    static func isLocale(_ locale: String) -> Bool {
        let parts = locale.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLowercase }
            && parts[1].count == 2 && parts[1].allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// Whether a hotline number can be dialled: digits, perhaps a leading `+`, spaces and dashes between.
    static func isPhoneNumber(_ number: String) -> Bool {
        let digits = number.filter(\.isASCII).filter(\.isNumber)
        guard !digits.isEmpty, number.count <= 20, number.last?.isNumber == true else { return false }
        return number.enumerated().allSatisfy { index, character in
            (character.isASCII && character.isNumber) || character == " " || character == "-" || (index == 0 && character == "+")
        }
    }
}

/// A content folder kept for offline reading (`offline_pages`), with where site.yml names it.
struct OfflineFolder: Sendable {
    var folder: [String]
    var location: SourceLocation
}
