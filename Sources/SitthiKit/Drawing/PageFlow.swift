/// Lays blocks of text out down the pages of a PDF, column by column, and keeps what to draw on each
/// page until the whole document is known to fit: a paragraph continues on the next page line by line,
/// a heading moves there with the start of what follows it, and a table row stays whole. The blocks'
/// texts come with their break opportunities already in them (`WordBreaks`), since a leaflet may be
/// laid out more than once.
final class PageFlow {
    /// A place on the pages: the page (from 0) and the distance from its top edge.
    struct Cursor: Comparable {
        var page: Int
        var y: Double

        static func < (a: Cursor, b: Cursor) -> Bool { (a.page, a.y) < (b.page, b.y) }
    }

    /// One thing to draw on a page.
    enum Drawing {
        case text(TextLayout, lines: Range<Int>, x: Double, y: Double, color: Canvas.Color)
        case fill([Rectangle], color: Canvas.Color)
        case stroke(Rectangle, lineWidth: Double, color: Canvas.Color)
        case line(from: (x: Double, y: Double), to: (x: Double, y: Double), lineWidth: Double, color: Canvas.Color)
        case link(String, Rectangle)
    }

    /// How text in the columns is set.
    struct Style {
        /// The body text's size, in points.
        var size: Double
        var ink: Canvas.Color
        var rule: Canvas.Color
        var panel: Canvas.Color

        /// The indent of text at a depth of lists and quotes; past the sixth level, text goes no further
        /// in (a deeper nesting would leave the column no width).
        func indent(_ depth: Int) -> Double { Double(min(depth, 6)) * size * 1.6 }
    }

    /// Text is laid out as if the body were this size and drawn at the style's size (see
    /// `Canvas.layout`), so that every size tried uses the same fonts.
    static let layoutSize = 10.0
    var zoom: Double { style.size / Self.layoutSize }

    let canvas: Canvas
    let style: Style
    /// Where the text may start on the first page (below the header) and on the others.
    let firstTop: Double
    let top: Double
    /// Where the text must end on every page.
    let bottom: Double
    /// What to draw, page by page.
    private(set) var pages: [[Drawing]] = [[]]
    /// The list markers laid out so far, by marker and language: most lists repeat a few.
    private var markers: [String: TextLayout] = [:]

    init(canvas: Canvas, style: Style, firstTop: Double, top: Double, bottom: Double) {
        self.canvas = canvas
        self.style = style
        self.firstTop = firstTop
        self.top = top
        self.bottom = bottom
    }

    /// The top of the space for text on a page.
    func top(of page: Int) -> Double { page == 0 ? firstTop : top }

    /// The start of the next page.
    func nextPage(after cursor: Cursor) -> Cursor { Cursor(page: cursor.page + 1, y: top(of: cursor.page + 1)) }

    /// The height of text from one place to a later one, counting the room on the pages between.
    func distance(from start: Cursor, to end: Cursor) -> Double {
        guard end.page > start.page else { return end.y - start.y }
        return bottom - start.y + Double(end.page - start.page - 1) * (bottom - top) + end.y - top(of: end.page)
    }

    /// Adds something to draw on a page.
    func add(_ drawing: Drawing, on page: Int) {
        while pages.count <= page { pages.append([]) }
        pages[page].append(drawing)
    }

    // MARK: - Text

    /// Places a layout's lines from a cursor, going on to the next page where a line does not fit, and
    /// returns the place below the last line.
    func place(_ layout: TextLayout, x: Double, at start: Cursor, color: Canvas.Color) -> Cursor {
        var cursor = start
        var first = 0
        var firstY = cursor.y
        for index in layout.lines.indices {
            let height = layout.height(of: first..<(index + 1))
            if firstY + height > bottom && index > first {
                add(.text(layout, lines: first..<index, x: x, y: firstY, color: color), on: cursor.page)
                cursor = nextPage(after: cursor)
                first = index
                firstY = cursor.y
            } else if firstY + height > bottom && firstY > top(of: cursor.page) {
                // Not even the first line fits: the text starts on the next page.
                cursor = nextPage(after: cursor)
                firstY = cursor.y
            }
        }
        add(.text(layout, lines: first..<layout.lines.count, x: x, y: firstY, color: color), on: cursor.page)
        cursor.y = firstY + layout.height(of: first..<layout.lines.count)
        return cursor
    }

