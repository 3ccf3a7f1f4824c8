/// A Markdown body turned into HTML and cut into sections at its `##` headings, so a translation can
/// be set beside its source section by section.
struct RenderedMarkdown: Sendable, Hashable {
    /// One part of the text: an `##` heading and what follows it, or the text before the first heading.
    struct Section: Sendable, Hashable {
        /// The heading's plain text; `nil` for the part before the first `##` heading.
        var heading: String?
        /// The section's HTML, heading included.
        var html: String
    }

    /// The text before the first `##` heading (possibly empty), then one section per `##` heading.
    var sections: [Section]
    /// The ids of all headings, without any prefix, in order: the anchors a link may point at.
    var headingIDs: [String] = []
    /// The link destinations in the text, with their place in it, for checking.
    var links: [MarkdownLink] = []
    /// The `include` blocks whose name the context does not know, for the parser to report.
    var unknownIncludes: [MarkdownIncludeUse] = []

    /// How many `##` headings the text has: two texts align when these are equal.
    var headingCount: Int { sections.count - 1 }

    /// The whole text as HTML.
    var html: String { sections.lazy.map(\.html).joined() }
}

/// A link in a Markdown text: its destination as written and where it stands in the text.
struct MarkdownLink: Sendable, Hashable {
    var destination: String
    /// The line within the Markdown body, counted from 1.
    var line: Int
    /// The column in bytes within that line, counted from 1 (as cmark reports it).
    var byteColumn: Int
}

/// An `include` block in a Markdown text: the name it gives and the line of that name.
struct MarkdownIncludeUse: Sendable, Hashable {
    /// The block's text, trimmed (empty when the fence names nothing).
    var name: String
    /// The line within the Markdown body, counted from 1.
    var line: Int
}
