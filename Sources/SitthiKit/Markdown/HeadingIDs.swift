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
        var slug = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark,
                 .decimalNumber, .letterNumber, .otherNumber:
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            default:
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
