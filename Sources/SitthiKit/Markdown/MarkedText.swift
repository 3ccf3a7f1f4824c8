/// A run of text with its inline marks (bold, italic, code, …) as plain values: what a printed page draws
/// of a paragraph, heading, list item or table cell, without HTML.
struct MarkedText: Sendable, Hashable {
    /// How a stretch of the text is set.
    enum Style: Sendable, Hashable {
        case strong
        case emphasis
        case code
        case strikethrough
        case link
    }

    /// A styled stretch of the text, in UTF-8 byte offsets (`start..<end`).
    struct Mark: Sendable, Hashable {
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
}
