/// Makes heading ids that keep whole words in every script (Thai, Burmese, Khmer and Lao vowel and
/// tone marks included) and are unique within a page.
struct HeadingIDs {
    /// Ids already taken on the page, by the layout or by earlier headings.
    private(set) var used: Set<String>

    init(reserved: Set<String>) { used = reserved }

    /// The id for a heading's text: letters, marks and digits kept, other characters turned into
    /// single dashes, lowercased; `-2`, `-3` … added when the id is taken.
    mutating func make(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    static func slug(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let kept: Unicode.Scalar?
            if scalar.isASCII {
                switch scalar {
                case "a"..."z", "0"..."9": kept = scalar
                case "A"..."Z": kept = Unicode.Scalar(scalar.value + 32)
                default: kept = nil
                }
            } else {
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .titlecaseLetter:
                    kept = scalar.properties.lowercaseMapping.unicodeScalars.first
                case .lowercaseLetter, .modifierLetter, .otherLetter,
                    .nonspacingMark, .spacingMark, .enclosingMark,
                    .decimalNumber, .letterNumber, .otherNumber:
                    kept = scalar
                default:
                    kept = nil
                }
            }
            guard let kept else {
                pendingDash = true
                continue
            }
            if pendingDash && !slug.isEmpty { slug.append("-") }
            pendingDash = false
            slug.append(kept)
        }
        return slug.isEmpty ? "section" : String(slug)
    }
}
