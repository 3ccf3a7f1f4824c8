import Yams

/// Reads a glossary file through the project's YAML reader, reporting every problem at its line:
///
///     translation: draft
///     terms:
///       "พระราชบัญญัติคุ้มครองแรงงาน":
///         term: "Labour Protection Act"
///         avoid: ["Labor Protection Act"]
///       "ทวิ": "bis"
///
/// A term is either the agreed text or a mapping with `term` and an `avoid` list. A Thai term given
/// twice is an error (the reader's duplicate-key check), and so is an avoided spelling that would flag
/// the agreed term itself.
struct GlossaryParser {
    let diagnostics: Diagnostics

    /// Reads one language's glossary; `nil` when it cannot be read at all.
    func parse(_ text: String, language: String) -> Glossary? {
        let path = Glossary.path(for: language)
        let reader = YAMLReader(path: path, lineOffset: 0, diagnostics: diagnostics)
        let top = SourceLocation(path: path)
        guard let root = reader.mapping(reader.compose(text), what: "a glossary") else {
            if !diagnostics.hasErrors { diagnostics.error("the glossary is empty: it needs `terms`", at: top) }
            return nil
        }
        reader.warnUnknownKeys(in: root, known: ["translation", "terms"], what: "glossary")
        var isDraft = true
        if let (_, node) = reader.entry("translation", in: root) {
            switch node.scalar?.string {
            case "draft": isDraft = true
            case "reviewed": isDraft = false
            default: diagnostics.error("`translation` must be draft or reviewed", at: reader.location(of: node))
            }
        }
        guard let (_, termsNode) = reader.entry("terms", in: root) else {
            diagnostics.error("missing required field `terms`", at: top)
            return nil
        }
        guard let terms = reader.mapping(termsNode, what: "`terms`") else { return nil }
        var entries: [Glossary.Entry] = []
        for (key, value) in terms {
            guard let thai = key.string?.trimmingWhitespace, !thai.isEmpty else {
                diagnostics.error("a glossary term needs its Thai text as the key", at: reader.location(of: key))
                continue
            }
            let line = reader.location(of: key).line
            if let scalar = value.scalar, value.null == nil {
                let term = scalar.string.trimmingWhitespace
                if term.isEmpty {
                    diagnostics.error("the agreed term for `\(thai)` is empty", at: reader.location(of: value))
                } else {
                    entries.append(Glossary.Entry(thai: thai, term: term, avoid: [], line: line))
                }
                continue
            }
            guard let fields = reader.mapping(value, what: "the entry for `\(thai)`") else { continue }
            reader.warnUnknownKeys(in: fields, known: ["term", "avoid"], what: "glossary entry")
            guard let term = reader.string("term", in: fields, required: true, missingAt: reader.location(of: key)) else { continue }
            var avoid: [String] = []
            for spelling in reader.strings("avoid", in: fields).map(\.trimmingWhitespace) {
                let at = reader.location(of: reader.entry("avoid", in: fields)!.value)
                if spelling.isEmpty {
                    diagnostics.error("an avoided spelling of `\(term)` is empty", at: at)
                } else if term.contains(spelling) {
                    diagnostics.error("`\(spelling)` is part of the agreed term `\(term)`: avoiding it would flag the agreed term itself", at: at)
                } else {
                    avoid.append(spelling)
                }
            }
            entries.append(Glossary.Entry(thai: thai, term: term, avoid: avoid, line: line))
        }
        return Glossary(language: language, isDraft: isDraft, entries: entries)
    }
}
