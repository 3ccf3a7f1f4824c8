/// The fields an editor sets at the top of a Markdown file, between `---` lines.
struct FrontMatter: Sendable, Hashable {
    /// The page title. Required.
    var title: String
    /// One or two sentences for lists and link previews. Required.
    var summary: String
    /// When the text last changed in substance; in the source language this date is the text's version.
    var updated: CalendarDay?
    /// Order within its section; lower comes first, then by title.
    var weight: Int
    /// The legal basis, one reference per item ("Labour Protection Act s.118").
    var sources: [String]
    /// For translations: `draft` until a native speaker has reviewed it.
    var translation: TranslationStatus?
    /// For translations: the `updated` date of the source-language text this translation follows.
    var sourceVersion: CalendarDay?

    /// Every key an editor may write.
    static let knownKeys: Set<String> = ["title", "summary", "updated", "weight", "sources", "translation", "source_version"]
    /// The longest title, in characters: it stands in lists, tabs, link previews and leaflet headings.
    static let titleLimit = 300
    /// The longest summary, in characters: one or two sentences for lists and link previews.
    static let summaryLimit = 1_000
}
