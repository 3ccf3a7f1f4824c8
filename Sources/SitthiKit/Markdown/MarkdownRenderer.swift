import CCmarkGFM

#if canImport(Glibc)
import Glibc
#endif

/// Turns Markdown into HTML with cmark-gfm: the only code that touches the C library.
///
/// Raw HTML in the Markdown is never passed through (cmark's safe mode replaces it with a comment and
/// drops `javascript:` and similar links); the `tagfilter` extension guards as well. Top-level headings
/// get ids, and the output is cut into sections at each `##` heading.
public enum MarkdownRenderer {
    /// The GitHub extensions every document gets.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers the extensions once per process; cmark's registry is global.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Renders a Markdown text; `reservedIDs` are ids the page uses already.
    public static func render(_ markdown: some StringProtocol, reservedIDs: Set<String> = []) -> RenderedMarkdown {
        render(markdown, reservedIDs: reservedIDs, idPrefixes: [""])[0]
    }

    /// Renders a Markdown text once and returns one HTML version per id prefix (`""` for the text's own
    /// page, `"th-"` for showing it inside a page of another language), sharing all the work.
    public static func render(_ markdown: some StringProtocol, reservedIDs: Set<String>, idPrefixes: [String]) -> [RenderedMarkdown] {
        precondition(registered)
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { fatalError("cmark-gfm could not allocate a parser") }
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
        let empty = RenderedMarkdown(sections: [.init(heading: nil, html: "")])
        guard let document = cmark_parser_finish(parser) else { return idPrefixes.map { _ in empty } }
        defer { cmark_node_free(document) }
        let extensions = cmark_parser_get_syntax_extensions(parser)

        var ids = HeadingIDs(reserved: reservedIDs)
        var versions = idPrefixes.map { _ in empty }
        var node = cmark_node_first_child(document)
        while let block = node {
            node = cmark_node_next(block)
            let html = renderHTML(block, options: options, extensions: extensions)
            guard cmark_node_get_type(block) == CMARK_NODE_HEADING else {
                for index in versions.indices { versions[index].sections[versions[index].sections.count - 1].html += html }
                continue
            }
            let level = cmark_node_get_heading_level(block)
            let title = plainText(of: block)
            let id = HTML.escape(ids.make(for: title))
            let rest = html.dropFirst(3)
            for (index, prefix) in idPrefixes.enumerated() {
                let heading = "<h\(level) id=\"\(prefix)\(id)\"" + rest
                if level == 2 {
                    versions[index].sections.append(.init(heading: title, html: heading))
                } else {
                    versions[index].sections[versions[index].sections.count - 1].html += heading
                }
            }
        }
        return versions
    }

    private static func renderHTML(_ node: OpaquePointer, options: Int32, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let raw = cmark_render_html(node, options, extensions) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
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
