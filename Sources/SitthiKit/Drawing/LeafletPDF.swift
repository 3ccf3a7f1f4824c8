/// An article's leaflet as an A4 PDF, drawn with Pango and Cairo: the title in the reader's language with
/// the Thai title under it, the date, the article's address and its QR code (vector) at the top; the
/// reader's text beside the Thai text (section by section when their `##` sections align); the box for
/// the local office and the hotlines at the foot. It is set at the largest of a few type sizes that fits
/// on two pages. Fonts are embedded as subsets, the text stays selectable, and the document's title,
/// author, subject, date and language are in its metadata.
struct LeafletPDF: Sendable, Hashable, Codable {
    /// One column's text: its Markdown and its language, and the blocks its include fences show.
    struct Column: Sendable, Hashable, Codable {
        var language: String
        var markdown: String
        var includes: [String: [PrintBlock]] = [:]
    }

    /// A help line at the foot.
    struct Hotline: Sendable, Hashable, Codable {
        var number: String
        var label: LanguageText
    }

    /// The reader's language: the document's language.
    var language: String
    var title: LanguageText
    /// The Thai title under a translation's.
    var sourceTitle: LanguageText?
    /// "Updated: …", in the reader's language.
    var date: LanguageText?
    /// The article's address online, printed and in the QR code.
    var address: String
    /// The words under the QR code.
    var scanCaption: LanguageText
    /// The reader's text, and the Thai text beside it (none on a Thai leaflet or where the article is
    /// not translated: the reader's column then holds the Thai text alone).
    var reader: Column
    var source: Column?
    /// The reader's column's share of the width, in percent.
    var readerShare: Int
    /// The label of the box to write the local office in.
    var officeBox: LanguageText
    var hotlines: [Hotline]
    var info: Canvas.DocumentInfo

    /// What drawing made: the PDF and how it came out.
    struct Result: Sendable {
        var bytes: [UInt8]
        var pages: Int
        /// The body text's size, in points.
        var typeSize: Double
    }

    /// A4, in points.
    static let pageWidth = 595.276
    static let pageHeight = 841.89
    static let margin = 24.0
    /// The body text's size when the text fits on two pages at it, and the smallest it may shrink to.
    static let largestType = 9.5
    static let smallestType = 6.0
    /// The most pages a leaflet should take.
    static let maxPages = 2

    private static let ink = Canvas.Color(0x1B1B1B)
    private static let muted = Canvas.Color(0x555555)
    private static let accent = Canvas.Color(0x0B5CAD)
    private static let rule = Canvas.Color(0xB8B8B8)
    private static let panel = Canvas.Color(0xEEF1F4)

    /// Draws the leaflet; `nil` if Cairo failed.
    func draw() -> Result? {
        DrawingSession.run { drawAlone() }
    }

