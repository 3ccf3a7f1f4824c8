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

    /// How many `##` headings the text has: two texts align when these are equal.
    public var headingCount: Int { sections.count - 1 }

    /// The whole text as HTML.
    public var html: String { sections.lazy.map(\.html).joined() }
}
