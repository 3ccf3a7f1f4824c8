/// The key terms editors list for one language's search page (`content/search-terms/<lang>.yml`),
/// beside the terms the `##` headings give: words a reader looks up that no heading holds.
struct SearchTermList: Sendable {
    /// One listed term and where it is written, for messages.
    struct Term: Sendable, Hashable {
        /// The term as the search page shows it (`SearchNormalizer.clean`).
        var text: String
        /// The term's place in the list file.
        var location: SourceLocation
    }

    /// The language code the list is for.
    var language: String
    /// The terms in file order, none given twice.
    var terms: [Term]

    /// The folder of the term lists, relative to the site root.
    static let folder = "content/search-terms"

    /// The path of a language's term list, relative to the site root.
    static func path(for language: String) -> String { "\(folder)/\(language).yml" }
}
