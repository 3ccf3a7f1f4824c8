import Foundation

/// The rule for folder names, which become URL segments: lowercase ASCII kebab-case, so a shared
/// link survives LINE and Facebook unchanged.
enum FolderName {
    /// Whether a folder name may be used in a URL as it is.
    static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, let last = name.unicodeScalars.last,
            first != "-", last != "-", !name.contains("--")
        else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A valid name close to an invalid one: transliterated to Latin letters, lowercased, with dashes
    /// between words.
    static func suggestion(for name: String) -> String {
        let latin = name.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false) ?? name.lowercased()
        var slug = ""
        for scalar in latin.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "topic" : slug
    }
}
