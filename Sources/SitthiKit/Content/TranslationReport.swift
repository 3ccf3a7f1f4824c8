/// For each article and language: is there a translation, is it a draft or reviewed, and does it
/// follow the current source text? A translation is out of date when the source text's `updated`
/// date is later than the translation's `source_version`.
public struct TranslationReport: Sendable, Encodable {
    /// The state of one article in one language.
    enum State: String, Sendable, Encodable {
        case source, missing, draft, reviewed
        case outOfDate = "out-of-date"
    }

    /// One article's row.
    struct Row: Sendable, Encodable {
        /// The article's folder below `content/`, `work/wages`.
        var article: String
        /// The state by language code.
        var states: [String: State]
    }

    /// The languages in the site's order.
    var languages: [String]
    var rows: [Row]

    /// Builds the report from the content tree.
    init(root: Section, config: SiteConfig) {
        let languages = config.languages.map(\.code)
        self.languages = languages
        let source = config.defaultLanguage.code
        var rows: [Row] = []
        func visit(_ section: Section) {
            for article in section.articles {
                let sourceText = article.texts[source]
                var states: [String: State] = [:]
                for code in languages {
                    guard let text = article.texts[code] else {
                        states[code] = .missing
                        continue
                    }
                    if code == source {
                        states[code] = .source
                        continue
                    }
                    if let updated = sourceText?.frontMatter.updated,
                        text.frontMatter.sourceVersion.map({ $0 < updated }) ?? true
                    {
                        states[code] = .outOfDate
                    } else {
                        states[code] = text.frontMatter.translation == .reviewed ? .reviewed : .draft
                    }
                }
                rows.append(Row(article: article.folder.joined(separator: "/"), states: states))
            }
            section.sections.forEach(visit)
        }
        visit(root)
        self.rows = rows.sorted { $0.article < $1.article }
    }

    /// A plain-text table, one line per article, then a count per state.
    public var table: String {
        let width = max(7, rows.map(\.article.count).max() ?? 0)
        func pad(_ text: String, _ size: Int) -> String { text + String(repeating: " ", count: max(0, size - text.count)) }
        var lines = [pad("article", width) + "  " + languages.map { pad($0, 11) }.joined(separator: " ")]
        for row in rows {
            lines.append(pad(row.article, width) + "  " + languages.map { pad(row.states[$0]?.rawValue ?? "", 11) }.joined(separator: " "))
        }
        var counts: [State: Int] = [:]
        for row in rows { for state in row.states.values { counts[state, default: 0] += 1 } }
        let summary = [State.reviewed, .draft, .outOfDate, .missing].map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        lines.append("translations: \(summary)")
        return lines.joined(separator: "\n")
    }
}
