/// A Markdown body turned into HTML and cut into sections at its `##` headings, so a translation can
/// be set beside its source section by section.
public struct RenderedMarkdown: Sendable, Hashable {
    /// One part of the text: an `##` heading and what follows it, or the text before the first heading.
    public struct Section: Sendable, Hashable {
        /// The heading's plain text; `nil` for the part before the first `##` heading.
        public var heading: String?
        /// The section's HTML, heading included.
        public var html: String
    }

    /// The text before the first `##` heading (possibly empty), then one section per `##` heading.
    public var sections: [Section]
    /// The ids of all headings, without any prefix, in order: the anchors a link may point at.
    public var headingIDs: [String] = []
    /// The link destinations in the text, with their place in it, for checking.
    public var links: [MarkdownLink] = []

    /// How many `##` headings the text has: two texts align when these are equal.
    public var headingCount: Int { sections.count - 1 }

    /// The whole text as HTML.
    public var html: String { sections.lazy.map(\.html).joined() }
}

/// A link in a Markdown text: its destination as written and where it stands in the text.
public struct MarkdownLink: Sendable, Hashable {
    public var destination: String
    /// The line within the Markdown body, counted from 1.
    public var line: Int
    /// The column in bytes within that line, counted from 1 (as cmark reports it).
    public var byteColumn: Int
}
