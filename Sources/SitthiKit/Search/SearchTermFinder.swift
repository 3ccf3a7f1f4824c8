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

    /// Prepares the search for `terms` (as shown, `SearchNormalizer.clean`).
    init(terms: [String]) {
        self.terms = terms.map { Array(SearchNormalizer.fold($0).utf8) }
        listByCharacter = [Int32](repeating: -1, count: 0x10000)
        for (number, term) in self.terms.enumerated() where !term.isEmpty {
            let first = Self.character(in: term, at: 0).value
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
                var text = SearchNormalizer.fold(section.text)
                text.withUTF8 { bytes in
                    var index = 0
                    while index < bytes.count && left > 0 {
                        let (character, length) = Self.character(in: bytes, at: index)
                        let list =
                            character < 0x10000 ? Int(listByCharacter[Int(character)]) : (listByLargeCharacter[character] ?? -1)
                        if list >= 0 {
                            for number in lists[list] where lastPage[number] != pageNumber {
                                let term = terms[number]
                                guard index + term.count <= bytes.count,
                                    term.indices.allSatisfy({ bytes[index + $0] == term[$0] })
                                else { continue }
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

    /// The character starting at `index` of UTF-8 bytes, and how many bytes it takes.
    private static func character(in bytes: some RandomAccessCollection<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
        let start = bytes.index(bytes.startIndex, offsetBy: offset)
        let first = bytes[start]
        let length = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4
        var value = length == 1 ? UInt32(first) : UInt32(first) & (0xFF >> (length + 1))
        var position = bytes.index(after: start)
        for _ in 1..<length where position != bytes.endIndex {
            value = value << 6 | UInt32(bytes[position] & 0x3F)
            position = bytes.index(after: position)
        }
        return (value, length)
    }
}
