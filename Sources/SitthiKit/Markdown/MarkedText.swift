/// A run of text with its inline marks (bold, italic, code, …) as plain values: what a printed page draws
/// of a paragraph, heading, list item or table cell, without HTML.
struct MarkedText: Sendable, Hashable, Codable {
    /// How a stretch of the text is set.
    enum Style: Sendable, Hashable, Codable {
        case strong
        case emphasis
        case code
        case strikethrough
        case link
    }

    /// A styled stretch of the text, in UTF-8 byte offsets (`start..<end`).
    struct Mark: Sendable, Hashable, Codable {
        var start: Int
        var end: Int
        var style: Style
    }

    var text: String
    /// The marks, in the order their stretches start; they may nest (a link in bold text).
    var marks: [Mark] = []

    init(_ text: String, marks: [Mark] = []) {
        self.text = text
        self.marks = marks
    }

    /// Whether the text has nothing to show.
    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

    /// The text of HTML that the build made itself (escaped text, `<strong>`, `<span lang>`), such as a
    /// table an include shows: its tags left out, `<strong>` kept as a mark, its five escapes undone.
    init(builtHTML html: String) {
        var text = ""
        var marks: [Mark] = []
        var strongStart: Int?
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            text += Self.unescaped(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            if tag == "strong" {
                strongStart = text.utf8.count
            } else if tag == "/strong", let start = strongStart {
                marks.append(Mark(start: start, end: text.utf8.count, style: .strong))
                strongStart = nil
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.contains("<") { text += Self.unescaped(rest) }
        self.init(text, marks: marks)
    }

    /// Text with `HTML.escape`'s five escapes undone.
    private static func unescaped(_ html: Substring) -> String {
        guard html.contains("&") else { return String(html) }
        return html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
