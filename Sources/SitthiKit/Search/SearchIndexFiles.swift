import Foundation

/// A language's search index as the JSON files the search page fetches, in pieces so that a search loads
/// only what it needs: `meta.json` (pages, sections, how the rest is cut), `pairs-<n>.json` (the
/// character-pair lists, cut by a hash of the pair so a query needs only the pieces of its own pairs)
/// and `text-<n>.json` (the sections' text, consecutive sections per piece, loaded for the candidates).
struct SearchIndexFiles: Sendable {
    /// The contents of `meta.json`.
    struct Meta: Codable, Sendable, Equatable {
        /// The format's version, raised when the script must change with it.
        var version: Int
        var language: String
        /// How many `pairs-<n>.json` files there are.
        var pairPieces: Int
        /// The number of the first section in each `text-<n>.json`.
        var textPieceStarts: [Int]
        /// Each page as `[url, title, kind]`.
        var pages: [[String]]
        /// Each section as its page's number, then its anchor and heading (`""` where there is none).
        var sections: [SectionRow]
    }

    /// A section in `meta.json`: `[page, anchor, headingLength]`, the heading being the first
    /// `headingLength` UTF-16 units of the section's text (0 where there is no heading).
    struct SectionRow: Codable, Sendable, Equatable {
        var page: Int
        var anchor: String
        var headingLength: Int

        init(page: Int, anchor: String, headingLength: Int) {
            self.page = page
            self.anchor = anchor
            self.headingLength = headingLength
        }

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            page = try container.decode(Int.self)
            anchor = try container.decode(String.self)
            headingLength = try container.decode(Int.self)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(page)
            try container.encode(anchor)
            try container.encode(headingLength)
        }
    }

    /// The format version the search script reads.
    static let version = 1
    /// About how many bytes of pair lists go in one piece (before gzip): a search loads one piece.
    static let pairPieceBytes = 16_000
    /// About how many bytes of text go in one piece (before gzip): large, because a common word's
    /// candidates are most sections, and one large piece packs better than several small ones.
    static let textPieceBytes = 128_000

    /// Each file's name within the language's search folder, and its bytes, `meta.json` first.
    var files: [(name: String, bytes: [UInt8])]

    init(index: SearchIndex, language: String) {
        // Pair lists: section numbers as gaps from the previous one (smaller numbers, smaller JSON).
        let pairs = index.postings.keys.sorted()
        let listBytes = pairs.reduce(0) { $0 + $1.utf8.count + 6 + index.postings[$1]!.count * 3 }
        let pairPieces = max(1, (listBytes + Self.pairPieceBytes - 1) / Self.pairPieceBytes)
        var pieces = [[String: [Int]]](repeating: [:], count: pairPieces)
        for pair in pairs {
            var previous = 0
            let gaps = index.postings[pair]!.map { number in
                defer { previous = number }
                return number - previous
            }
            pieces[Self.piece(of: pair, among: pairPieces)][pair] = gaps
        }
        // Text: consecutive sections until a piece is full.
        var textPieces: [[String]] = [[]]
        var textStarts = [0]
        var filled = 0
        for (number, entry) in index.entries.enumerated() {
            if filled >= Self.textPieceBytes {
                textPieces.append([])
                textStarts.append(number)
                filled = 0
            }
            textPieces[textPieces.count - 1].append(entry.section.text)
            filled += entry.section.text.utf8.count
        }
        let meta = Meta(
            version: Self.version, language: language, pairPieces: pairPieces, textPieceStarts: textStarts,
            pages: index.pages.map { [$0.url, $0.title, $0.kind.rawValue] },
            sections: index.entries.map { entry in
                let heading = entry.section.heading.flatMap { entry.section.text.hasPrefix($0) ? $0 : nil }
                return SectionRow(page: entry.page, anchor: entry.section.anchor ?? "", headingLength: heading?.utf16.count ?? 0)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func json(_ value: some Encodable) -> [UInt8] {
            // Encoding strings, numbers, arrays and dictionaries of them cannot fail.
            (try? Array(encoder.encode(value))) ?? []
        }
        files = [("meta.json", json(meta))]
        files += pieces.enumerated().map { ("pairs-\($0.offset).json", json($0.element)) }
        files += textPieces.enumerated().map { ("text-\($0.offset).json", json($0.element)) }
    }

    /// The most a first search can fetch, gzipped: `meta.json`, the largest pair piece and every text
    /// piece (a query found in every section); and the whole index, gzipped.
    var gzippedSizes: (firstSearchAtMost: Int, total: Int) {
        let sizes = files.map { (name: $0.name, size: Gzip.compressedSize(of: $0.bytes) ?? $0.bytes.count) }
        let meta = sizes.filter { $0.name == "meta.json" }.reduce(0) { $0 + $1.size }
        let pairs = sizes.filter { $0.name.hasPrefix("pairs-") }.map(\.size).max() ?? 0
        let text = sizes.filter { $0.name.hasPrefix("text-") }.reduce(0) { $0 + $1.size }
        return (meta + pairs + text, sizes.reduce(0) { $0 + $1.size })
    }

    /// The one pair piece a search loads for a normalized query, and the query's pairs in it: the piece
    /// holding most of them (the lowest-numbered among equals). Any of the query's pairs narrow the
    /// candidates without losing a match; the exact check does the rest. `nil` for a one-character
    /// query, whose candidates are every section.
    static func pairsToLoad(for query: String, among count: Int) -> (piece: Int, pairs: [String])? {
        var byPiece: [Int: [String]] = [:]
        for pair in Set(SearchIndex.pairs(of: query)).sorted() { byPiece[piece(of: pair, among: count), default: []].append(pair) }
        guard let best = byPiece.max(by: { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }) else { return nil }
        return (best.key, best.value)
    }

    /// Which `pairs-<n>.json` holds a pair: the search script computes the same.
    static func piece(of pair: String, among count: Int) -> Int {
        let scalars = Array(pair.unicodeScalars)
        guard scalars.count == 2 else { return 0 }
        return Int((scalars[0].value &* 31 &+ scalars[1].value) % UInt32(count))
    }
}