    /// Draws the leaflet, with no other drawing going on in the process.
    private func drawAlone() -> Result? {
        // Break opportunities go into the texts once, however many times they are laid out.
        let readerBlocks = PrintBlockReader.blocks(reader.markdown, includes: reader.includes).map { $0.mapTexts { WordBreaks.inserted(into: $0, language: reader.language) } }
        let sourceBlocks = source.map { column in
            PrintBlockReader.blocks(column.markdown, includes: column.includes).map { $0.mapTexts { WordBreaks.inserted(into: $0, language: column.language) } }
        }
        // The first size tried comes from the texts' length (`estimatedSize`); when that does not fit,
        // the next comes from what the layout measured: the text's height grows with the square of the
        // type size (each line is taller and holds fewer words), so the size that fits is about the
        // square root of the room over the height. The columns' widths are evened out by measurement too.
        var size = estimatedSize(readerBlocks: readerBlocks, sourceBlocks: sourceBlocks)
        var share = Double(readerShare)
        var canvas = Canvas(pdfWidth: Self.pageWidth, height: Self.pageHeight)
        var layout = layOut(on: canvas, size: size, share: share, readerBlocks: readerBlocks, sourceBlocks: sourceBlocks)
        while layout.flow.pages.count > Self.maxPages && size > Self.smallestType {
            let estimate = size * (layout.room / layout.used).squareRoot() * 0.99
            size = max(Self.smallestType, (min(estimate, size - 0.25) * 20).rounded(.down) / 20)
            share = layout.balancedShare ?? share
            canvas = Canvas(pdfWidth: Self.pageWidth, height: Self.pageHeight)
            layout = layOut(on: canvas, size: size, share: share, readerBlocks: readerBlocks, sourceBlocks: sourceBlocks)
        }
        // Still too long at the smallest type: the texts go whole, side by side, without the room that
        // setting their sections level leaves under the shorter ones; then the foot gets smaller (a
        // lower office box, one line per hotline). These save part of a page, so they are tried only
        // when one page too many is left: a text far too long for a leaflet is not laid out again.
        let fallbacks: [(aligned: Bool, compact: Bool)] = [(false, false), (true, true), (false, true)]
        let mightFit = layout.flow.pages.count <= Self.maxPages + 1
        for fallback in fallbacks where mightFit && layout.flow.pages.count > Self.maxPages && (fallback.aligned || sourceBlocks != nil) {
            let other = Canvas(pdfWidth: Self.pageWidth, height: Self.pageHeight)
            let tried = layOut(
                on: other, size: size, share: layout.balancedShare ?? share, readerBlocks: readerBlocks, sourceBlocks: sourceBlocks,
                alignsSections: fallback.aligned, compactFoot: fallback.compact)
            if tried.flow.pages.count < layout.flow.pages.count { (canvas, layout) = (other, tried) }
        }
        let flow = layout.flow
        flow.draw()
        guard let bytes = canvas.pdf(info) else { return nil }
        return Result(bytes: PDFLanguage.setting(language, in: bytes), pages: flow.pages.count, typeSize: size)
    }

    /// How much room a text takes, in characters weighted by how tall each script runs
    /// (`LeafletLayout.heightPerCharacter`).
    static func amount(_ blocks: [PrintBlock], language: String) -> Double {
        let characters = blocks.reduce(0) { sum, block in sum + block.texts.reduce(0) { $0 + $1.text.unicodeScalars.count } }
        return Double(characters) * (LeafletLayout.heightPerCharacter[language] ?? 1)
    }

    /// The type size to try first: the largest that the texts' length says fits two pages. The text's
    /// height is about `k` × size² × its amount, plus the foot (about 120 pt) in about 1,410 pt of room
    /// on two pages; `k` was measured on the shipped leaflets and taken where four in five of them fit
    /// at the first try (one column: 0.0029; two, whose widths follow their lengths: 0.00215).
    private func estimatedSize(readerBlocks: [PrintBlock], sourceBlocks: [PrintBlock]?) -> Double {
        var amount = Self.amount(readerBlocks, language: reader.language)
        var k = 0.0029
        if let source, let sourceBlocks {
            amount += Self.amount(sourceBlocks, language: source.language)
            k = 0.00215
        }
        guard amount > 0 else { return Self.largestType }
        let size = ((1_410.0 - 120) / (k * amount)).squareRoot()
        return min(Self.largestType, max(Self.smallestType, (size * 20).rounded(.down) / 20))
    }

