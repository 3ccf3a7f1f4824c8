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
        /// How many text pieces a search fetches before it shows its first results; the rest of its
        /// candidates are checked when the reader asks for more.
        var firstTextPieces: Int
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
    static let version = 2
    /// How many text pieces a search fetches at first (`Meta.firstTextPieces`): this, not the site's
    /// size, bounds what a first search loads.
    static let firstTextPieces = 2
    /// About how many bytes of pair lists go in one piece (before gzip): a search loads one piece.
    static let pairPieceBytes = 16_000
    /// About how many bytes of text go in one piece (before gzip): large, because a common word's
    /// candidates are most sections, and one large piece packs better than several small ones.
    static let textPieceBytes = 128_000
    /// The most pieces of each kind a language has: on a large site pieces grow instead, so that the
    /// index adds a few hundred files to a build, not thousands (each new file costs the kernel more
    /// than writing its bytes).
    static let maximumPieces = 64

    /// Each file's name within the language's search folder, and its bytes, `meta.json` first.
    var files: [(name: String, bytes: [UInt8])]

    /// How many pieces of each kind an index is cut into when its language's text (as rendered, tags
    /// included) is `textBytes` long. Plain text is shorter than that and its pair lists shorter still
    /// (about 45% of the text on this site's pages), so pieces come out at most their nominal sizes.
    static func pieceCounts(forTextBytes textBytes: Int) -> (pairs: Int, texts: Int) {
        let pairTextBytes = pairPieceBytes * 100 / 45
        return (
            min(maximumPieces, max(1, (textBytes + pairTextBytes - 1) / pairTextBytes)),
            min(maximumPieces, max(1, (textBytes + textPieceBytes - 1) / textPieceBytes))
        )
    }

    /// The files of `index`, with `pairPieces` pair pieces and `textPieces` text pieces (some may be empty).
    init(index: SearchIndex, language: String, pairPieces: Int, textPieces: Int) {
        let pairPieces = max(1, pairPieces)
        let textPieces = max(1, textPieces)
        // Pair lists: section numbers as gaps from the previous one (smaller numbers, smaller JSON).
        var pieces = [[String: [Int]]](repeating: [:], count: pairPieces)
        for (pair, list) in index.postings {
            var previous = 0
            let gaps = list.map { number in
                defer { previous = number }
                return number - previous
            }
            pieces[Self.piece(of: pair, among: pairPieces)][pair] = gaps
        }
        // Text: consecutive sections, shared out by their length.
        let textBytes = max(1, index.entries.reduce(0) { $0 + $1.section.text.utf8.count })
        var textPieceList = [[String]](repeating: [], count: textPieces)
        var textStarts = [Int](repeating: index.entries.count, count: textPieces)
        var before = 0
        for (number, entry) in index.entries.enumerated() {
            let piece = min(textPieces - 1, before * textPieces / textBytes)
            if textPieceList[piece].isEmpty { textStarts[piece] = number }
            textPieceList[piece].append(entry.section.text)
            before += entry.section.text.utf8.count
        }
        // An empty piece starts where the next one does, so the script never picks it.
        for piece in stride(from: textPieces - 2, through: 0, by: -1) where textPieceList[piece].isEmpty {
            textStarts[piece] = textStarts[piece + 1]
        }
        let meta = Meta(
            version: Self.version, language: language, pairPieces: pairPieces, firstTextPieces: Self.firstTextPieces,
            textPieceStarts: textStarts,
            pages: index.pages.map { [$0.url, $0.title, $0.kind.rawValue] },
            sections: index.entries.map { entry in
                let heading = entry.section.heading.flatMap { entry.section.text.hasPrefix($0) ? $0 : nil }
                return SectionRow(page: entry.page, anchor: entry.section.anchor ?? "", headingLength: heading?.utf16.count ?? 0)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func json(_ value: some Encodable) -> [UInt8] {
            // Encoding strings, numbers, arrays and dictionaries of them cannot fail. `<`, `>` and `&`
            // (only ever inside strings) are written as escapes, so no text reads as markup.
            let bytes = (try? Array(encoder.encode(value))) ?? []
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): escaped += Array("\\u003c".utf8)
                case UInt8(ascii: ">"): escaped += Array("\\u003e".utf8)
                case UInt8(ascii: "&"): escaped += Array("\\u0026".utf8)
                default: escaped.append(byte)
                }
            }
            return escaped
        }
        files = [("meta.json", json(meta))]
        files += pieces.enumerated().map { ("pairs-\($0.offset).json", SearchJSON.object(of: $0.element)) }
        files += textPieceList.enumerated().map { ("text-\($0.offset).json", SearchJSON.array(of: $0.element)) }
    }

    /// The most a first search can fetch, gzipped: `meta.json`, the largest pair piece and the
    /// `firstTextPieces` largest text pieces; and the whole index, gzipped.
    var gzippedSizes: (firstSearchAtMost: Int, total: Int) { sizes(gzipped: true) }

    /// As `gzippedSizes`, or in bytes as written when `gzipped` is false.
    func sizes(gzipped: Bool) -> (firstSearchAtMost: Int, total: Int) {
        let sizes = files.map { (name: $0.name, size: gzipped ? Gzip.compressedSize(of: $0.bytes) ?? $0.bytes.count : $0.bytes.count) }
        let meta = sizes.filter { $0.name == "meta.json" }.reduce(0) { $0 + $1.size }
        let pairs = sizes.filter { $0.name.hasPrefix("pairs-") }.map(\.size).max() ?? 0
        let text = sizes.filter { $0.name.hasPrefix("text-") }.map(\.size).sorted(by: >).prefix(Self.firstTextPieces).reduce(0, +)
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