    /// Places a column's blocks from a cursor, in an area `x`…`x + width`, and returns the place below.
    func place(_ blocks: [PrintBlock], language: String, x: Double, width: Double, at start: Cursor) -> Cursor {
        var cursor = start
        let size = style.size
        /// Space above a block, unless it starts a page or the column.
        func space(_ amount: Double) {
            if cursor.y > top(of: cursor.page) + 0.01 && cursor != start { cursor.y += amount }
        }
        for (index, block) in blocks.enumerated() {
            switch block {
            case .heading(let level, let text):
                let scale = level <= 1 ? 1.3 : level == 2 ? 1.18 : 1.05
                let layout = canvas.layout(text, language: language, style: .init(size: size * scale, bold: true), width: width, hasBreaks: true, zoom: zoom)
                space(size * 0.85)
                // A heading goes with the first lines of what follows it.
                let following = index + 1 < blocks.count ? size * 3.2 : 0
                if cursor.y + layout.height + following > bottom && cursor.y > top(of: cursor.page) + 0.01 {
                    cursor = nextPage(after: cursor)
                }
                cursor = place(layout, x: x, at: cursor, color: style.ink)
                cursor.y += size * 0.2
            case .paragraph(let text, let depth):
                let indent = style.indent(depth)
                let layout = canvas.layout(text, language: language, style: .init(size: size), width: width - indent, hasBreaks: true, zoom: zoom)
                space(size * 0.45)
                cursor = place(layout, x: x + indent, at: cursor, color: style.ink)
            case .listItem(let marker, let depth, let text):
                let indent = style.indent(depth)
                let layout = canvas.layout(text, language: language, style: .init(size: size), width: width - indent, hasBreaks: true, zoom: zoom)
                let mark = self.marker(marker, language: language)
                space(size * 0.3)
                if cursor.y + (layout.lines.first?.height ?? 0) > bottom { cursor = nextPage(after: cursor) }
                let lineTop = cursor
                cursor = place(layout, x: x + indent, at: cursor, color: style.ink)
                // The marker stands inside the column, before the text, on the first line's baseline.
                let markX = max(x, x + indent - mark.width - size * 0.4)
                let baseline = (layout.lines.first?.baseline ?? 0) - (layout.lines.first?.top ?? 0)
                let markBaseline = (mark.lines.first?.baseline ?? 0) - (mark.lines.first?.top ?? 0)
                add(.text(mark, lines: mark.lines.indices, x: markX, y: lineTop.y + baseline - markBaseline, color: style.ink), on: lineTop.page)
            case .table(let header, let rows, let depth):
                let indent = style.indent(depth)
                space(size * 0.5)
                cursor = placeTable(header: header, rows: rows, language: language, x: x + indent, width: width - indent, at: cursor)
            case .rule:
                space(size * 0.5)
                add(.line(from: (x, cursor.y), to: (x + width, cursor.y), lineWidth: 0.5, color: style.rule), on: cursor.page)
                cursor.y += size * 0.3
            }
        }
        return cursor
    }

    /// A list marker's layout, made once per marker and language.
    private func marker(_ marker: String, language: String) -> TextLayout {
        let key = language + " " + marker
        if let layout = markers[key] { return layout }
        let layout = canvas.layout(MarkedText(marker), language: language, style: .init(size: style.size), width: nil, zoom: zoom)
        markers[key] = layout
        return layout
    }

    // MARK: - Tables