    /// Lays the whole leaflet out at one type size, the reader's column taking `share` percent of the
    /// width. Returns the pages, the height its text and foot take (counting every page's room up to the
    /// last one used), the room on two pages, and the share that would make both columns about as tall
    /// (a column's area, its height times its width, stays about the same whatever its width).
    private func layOut(
        on canvas: Canvas, size: Double, share: Double, readerBlocks: [PrintBlock], sourceBlocks: [PrintBlock]?, alignsSections: Bool = true,
        compactFoot: Bool = false
    ) -> (
        flow: PageFlow, used: Double, room: Double, balancedShare: Double?
    ) {
        let margin = Self.margin
        let contentWidth = Self.pageWidth - 2 * margin
        let headerBottom = drawHeader(on: canvas, contentWidth: contentWidth)
        let flow = PageFlow(
            canvas: canvas, style: .init(size: size, ink: Self.ink, rule: Self.rule, panel: Self.panel),
            firstTop: headerBottom.y + 12, top: margin, bottom: Self.pageHeight - margin - 12)
        for drawing in headerBottom.drawings { flow.add(drawing, on: 0) }

        var cursor = PageFlow.Cursor(page: 0, y: flow.firstTop)
        var balancedShare: Double?
        if let source, let sourceBlocks {
            let gap = 12.0
            let readerWidth = (contentWidth - gap) * share / 100
            let sourceX = margin + readerWidth + gap
            let sourceWidth = contentWidth - gap - readerWidth
            // Sections side by side when both texts have the same `##` sections, else each text whole.
            let readerSections = Self.sections(readerBlocks)
            let sourceSections = Self.sections(sourceBlocks)
            let rows =
                alignsSections && readerSections.count == sourceSections.count
                ? Array(zip(readerSections, sourceSections)) : [(readerBlocks, sourceBlocks)]
            var readerHeight = 0.0
            var sourceHeight = 0.0
            for (index, row) in rows.enumerated() where !(row.0.isEmpty && row.1.isEmpty) {
                if index > 0 && cursor.y > flow.top(of: cursor.page) + 0.01 { cursor.y += size * 0.6 }
                let left = flow.place(row.0, language: reader.language, x: margin, width: readerWidth, at: cursor)
                let right = flow.place(row.1, language: source.language, x: sourceX, width: sourceWidth, at: cursor)
                readerHeight += flow.distance(from: cursor, to: left)
                sourceHeight += flow.distance(from: cursor, to: right)
                cursor = max(left, right)
            }
            let readerArea = readerHeight * readerWidth
            let total = readerArea + sourceHeight * sourceWidth
            if total > 0 { balancedShare = min(72, max(28, 100 * readerArea / total)) }
        } else {
            cursor = flow.place(readerBlocks, language: reader.language, x: margin, width: contentWidth, at: cursor)
        }
        let foot = placeFoot(in: flow, after: cursor, contentWidth: contentWidth, compact: compactFoot)
        numberPages(flow)
        let pageRoom = flow.bottom - flow.top
        let firstRoom = flow.bottom - flow.firstTop
        let used = (cursor.page == 0 ? 0 : firstRoom + Double(cursor.page - 1) * pageRoom) + cursor.y - flow.top(of: cursor.page) + foot
        return (flow, used, firstRoom + Double(Self.maxPages - 1) * pageRoom, balancedShare)
    }

    /// Cuts blocks into sections at each `##` heading (the text before the first is a section too).
    static func sections(_ blocks: [PrintBlock]) -> [[PrintBlock]] {
        var sections: [[PrintBlock]] = [[]]
        for block in blocks {
            if case .heading(2, _) = block { sections.append([]) }
            sections[sections.count - 1].append(block)
        }
        return sections
    }

    /// Lays out the header of the first page: titles, date and address on the left, the QR code on the
    /// right. Returns what to draw and where the header ends.
    private func drawHeader(on canvas: Canvas, contentWidth: Double) -> (drawings: [PageFlow.Drawing], y: Double) {
        let margin = Self.margin
        let qrSize = 84.0
        let qrX = Self.pageWidth - margin - qrSize
        let textWidth = contentWidth - qrSize - 16
        var drawings: [PageFlow.Drawing] = []
        var y = margin

        func text(_ value: LanguageText, size: Double, bold: Bool = false, width: Double, maxLines: Int? = nil, color: Canvas.Color, x: Double) -> TextLayout {
            let layout = canvas.layout(MarkedText(value.text), language: value.language, style: .init(size: size, bold: bold), width: width, maxLines: maxLines)
            drawings.append(.text(layout, lines: layout.lines.indices, x: x, y: y, color: color))
            return layout
        }
        y += text(title, size: 17, bold: true, width: textWidth, maxLines: 4, color: Self.ink, x: margin).height + 2
        if let sourceTitle { y += text(sourceTitle, size: 11.5, width: textWidth, maxLines: 3, color: Self.muted, x: margin).height + 4 }
        if let date { y += text(date, size: 8, width: textWidth, color: Self.muted, x: margin).height + 1 }
        let address = text(LanguageText(text: address, language: "en"), size: 8, width: textWidth, color: Self.accent, x: margin)
        drawings.append(.link(self.address, Rectangle(x: margin, y: y, width: address.width, height: address.height)))
        y += address.height

        var qrBottom = margin
        if let code = QRCode.modules(for: self.address) {
            let module = qrSize / Double(code.width + 8)
            let rectangles = code.runs.map { run in
                Rectangle(
                    x: qrX + Double(run.column + 4) * module, y: margin + Double(run.row + 4) * module,
                    width: Double(run.length) * module, height: module)
            }
            drawings.append(.fill(rectangles, color: Self.ink))
            drawings.append(.link(self.address, Rectangle(x: qrX, y: margin, width: qrSize, height: qrSize)))
            qrBottom = margin + qrSize
            let caption = canvas.layout(
                MarkedText(scanCaption.text), language: scanCaption.language, style: .init(size: 7), width: qrSize, maxLines: 4)
            drawings.append(.text(caption, lines: caption.lines.indices, x: qrX, y: qrBottom, color: Self.muted))
            qrBottom += caption.height
        }
        let bottom = max(y, qrBottom) + 6
        drawings.append(.line(from: (margin, bottom), to: (Self.pageWidth - margin, bottom), lineWidth: 0.6, color: Self.rule))
        return (drawings, bottom)
    }

