import CICU

/// The words of a text as the search index and the search page's script see them: ICU's word
/// boundaries (the same dictionaries `Intl.Segmenter` uses in Chromium and WebKit) for Thai, Burmese,
/// Khmer, Lao and English. The only search code that touches ICU.
enum SearchWordBreaker {
    /// The words of `text` in `language` (a code such as `km`), in order, without spaces and punctuation.
    /// The text is taken as it is: normalize it first (`SearchNormalizer`) so words match the index.
    static func words(in text: String, language: String) -> [Substring] {
        spans(in: text, language: language).map { text[$0] }
    }

    /// Where the words of `text` are, as ranges of the text.
    static func spans(in text: String, language: String) -> [Range<String.Index>] {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        var offsets = [Int32](repeating: 0, count: units.count * 2)
        let count = units.withUnsafeBufferPointer { unitBuffer in
            offsets.withUnsafeMutableBufferPointer { offsetBuffer in
                language.withCString { locale in
                    sitthi_search_word_spans(
                        unitBuffer.baseAddress, Int32(units.count), locale, offsetBuffer.baseAddress,
                        Int32(offsetBuffer.count))
                }
            }
        }
        guard count > 0 else { return [] }
        let utf16 = text.utf16
        return (0..<Int(count)).compactMap { word in
            let start = utf16.index(utf16.startIndex, offsetBy: Int(offsets[2 * word]))
            let end = utf16.index(utf16.startIndex, offsetBy: Int(offsets[2 * word + 1]))
            guard let lower = start.samePosition(in: text), let upper = end.samePosition(in: text) else {
                return nil
            }
            return lower..<upper
        }
    }
}
