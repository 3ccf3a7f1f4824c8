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

    /// The same text with every heading id prefixed, for showing it inside a page of another language
    /// without id clashes. The renderer emits ` id="` only on headings (raw HTML never passes through).
    public func prefixingIDs(with prefix: String) -> RenderedMarkdown {
        RenderedMarkdown(sections: sections.map {
            Section(heading: $0.heading, html: $0.html.replacingAll(" id=\"", with: " id=\"\(prefix)"))
        })
    }
}

extension String {
    /// Replaces every occurrence of a string (a small substitute for Foundation's, on plain Swift strings).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
