import Foundation

/// The one form text takes before it is indexed or searched, so that a query matches the page exactly
/// as written: Unicode NFC, Latin letters in lower case, runs of white space as one space. Nothing else is
/// folded: vowel signs, tone marks, the Khmer coeng and the Burmese virama and asat all stay, so Khmer
/// របួស ("injury") never matches របស់ ("of"). The search page's script does the same to a query.
enum SearchNormalizer {
    /// The normalized form of `text`: `clean`, then `fold`.
    static func normalize(_ text: some StringProtocol) -> String { fold(clean(text)) }

    /// `text` as the index ships it for display: NFC, runs of white space as one space, no space at
    /// either end.
    static func clean(_ text: some StringProtocol) -> String {
        let composed = String(text).precomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in composed.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
            } else {
                scalars.append(scalar)
                lastWasSpace = false
            }
        }
        if scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }

    /// A cleaned text with its Latin capitals in lower case (A–Z and the Latin letters with diacritics,
    /// one character for one, so positions in the folded text are positions in the cleaned one).
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isLatin(scalar) else {
                scalars.append(scalar)
                continue
            }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1 { scalars.append(contentsOf: lower) } else { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// Whether a character is a Latin letter (Basic Latin through Latin Extended-B, and Latin Extended
    /// Additional): the only letters whose case is folded.
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0xC0...0x24F, 0x1E00...0x1EFF: true
        default: false
        }
    }
}
