import CPangoCairo
import Dispatch
import Synchronization

/// One PDF document or one PNG picture being drawn with Cairo, and the Pango layouts of the text on it:
/// with `DrawingFonts`, the only code that touches Pango and Cairo. A PDF measures in points, a picture
/// in pixels. Text gets its script's Noto family, its language (for shaping and Thai line breaks) and
/// zero-width break opportunities at ICU's word boundaries (`WordBreaks`). A canvas and its layouts are
/// made, used and let go inside one `DrawingSession.run`.
final class Canvas {
    /// What the canvas makes.
    enum Format {
        /// A PDF document of pages of one size (points); fonts are embedded as subsets.
        case pdf
        /// A PNG picture (pixels), opaque.
        case png
    }

    /// An opaque colour.
    struct Color: Sendable, Hashable {
        var red: Double
        var green: Double
        var blue: Double

        /// A colour from its `0xRRGGBB` value.
        init(_ hex: UInt32) {
            red = Double(hex >> 16 & 0xFF) / 255
            green = Double(hex >> 8 & 0xFF) / 255
            blue = Double(hex & 0xFF) / 255
        }

        init(red: Double, green: Double, blue: Double) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// This colour with a share (0–1) of another mixed in.
        func mixed(with other: Color, share: Double) -> Color {
            Color(red: red + (other.red - red) * share, green: green + (other.green - green) * share, blue: blue + (other.blue - blue) * share)
        }

        /// How much of `to` (0–1) the mix of `from` and `to` nearest to this colour has.
        func share(from: Color, to: Color) -> Double {
            let direction = (to.red - from.red, to.green - from.green, to.blue - from.blue)
            let length = direction.0 * direction.0 + direction.1 * direction.1 + direction.2 * direction.2
            guard length > 0 else { return 0 }
            let dot = (red - from.red) * direction.0 + (green - from.green) * direction.1 + (blue - from.blue) * direction.2
            return min(1, max(0, dot / length))
        }
    }

    /// How a text is set: its size, weight and line spacing.
    struct TextStyle: Sendable, Hashable {
        /// The font size, in the canvas's units.
        var size: Double
        var bold = false
        /// The distance between baselines as a multiple of the font's own line height (`nil`: what
        /// suits the language, `DrawingFonts.lineSpacing(for:)`).
        var lineSpacing: Double? = nil
    }

    let format: Format
    let width: Double
    let height: Double
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private let fonts = FontMapLease()
    private let pango: OpaquePointer
    private let sink = ByteSink()

