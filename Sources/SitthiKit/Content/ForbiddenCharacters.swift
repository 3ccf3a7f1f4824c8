/// Refuses characters that no text of the site may hold, in every file the build reads and in `build`
/// as well as `check`: control characters other than tab and line ends (NUL, ESC and the like, which
/// make the feeds invalid XML and can split a contact card or a terminal line) and Unicode
/// noncharacters (U+FFFE, U+FFFF and their kin). Each file's first one is an error at its line and
/// column, so nothing of the kind ever reaches a page, a feed, the sitemap or a contact card.
struct ForbiddenCharacterCheck {
    let diagnostics: Diagnostics

    func check(_ file: SourceText) {
        guard let position = Self.firstForbidden(in: file.text) else { return }
        let name = "U+" + String(position.scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        diagnostics.error(
            "\(name), an invisible control character or noncharacter, is not allowed in the text: delete it",
            at: SourceLocation(path: file.path, line: position.line, column: position.column))
    }

    /// Whether a character may not appear in any text of the site.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return scalar != "\t" && scalar != "\n" && scalar != "\r" }
        if (0x7F...0x9F).contains(value) { return true }
        return (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// The first forbidden character, with its line and column (in Unicode scalars, from 1).
    static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        var line = 1
        var column = 1
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) { return (scalar, line, column) }
            if scalar == "\n" {
                if !afterCarriageReturn { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            afterCarriageReturn = scalar == "\r"
        }
        return nil
    }
}

extension String {
    /// The text with zeros in front up to a width (`"1B"` → `"001B"`).
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