    /// Places a table, row by row (a row never splits), with column widths from their contents.
    private func placeTable(header: [MarkedText], rows: [[MarkedText]], language: String, x: Double, width: Double, at start: Cursor) -> Cursor {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return start }
        let size = style.size * 0.92
        let padding = style.size * 0.3
        let all = (header.isEmpty ? [] : [header]) + rows
        // Each column wants its widest cell unwrapped; when they do not fit, each gets an even share and
        // the widest share what is left.
        var wanted = [Double](repeating: padding * 2 + size, count: columns)
        var natural: [[TextLayout]] = []
        for (index, row) in all.enumerated() {
            let bold = index == 0 && !header.isEmpty
            natural.append(
                (0..<columns).map { column in
                    canvas.layout(
                        column < row.count ? row[column] : MarkedText(""), language: language, style: .init(size: size, bold: bold), width: nil,
                        hasBreaks: true, zoom: zoom)
                })
            for (column, cell) in natural[index].enumerated() { wanted[column] = max(wanted[column], cell.width + padding * 2 + 0.5) }
        }
        let widths = Self.share(width, wanted: wanted)
        var cursor = start
        for (index, row) in all.enumerated() {
            let bold = index == 0 && !header.isEmpty
            // A cell whose text fits on one line keeps its unwrapped layout.
            let cells = (0..<columns).map { column in
                let unwrapped = natural[index][column]
                guard unwrapped.width + padding * 2 > widths[column] else { return unwrapped }
                return canvas.layout(
                    column < row.count ? row[column] : MarkedText(""), language: language, style: .init(size: size, bold: bold),
                    width: widths[column] - padding * 2, hasBreaks: true, zoom: zoom)
            }
            let height = (cells.map(\.height).max() ?? 0) + padding * 2
            if cursor.y + height > bottom && cursor.y > top(of: cursor.page) + 0.01 { cursor = nextPage(after: cursor) }
            var cellX = x
            if bold { add(.fill([Rectangle(x: x, y: cursor.y, width: widths.reduce(0, +), height: height)], color: style.panel), on: cursor.page) }
            for (column, cell) in cells.enumerated() {
                add(.text(cell, lines: cell.lines.indices, x: cellX + padding, y: cursor.y + padding, color: style.ink), on: cursor.page)
                add(.stroke(Rectangle(x: cellX, y: cursor.y, width: widths[column], height: height), lineWidth: 0.5, color: style.rule), on: cursor.page)
                cellX += widths[column]
            }
            cursor.y += height
        }
        return cursor
    }

    /// Shares a width between columns that want `wanted` each: all they want when it fits, else an even
    /// share each, with what the narrow ones leave given to the wide ones by how much more they want.
    static func share(_ width: Double, wanted: [Double]) -> [Double] {
        let total = wanted.reduce(0, +)
        guard total > width else { return wanted.map { $0 * width / total } }
        let even = width / Double(wanted.count)
        var widths = wanted.map { min($0, even) }
        let left = width - widths.reduce(0, +)
        let extra = zip(wanted, widths).map { $0 - $1 }
        let extraTotal = extra.reduce(0, +)
        if extraTotal > 0 { widths = zip(widths, extra).map { $0 + left * $1 / extraTotal } }
        return widths
    }

    // MARK: - Drawing

    /// Draws every page on the canvas, each followed by the next.
    func draw() {
        for (index, drawings) in pages.enumerated() {
            if index > 0 { canvas.nextPage() }
            for drawing in drawings {
                switch drawing {
                case .text(let layout, let lines, let x, let y, let color): canvas.draw(layout, lines: lines, x: x, y: y, color: color)
                case .fill(let rectangles, let color): canvas.fill(rectangles, color: color)
                case .stroke(let rectangle, let lineWidth, let color): canvas.stroke(rectangle, lineWidth: lineWidth, color: color)
                case .line(let from, let to, let lineWidth, let color): canvas.line(from: from, to: to, lineWidth: lineWidth, color: color)
                case .link(let uri, let area): canvas.link(uri, over: area)
                }
            }
        }
    }
}
