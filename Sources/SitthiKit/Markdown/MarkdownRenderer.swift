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
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Renders a Markdown text; `reservedIDs` are ids the page uses already.
    static func render(_ markdown: some StringProtocol, reservedIDs: Set<String> = [], context: MarkdownContext = .plain) -> RenderedMarkdown {
        render(markdown, reservedIDs: reservedIDs, idPrefixes: [""], context: context)[0]
    }

    /// Renders a Markdown text once and returns one HTML version per id prefix (`""` for the text's own
    /// page, `"th-"` for showing it inside a page of another language), sharing all the work. `context`
    /// gives the blocks its `include` fences may name.
    static func render(
        _ markdown: some StringProtocol, reservedIDs: Set<String>, idPrefixes: [String], context: MarkdownContext = .plain
    ) -> [RenderedMarkdown] {
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
        var headings: [Heading] = []
        var links: [MarkdownLink] = []
        // Every fenced or indented code block in order, with the include it names if it is one: cmark
        // writes each as one `<pre>` element, found afterwards in the HTML in the same order.
        var codeBlocks: [MarkdownIncludeUse?] = []
        // Text outside links and images, where hotline numbers become links once the walk is done.
        var plainTexts: [OpaquePointer] = []
        var linkDepth = 0
        let findsNumbers = !context.phoneLinks.addresses.isEmpty
        if let iterator = cmark_iter_new(document) {
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard let current = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(current)
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                    linkDepth += event == CMARK_EVENT_ENTER ? 1 : event == CMARK_EVENT_EXIT ? -1 : 0
                }
                guard event == CMARK_EVENT_ENTER else { continue }
                if type == CMARK_NODE_TEXT {
                    if findsNumbers && linkDepth == 0 { plainTexts.append(current) }
                    continue
                }
                if cmark_node_get_type(current) == CMARK_NODE_CODE_BLOCK {
                    codeBlocks.append(include(in: current))
                    continue
                }
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
        for text in plainTexts { linkNumbers(in: text, context.phoneLinks) }
        guard let raw = cmark_render_html(document, options, extensions) else {
            return idPrefixes.map { _ in RenderedMarkdown(sections: [.init(heading: nil, html: "")]) }
        }
        defer { free(raw) }
        let rendered = UnsafeRawBufferPointer(start: raw, count: strlen(raw)).bindMemory(to: UInt8.self)
        var unknownIncludes: [MarkdownIncludeUse] = []
        var withIncludes: [UInt8] = []
        if codeBlocks.contains(where: { $0 != nil }) {
            withIncludes = replacingIncludes(in: rendered, codeBlocks: codeBlocks, context: context, unknown: &unknownIncludes)
        }
        return withIncludes.isEmpty
            ? sections(of: rendered, headings: headings, links: links, unknownIncludes: unknownIncludes, idPrefixes: idPrefixes)
            : withIncludes.withUnsafeBufferPointer { html in
                sections(of: html, headings: headings, links: links, unknownIncludes: unknownIncludes, idPrefixes: idPrefixes)
            }
    }

    /// A heading of the text, as the iteration over its nodes found it.
    private typealias Heading = (level: Int32, startsSection: Bool, title: String, id: String)

    /// The rendered HTML cut into sections at its `##` headings, with the headings' ids put in, once per
    /// id prefix.
    private static func sections(
        of html: UnsafeBufferPointer<UInt8>, headings: [Heading], links: [MarkdownLink], unknownIncludes: [MarkdownIncludeUse], idPrefixes: [String]
    ) -> [RenderedMarkdown] {
        func slice(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: html[range]), as: UTF8.self) }

        let tags = headingTagEnds(in: html)
        guard tags.count == headings.count else {
            // Not expected from cmark-gfm; keep the text whole rather than misplace ids.
            return idPrefixes.map { _ in
                RenderedMarkdown(sections: [.init(heading: nil, html: slice(0..<html.count))], unknownIncludes: unknownIncludes)
            }
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
            return RenderedMarkdown(sections: sections, headingIDs: headings.map(\.id), links: links, unknownIncludes: unknownIncludes)
        }
    }

    /// Splits a text node around the hotline numbers in it, each number becoming a `tel:` link whose
    /// text is the number as written.
    private static func linkNumbers(in node: OpaquePointer, _ phoneLinks: PhoneLinks) {
        guard let literal = cmark_node_get_literal(node), phoneLinks.mayHoldNumber(literal) else { return }
        let text = String(cString: literal)
        // The scalars, and where each starts in the UTF-8 text (one more for the end).
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        let matches = phoneLinks.matches(in: scalars)
        guard !matches.isEmpty else { return }
        let utf8 = Array(text.utf8)
        func piece(_ range: Range<Int>) -> String {
            String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
        }
        cmark_node_set_literal(node, piece(0..<matches[0].range.lowerBound))
        var last = node
        for (index, match) in matches.enumerated() {
            guard let link = cmark_node_new(CMARK_NODE_LINK), let number = cmark_node_new(CMARK_NODE_TEXT) else { return }
            cmark_node_set_url(link, match.address)
            cmark_node_set_literal(number, piece(match.range))
            cmark_node_append_child(link, number)
            cmark_node_insert_after(last, link)
            last = link
            let next = index + 1 < matches.count ? matches[index + 1].range.lowerBound : scalars.count
            if match.range.upperBound < next, let rest = cmark_node_new(CMARK_NODE_TEXT) {
                cmark_node_set_literal(rest, piece(match.range.upperBound..<next))
                cmark_node_insert_after(last, rest)
                last = rest
            }
        }
    }

    /// The include a code block names, when its info string is `include`; `nil` for any other block.
    private static func include(in block: OpaquePointer) -> MarkdownIncludeUse? {
        guard let info = cmark_node_get_fence_info(block), String(cString: info).trimmingWhitespace == MarkdownContext.includeInfo else { return nil }
        let text = cmark_node_get_literal(block).map { String(cString: $0) } ?? ""
        let fenceLine = Int(cmark_node_get_start_line(block))
        return MarkdownIncludeUse(name: text.trimmingWhitespace, line: fenceLine + 1)
    }

    /// The HTML with each include's `<pre>…</pre>` replaced by the block it names (or by nothing, when
    /// the name is unknown: those are returned in `unknown`). The `<pre` tags are counted, as headings
    /// are: only code blocks make them, since text is escaped and raw HTML is omitted.
    private static func replacingIncludes(
        in html: UnsafeBufferPointer<UInt8>, codeBlocks: [MarkdownIncludeUse?], context: MarkdownContext, unknown: inout [MarkdownIncludeUse]
    ) -> [UInt8] {
        let open = Array("<pre".utf8)
        let close = Array("</pre>\n".utf8)
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= html.count && pattern.indices.allSatisfy { html[index + $0] == pattern[$0] }
        }
        var starts: [Int] = []
        var index = 0
        while index < html.count {
            if html[index] == UInt8(ascii: "<") && matches(open, at: index) { starts.append(index) }
            index += 1
        }
        guard starts.count == codeBlocks.count else {
            // Not expected from cmark-gfm; leave the blocks as they are rather than replace the wrong ones.
            return Array(html)
        }
        var result: [UInt8] = []
        result.reserveCapacity(html.count)
        var copied = 0
        for (start, block) in zip(starts, codeBlocks) {
            guard let block else { continue }
            var end = start
            while end < html.count && !matches(close, at: end) { end += 1 }
            guard end < html.count else { continue }
            result += html[copied..<start]
            if let replacement = context.includes[block.name] {
                result += Array(replacement.utf8)
            } else {
                unknown.append(block)
            }
            copied = end + close.count
        }
        result += html[copied..<html.count]
        return result
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
