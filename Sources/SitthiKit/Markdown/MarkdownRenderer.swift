import CCmarkGFM

#if canImport(Glibc)
    import Glibc
#endif

/// Turns Markdown into HTML with cmark-gfm: the only code that touches the C library.
///
/// Raw HTML in the Markdown is never passed through (cmark's safe mode replaces it with a comment and
/// drops `javascript:` and similar links); the `tagfilter` extension guards as well. Top-level headings
/// get ids, and the output is cut into sections at each `##` heading.
enum MarkdownRenderer {
    /// The GitHub extensions every document gets.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers the extensions once per process; cmark's registry is global.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Renders a Markdown text; `reservedIDs` are ids the page uses already.
    static func render(_ markdown: some StringProtocol, reservedIDs: Set<String> = []) -> RenderedMarkdown {
        render(markdown, reservedIDs: reservedIDs, idPrefixes: [""])[0]
    }

    /// Renders a Markdown text once and returns one HTML version per id prefix (`""` for the text's own
    /// page, `"th-"` for showing it inside a page of another language), sharing all the work.
    static func render(_ markdown: some StringProtocol, reservedIDs: Set<String>, idPrefixes: [String]) -> [RenderedMarkdown] {
        precondition(registered)
        let options = CMARK_OPT_DEFAULT
        // Source positions are for finding links; they are not passed to the HTML renderer.
        guard let parser = cmark_parser_new(options | CMARK_OPT_SOURCEPOS) else { fatalError("cmark-gfm could not allocate a parser") }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var text = String(markdown)
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else {
            return idPrefixes.map { _ in RenderedMarkdown(sections: [.init(heading: nil, html: "")]) }
        }
        defer { cmark_node_free(document) }
        let extensions = cmark_parser_get_syntax_extensions(parser)

        // The whole document is rendered in one call; headings are then found in the HTML by their
        // `<hN>` tags, which only headings produce (text is escaped and raw HTML is omitted), in the
        // same order as the heading nodes.
        var ids = HeadingIDs(reserved: reservedIDs)
        var headings: [(level: Int32, startsSection: Bool, title: String, id: String)] = []
        var links: [MarkdownLink] = []
        if let iterator = cmark_iter_new(document) {
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
                if cmark_node_get_type(current) == CMARK_NODE_LINK, let url = cmark_node_get_url(current) {
                    let position = sourcePosition(of: current)
                    links.append(MarkdownLink(destination: String(cString: url), line: position.line, byteColumn: position.byteColumn))
                    continue
                }
                guard cmark_node_get_type(current) == CMARK_NODE_HEADING else { continue }
                let level = cmark_node_get_heading_level(current)
                let title = plainText(of: current)
                headings.append((level, level == 2 && cmark_node_parent(current) == document, title, HTML.escape(ids.make(for: title))))
            }
            cmark_iter_free(iterator)
        }
        guard let raw = cmark_render_html(document, options, extensions) else {
            return idPrefixes.map { _ in RenderedMarkdown(sections: [.init(heading: nil, html: "")]) }
        }
        defer { free(raw) }
        let html = UnsafeRawBufferPointer(start: raw, count: strlen(raw)).bindMemory(to: UInt8.self)
        func slice(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: html[range]), as: UTF8.self) }

        let tags = headingTagEnds(in: html)
        guard tags.count == headings.count else {
            // Not expected from cmark-gfm; keep the text whole rather than misplace ids.
            return idPrefixes.map { _ in RenderedMarkdown(sections: [.init(heading: nil, html: slice(0..<html.count))]) }
        }
        return idPrefixes.map { prefix in
            var sections = [RenderedMarkdown.Section(heading: nil, html: "")]
            var copied = 0
            for (heading, tagEnd) in zip(headings, tags) {
                let tagStart = tagEnd - 3
                if heading.startsSection {
                    sections[sections.count - 1].html += slice(copied..<tagStart)
                    sections.append(.init(heading: heading.title, html: ""))
                    copied = tagStart
                }
                sections[sections.count - 1].html += slice(copied..<tagEnd)
                sections[sections.count - 1].html += " id=\"\(prefix)\(heading.id)\""
                copied = tagEnd
            }
            sections[sections.count - 1].html += slice(copied..<html.count)
            return RenderedMarkdown(sections: sections, headingIDs: headings.map(\.id), links: links)
        }
    }

    /// The offset just after `<hN` of every heading tag in cmark's HTML, in order.
    private static func headingTagEnds(in html: UnsafeBufferPointer<UInt8>) -> [Int] {
        var ends: [Int] = []
        var index = 0
        while index + 3 < html.count {
            if html[index] == UInt8(ascii: "<") && html[index + 1] == UInt8(ascii: "h")
                && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(html[index + 2]) && html[index + 3] == UInt8(ascii: ">")
            {
                ends.append(index + 3)
                index += 4
            } else {
                index += 1
            }
        }
        return ends
    }

    /// Where a node starts in the source. Nodes that an extension makes after parsing (the autolinks of
    /// bare web and e-mail addresses) have no position of their own: they take their nearest ancestor's.
    private static func sourcePosition(of node: OpaquePointer) -> (line: Int, byteColumn: Int) {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return (line, max(1, Int(cmark_node_get_start_column(candidate)))) }
            current = cmark_node_parent(candidate)
        }
        return (1, 1)
    }

    /// The text of a node's inline content, without markup.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }
}
