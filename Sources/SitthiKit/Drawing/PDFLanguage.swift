/// Sets a PDF's document language (`/Lang` in its catalog, which screen readers and search tools read),
/// for which Cairo has no call. Cairo writes the catalog as the last object, just before the
/// cross-reference table, so the entry goes in there and only the table's own offset (`startxref`)
/// moves; a PDF laid out otherwise is returned as it is.
enum PDFLanguage {
    /// The PDF with `/Lang (language)` in its catalog. `language` is a checked language code (letters,
    /// digits and dashes), which needs no escaping.
    static func setting(_ language: String, in pdf: [UInt8]) -> [UInt8] {
        let catalogEnd = Array("\n>>\nendobj\nxref\n".utf8)
        let startMarker = Array("\nstartxref\n".utf8)
        guard language.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }),
            let catalog = lastRange(of: Array("<< /Type /Catalog\n".utf8), in: pdf),
            let end = lastRange(of: catalogEnd, in: pdf), end.lowerBound > catalog.upperBound,
            let start = lastRange(of: startMarker, in: pdf), start.lowerBound > end.upperBound
        else { return pdf }
        let digits = pdf[start.upperBound...].prefix { (0x30...0x39).contains($0) }
        guard let offset = Int(String(decoding: digits, as: UTF8.self)), pdf[start.upperBound + digits.count] == UInt8(ascii: "\n") else { return pdf }
        let entry = Array("\n   /Lang (\(language))".utf8)
        var result = Array(pdf[..<end.lowerBound]) + entry + pdf[end.lowerBound..<start.upperBound]
        result += Array(String(offset + entry.count).utf8)
        result += pdf[(start.upperBound + digits.count)...]
        return result
    }

    /// Where a byte string last occurs.
    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.count - needle.count
        while index >= 0 {
            if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) { return index..<index + needle.count }
            index -= 1
        }
        return nil
    }
}