    /// A PDF document whose pages are `width` × `height` points.
    init(pdfWidth width: Double, height: Double) {
        format = .pdf
        self.width = width
        self.height = height
        surface = cairo_pdf_surface_create_for_stream(
            { closure, data, length in
                Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue().append(data, Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque(), width, height)
        cairo = cairo_create(surface)
        pango = Self.makeContext(cairo, fontMap: fonts.map, antialias: CAIRO_ANTIALIAS_DEFAULT)
    }

    /// An opaque picture of `width` × `height` pixels in two colours and the 254 mixes between them:
    /// whatever is drawn on it must be such a mix (it is taken as the nearest one). Drawn as one byte a
    /// pixel, the amount of `foreground`, and written as a PNG with a palette, which keeps text-heavy
    /// pictures small.
    init(pictureWidth width: Int, height: Int, background: Color, foreground: Color) {
        format = .png
        self.width = Double(width)
        self.height = Double(height)
        colors = (background, foreground)
        surface = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(width), Int32(height))
        cairo = cairo_create(surface)
        // Each drawing replaces what is under it by its mix of the two colours, blended at its edges.
        cairo_set_operator(cairo, CAIRO_OPERATOR_SOURCE)
        // Grey antialiasing: subpixel colour fringes have no place in a two-colour picture.
        pango = Self.makeContext(cairo, fontMap: fonts.map, antialias: CAIRO_ANTIALIAS_GRAY)
    }

    /// A picture's two colours.
    private var colors: (background: Color, foreground: Color)?

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pango))
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// A Pango context for a Cairo context: sizes in device units (72 per inch) and unhinted metrics, so
    /// text measures the same at every size.
    private static func makeContext(_ cairo: OpaquePointer, fontMap: UnsafeMutablePointer<PangoFontMap>, antialias: cairo_antialias_t) -> OpaquePointer {
        let context = pango_font_map_create_context(fontMap)!
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, antialias)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        pango_cairo_update_context(cairo, context)
        return context
    }

    // MARK: - Text

    /// Lays out a text in a language, wrapped to `width` (unwrapped when `nil`); with `maxLines`, a
    /// longer text ends in an ellipsis. `hasBreaks` says that the text has its break opportunities
    /// already (`WordBreaks`), for text laid out more than once.
    ///
    /// With a `zoom`, the text is laid out at its size divided by the zoom in a width divided by it, and
    /// drawn magnified: with unhinted metrics that gives the same lines, and a document whose type size
    /// is chosen by trying (a leaflet) then lays out every text at the same few sizes, whose fonts Pango
    /// and Cairo have ready, rather than finding fonts anew for every size tried.
    func layout(
        _ text: MarkedText, language: String, style: TextStyle, width: Double?, maxLines: Int? = nil, hasBreaks: Bool = false, zoom: Double = 1
    ) -> TextLayout {
        let broken = hasBreaks ? text : WordBreaks.inserted(into: text, language: language)
        let layout = pango_layout_new(pango)!
        pango_layout_set_text(layout, broken.text, -1)
        let font = pango_font_description_new()
        pango_font_description_set_family(font, DrawingFonts.families(for: language))
        pango_font_description_set_absolute_size(font, style.size / zoom * Double(PANGO_SCALE))
        if style.bold { pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD) }
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)

        let attributes = pango_attr_list_new()
        func add(_ attribute: UnsafeMutablePointer<PangoAttribute>?, _ start: Int, _ end: Int) {
            guard let attribute else { return }
            attribute.pointee.start_index = UInt32(start)
            attribute.pointee.end_index = UInt32(end)
            pango_attr_list_insert(attributes, attribute)
        }
        let all = broken.text.utf8.count
        add(pango_attr_language_new(pango_language_from_string(language)), 0, all)
        // A word longer than the line is cut between characters, without a hyphen (the scripts here have none).
        add(pango_attr_insert_hyphens_new(0), 0, all)
        for mark in broken.marks where mark.start < mark.end {
            switch mark.style {
            case .strong: add(pango_attr_weight_new(PANGO_WEIGHT_BOLD), mark.start, mark.end)
            case .emphasis: add(pango_attr_style_new(PANGO_STYLE_ITALIC), mark.start, mark.end)
            case .code: add(pango_attr_family_new("monospace"), mark.start, mark.end)
            case .strikethrough: add(pango_attr_strikethrough_new(1), mark.start, mark.end)
            case .link: break
            }
        }
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        if let width {
            pango_layout_set_width(layout, Int32(width / zoom * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        pango_layout_set_line_spacing(layout, Float(style.lineSpacing ?? DrawingFonts.lineSpacing(for: language)))
        if let maxLines {
            pango_layout_set_height(layout, -Int32(maxLines))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        }
        return TextLayout(layout, text: broken.text, zoom: zoom, fonts: fonts)
    }

    /// Draws some lines of a layout (all by default) with the top of the first at `x`, `y`.
    func draw(_ text: TextLayout, lines: Range<Int>? = nil, x: Double, y: Double, color: Color) {
        let range = lines ?? text.lines.indices
        guard let first = range.first else { return }
        setColor(color)
        let top = text.lines[first].top
        for index in range {
            let line = text.lines[index]
            cairo_save(cairo)
            cairo_translate(cairo, x + line.x, y + line.baseline - top)
            cairo_scale(cairo, text.zoom, text.zoom)
            cairo_move_to(cairo, 0, 0)
            pango_cairo_show_layout_line(cairo, pango_layout_get_line_readonly(text.handle, Int32(index)))
            cairo_restore(cairo)
        }
    }

    // MARK: - Shapes

    /// Fills rectangles (one path, so that touching ones leave no seam).
    func fill(_ rectangles: [Rectangle], color: Color) {
        guard !rectangles.isEmpty else { return }
        setColor(color)
        for rectangle in rectangles { cairo_rectangle(cairo, rectangle.x, rectangle.y, rectangle.width, rectangle.height) }
        cairo_fill(cairo)
    }

    /// Draws a rectangle's outline.
    func stroke(_ rectangle: Rectangle, lineWidth: Double, color: Color, dash: Double? = nil) {
        setColor(color)
        cairo_set_line_width(cairo, lineWidth)
        if let dash {
            var pattern = [dash, dash]
            cairo_set_dash(cairo, &pattern, 2, 0)
        }
        cairo_rectangle(cairo, rectangle.x, rectangle.y, rectangle.width, rectangle.height)
        cairo_stroke(cairo)
        cairo_set_dash(cairo, nil, 0, 0)
    }

    /// Draws a straight line.
    func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), lineWidth: Double, color: Color) {
        setColor(color)
        cairo_set_line_width(cairo, lineWidth)
        cairo_move_to(cairo, start.x, start.y)
        cairo_line_to(cairo, end.x, end.y)
        cairo_stroke(cairo)
    }

    /// Makes an area of a PDF page a link to an address (a picture has no links).
    func link(_ uri: String, over area: Rectangle) {
        guard format == .pdf else { return }
        let escaped = uri.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        let attributes = "rect=[\(area.x) \(area.y) \(area.width) \(area.height)] uri='\(escaped)'"
        cairo_tag_begin(cairo, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(cairo, CAIRO_TAG_LINK)
    }

    private func setColor(_ color: Color) {
        if let colors {
            cairo_set_source_rgba(cairo, 0, 0, 0, color.share(from: colors.background, to: colors.foreground))
        } else {
            cairo_set_source_rgb(cairo, color.red, color.green, color.blue)
        }
    }

    // MARK: - Pages and output

    /// Ends the current PDF page and starts the next.
    func nextPage() {
        cairo_show_page(cairo)
    }

    /// The PDF document's information: title, author, subject and the date it stands for.
    struct DocumentInfo: Sendable, Hashable, Codable {
        var title: String
        var author: String
        var subject: String
        /// `YYYY-MM-DD`, written as the creation date so that the same input gives the same bytes (no
        /// creation date when `nil`).
        var date: String?
    }

    /// Finishes a PDF and returns its bytes; `nil` if Cairo failed.
    func pdf(_ info: DocumentInfo) -> [UInt8]? {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, info.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, info.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, info.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Sitthi")
        if let date = info.date {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date + "T00:00:00Z")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date + "T00:00:00Z")
        } else {
            // Cairo writes the present time where no date is set: an empty one (not a date) writes none,
            // so an undated leaflet too comes out the same from the same input.
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "")
        }
        cairo_surface_finish(surface)
        return cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS ? sink.bytes : nil
    }

    /// The picture as PNG bytes; `nil` if Cairo or zlib failed.
    func png() -> [UInt8]? {
        guard let colors else { return nil }
        cairo_surface_flush(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let columns = Int(width)
        let rows = Int(height)
        var pixels = [UInt8](repeating: 0, count: columns * rows)
        for row in 0..<rows {
            for column in 0..<columns { pixels[row * columns + column] = data[row * stride + column] }
        }
        let palette = (0...255).map { colors.background.mixed(with: colors.foreground, share: Double($0) / 255) }
        return PalettePNG.encode(width: columns, height: rows, pixels: pixels, palette: palette)
    }
}

