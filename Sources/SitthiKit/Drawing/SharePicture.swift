/// The picture a link preview shows (`og:image`) for an article or a language's pages: 1200×630 PNG,
/// the title large in the reader's script, the Thai title under it, the site's name above and the first
/// hotline in a band at the bottom. Sizes are chosen to stay readable at a chat app's thumbnail size
/// (about a quarter of this), and the flat colours keep the file well under 100 KB.
struct SharePicture: Sendable, Hashable, Codable {
    /// The size Facebook and LINE show without cropping.
    static let width = 1200
    static let height = 630

    /// The title, in the reader's language (or the Thai title where there is no translation).
    var title: LanguageText
    /// The Thai title under it, for a picture in another language.
    var sourceTitle: LanguageText?
    /// The site's name in the reader's language.
    var siteName: LanguageText
    /// The first hotline's number and its label.
    var hotlineNumber: String?
    var hotlineLabel: LanguageText?

    // The picture is the site's blue, white, and mixes of the two (see `Canvas`): white text on blue, a
    // paler blue-white for the lesser lines, and a white band with the hotline in blue.
    private static let background = Canvas.Color(0x0B5CAD)
    private static let white = Canvas.Color(0xFFFFFF)
    private static let pale = background.mixed(with: white, share: 0.84)
    private static let band = white

    /// Draws the picture; `nil` if Cairo failed.
    func draw() -> [UInt8]? {
        DrawingSession.run { drawAlone() }
    }

    /// Draws the picture, with no other drawing going on in the process.
    private func drawAlone() -> [UInt8]? {
        let canvas = Canvas(pictureWidth: Self.width, height: Self.height, background: Self.background, foreground: Self.white)
        let width = Double(Self.width)
        let height = Double(Self.height)
        let margin = 64.0
        let textWidth = width - 2 * margin
        canvas.fill([Rectangle(x: 0, y: 0, width: width, height: height)], color: Self.background)

        let name = canvas.layout(MarkedText(siteName.text), language: siteName.language, style: .init(size: 30), width: textWidth, maxLines: 1)
        canvas.draw(name, x: margin, y: 44, color: Self.pale)

        let bandHeight = hotlineNumber == nil ? 0.0 : 124.0
        let top = 44 + name.height + 24
        let bottom = height - bandHeight - 28
        // The largest title size (from 76 px down to 46 px) that fits in three lines with room for the Thai title.
        let sourceLayout = sourceTitle.map {
            canvas.layout(MarkedText($0.text), language: $0.language, style: .init(size: 38), width: textWidth, maxLines: 2)
        }
        let sourceHeight = sourceLayout.map { $0.height + 18 } ?? 0
        var size = 76.0
        var titleLayout = canvas.layout(MarkedText(title.text), language: title.language, style: .init(size: size, bold: true), width: textWidth)
        while size > 46 && (titleLayout.lines.count > 3 || titleLayout.height + sourceHeight > bottom - top) {
            size -= 6
            titleLayout = canvas.layout(MarkedText(title.text), language: title.language, style: .init(size: size, bold: true), width: textWidth)
        }
        if titleLayout.lines.count > 3 || titleLayout.height + sourceHeight > bottom - top {
            titleLayout = canvas.layout(
                MarkedText(title.text), language: title.language, style: .init(size: size, bold: true), width: textWidth, maxLines: 3)
        }
        // The title block sits in the middle of the space between the name and the band.
        let block = titleLayout.height + sourceHeight
        let y = top + max(0, (bottom - top - block) / 2)
        canvas.draw(titleLayout, x: margin, y: y, color: Self.white)
        if let sourceLayout { canvas.draw(sourceLayout, x: margin, y: y + titleLayout.height + 18, color: Self.pale) }

        if let hotlineNumber {
            let bandTop = height - bandHeight
            canvas.fill([Rectangle(x: 0, y: bandTop, width: width, height: bandHeight)], color: Self.band)
            let number = canvas.layout(MarkedText(hotlineNumber), language: "en", style: .init(size: 64, bold: true), width: nil)
            canvas.draw(number, x: margin, y: bandTop + (bandHeight - number.height) / 2, color: Self.background)
            if let hotlineLabel {
                let labelX = margin + number.width + 32
                let label = canvas.layout(
                    MarkedText(hotlineLabel.text), language: hotlineLabel.language, style: .init(size: 26), width: width - labelX - margin,
                    maxLines: 2)
                canvas.draw(label, x: labelX, y: bandTop + (bandHeight - label.height) / 2, color: Self.background)
            }
        }
        return canvas.png()
    }
}
