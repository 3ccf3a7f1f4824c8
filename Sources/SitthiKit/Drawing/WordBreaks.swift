import CICU

/// Where a drawn line may break in the scripts that put no spaces between words. Pango breaks Thai
/// through libthai but Burmese, Khmer and Lao only at spaces, so the text handed to Pango gets a
/// zero-width space (U+200B) at each of ICU's word boundaries inside a run of such letters: lines then
/// break between words in every script, never inside a syllable. Only drawn text gets them, never the
/// HTML. The only code that asks ICU for word boundaries (the search tests use it too).
enum WordBreaks {
    /// The character that marks a break opportunity without taking any room.
    static let zeroWidthSpace: Unicode.Scalar = "\u{200B}"

    /// Whether a character is a letter or mark of Thai, Lao, Burmese or Khmer: a word boundary between two
    /// of them is a place where only a zero-width space lets a line break.
    static func isUnspacedLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x19E0...0x19FF, 0xA9E0...0xA9FF, 0xAA60...0xAA7F:
            switch scalar.properties.generalCategory {
            case .otherLetter, .modifierLetter, .nonspacingMark, .spacingMark: return true
            default: return false
            }
        default:
            return false
        }
    }

    /// Whether a character is a combining mark, which belongs to the letter before it.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Where a line may never break, whatever ICU says (its dictionaries do not know every loanword, and
    /// then it cuts between letters): before a combining mark; before the repetition marks (ๆ, ໆ), which
    /// belong to the word before them; after the Burmese stacking sign, the Khmer coeng or the Thai
    /// phinthu; and before a Burmese consonant that the asat kills or the stacking sign joins to the next,
    /// since it closes the syllable before it (`ပတ်စ်`: never `ပ|တ်`). `marks` are the combining marks that
    /// follow `after`.
    private static func mayBreak(after before: Unicode.Scalar, before after: Unicode.Scalar, marks: some Sequence<Unicode.Scalar>) -> Bool {
        if isMark(after) || after == "\u{0E46}" || after == "\u{0EC6}" { return false }
        if before == "\u{1039}" || before == "\u{17D2}" || before == "\u{0E3A}" { return false }
        return !marks.contains { $0 == "\u{103A}" || $0 == "\u{1039}" }
    }

    /// The UTF-16 offsets at which a zero-width space lets a line break: ICU's word boundaries (for the
    /// language `language`) that fall between two letters of those scripts.
    static func opportunities(in text: String, language: String) -> [Int] {
        guard text.unicodeScalars.contains(where: isUnspacedLetter) else { return [] }
        let units = Array(text.utf16)
        let inside = Set(boundaries(in: units, language: language).filter { $0 > 0 && $0 < units.count })
        guard !inside.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [Int] = []
        var offset = scalars.first.map { $0.utf16.count } ?? 0
        for index in scalars.indices.dropFirst() {
            let scalar = scalars[index]
            if inside.contains(offset), isUnspacedLetter(scalars[index - 1]), isUnspacedLetter(scalar),
                mayBreak(after: scalars[index - 1], before: scalar, marks: scalars[(index + 1)...].prefix(while: isMark))
            {
                result.append(offset)
            }
            offset += scalar.utf16.count
        }
        return result
    }

    /// ICU's word boundaries in UTF-16 `units` for `language` (a code such as `km`), as offsets, the
    /// start and the end included; none if ICU fails.
    static func boundaries(in units: [UInt16], language: String) -> [Int] {
        var boundaries = [Int32](repeating: 0, count: units.count + 1)
        let count = units.withUnsafeBufferPointer { buffer in
            boundaries.withUnsafeMutableBufferPointer { out in
                sitthi_word_boundaries(buffer.baseAddress, Int32(units.count), language, out.baseAddress, Int32(out.count))
            }
        }
        return boundaries[..<max(0, Int(count))].map(Int.init)
    }

    /// The text with a zero-width space at every break opportunity; its marks move along with it.
    static func inserted(into text: MarkedText, language: String) -> MarkedText {
        let places = opportunities(in: text.text, language: language)
        guard !places.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        var insertedAt: [Int] = []  // UTF-8 offsets in the original text
        var utf16 = 0
        var utf8 = 0
        var next = places.startIndex
        for scalar in text.text.unicodeScalars {
            if next < places.endIndex && places[next] == utf16 {
                result.append(zeroWidthSpace)
                insertedAt.append(utf8)
                next += 1
            }
            result.append(scalar)
            utf16 += scalar.utf16.count
            utf8 += scalar.utf8.count
        }
        let width = zeroWidthSpace.utf8.count
        func moved(_ offset: Int, countingEqual: Bool) -> Int {
            offset + width * insertedAt.reduce(0) { $0 + ($1 < offset || (countingEqual && $1 == offset) ? 1 : 0) }
        }
        let marks = text.marks.map { mark in
            MarkedText.Mark(start: moved(mark.start, countingEqual: true), end: moved(mark.end, countingEqual: false), style: mark.style)
        }
        return MarkedText(String(result), marks: marks)
    }
}
