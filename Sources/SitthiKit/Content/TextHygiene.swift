import Foundation

/// Checks the text of every file for what looks the same on screen but breaks search, links or
/// rendering: a byte-order mark (outside spreadsheets, where programs add one), text not in Unicode
/// normalization form C, and zero-width characters in titles. (Control characters are not a matter
/// of hygiene but an error in every run: `ForbiddenCharacterCheck`.) Each problem is
/// reported once per file and rule, at its first line and column. Run by `check`.
struct TextHygiene {
    let diagnostics: Diagnostics

    /// Zero-width characters that have no business in a title (they break search and copy-paste).
    static let zeroWidth: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]

    func check(_ file: SourceText) {
        if file.hadByteOrderMark && !file.path.hasSuffix(".csv") {
            diagnostics.warning("the file starts with a byte-order mark: save it as UTF-8 without BOM", at: SourceLocation(path: file.path))
        }
        var reportedNFC = false
        var reportedZeroWidth = false
        var inFrontMatter = false
        let lines = file.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if file.path.hasSuffix(".md") {
                if number == 1 && line == "---" { inFrontMatter = true } else if inFrontMatter && line == "---" { inFrontMatter = false }
            }
            if !reportedNFC, !line.unicodeScalars.allSatisfy(\.isASCII) {
                let text = String(line)
                if text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars) == false {
                    let column = Self.firstDifference(text, text.precomposedStringWithCanonicalMapping)
                    diagnostics.warning(
                        "text is not in Unicode normalization form C (it looks the same but does not match in search): save it normalized (NFC)",
                        at: SourceLocation(path: file.path, line: number, column: column))
                    reportedNFC = true
                }
            }
            if !reportedZeroWidth, inFrontMatter, line.hasPrefix("title:"), let column = Self.column(in: line, where: { Self.zeroWidth.contains($0) }) {
                diagnostics.warning(
                    "zero-width character in the title: delete it (it breaks search and shared links)", at: SourceLocation(path: file.path, line: number, column: column))
                reportedZeroWidth = true
            }
        }
    }

    static func column(in line: Substring, where test: (Unicode.Scalar) -> Bool) -> Int? {
        var column = 1
        for scalar in line.unicodeScalars {
            if test(scalar) { return column }
            column += 1
        }
        return nil
    }

    static func firstDifference(_ a: String, _ b: String) -> Int {
        var column = 1
        var left = a.unicodeScalars.makeIterator()
        var right = b.unicodeScalars.makeIterator()
        while let x = left.next(), let y = right.next(), x == y { column += 1 }
        return column
    }
}
