/// The site's settings from `content/site.yml`: where it lives, its languages in order, and its hotlines.
public struct SiteConfig: Sendable {
    /// The address the site is published at, without a trailing slash (`https://example.org`).
    public var baseURL: String
    /// The languages in the order the site shows them; the first is not necessarily the source.
    public var languages: [Language]
    /// The source language every translation follows (Thai).
    public var defaultLanguage: Language
    /// The help lines shown on every page.
    public var hotlines: [Hotline]
    /// Whether every article also gets a printable leaflet page (`leaflets: false` in site.yml turns
    /// them off).
    public var leaflets = true
    /// Where each language is declared in site.yml, for messages about that language.
    public var declarations: [String: SourceLocation] = [:]

    /// The language with a code, if the site has it.
    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }
}

extension SiteConfig {
    /// The path of the settings file, relative to the site root.
    static let path = "content/site.yml"

    /// Reads the settings, reporting every problem; `nil` when the site cannot be built without them.
    static func parse(_ text: String, diagnostics: Diagnostics) -> SiteConfig? {
        let reader = YAMLReader(path: path, lineOffset: 0, diagnostics: diagnostics)
        guard let root = reader.mapping(reader.compose(text), what: "site.yml") else { return nil }
        let top = SourceLocation(path: path)
        reader.warnUnknownKeys(in: root, known: ["base_url", "default_language", "languages", "hotlines", "leaflets"], what: "site.yml")

        let baseURL = reader.string("base_url", in: root, required: true, missingAt: top) ?? ""
        if !baseURL.isEmpty && !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            diagnostics.error("`base_url` must start with https:// or http://", at: reader.location(of: reader.entry("base_url", in: root)!.value))
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
                    if !code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "-") }) || code.isEmpty {
                        diagnostics.error("language code `\(code)` must be lowercase letters, like `th` or `my`", at: here)
                        continue
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
                diagnostics.error("`default_language` is `\(defaultCode)`, which is not among `languages`", at: reader.location(of: reader.entry("default_language", in: root)!.value))
            }
            return nil
        }
        for hotline in hotlines where hotline.labels[defaultCode] == nil {
            diagnostics.error("hotline \(hotline.number) has no label in `\(defaultCode)`", at: top)
        }
        var trimmedBase = baseURL
        while trimmedBase.hasSuffix("/") { trimmedBase.removeLast() }
        var config = SiteConfig(baseURL: trimmedBase, languages: languages, defaultLanguage: defaultLanguage, hotlines: hotlines, declarations: declarations)
        if let (_, node) = reader.entry("leaflets", in: root) {
            if let value = node.scalar?.string, value == "true" || value == "false" {
                config.leaflets = value == "true"
            } else {
                diagnostics.error("`leaflets` must be true or false", at: reader.location(of: node))
            }
        }
        return config
    }
}
