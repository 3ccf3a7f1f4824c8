/// One block of a Markdown text as a printed page draws it (the PDF leaflets): plain values, no HTML.
enum PrintBlock: Sendable, Hashable, Codable {
    /// A heading, level 1 to 6.
    case heading(level: Int, text: MarkedText)
    /// A paragraph; `depth` counts the lists and quotes it stands in (0 at the top), for its indent.
    case paragraph(text: MarkedText, depth: Int)
    /// The first paragraph of a list item, after its marker (`•`, `3.`, `[x]`); `depth` counts the lists
    /// it stands in (1 for a top-level list).
    case listItem(marker: String, depth: Int, text: MarkedText)
    /// A table: its header row and body rows, each a list of cells.
    case table(header: [MarkedText], rows: [[MarkedText]], depth: Int)
    /// A thematic break (`---`).
    case rule

    /// The block with each of its texts changed.
    func mapTexts(_ transform: (MarkedText) -> MarkedText) -> PrintBlock {
        switch self {
        case .heading(let level, let text): return .heading(level: level, text: transform(text))
        case .paragraph(let text, let depth): return .paragraph(text: transform(text), depth: depth)
        case .listItem(let marker, let depth, let text): return .listItem(marker: marker, depth: depth, text: transform(text))
        case .table(let header, let rows, let depth): return .table(header: header.map(transform), rows: rows.map { $0.map(transform) }, depth: depth)
        case .rule: return .rule
        }
    }

    /// Every text of the block.
    var texts: [MarkedText] {
        switch self {
        case .heading(_, let text), .paragraph(let text, _), .listItem(_, _, let text): return [text]
        case .table(let header, let rows, _): return header + rows.flatMap { $0 }
        case .rule: return []
        }
    }
}
