/// Finds, for a few terms at once, the pages that hold each one and the section where it first
/// appears: the same test as the search (the exact string in a section's text, both folded by
/// `SearchNormalizer`), made in one pass over each section's text for all the terms together.
///
/// The terms are filed by their first character in a table, so at each character of a text only the
/// terms that start with it are compared; a term already found on a page is not looked for again there.
struct SearchTermFinder {
    /// Where a term appears: the page (its number in the list given) and the anchor of the `##` section
    /// where it first appears, `nil` when that is the title, the summary or text outside the sections.
    struct Place: Sendable, Hashable {
        var page: Int
        var anchor: String?
    }

    /// The terms folded, as UTF-8 bytes.
    private let terms: [[UInt8]]
    /// For each character below U+10000, where its terms' list is in `lists` (-1 for none).
    private var listByCharacter: [Int32]
    /// For characters above, their terms' lists by code point.
    private var listByLargeCharacter: [UInt32: Int] = [:]
    /// The numbers of the terms that start with each character.
    private var lists: [[Int]] = []
    /// Whether a term holds a Latin letter. Folding changes only Latin capitals, one character for one,
    /// so a term without Latin letters is in the folded text exactly where it is in the text: the texts
    /// are folded only when a term needs it.
    private let foldsText: Bool

    /// Prepares the search for `terms` (as shown, `SearchNormalizer.clean`).
    init(terms: [String]) {
        self.terms = terms.map { Array(SearchNormalizer.fold($0).utf8) }
        // A Latin letter in either case: `isLatin` covers the capitals and the letters with diacritics.
        foldsText = terms.contains { $0.unicodeScalars.contains { SearchNormalizer.isLatin($0) || ("a"..."z").contains($0) } }
        listByCharacter = [Int32](repeating: -1, count: 0x10000)
        for (number, term) in self.terms.enumerated() where !term.isEmpty {
            let first = term.withUnsafeBufferPointer { UTF8Scalar.decode($0, at: 0).value }
            if first < 0x10000 {
                if listByCharacter[Int(first)] < 0 {
                    listByCharacter[Int(first)] = Int32(lists.count)
                    lists.append([])
                }
                lists[Int(listByCharacter[Int(first)])].append(number)
            } else {
                if listByLargeCharacter[first] == nil {
                    listByLargeCharacter[first] = lists.count
                    lists.append([])
                }
                lists[listByLargeCharacter[first]!].append(number)
            }
        }
    }

    /// For each term, in the order given, the pages that hold it, in page order.
    func places(in pages: [IndexedPage]) -> [[Place]] {
        var found = [[Place]](repeating: [], count: terms.count)
        // The page each term was last found on, so that it is looked for once a page.
        var lastPage = [Int](repeating: -1, count: terms.count)
        for (pageNumber, page) in pages.enumerated() {
            var left = terms.count
            for section in page.sections where left > 0 {
                var text = foldsText ? SearchNormalizer.fold(section.text) : section.text
                text.withUTF8 { bytes in
                    var index = 0
                    while index < bytes.count && left > 0 {
                        let (character, length) = UTF8Scalar.decode(bytes, at: index)
                        let list = character < 0x10000 ? Int(listByCharacter[Int(character)]) : (listByLargeCharacter[character] ?? -1)
                        if list >= 0 {
                            for number in lists[list] where lastPage[number] != pageNumber && Self.holds(bytes, terms[number], at: index) {
                                lastPage[number] = pageNumber
                                found[number].append(Place(page: pageNumber, anchor: section.anchor))
                                left -= 1
                            }
                        }
                        index += length
                    }
                }
            }
        }
        return found
    }

    /// Whether `term` is in `bytes` at `index`.
    private static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ term: [UInt8], at index: Int) -> Bool {
        guard index + term.count <= bytes.count else { return false }
        return term.withUnsafeBufferPointer { term in
            var offset = 0
            while offset < term.count {
                if bytes[index + offset] != term[offset] { return false }
                offset += 1
            }
            return true
        }
    }
}
