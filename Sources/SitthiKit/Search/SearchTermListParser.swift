import Yams

/// Reads a search-term list through the project's YAML reader, reporting every problem at its line:
///
///     - "ค่าชดเชย"
///     - "สำนักงานประกันสังคม"
///
/// Each entry is one term as text. An empty term, or one given twice (after white space is
/// collapsed and the text put in NFC, as the search page shows it), is an error.
struct SearchTermListParser {
    let diagnostics: Diagnostics

    /// Reads one language's list; `nil` when it cannot be read at all.
    func parse(_ text: String, language: String) -> SearchTermList? {
        let path = SearchTermList.path(for: language)
        let reader = YAMLReader(path: path, lineOffset: 0, diagnostics: diagnostics)
        guard let root = reader.compose(text) else {
            if !diagnostics.hasErrors {
                diagnostics.error("the term list is empty: write one term a line, as `- \"term\"`", at: SourceLocation(path: path))
            }
            return nil
        }
        guard let items = root.sequence else {
            diagnostics.error(
                "the term list must be a list of terms, one a line as `- \"term\"`, found \(reader.describeKind(root))",
                at: reader.location(of: root))
            return nil
        }
        var terms: [SearchTermList.Term] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            let at = reader.location(of: item)
            guard let scalar = item.scalar, item.null == nil else {
                diagnostics.error("each term must be text, found \(reader.describeKind(item))", at: at)
                continue
            }
            let term = SearchNormalizer.clean(scalar.string)
            if term.isEmpty {
                diagnostics.error("a term is empty", at: at)
            } else if let first = seen[term] {
                diagnostics.error("`\(term)` is given twice (first at line \(first.line)): keep one", at: at)
            } else {
                seen[term] = at
                terms.append(SearchTermList.Term(text: term, location: at))
            }
        }
        return SearchTermList(language: language, terms: terms)
    }
}