/// Pango font maps (which find fonts through fontconfig and keep what they found), lent to one canvas
/// at a time and kept for the next rather than made per thread: Pango's default map is one per thread
/// and goes when its thread ends, and threads come and go under `Parallel.map`. Kept, a map's fonts
/// stay ready for every later drawing, and no font is set up or torn down while another thread draws.
private final class FontMaps: Sendable {
    static let shared = FontMaps()
    /// The maps no canvas is using, by address: a map changes hands only through this lock, so only one
    /// thread ever uses it at a time.
    private let free = Mutex<[UInt]>([])
    /// Taken with the mutex, so that the thread sanitizer sees the ordering (as in `Parallel.map`).
    private let turns = DispatchQueue(label: "sitthi.font-maps")

    /// A map no other canvas is using.
    func take() -> UnsafeMutablePointer<PangoFontMap> {
        if let address = turns.sync(execute: { free.withLock { $0.popLast() } }), let map = UnsafeMutablePointer<PangoFontMap>(bitPattern: address) { return map }
        return pango_cairo_font_map_new()
    }

    /// Gives a map back when its canvas is done.
    func give(_ map: UnsafeMutablePointer<PangoFontMap>) {
        let address = UInt(bitPattern: map)
        turns.sync { free.withLock { $0.append(address) } }
    }
}

