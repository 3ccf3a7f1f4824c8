/// One Markdown file of the content, read and rendered: an article's text in one language, or a
/// section's introduction (`_index.<lang>.md`) in one language.
struct Document: Sendable {
    /// The file's path relative to the site root (`content/work/wages/my.md`).
    var path: String
    /// The folder names from `content/` down to the file's folder (`["work", "wages"]`).
    var folder: [String]
    /// The language code taken from the file name.
    var language: String
    /// Whether the file introduces a section (`_index.<lang>.md`) rather than being an article.
    var isSectionIndex: Bool
    /// The fields from the front matter (a stand-in with the folder name as title when they were invalid;
    /// the build then stops before writing anything).
    var frontMatter: FrontMatter
    /// The title, escaped for HTML once here rather than on every page that lists it.
    var titleHTML: String
    /// The summary, escaped for HTML once.
    var summaryHTML: String
    /// The body as HTML, cut into sections.
    var body: RenderedMarkdown
    /// The body's Markdown (a view into the file's text, not a copy), for drawing the PDF leaflets.
    var markdown: Substring = ""
    /// For source-language texts: the body with heading ids prefixed by the language code (`th-`), for
    /// showing it beside a translation without id clashes. Rendered in the same pass as `body`.
    var embeddedBody: RenderedMarkdown?
    /// The links in the body, with their place in the file, for the link check.
    var links: [(destination: String, location: SourceLocation)] = []
}

/// The site's content sorted into what a reader sees: sections holding articles and other sections.
struct Section: Sendable {
    /// The folder names from `content/` (empty for the language home).
    var folder: [String]
    /// The introduction in each language it is written in, by language code.
    var introductions: [String: Document]
    /// Sub-sections, in reading order (weight, then source-language title).
    var sections: [Section]
    /// Articles, in reading order (weight, then source-language title).
    var articles: [Article]
}

/// One topic: the same text in each language it is written in.
struct Article: Sendable {
    /// The folder names from `content/` (`["work", "wages"]`).
    var folder: [String]
    /// The text in each language it is written in, by language code; the source language is always there.
    var texts: [String: Document]
}
