/// The one form text takes before it is indexed or searched, so that a query matches the page exactly
/// as written: Unicode NFC, Latin letters in lower case, runs of white space as one space. Nothing else is
/// folded: vowel signs, tone marks, the Khmer coeng and the Burmese virama and asat all stay, so Khmer
/// របួស ("injury") never matches របស់ ("of"). The search page's script does the same to a query.
///
/// The work is done over UTF-8 bytes: a site's whole text passes through here on every build.
enum SearchNormalizer {
    /// The normalized form of `text`: `clean`, then `fold`.
    static func normalize(_ text: some StringProtocol) -> String { fold(clean(text)) }

    /// `text` as the index ships it for display: NFC, runs of white space as one space, no space at
    /// either end.
    static func clean(_ text: some StringProtocol) -> String {
        String(decoding: clean(bytes: Array(text.utf8)), as: UTF8.self)
    }

    /// `clean` over UTF-8 bytes.
    static func clean(bytes: [UInt8]) -> [UInt8] {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(bytes.count)
        // Set when white space was seen and not yet written: written as one space before the next
        // character, so none is left at either end.
        var pendingSpace = false
        bytes.withUnsafeBufferPointer { input in
            var index = 0
            while index < input.count {
                let (value, length) = UTF8Scalar.decode(input, at: index)
                let end = min(input.count, index + length)
                if isWhitespace(value) {
                    pendingSpace = !collapsed.isEmpty
                } else {
                    if pendingSpace { collapsed.append(UInt8(ascii: " ")) }
                    pendingSpace = false
                    collapsed.append(contentsOf: UnsafeBufferPointer(rebasing: input[index..<end]))
                }
                index = end
            }
        }
        return SearchNFC.normalize(collapsed)
    }

    /// A cleaned text with its Latin capitals in lower case (A–Z and the Latin letters with diacritics,
    /// one character for one, so positions in the folded text are positions in the cleaned one). A text
    /// without them (most of the site's) is returned as it is.
    static func fold(_ text: String) -> String {
        var bytes = text
        guard bytes.withUTF8(mayHoldLatinCapital) else { return text }
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

    /// Whether UTF-8 `bytes` may hold a letter `fold` changes: A–Z, or a lead byte of U+00C0–U+027F
    /// or of U+1E00–U+1EFF (`E1 B8`–`E1 BB`).
    private static func mayHoldLatinCapital(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x41...0x5A, 0xC3...0xC9: return true
            case 0xE1 where index + 1 < bytes.count && (0xB8...0xBB).contains(bytes[index + 1]): return true
            default: continue
            }
        }
        return false
    }

    /// Whether a character is white space (Unicode's White_Space property).
    private static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x10000 { return whitespaceInBMP[Int(value)] }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }

    /// White_Space for each character of the Basic Multilingual Plane, looked up once: the property
    /// lookup itself is too slow to make for every character of a site.
    private static let whitespaceInBMP: [Bool] = (0..<0x10000).map { Unicode.Scalar($0)?.properties.isWhitespace ?? false }
}