/// A font map lent by `FontMaps` to a canvas and the layouts made on it, given back when the last of
/// them is gone (a layout can outlive its canvas, and frees its fonts through the map).
private final class FontMapLease {
    let map = FontMaps.shared.take()

    deinit { FontMaps.shared.give(map) }
}

/// A rectangle on a canvas.
struct Rectangle: Sendable, Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
}

/// A text laid out by Pango: its lines with their places, for drawing some or all of them.
final class TextLayout {
    /// One line's place within the layout.
    struct Line {
        /// The top of the line's box and its baseline, from the layout's top.
        var top: Double
        var baseline: Double
        var height: Double
        /// Where the line starts, from the layout's left edge.
        var x: Double
        /// How wide the line's text is.
        var width: Double
        /// Where the line starts in `text`, in UTF-8 bytes.
        var start: Int
    }

    fileprivate let handle: OpaquePointer
    /// The font map its fonts come from, kept from other canvases until the layout is gone.
    private let fonts: FontMapLease
    /// The lines, measured as drawn (the zoom applied).
    let lines: [Line]
    /// The text as Pango got it, break opportunities included.
    let text: String
    /// How much larger it is drawn than laid out.
    let zoom: Double

    fileprivate init(_ handle: OpaquePointer, text: String, zoom: Double, fonts: FontMapLease) {
        self.handle = handle
        self.fonts = fonts
        self.text = text
        self.zoom = zoom
        var lines: [Line] = []
        let iterator = pango_layout_get_iter(handle)
        repeat {
            var ink = PangoRectangle()
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, &ink, &logical)
            let scale = Double(PANGO_SCALE) / zoom
            lines.append(
                Line(
                    top: Double(logical.y) / scale, baseline: Double(pango_layout_iter_get_baseline(iterator)) / scale,
                    height: Double(logical.height) / scale, x: Double(logical.x) / scale, width: Double(logical.width) / scale,
                    start: Int(pango_layout_iter_get_line_readonly(iterator).pointee.start_index)))
        } while pango_layout_iter_next_line(iterator) != 0
        pango_layout_iter_free(iterator)
        self.lines = lines
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// The height of all the lines.
    var height: Double { lines.last.map { $0.top + $0.height - lines[0].top } ?? 0 }
    /// The widest line's width.
    var width: Double { lines.map(\.width).max() ?? 0 }
    /// Whether Pango shortened the text to its line limit.
    var isEllipsized: Bool { pango_layout_is_ellipsized(handle) != 0 }
    /// The height of lines `range`, from the top of the first to the bottom of the last.
    func height(of range: Range<Int>) -> Double {
        guard let first = range.first, let last = range.last else { return 0 }
        return lines[last].top + lines[last].height - lines[first].top
    }
}

/// Collects the bytes Cairo writes.
private final class ByteSink {
    var bytes: [UInt8] = []

    func append(_ data: UnsafePointer<UInt8>?, _ count: Int) {
        guard let data else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: count))
    }
}
