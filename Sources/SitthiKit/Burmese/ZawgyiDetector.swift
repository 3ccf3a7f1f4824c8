/// Finds Burmese text typed in the Zawgyi font encoding, which uses the Myanmar code points in another
/// order than Unicode and garbles on Unicode phones (and the reverse).
///
/// It looks only for orders of characters that correct Unicode never has, in Burmese, Shan or Mon alike,
/// so it does not mistake Shan or Mon text (which use the code points Zawgyi borrows) for Zawgyi:
/// - the vowel sign E (U+1031) or a medial Ya/Ra (U+103B, U+103C) at the start of a word: Zawgyi stores
///   them before their consonant, Unicode after it;
/// - the stacking sign (U+1039) not followed by a consonant: Zawgyi uses it as the visible killer
///   (U+103A in Unicode).
enum ZawgyiDetector {
    /// The column (in Unicode scalars, from 1) of the first Zawgyi sign in a line, or `nil`.
    static func firstSign(in line: Substring) -> Int? {
        signs(in: line.unicodeScalars).first?.column
    }

    /// The first Zawgyi sign of each line that has one, in one pass over the text.
    static func signs(in scalars: some Sequence<Unicode.Scalar>) -> [(line: Int, column: Int)] {
        var found: [(line: Int, column: Int)] = []
        var line = 1
        var column = 0
        var previous: Unicode.Scalar?
        var pending: Unicode.Scalar?  // a sign that needs the next scalar to decide
        var pendingColumn = 0
        var pendingStartsWord = false
        func decide(_ next: Unicode.Scalar?) {
            guard let sign = pending else { return }
            pending = nil
            if found.last?.line == line { return }
            let isSign = sign.value == 0x1039 ? !(next.map(isConsonant) ?? false) : (pendingStartsWord && (next.map(isConsonant) ?? false))
            if isSign { found.append((line, pendingColumn)) }
        }
        for scalar in scalars {
            decide(scalar == "\n" || scalar == "\r" ? nil : scalar)
            if scalar == "\n" {
                line += 1
                column = 0
                previous = nil
                continue
            }
            column += 1
            switch scalar.value {
            case 0x1031, 0x103B, 0x103C, 0x1039:
                pending = scalar
                pendingColumn = column
                pendingStartsWord = previous.map { !isMyanmarLetterOrMark($0) } ?? true
            default:
                break
            }
            previous = scalar
        }
        decide(nil)
        return found
    }

    private static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
        (0x1000...0x1021).contains(scalar.value) || scalar.value == 0x1025 || (0x1050...0x1051).contains(scalar.value)
            || scalar.value == 0x105A || (0x1075...0x1081).contains(scalar.value)
    }

    private static func isMyanmarLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x1000...0x103F).contains(scalar.value) || (0x1050...0x109F).contains(scalar.value) || (0xAA60...0xAA7F).contains(scalar.value)
    }
}

/// Reports Zawgyi-encoded Burmese in any content or data file as an error at its line, with the
/// Unicode text ICU suggests for that line.
struct ZawgyiCheck {
    let diagnostics: Diagnostics

    func check(_ file: SourceText) {
        // Only files with Myanmar letters at all are looked at.
        guard file.text.unicodeScalars.contains(where: { (0x1000...0x109F).contains($0.value) }) else { return }
        let signs = ZawgyiDetector.signs(in: file.text.unicodeScalars)
        guard !signs.isEmpty else { return }
        let lines = file.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (lineNumber, column) in signs {
            var message = "this Burmese text is in the Zawgyi encoding, which garbles on phones that use Unicode: retype it in Unicode"
            if lineNumber <= lines.count, let suggestion = ZawgyiConverter.unicode(fromZawgyi: String(lines[lineNumber - 1])) {
                let shown = suggestion.count > 120 ? String(suggestion.prefix(120)) + "…" : suggestion
                message += "; in Unicode this line reads: \(shown)"
            }
            diagnostics.error(message, at: SourceLocation(path: file.path, line: lineNumber, column: column))
        }
    }
}
