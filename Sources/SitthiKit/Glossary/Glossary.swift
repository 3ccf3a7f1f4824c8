/// The agreed terms of one language (`content/glossary/<lang>.yml`): for each Thai term of law, office
/// or hotline, the one term translations use, and the spellings they must not use.
struct Glossary: Sendable {
    /// One Thai term and what the language calls it.
    struct Entry: Sendable, Hashable {
        /// The Thai term, as the Thai texts write it.
        var thai: String
        /// The agreed term in the glossary's language.
        var term: String
        /// Other spellings of it that translations must not use.
        var avoid: [String]
        /// Where the entry is in the glossary file, for messages.
        var line: Int
    }

    /// The language code the glossary is for.
    var language: String
    /// Whether the glossary awaits a native speaker's review (`translation: draft`, the default).
    var isDraft: Bool
    /// The entries in file order.
    var entries: [Entry]

    /// The folder of the glossary files, relative to the site root.
    static let folder = "content/glossary"

    /// The path of a language's glossary, relative to the site root.
    static func path(for language: String) -> String { "\(folder)/\(language).yml" }
}