    /// Places the box for the local office and the hotlines at the foot of the last page (on a page of
    /// their own when the text leaves no room for them). Returns the height it takes with the space above it.
    private func placeFoot(in flow: PageFlow, after cursor: PageFlow.Cursor, contentWidth: Double, compact: Bool) -> Double {
        let canvas = flow.canvas
        let margin = Self.margin
        let gap = 12.0
        let boxHeight = compact ? 34.0 : 54.0
        let columnWidth = (contentWidth - gap) / 2
        var items: [(number: TextLayout, label: TextLayout, height: Double)] = []
        for hotline in hotlines {
            let number = canvas.layout(MarkedText(hotline.number), language: "en", style: .init(size: 11, bold: true), width: nil)
            let label = canvas.layout(
                MarkedText(hotline.label.text), language: hotline.label.language, style: .init(size: 7.5),
                width: columnWidth - number.width - 6, maxLines: compact ? 1 : nil)
            items.append((number, label, max(number.height, label.height) + 3))
        }
        var rowHeights: [Double] = []
        for start in stride(from: 0, to: items.count, by: 2) {
            rowHeights.append(items[start..<min(start + 2, items.count)].map(\.height).max() ?? 0)
        }
        let footHeight = boxHeight + 8 + rowHeights.reduce(0, +)
        var page = cursor.page
        if cursor.y + 10 + footHeight > flow.bottom { page += 1 }
        var y = flow.bottom - footHeight
        let label = canvas.layout(
            MarkedText(officeBox.text), language: officeBox.language, style: .init(size: 8), width: contentWidth - 12, maxLines: 2)
        flow.add(.stroke(Rectangle(x: margin, y: y, width: contentWidth, height: boxHeight), lineWidth: 0.8, color: Self.muted), on: page)
        flow.add(.text(label, lines: label.lines.indices, x: margin + 6, y: y + 5, color: Self.muted), on: page)
        y += boxHeight + 8
        for (index, item) in items.enumerated() {
            let x = margin + (index % 2 == 0 ? 0 : columnWidth + gap)
            let rowY = y + rowHeights[..<(index / 2)].reduce(0, +)
            flow.add(.text(item.number, lines: item.number.lines.indices, x: x, y: rowY, color: Self.ink), on: page)
            let numberBaseline = (item.number.lines.first?.baseline ?? 0) - (item.number.lines.first?.top ?? 0)
            let labelBaseline = (item.label.lines.first?.baseline ?? 0) - (item.label.lines.first?.top ?? 0)
            flow.add(
                .text(item.label, lines: item.label.lines.indices, x: x + item.number.width + 6, y: rowY + numberBaseline - labelBaseline, color: Self.ink),
                on: page)
        }
        return footHeight + 10
    }

    /// Numbers the pages (`1 / 2`) at their foot when there is more than one.
    private func numberPages(_ flow: PageFlow) {
        let count = flow.pages.count
        guard count > 1 else { return }
        for page in 0..<count {
            let number = flow.canvas.layout(MarkedText("\(page + 1) / \(count)"), language: "en", style: .init(size: 7), width: nil)
            flow.add(
                .text(number, lines: number.lines.indices, x: Self.pageWidth - Self.margin - number.width, y: Self.pageHeight - Self.margin, color: Self.muted),
                on: page)
        }
    }
}
