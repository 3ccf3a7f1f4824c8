/// A language's search index: every section of every page (`SearchCorpus`), and for each pair of
/// adjacent characters (code points) in the sections' folded text, the sections that hold it.
///
/// A query is found wherever the page holds the exact string, inside a longer word or across a word
/// boundary, because nothing depends on where words begin: every section that holds the query holds all
/// of its character pairs, so the intersection of their lists (the candidates) has every match (recall
/// 100%); checking each candidate's text for the exact string then drops the rest. Word boundaries only
/// rank results and choose the no-script terms.
struct SearchIndex: Sendable {
    /// One section with the page it belongs to, as numbered in the index.
    struct Entry: Sendable, Hashable {
        var page: Int
        var section: SearchSection
        /// `section.text` folded for matching (`SearchNormalizer.fold`).
        var folded: String
    }

    var pages: [IndexedPage]
    /// Every section of every page, in order; a section's number is its place here.
    var entries: [Entry]
    /// For each pair of adjacent characters, the numbers of the sections whose folded text holds it, in
    /// increasing order.
    var postings: [String: [Int]]

    init(pages: [IndexedPage]) {
        self.pages = pages
        var entries: [Entry] = []
        for (pageNumber, page) in pages.enumerated() {
            for section in page.sections {
                entries.append(Entry(page: pageNumber, section: section, folded: SearchNormalizer.fold(section.text)))
            }
        }
        // Each distinct pair gets a number the first time it is seen; a section is added to a pair's
        // list once, when the list's last section is not already it. Code points are decoded straight
        // from the UTF-8 bytes. The first `tableSide` different characters (all of them on a site in
        // these scripts) get small numbers, so that their pairs are found in a table without hashing;
        // other pairs go through a dictionary. Strings are made only once per pair, at the end.
        let tableSide = 512
        var smallNumbers = [UInt16](repeating: .max, count: 0x10000)
        var nextSmallNumber = 0
        var pairTable = [Int32](repeating: -1, count: tableSide * tableSide)
        var pairNumbers: [UInt64: Int] = [:]
        var keys: [UInt64] = []
        var lists: [[Int]] = []
        var lastSection: [Int] = []
        for (number, entry) in entries.enumerated() {
            var text = entry.folded
            text.withUTF8 { bytes in
                var index = 0
                var previous = UInt32.max
                var previousSmall = -1
                while index < bytes.count {
                    let (value, length) = UTF8Scalar.decode(bytes, at: index)
                    index += length
                    var small = -1
                    if value < 0x10000 {
                        var assigned = Int(smallNumbers[Int(value)])
                        if assigned == Int(UInt16.max) && nextSmallNumber < tableSide {
                            assigned = nextSmallNumber
                            smallNumbers[Int(value)] = UInt16(assigned)
                            nextSmallNumber += 1
                        }
                        if assigned < tableSide { small = assigned }
                    }
                    let before = previous
                    let beforeSmall = previousSmall
                    previous = value
                    previousSmall = small
                    guard before != .max else { continue }
                    let key = UInt64(before) << 32 | UInt64(value)
                    let slot = beforeSmall >= 0 && small >= 0 ? beforeSmall * tableSide + small : -1
                    let pair: Int
                    if slot >= 0, pairTable[slot] >= 0 {
                        pair = Int(pairTable[slot])
                    } else if slot < 0, let known = pairNumbers[key] {
                        pair = known
                    } else {
                        pair = keys.count
                        if slot >= 0 { pairTable[slot] = Int32(pair) } else { pairNumbers[key] = pair }
                        keys.append(key)
                        lists.append([])
                        lastSection.append(-1)
                    }
                    if lastSection[pair] != number {
                        lastSection[pair] = number
                        lists[pair].append(number)
                    }
                }
            }
        }
        var postings: [String: [Int]] = [:]
        postings.reserveCapacity(keys.count)
        for (key, list) in zip(keys, lists) {
            guard let first = Unicode.Scalar(UInt32(key >> 32)), let second = Unicode.Scalar(UInt32(key & 0xFFFF_FFFF)) else { continue }
            var pair = String.UnicodeScalarView()
            pair.append(first)
            pair.append(second)
            postings[String(pair)] = list
        }
        self.entries = entries
        self.postings = postings
    }

    /// The pairs of adjacent characters (code points) of a text, in order, repeats included.
    static func pairs(of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2 else { return [] }
        return (0..<scalars.count - 1).map { index in
            var pair = String.UnicodeScalarView()
            pair.append(scalars[index])
            pair.append(scalars[index + 1])
            return String(pair)
        }
    }

    /// The sections that may hold `query` (already normalized): those holding all of its character
    /// pairs; every section for a one-character query.
    func candidates(for query: String) -> [Int] { candidates(holding: Set(Self.pairs(of: query)), query: query) }

    /// The sections holding all of `pairs` (some or all of `query`'s pairs), every section when there are
    /// none.
    func candidates(holding pairs: Set<String>, query: String) -> [Int] {
        guard !pairs.isEmpty else { return query.isEmpty ? [] : Array(entries.indices) }
        var lists = pairs.map { postings[$0] ?? [] }.sorted { $0.count < $1.count }
        var result = lists.removeFirst()
        for list in lists {
            let members = Set(list)
            result = result.filter(members.contains)
        }
        return result
    }

    /// The sections that hold `query` exactly (normalized the same way as the index), in order.
    func matches(for query: String) -> [Int] {
        let normalized = SearchNormalizer.normalize(query)
        guard !normalized.isEmpty else { return [] }
        let needle = Array(normalized.utf8)
        return candidates(for: normalized).filter { Self.contains(Array(entries[$0].folded.utf8), needle) }
    }

    /// Whether `haystack` holds `needle` code point for code point (UTF-8 bytes: a match never starts
    /// inside a character), as the browser's `String.prototype.includes` does: a query that is the
    /// start of a cluster (a consonant without its vowel sign) is found too.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }

    /// The pages that hold `query`, in order.
    func pagesMatching(_ query: String) -> [Int] {
        var seen = Set<Int>()
        return matches(for: query).map { entries[$0].page }.filter { seen.insert($0).inserted }
    }
}
