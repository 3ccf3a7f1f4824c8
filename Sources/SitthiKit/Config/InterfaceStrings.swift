/// The interface text of one language (`content/i18n/<lang>.yml`), with each key missing there taken
/// from the source language and marked as such, so the page can tag it with the right `lang`.
struct InterfaceStrings: Sendable {
    /// One interface text and the language it is actually in.
    struct Text: Sendable, Hashable {
        var value: String
        /// The code of the language the text is written in (the source language on a fallback).
        var language: String
    }

    /// The language these strings are for.
    let language: String
    /// Every key of the source language, resolved.
    let texts: [String: Text]

    /// The text for a key; an empty text in the page's language when no language has the key.
    subscript(key: String) -> Text { texts[key] ?? Text(value: key, language: language) }
}

extension InterfaceStrings {
    /// The path of a language's strings file, relative to the site root.
    static func path(for code: String) -> String { "content/i18n/\(code).yml" }

    /// Reads one strings file into a flat key → text table.
    static func parseTable(_ text: String, path: String, diagnostics: Diagnostics) -> [String: String] {
        let reader = YAMLReader(path: path, lineOffset: 0, diagnostics: diagnostics)
        guard let mapping = reader.mapping(reader.compose(text), what: "an interface strings file") else { return [:] }
        var table: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            guard let scalar = value.scalar, value.null == nil else {
                diagnostics.error("`\(name)` must be text, found \(reader.describeKind(value))", at: reader.location(of: value))
                continue
            }
            table[name] = scalar.string
        }
        return table
    }

    /// Resolves every language's strings against the source language's keys: a key missing in a
    /// language falls back to the source text, with one warning per language naming the keys.
    static func resolve(tables: [String: [String: String]], config: SiteConfig, diagnostics: Diagnostics) -> [String: InterfaceStrings] {
        let sourceCode = config.defaultLanguage.code
        let source = tables[sourceCode] ?? [:]
        var result: [String: InterfaceStrings] = [:]
        for language in config.languages {
            let own = tables[language.code] ?? [:]
            var texts: [String: Text] = [:]
            var missing: [String] = []
            for (key, value) in source {
                if let translated = own[key] {
                    texts[key] = Text(value: translated, language: language.code)
                } else {
                    texts[key] = Text(value: value, language: sourceCode)
                    missing.append(key)
                }
            }
            if !missing.isEmpty && tables[language.code] != nil {
                diagnostics.warning(
                    "\(missing.count) interface string(s) missing, shown in \(config.defaultLanguage.englishName) instead: \(missing.sorted().joined(separator: ", "))",
                    at: SourceLocation(path: path(for: language.code)))
            }
            if language.code != sourceCode {
                for key in own.keys.sorted() {
                    guard let thai = source[key], thai.contains("{") || own[key]!.contains("{") else { continue }
                    let wanted = Placeholders.names(in: thai)
                    if Placeholders.names(in: own[key]!) != wanted {
                        let gaps = wanted.sorted().map { "{\($0)}" }.joined(separator: ", ")
                        diagnostics.warning(
                            "`\(key)` must have the same gaps as in \(path(for: sourceCode)): \(gaps.isEmpty ? "none" : gaps)",
                            at: SourceLocation(path: path(for: language.code)))
                    }
                }
            }
            let extra = own.keys.filter { source[$0] == nil }.sorted()
            if !extra.isEmpty {
                diagnostics.warning(
                    "interface string(s) not in \(path(for: sourceCode)), never shown: \(extra.joined(separator: ", "))", at: SourceLocation(path: path(for: language.code)))
            }
            result[language.code] = InterfaceStrings(language: language.code, texts: texts)
        }
        return result
    }
}
