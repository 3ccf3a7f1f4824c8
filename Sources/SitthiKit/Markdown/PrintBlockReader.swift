import CCmarkGFM

/// Reads a Markdown text into the blocks a printed page draws, by walking cmark-gfm's syntax tree:
/// headings, paragraphs, list items (with their markers and depth), tables, code as code, quotes
/// indented; raw HTML is left out, as on the web pages, and an image leaves its description. The walk
/// uses cmark's iterator, not recursion, so that no nesting, however deep, can exhaust a thread's stack.
enum PrintBlockReader {
    /// The blocks of a Markdown text (a document's body, without its front matter); an include fence
    /// (see `MarkdownContext`) gives the blocks `includes` has under its name, or nothing.
    static func blocks(_ markdown: some StringProtocol, includes: [String: [PrintBlock]] = [:]) -> [PrintBlock] {
        precondition(MarkdownRenderer.registered)
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { fatalError("cmark-gfm could not allocate a parser") }
        defer { cmark_parser_free(parser) }
        for name in MarkdownRenderer.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var text = String(markdown)
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }

        var blocks: [PrintBlock] = []
        // How many lists and quotes enclose the current node, and the next number of each open list.
        var depth = 0
        var lists: [(ordered: Bool, next: Int)] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LIST:
                if entering {
                    lists.append((cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, Int(cmark_node_get_list_start(node))))
                    depth += 1
                } else {
                    lists.removeLast()
                    depth -= 1
                }
            case CMARK_NODE_ITEM where entering:
                guard let list = lists.last else { continue }
                var marker = list.ordered ? "\(list.next)." : "•"
                if typeName(of: node) == "tasklist" { marker = cmark_gfm_extensions_get_tasklist_item_checked(node) ? "[x]" : "[ ]" }
                lists[lists.count - 1].next += 1
                // The marker goes before the item's first paragraph, or stands alone when it has none.
                if let first = cmark_node_first_child(node), cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH {
                    blocks.append(.listItem(marker: marker, depth: depth, text: inlineText(of: first)))
                    cmark_iter_reset(iterator, first, CMARK_EVENT_EXIT)
                } else {
                    blocks.append(.listItem(marker: marker, depth: depth, text: MarkedText("")))
                }
            case CMARK_NODE_BLOCK_QUOTE:
                depth += entering ? 1 : -1
            case CMARK_NODE_HEADING where entering:
                blocks.append(.heading(level: Int(cmark_node_get_heading_level(node)), text: inlineText(of: node)))
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            case CMARK_NODE_PARAGRAPH where entering:
                let text = inlineText(of: node)
                if !text.isBlank { blocks.append(.paragraph(text: text, depth: depth)) }
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            case CMARK_NODE_CODE_BLOCK where entering:
                var literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if let info = cmark_node_get_fence_info(node), String(cString: info).trimmingWhitespace == MarkdownContext.includeInfo {
                    blocks += includes[literal.trimmingWhitespace] ?? []
                    continue
                }
                while literal.hasSuffix("\n") { literal.removeLast() }
                if !literal.isEmpty {
                    blocks.append(.paragraph(text: MarkedText(literal, marks: [.init(start: 0, end: literal.utf8.count, style: .code)]), depth: depth))
                }
            case CMARK_NODE_THEMATIC_BREAK where entering:
                blocks.append(.rule)
            default:
                // Tables come from an extension, whose node types have no constant of their own here;
                // raw HTML blocks are never shown (the web pages omit them too).
                if entering && typeName(of: node) == "table" {
                    let rows = children(of: node).map { row in children(of: row).map { inlineText(of: $0) } }
                    let hasHeader = cmark_node_first_child(node).map { typeName(of: $0) == "table_header" } ?? false
                    blocks.append(.table(header: hasHeader ? rows.first ?? [] : [], rows: Array(rows.dropFirst(hasHeader ? 1 : 0)), depth: depth))
                    cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
                }
            }
        }
        return blocks
    }

    /// The children of a node, in order.
    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    /// The name cmark gives a node's type (`table`, `tasklist`, …).
    private static func typeName(of node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    /// The text of a block's inline content, with its marks.
    private static func inlineText(of block: OpaquePointer) -> MarkedText {
        var text = ""
        var marks: [MarkedText.Mark] = []
        // Where each open emphasis, strong text, link or strikethrough started, and its style.
        var open: [(start: Int, style: MarkedText.Style?)] = []
        guard let iterator = cmark_iter_new(block) else { return MarkedText("") }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator), node != block else { continue }
            let entering = event == CMARK_EVENT_ENTER
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_TEXT:
                text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            case CMARK_NODE_CODE:
                let start = text.utf8.count
                text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if text.utf8.count > start { marks.append(.init(start: start, end: text.utf8.count, style: .code)) }
            case CMARK_NODE_SOFTBREAK:
                text += " "
            case CMARK_NODE_LINEBREAK:
                text += "\n"
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let style: MarkedText.Style? =
                    type == CMARK_NODE_EMPH ? .emphasis : type == CMARK_NODE_STRONG ? .strong : type == CMARK_NODE_LINK ? .link : nil
                close(entering: entering, style: style)
            default:
                // Strikethrough comes from an extension; raw inline HTML is left out.
                if typeName(of: node) == "strikethrough" { close(entering: entering, style: .strikethrough) }
            }
        }
        /// Opens a styled stretch, or closes the last one and keeps its mark.
        func close(entering: Bool, style: MarkedText.Style?) {
            if entering {
                open.append((text.utf8.count, style))
            } else if let (start, style) = open.popLast(), let style, text.utf8.count > start {
                marks.append(.init(start: start, end: text.utf8.count, style: style))
            }
        }
        marks.sort { $0.start < $1.start }
        return MarkedText(text, marks: marks)
    }
}
